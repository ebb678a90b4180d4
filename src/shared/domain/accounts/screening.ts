import type { Account } from './account'
import { SCREENING_MIN_DIRECT_STORES } from './kpis'

/** Seed screening 选择与圈定: each criterion is met, not met, or unknown. */
export type CriterionStatus = 'met' | 'not_met' | 'unknown'
export type ScreeningVerdict = 'qualified' | 'not_qualified' | 'pending'

export interface Screening {
  topThreeInRegion: CriterionStatus
  directStores: CriterionStatus
  hqExecution: CriterionStatus
  verdict: ScreeningVerdict
}

const fromFlag = (flag: boolean | null): CriterionStatus => (flag === null ? 'unknown' : flag ? 'met' : 'not_met')

/**
 * All three met → qualified; any one not met → not qualified (a single miss rules the account
 * out whatever the unknowns turn out to be); otherwise pending until the unknowns are found.
 */
export function screenAccount(
  account: Pick<Account, 'isTopThreeInRegion' | 'directStores' | 'hasStrongHqExecution'>
): Screening {
  const criteria = {
    topThreeInRegion: fromFlag(account.isTopThreeInRegion),
    directStores: fromFlag(account.directStores === null ? null : account.directStores >= SCREENING_MIN_DIRECT_STORES),
    hqExecution: fromFlag(account.hasStrongHqExecution)
  }
  const statuses = Object.values(criteria)
  const verdict: ScreeningVerdict = statuses.includes('not_met')
    ? 'not_qualified'
    : statuses.every((status) => status === 'met')
      ? 'qualified'
      : 'pending'
  return { ...criteria, verdict }
}
