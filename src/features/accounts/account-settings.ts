import { useSyncExternalStore } from 'react'
import { api } from '../../lib/api'
import type { Settings } from '../../shared/contract'
import type { AccountFormat } from '../../shared/domain/accounts/account'
import { DEFAULT_SALES_TAX_BASIS, type SalesTaxBasis } from '../../shared/domain/accounts/kpis'
import { DEFAULT_SCREENING_FORMATS } from '../../shared/domain/accounts/screening'

/**
 * The workspace's account settings (which formats are screened, whether sales include VAT), above
 * every page like the grid layouts: seeded from the settings at start, saved when changed.
 */
export type AccountSettings = Pick<Settings, 'screeningFormats' | 'salesTaxBasis'>

let current: AccountSettings = { screeningFormats: [...DEFAULT_SCREENING_FORMATS], salesTaxBasis: DEFAULT_SALES_TAX_BASIS }
const listeners = new Set<() => void>()

export function seedAccountSettings(settings: AccountSettings): void {
  current = { screeningFormats: settings.screeningFormats, salesTaxBasis: settings.salesTaxBasis }
  listeners.forEach((listener) => listener())
}

export const accountSettings = (): AccountSettings => current

/** Shown at once; the stored value comes back from the service (or the change is undone with the error). */
async function change(next: AccountSettings, store: () => Promise<Settings>): Promise<void> {
  const before = current
  seedAccountSettings(next)
  try {
    seedAccountSettings(await store())
  } catch (error) {
    seedAccountSettings(before)
    throw error
  }
}

export const setScreeningFormats = (screeningFormats: AccountFormat[]): Promise<void> =>
  change({ ...current, screeningFormats }, () => api.settings.set({ key: 'screeningFormats', value: screeningFormats }))

export const setSalesTaxBasis = (salesTaxBasis: SalesTaxBasis): Promise<void> =>
  change({ ...current, salesTaxBasis }, () => api.settings.set({ key: 'salesTaxBasis', value: salesTaxBasis }))

export function useAccountSettings(): AccountSettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
