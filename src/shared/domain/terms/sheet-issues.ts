/**
 * Issues in what was typed into a term sheet (as opposed to warnings about the terms
 * themselves): the grid marks the cell, the UI translates terms.issues.<code> with params.
 */
import { TERM_SIDES, type TermSheet, type TermSide } from './term-lines'

export const TERM_SHEET_ISSUE_CODES = [
  'negativeAmount',
  'negativeCount',
  'negativeRate',
  'rateOver100Percent',
  'customLineWithoutName',
  'perStoreSkuOnlyForBarcode',
  'tiersNotAscending',
  'noTiers',
  'negativePaymentDays'
] as const
export type TermSheetIssueCode = (typeof TERM_SHEET_ISSUE_CODES)[number]

export interface TermSheetIssue {
  code: TermSheetIssueCode
  /** The line, or null for the payment term. */
  lineId: string | null
  side: TermSide | null
  params: Record<string, string | number>
}

const MAX_RATE_PPM = 1_000_000

export function termSheetIssues(sheet: TermSheet): TermSheetIssue[] {
  const issues: TermSheetIssue[] = []
  const add = (code: TermSheetIssueCode, lineId: string | null, side: TermSide | null, params = {}) =>
    issues.push({ code, lineId, side, params })
  const checkRate = (ratePpm: number, lineId: string, side: TermSide) => {
    if (ratePpm < 0) add('negativeRate', lineId, side, { ratePpm })
    else if (ratePpm > MAX_RATE_PPM) add('rateOver100Percent', lineId, side, { ratePpm })
  }

  for (const line of sheet.lines) {
    if ((line.kind === 'customFixed' || line.kind === 'customPercentage') && !line.name?.trim()) {
      add('customLineWithoutName', line.id, null)
    }
    if (line.category === 'fixed' && line.basis === 'perSkuPerStore' && line.kind !== 'barcode') {
      add('perStoreSkuOnlyForBarcode', line.id, null)
    }
    for (const side of TERM_SIDES) {
      switch (line.category) {
        case 'fixed': {
          const value = line.values[side]
          if (value === null) break
          if (value.unitFen < 0) add('negativeAmount', line.id, side, { amountFen: value.unitFen })
          if (value.count < 0) add('negativeCount', line.id, side, { count: value.count })
          break
        }
        case 'percentage': {
          const rate = line.values[side]
          if (rate !== null) checkRate(rate, line.id, side)
          break
        }
        case 'conditionalRebate': {
          const rebate = line.values[side]
          if (rebate === null) break
          if (rebate.tiers.length === 0) add('noTiers', line.id, side)
          rebate.tiers.forEach((tier, index) => {
            checkRate(tier.ratePpm, line.id, side)
            if (tier.thresholdFen < 0) add('negativeAmount', line.id, side, { amountFen: tier.thresholdFen })
            const previous = rebate.tiers[index - 1]
            if (previous && previous.thresholdFen >= tier.thresholdFen) {
              add('tiersNotAscending', line.id, side, { tier: index + 1 })
            }
          })
          break
        }
      }
    }
  }
  for (const side of TERM_SIDES) {
    const payment = sheet.payment[side]
    if (payment && payment.days < 0) add('negativePaymentDays', null, side, { days: payment.days })
  }
  return issues
}
