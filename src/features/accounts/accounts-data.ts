import { api, takePrefetched } from '../../lib/api'
import type { Account } from '../../shared/domain/accounts/account'
import type { Region } from '../../shared/domain/regions'
import { FIRST_SCREEN_ACCOUNTS } from './first-screen'

export interface AccountsData {
  /** The first accounts (by id): enough to fill the screen at once. */
  firstScreen: Promise<Account[]>
  /** Every account, asked for when called (the page calls it once the first screen has painted). */
  all: () => Promise<Account[]>
  regions: Promise<Region[]>
}

/**
 * The Accounts page's data, requested as early as possible (public/prefetch.js asks before the
 * bundle has even loaded) so a large workspace's first rows do not wait for a chain of round trips.
 */
let pending: AccountsData | null = null

export function prefetchAccountsData(): void {
  pending ??= {
    firstScreen: takePrefetched('accounts:list', 'accounts:first') ?? api.accounts.list({ limit: FIRST_SCREEN_ACCOUNTS }),
    regions: takePrefetched('regions:list') ?? api.regions.list({}),
    all: () => api.accounts.list({})
  }
}

/** The prefetched data (or fresh requests), once: a later call asks the service again. */
export function takeAccountsData(): AccountsData {
  prefetchAccountsData()
  const data = pending as AccountsData
  pending = null
  return data
}

/** After the workspace changed under the prefetch (first launch): ask again when needed. */
export function forgetAccountsData(): void {
  for (const key of ['accounts:first', 'regions:list']) delete window.__kaPrefetch?.[key]
  pending = null
}
