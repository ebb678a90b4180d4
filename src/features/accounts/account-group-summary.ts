import type { Account } from '../../shared/domain/accounts/account'
import { accountTotals, type AccountTotals } from '../../shared/domain/accounts/totals'
import type { ScreeningVerdict } from '../../shared/domain/accounts/screening'
import { groupRows } from '../../grid/group-rows'
import type { AccountRow } from './account-rows'

/** What the summary beside the grid can group by: 业态, 省, 市, 圈定结论, 客户分类. */
export const SUMMARY_GROUPINGS = ['format', 'province', 'city', 'verdict', 'tier'] as const
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number]

export interface GroupSummary {
  /** The stored value the rows share: a format, a region code (310000, 310100), a verdict, a tier; '' when unknown. */
  key: string
  /** How many of the group's accounts are 符合 / 待定 / 不符合. */
  verdicts: Record<ScreeningVerdict, number>
  /** Counts, sums and weighted ratios: the same function as the grid's totals row. */
  totals: AccountTotals
}

/** The province (2 significant digits) or city (4) a region code lies in, as a six-digit code. */
function divisionOf(regionCode: string | null, digits: 2 | 4): string {
  return regionCode && /^\d{6}$/.test(regionCode) ? regionCode.slice(0, digits).padEnd(6, '0') : ''
}

const KEY_OF: Record<SummaryGrouping, (row: AccountRow) => string> = {
  format: (row) => row.format,
  province: (row) => divisionOf(row.regionCode, 2),
  city: (row) => divisionOf(row.regionCode, 4),
  verdict: (row) => row.screening.verdict,
  tier: (row) => row.tier ?? ''
}

/**
 * The rows shown, summarised by one grouping, largest group first (the unknown group last): e.g.
 * how many accounts are 符合 / 待定 per province and their sales. Ratios are weighted (Σ sales ÷
 * Σ area), as in the totals row, never an average of the rows' ratios.
 */
export function summariseAccounts(rows: readonly AccountRow[], grouping: SummaryGrouping): GroupSummary[] {
  const summaries = [...groupRows(rows, KEY_OF[grouping])].map(([key, members]): GroupSummary => {
    const verdicts: Record<ScreeningVerdict, number> = { qualified: 0, pending: 0, not_qualified: 0 }
    for (const row of members) verdicts[row.screening.verdict] += 1
    return { key, verdicts, totals: accountTotals(members as readonly Account[]) }
  })
  return summaries.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || b.totals.count - a.totals.count || a.key.localeCompare(b.key))
}
