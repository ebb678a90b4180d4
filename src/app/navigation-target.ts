/**
 * Where a link on one page points on another (the home page's "next step due at 老百姓" opens
 * 关键人 on that account): set before switching page, taken once by the page that opens.
 */
export interface NavigationTarget {
  accountId?: number
  opportunityId?: number
}

let pending: NavigationTarget | null = null

export function setNavigationTarget(target: NavigationTarget): void {
  pending = target
}

/** The target left for the page that opens now, removed so a later visit starts plain. */
export function takeNavigationTarget(): NavigationTarget | null {
  const target = pending
  pending = null
  return target
}
