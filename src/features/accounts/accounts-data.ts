import { api, takePrefetched } from '../../lib/api'
import type { Account } from '../../shared/domain/accounts/account'
import type { Region } from '../../shared/domain/regions'

type AccountsData = [Account[], Region[]]

/**
 * The Accounts page's data, requested as early as possible (while the app is still starting)
 * so the grid's first rows do not wait for a chain of round trips.
 */
let pending: Promise<AccountsData> | null = null
let regions: Promise<Region[]> | null = null

export function prefetchAccountsData(): void {
  regions ??= takePrefetched('regions:list') ?? api.regions.list({})
  pending ??= Promise.all([takePrefetched('accounts:list') ?? api.accounts.list({}), regions])
}

/** The prefetched data (or a fresh request), once: a later call asks the service again. */
export function takeAccountsData(): Promise<AccountsData> {
  prefetchAccountsData()
  const data = pending as Promise<AccountsData>
  pending = null
  return data
}

/** After the workspace changed under the prefetch (first launch): ask again when needed. */
export function forgetAccountsData(): void {
  pending = null
}
