import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { economicsWaterfall, type AccountEconomics, type ComparisonRow, type WaterfallStep } from '../../src/shared/domain/terms'
import { translate } from '../../src/shared/i18n'
import { comparisonRowLabel } from '../../src/shared/i18n/comparison'
import { scatterPoints, waterfallBars } from '../../src/features/comparison/comparison-charts'
import { comparisonCellText, comparisonCopyText, extremeOf } from '../../src/features/comparison/comparison-rows'

const t = ((key: string, params?: Record<string, unknown>) => translate('zh-CN', key, params)) as unknown as TFunction

function row(partial: Partial<ComparisonRow>): ComparisonRow {
  return { id: 'figure:x', rowKind: 'figure', key: 'x', unit: 'fen', supplierPreference: 'lower', isNormalised: false, cells: [], bestIndexes: [], worstIndexes: [], ...partial }
}

describe('the waterfall bars (G → N → contribution)', () => {
  it('stacks each deduction on an invisible base where the previous bar ended', () => {
    // G ¥1,000,000; D% ¥50,000; F ¥30,000; P ¥0; K ¥5,000 → N = 1,000,000 − 50,000 − 30,000 − 0 − 5,000 = ¥915,000;
    // COGS ¥600,000 → contribution ¥315,000. In 万元: 100, −5, −3, 0, −0.5, 91.5, −60, 31.5.
    const steps = economicsWaterfall({
      purchaseValueFen: 100_000_000,
      percentageTermsFen: 5_000_000,
      fixedFeesFen: 3_000_000,
      promotionFundingFen: 0,
      financingCostFen: 500_000,
      netRevenueFen: 91_500_000,
      cogsFen: 60_000_000,
      contributionFen: 31_500_000
    } as AccountEconomics)!
    const bars = waterfallBars(steps, 'wan')
    expect(bars.map(({ key, base, up, down }) => [key, base, up, down])).toEqual([
      ['purchaseValue', 0, 100, 0],
      // from 100 down to 95: base 95, 5 visible
      ['percentageTerms', 95, 5, 0],
      ['fixedFees', 92, 3, 0],
      ['promotionFunding', 92, 0, 0],
      ['financingCost', 91.5, 0.5, 0],
      ['netRevenue', 0, 91.5, 0],
      ['cogs', 31.5, 60, 0],
      ['contribution', 0, 31.5, 0]
    ])
    expect(bars.map((bar) => bar.amount)).toEqual([100, -5, -3, 0, -0.5, 91.5, -60, 31.5])
  })

  it('draws a loss below zero: a deduction that crosses zero is split above and below it', () => {
    // N ¥400 (yuan), COGS ¥1,000 → contribution −¥600: the COGS bar runs from 400 down to −600.
    const steps: WaterfallStep[] = [
      { key: 'netRevenue', isTotal: true, amountFen: 40_000, runningFen: 40_000 },
      { key: 'cogs', isTotal: false, amountFen: -100_000, runningFen: -60_000 },
      { key: 'contribution', isTotal: true, amountFen: -60_000, runningFen: -60_000 }
    ]
    const bars = waterfallBars(steps, 'yuan')
    expect(bars.map(({ base, up, down }) => [base, up, down])).toEqual([
      [0, 400, 0],
      // 0..400 above, 0..−600 below
      [0, 400, -600],
      // a negative total hangs from 0: invisible base 0 (high end), 600 down
      [0, 0, -600]
    ])
    expect(bars[2]!.colour).toBe('#c62f2f')
  })
})

describe('the scatter of trade spend against payment days', () => {
  it('plots only accounts with both figures, named', () => {
    const rows = [
      row({ id: 'figure:effectivePaymentDays', unit: 'days', cells: [45, null, 60] }),
      row({ id: 'figure:tradeSpendRatePpm', unit: 'ppm', cells: [57_000, 41_000, null] })
    ]
    const names: Record<number, string> = { 7: '沃尔玛', 8: '华联', 9: '大参林' }
    expect(scatterPoints([7, 8, 9], rows, (id) => names[id] ?? '')).toEqual([{ accountId: 7, name: '沃尔玛', days: 45, tradeSpendRatePpm: 57_000 }])
  })
})

describe('the comparison cells as the grid shows and copies them', () => {
  it('shows money in the unit chosen, per-¥100 rows in yuan, rates with one decimal, days whole', () => {
    const money = row({ unit: 'fen' })
    // 1,234,567 fen = ¥12,345.67 = 1.23 万元 (shown with 2 decimals; 1.234567 exactly when copied)
    expect(comparisonCellText('zh-CN', money, 1_234_567, 'yuan')).toBe('12,345.67')
    expect(comparisonCellText('zh-CN', money, 1_234_567, 'wan')).toBe('1.23')
    expect(comparisonCopyText(money, 1_234_567, 'wan')).toBe('1.234567')
    // per ¥100: 15 fen per ¥100 → "0.15" whatever the unit
    expect(comparisonCellText('zh-CN', row({ unit: 'fen', isNormalised: true }), 15, 'wan')).toBe('0.15')
    // 57,250 ppm = 5.725 % → 5.7 % shown; the ratio copied
    expect(comparisonCellText('zh-CN', row({ unit: 'ppm' }), 57_250, 'yuan')).toBe('5.7%')
    expect(comparisonCopyText(row({ unit: 'ppm' }), 57_250, 'yuan')).toBe('0.05725')
    expect(comparisonCellText('en-US', row({ unit: 'days' }), 75, 'yuan')).toBe('75')
    expect(comparisonCellText('zh-CN', money, null, 'yuan')).toBe('')
  })

  it('marks the best and the worst account of a row', () => {
    const marked = row({ cells: [5, 3, 0], bestIndexes: [2], worstIndexes: [0] })
    expect([0, 1, 2].map((index) => extremeOf(marked, index))).toEqual(['worst', null, 'best'])
  })

  it('names a retailer’s own line by its name, a built-in kind and a figure in the language', () => {
    const custom = row({ rowKind: 'term', key: 'customFixed:条码维护费', line: { id: '1', category: 'fixed', kind: 'customFixed', name: '条码维护费', basis: 'perYear', values: { ask: null, offer: null, agreed: null } } })
    expect(comparisonRowLabel(custom, (key) => translate('zh-CN', key))).toBe('条码维护费')
    expect(comparisonRowLabel(row({ rowKind: 'term', key: 'entry' }), (key) => translate('en-US', key))).toBe('Entry fee')
    expect(comparisonRowLabel(row({ key: 'netNetFactorPpm' }), (key) => translate('zh-CN', key))).toBe('净净价系数')
    expect(t('comparison.missing', { count: 2, year: 2026 })).toBe('2 个所选客户在 2026 年没有合同条款，未列入比对')
  })
})
