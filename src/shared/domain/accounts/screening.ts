import type { Account, AccountFormat } from './account'
import { SCREENING_MIN_DIRECT_STORES } from './kpis'

/** Seed screening 选择与圈定: each criterion is met, not met, or unknown. */
export type CriterionStatus = 'met' | 'not_met' | 'unknown'
export type ScreeningVerdict = 'qualified' | 'not_qualified' | 'pending' | 'not_applicable'

/**
 * The seed wrote its rule (区域前三甲, 直营 ≥ 25, 总部执行力强) for pharmacy chains 医药连锁 only;
 * a workspace may turn it on for other formats (the `screeningFormats` setting).
 */
export const DEFAULT_SCREENING_FORMATS: readonly AccountFormat[] = ['pharmacy']

export interface Screening {
  topThreeInRegion: CriterionStatus
  directStores: CriterionStatus
  hqExecution: CriterionStatus
  verdict: ScreeningVerdict
}

const fromFlag = (flag: boolean | null): CriterionStatus => (flag === null ? 'unknown' : flag ? 'met' : 'not_met')

/**
 * For a format the rule applies to: all three met → qualified; any one not met → not qualified
 * (a single miss rules the account out whatever the unknowns turn out to be); otherwise pending
 * until the unknowns are found. For any other format the verdict is not applicable, whatever the
 * criteria say (they are still shown: they are facts about the account).
 */
export function screenAccount(
  account: Pick<Account, 'format' | 'isTopThreeInRegion' | 'directStores' | 'hasStrongHqExecution'>,
  screeningFormats: readonly AccountFormat[]
): Screening {
  const criteria = {
    topThreeInRegion: fromFlag(account.isTopThreeInRegion),
    directStores: fromFlag(account.directStores === null ? null : account.directStores >= SCREENING_MIN_DIRECT_STORES),
    hqExecution: fromFlag(account.hasStrongHqExecution)
  }
  if (!screeningFormats.includes(account.format)) return { ...criteria, verdict: 'not_applicable' }
  const statuses = Object.values(criteria)
  const verdict: ScreeningVerdict = statuses.includes('not_met')
    ? 'not_qualified'
    : statuses.every((status) => status === 'met')
      ? 'qualified'
      : 'pending'
  return { ...criteria, verdict }
}

/** How many accounts each verdict has; 不适用 is counted apart, never as 不符合 or 待定. */
export function countVerdicts(screenings: readonly Pick<Screening, 'verdict'>[]): Record<ScreeningVerdict, number> {
  const counts: Record<ScreeningVerdict, number> = { qualified: 0, pending: 0, not_qualified: 0, not_applicable: 0 }
  for (const screening of screenings) counts[screening.verdict] += 1
  return counts
}
