import { describe, expect, it } from 'vitest'
import {
  accountEconomics,
  termWarnings,
  type AccountPlan,
  type FixedFeeLine,
  type PaymentTerm,
  type RebateTierMode,
  type TermLine,
  type TermSheet,
  type WarningOptions
} from '../../src/shared/domain/terms'
import { handWorkedPlan, handWorkedSheet, settings } from './terms-fixtures'

const noThreshold: WarningOptions = { tradeSpendThresholdPpm: null }
const offerOnly = <T,>(value: T) => ({ ask: null, offer: value, agreed: null })

// No margin target unless a test sets one, so each test sees only the warning it is about.
const plainPlan: AccountPlan = { ...handWorkedPlan, marginTargetPpm: null }

function warningsFor(sheet: TermSheet, plan: AccountPlan = plainPlan, options = noThreshold) {
  return termWarnings(accountEconomics(plan, sheet, 'offer', settings), options)
}
const codes = (sheet: TermSheet, plan?: AccountPlan, options = noThreshold) =>
  warningsFor(sheet, plan, options).map((w) => w.code)
const withPayment = (payment: PaymentTerm): TermSheet => ({ lines: [], payment: offerOnly(payment) })

describe('payment over 60 days after receipt (公平交易管理办法 2006 第十四条)', () => {
  it('accepts exactly 60 effective days and warns from 61', () => {
    expect(codes(withPayment({ mode: 'invoice', days: 60 }))).toEqual([])
    expect(codes(withPayment({ mode: 'invoice', days: 61 }))).toEqual(['paymentOver60Days'])
    // 月结45天 = 45 + 15 = 60; 月结46天 = 61
    expect(codes(withPayment({ mode: 'monthly', days: 45 }))).toEqual([])
    expect(codes(withPayment({ mode: 'monthly', days: 46 }))).toEqual(['paymentOver60Days'])
  })

  it('counts the days of inventory for consignment', () => {
    // 代销 30 days after sale + 30 days of inventory = 60; with 31 days of inventory, 61
    expect(codes(withPayment({ mode: 'consignment', days: 30 }))).toEqual([])
    expect(codes(withPayment({ mode: 'consignment', days: 30 }), { ...plainPlan, daysOfInventory: 31 })).toEqual([
      'paymentOver60Days'
    ])
  })

  it('gives the days, the limit and the source', () => {
    expect(warningsFor(withPayment({ mode: 'monthly', days: 60 }))).toEqual([
      { code: 'paymentOver60Days', severity: 'warning', params: { days: 75, maxDays: 60 }, sources: ['fairTrade2006Art14'] }
    ])
  })

  it('says nothing while the payment term is unknown', () => {
    const sheet: TermSheet = { lines: [], payment: { ask: null, offer: null, agreed: null } }
    expect(codes(sheet)).toEqual([])
  })
})

describe('fees the measures call non-compliant without a service', () => {
  const fee = (line: Partial<FixedFeeLine>): FixedFeeLine => ({
    id: line.kind ?? 'x',
    category: 'fixed',
    kind: 'entry',
    basis: 'perYear',
    values: offerOnly({ unitFen: 100_000, count: 1 }),
    ...line
  })
  const sheetOf = (...lines: TermLine[]): TermSheet => ({ lines, payment: offerOnly({ mode: 'invoice', days: 30 }) })

  it('flags festival, anniversary and new-store fees, not the entry or display fee', () => {
    const sheet = sheetOf(
      fee({ id: 'f', kind: 'festival', basis: 'perEvent' }),
      fee({ id: 'a', kind: 'anniversary' }),
      fee({ id: 'n', kind: 'newStore', basis: 'perStore' }),
      fee({ id: 'e', kind: 'entry' }),
      fee({ id: 'd', kind: 'display', basis: 'perPeriod' })
    )
    const warnings = warningsFor(sheet)
    expect(warnings.map((w) => [w.code, w.lineId])).toEqual([
      ['feeWithoutService', 'f'],
      ['feeWithoutService', 'a'],
      ['feeWithoutService', 'n']
    ])
    // new-store fee ¥1,000 × 20 stores = 2,000,000 fen
    expect(warnings[2]).toMatchObject({ params: { kind: 'newStore', name: '', amountFen: 2_000_000 }, sources: ['fairTrade2006Art13', 'cleanUp2011'] })
  })

  it('flags a retailer-named signing, renewal or new-item entry fee', () => {
    const sheet = sheetOf(
      fee({ id: 'r', kind: 'customFixed', name: '合同续签费' }),
      fee({ id: 'i', kind: 'customFixed', name: '新品进店费', basis: 'perSku' }),
      fee({ id: 'o', kind: 'customFixed', name: '形象展示费' })
    )
    expect(warningsFor(sheet).map((w) => [w.lineId, w.params.name])).toEqual([
      ['r', '合同续签费'],
      ['i', '新品进店费']
    ])
  })

  it('does not flag a fee that is not charged on this side', () => {
    const sheet = sheetOf(
      fee({ id: 'zero', kind: 'festival', basis: 'perEvent', values: offerOnly({ unitFen: 30_000, count: 0 }) }),
      fee({ id: 'askOnly', kind: 'anniversary', values: { ask: { unitFen: 100_000, count: 1 }, offer: null, agreed: null } })
    )
    expect(codes(sheet)).toEqual([])
  })
})

describe('trade spend rate above the user threshold', () => {
  // the hand-worked offer: 费用率 116,364 ppm (11.6364%), and its festival fee is flagged too
  const spendCodes = (thresholdPpm: number | null) =>
    codes(handWorkedSheet, handWorkedPlan, { tradeSpendThresholdPpm: thresholdPpm }).filter((c) => c === 'tradeSpendOverThreshold')

  it('warns only above the threshold', () => {
    expect(spendCodes(116_364)).toEqual([])
    expect(spendCodes(116_363)).toEqual(['tradeSpendOverThreshold'])
    expect(spendCodes(null)).toEqual([])
  })

  it('gives the rate and the threshold', () => {
    const warning = warningsFor(handWorkedSheet, handWorkedPlan, { tradeSpendThresholdPpm: 100_000 }).find(
      (w) => w.code === 'tradeSpendOverThreshold'
    )
    expect(warning).toEqual({
      code: 'tradeSpendOverThreshold',
      severity: 'warning',
      params: { ratePpm: 116_364, thresholdPpm: 100_000 },
      sources: ['userThreshold']
    })
  })
})

describe('retailer comprehensive margin below the account target', () => {
  // the hand-worked offer: 综合毛利率 384,253 ppm
  const marginCodes = (targetPpm: number | null) =>
    codes(handWorkedSheet, { ...handWorkedPlan, marginTargetPpm: targetPpm }).filter((c) => c === 'retailerMarginBelowTarget')

  it('warns when the margin is below the target, not at it', () => {
    expect(marginCodes(400_000)).toEqual(['retailerMarginBelowTarget'])
    expect(marginCodes(384_254)).toEqual(['retailerMarginBelowTarget'])
    expect(marginCodes(384_253)).toEqual([])
    expect(marginCodes(300_000)).toEqual([])
    expect(marginCodes(null)).toEqual([])
  })
})

describe('purchase value within 5% below the next rebate tier', () => {
  // G = 30,800,000 fen. The next tier is "near" when next − G ≤ 5% × next, i.e. next ≤ G / 0.95
  // = 32,421,052.63: at 32,421,052 the gap 1,621,052 ≤ 1,621,052.6; at 32,421,053 the gap
  // 1,621,053 > 1,621,052.65.
  const tierSheet = (nextThresholdFen: number, mode: RebateTierMode): TermSheet => ({
    lines: [
      {
        id: 't',
        category: 'conditionalRebate',
        kind: 'conditionalRebate',
        values: offerOnly({
          mode,
          tiers: [
            { thresholdFen: 20_000_000, ratePpm: 10_000 },
            { thresholdFen: nextThresholdFen, ratePpm: 20_000 }
          ]
        })
      }
    ],
    payment: offerOnly({ mode: 'invoice', days: 30 })
  })

  it('tells at 5% and not beyond', () => {
    expect(codes(tierSheet(32_421_052, 'excess'))).toEqual(['nextRebateTierNear'])
    expect(codes(tierSheet(32_421_053, 'excess'))).toEqual([])
  })

  it('says the whole-mode jump raises the rate on every yuan', () => {
    expect(warningsFor(tierSheet(32_000_000, 'whole'))).toEqual([
      {
        code: 'nextRebateTierNearWhole',
        severity: 'info',
        params: { gapFen: 1_200_000, nextThresholdFen: 32_000_000, nextRatePpm: 20_000, currentRatePpm: 10_000 },
        sources: ['tierLadder']
      }
    ])
  })

  it('says nothing once the tier is reached or above the top tier', () => {
    expect(codes(tierSheet(30_800_000, 'whole'))).toEqual([])
    expect(codes(tierSheet(30_000_000, 'excess'))).toEqual([])
  })

  it('also tells when the first tier is near', () => {
    // tiers from 32,000,000: G is 1,200,000 short (3.75%), nothing earned yet
    const sheet = tierSheet(40_000_000, 'whole')
    const line = sheet.lines[0]
    if (line?.category !== 'conditionalRebate' || !line.values.offer) throw new Error('fixture')
    line.values.offer.tiers = [{ thresholdFen: 32_000_000, ratePpm: 10_000 }]
    expect(warningsFor(sheet)[0]).toMatchObject({ code: 'nextRebateTierNearWhole', params: { gapFen: 1_200_000, currentRatePpm: 0 } })
  })
})
