import type { Account } from './account'
import { ACCOUNT_FIELDS, type AccountFieldSpec } from './account-registry'
import { TRADING_DAYS_PER_YEAR } from './kpis'
import { roundHalfUp } from '../money'

/** The fields the registry marks `totals: 'sum'` (stores, area, sales, employees, traffic, transactions). */
export type SummedAccountField = Extract<AccountFieldSpec, { totals: 'sum' }>['field']

const SUMMED_ACCOUNT_FIELDS = ACCOUNT_FIELDS.flatMap((spec) => (spec.totals === 'sum' ? [spec.field] : [])) as SummedAccountField[]

/** The pinned totals row: sums of the figures and ratios computed from those sums. */
export type AccountTotals = { count: number } & Record<SummedAccountField, number> & {
  /** Weighted averages: Σ numerator / Σ denominator over rows where both are known. */
  salesPerM2Fen: number | null
  salesPerEmployeeFen: number | null
  averageTicketFen: number | null
  conversionRate: number | null
}

function ratioOverKnownPairs(
  rows: readonly Account[],
  numerator: (row: Account) => number | null,
  denominator: (row: Account) => number | null
): number | null {
  let top = 0
  let bottom = 0
  for (const row of rows) {
    const n = numerator(row)
    const d = denominator(row)
    if (n === null || d === null || d <= 0) continue
    top += n
    bottom += d
  }
  return bottom > 0 ? top / bottom : null
}

const sum = (rows: readonly Account[], pick: (row: Account) => number | null): number =>
  rows.reduce((total, row) => total + (pick(row) ?? 0), 0)

const fenOrNull = (value: number | null): number | null => (value === null ? null : roundHalfUp(value))

export function accountTotals(rows: readonly Account[]): AccountTotals {
  return {
    count: rows.length,
    ...(Object.fromEntries(SUMMED_ACCOUNT_FIELDS.map((field) => [field, sum(rows, (r) => r[field])])) as Record<SummedAccountField, number>),
    salesPerM2Fen: fenOrNull(ratioOverKnownPairs(rows, (r) => r.annualSalesFen, (r) => r.salesAreaM2)),
    salesPerEmployeeFen: fenOrNull(ratioOverKnownPairs(rows, (r) => r.annualSalesFen, (r) => r.employees)),
    averageTicketFen: fenOrNull(
      ratioOverKnownPairs(
        rows,
        (r) => r.annualSalesFen,
        (r) => (r.dailyTransactions === null ? null : r.dailyTransactions * TRADING_DAYS_PER_YEAR)
      )
    ),
    conversionRate: ratioOverKnownPairs(rows, (r) => r.dailyTransactions, (r) => r.dailyTraffic)
  }
}
