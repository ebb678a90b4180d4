import { describe, expect, it } from 'vitest'
import type { PromotionEvent } from '../../src/shared/domain/proposal/promotion'
import type { ProtectionClause } from '../../src/shared/domain/proposal/regional-protection'
import { KEY_FIGURE_CODES, type KeyFigures, type ProposalSnapshot } from '../../src/shared/domain/proposal/snapshot'
import { diffProposalVersions } from '../../src/shared/domain/proposal/version-diff'

const noFigures = Object.fromEntries(KEY_FIGURE_CODES.map((code) => [code, null])) as KeyFigures

const clause: ProtectionClause = {
  id: 'cl1',
  accountId: 'acc-1',
  skus: ['A'],
  territoryCode: '310115',
  type: 'exclusive',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  conditions: { minimumPurchaseFen: 50_000_000, sellThroughRatePpm: null },
  consequence: 'becomes_non_exclusive',
  consequenceText: ''
}

const promotion = (id: string): PromotionEvent => ({
  id,
  kind: 'price_off',
  name: id,
  skus: [],
  storeCount: 10,
  startDate: '2026-05-01',
  endDate: '2026-05-07',
  upliftPpm: 300_000,
  fixedFeesFen: 0,
  buyQuantity: null,
  getQuantity: null
})

const version1: ProposalSnapshot = {
  proposalId: 'p1',
  accountId: 'acc-1',
  version: 1,
  savedOn: '2026-02-01',
  skus: [
    { skuCode: 'A', name: '感冒灵颗粒', supplyPriceFen: 1_000, retailPriceFen: 2_500, unitCostFen: 600, plannedAnnualUnits: 10_000, retailerMarginTargetPpm: null },
    { skuCode: 'B', name: '板蓝根', supplyPriceFen: 2_000, retailPriceFen: 5_000, unitCostFen: 900, plannedAnnualUnits: 5_000, retailerMarginTargetPpm: null }
  ],
  termLines: [
    { termCode: 'entry_fee', unit: 'fen', askValue: 2_000_000, offerValue: 1_000_000 },
    { termCode: 'payment_days', unit: 'days', askValue: 60, offerValue: 30 },
    { termCode: 'dc_fee', unit: 'ppm', askValue: 30_000, offerValue: 20_000 }
  ],
  protectionClauses: [clause],
  promotionEvents: [promotion('ev1')],
  concessions: [{ id: 'c1', give: { termCode: 'payment_days', description: '账期 45 天', costFen: 100_000 }, get: null }],
  keyFigures: { ...noFigures, grossPurchaseValue: 20_000_000, contribution: 5_000_000, contributionMargin: 250_000 }
}

const version2: ProposalSnapshot = {
  ...version1,
  version: 2,
  savedOn: '2026-02-15',
  skus: [
    { ...version1.skus[0]!, supplyPriceFen: 950, plannedAnnualUnits: 12_000 },
    { skuCode: 'C', name: '维C泡腾片', supplyPriceFen: 1_500, retailPriceFen: 3_800, unitCostFen: 700, plannedAnnualUnits: 4_000, retailerMarginTargetPpm: null }
  ],
  termLines: [
    { termCode: 'entry_fee', unit: 'fen', askValue: 2_000_000, offerValue: 1_500_000 },
    { termCode: 'payment_days', unit: 'days', askValue: 60, offerValue: 30 },
    { termCode: 'display_fee', unit: 'fen', askValue: 800_000, offerValue: null }
  ],
  protectionClauses: [{ ...clause, endDate: '2027-06-30' }, { ...clause, id: 'cl2', territoryCode: '3101' }],
  promotionEvents: [promotion('ev2')],
  concessions: [{ ...version1.concessions[0]!, get: { termCode: null, description: 'Q3 端架两个', valueFen: 300_000 } }],
  // A: 950 × 12,000 = 11,400,000; C: 1,500 × 4,000 = 6,000,000 → G = 17,400,000
  keyFigures: { ...noFigures, grossPurchaseValue: 17_400_000, contribution: 4_045_500, contributionMargin: 232_500 }
}

describe('proposal version diff', () => {
  const diff = diffProposalVersions(version1, version2)

  it('lists SKUs added and removed, and price and volume moves old → new', () => {
    expect(diff.skusAdded).toEqual(['C'])
    expect(diff.skusRemoved).toEqual(['B'])
    expect(diff.skuChanges).toEqual([
      { skuCode: 'A', field: 'supplyPriceFen', oldValue: 1_000, newValue: 950, delta: -50 },
      { skuCode: 'A', field: 'plannedAnnualUnits', oldValue: 10_000, newValue: 12_000, delta: 2_000 }
    ])
  })

  it('lists term changes with ask and offer, leaving unchanged terms out', () => {
    expect(diff.termChanges).toEqual([
      { termCode: 'entry_fee', change: 'changed', unit: 'fen', oldAsk: 2_000_000, newAsk: 2_000_000, oldOffer: 1_000_000, newOffer: 1_500_000 },
      { termCode: 'display_fee', change: 'added', unit: 'fen', oldAsk: null, newAsk: 800_000, oldOffer: null, newOffer: null },
      { termCode: 'dc_fee', change: 'removed', unit: 'ppm', oldAsk: 30_000, newAsk: null, oldOffer: 20_000, newOffer: null }
    ])
  })

  it('names the clause, event and concession changes and the fields that moved', () => {
    expect(diff.clauseChanges).toEqual([
      { id: 'cl1', change: 'changed', fields: ['endDate'] },
      { id: 'cl2', change: 'added', fields: [] }
    ])
    expect(diff.eventChanges).toEqual([
      { id: 'ev2', change: 'added', fields: [] },
      { id: 'ev1', change: 'removed', fields: [] }
    ])
    expect(diff.concessionChanges).toEqual([{ id: 'c1', change: 'changed', fields: ['get'] }])
  })

  it('gives the effect on every key figure: fen deltas and ppm points', () => {
    expect(diff.keyFigures).toHaveLength(KEY_FIGURE_CODES.length)
    const byCode = Object.fromEntries(diff.keyFigures.map((figure) => [figure.code, figure]))
    // G 20,000,000 → 17,400,000 fen: −2,600,000 (−¥26,000)
    expect(byCode.grossPurchaseValue).toEqual({ code: 'grossPurchaseValue', unit: 'fen', oldValue: 20_000_000, newValue: 17_400_000, delta: -2_600_000 })
    // contribution margin 25.00% → 23.25%: −17,500 ppm = −1.75 points
    expect(byCode.contributionMargin?.delta).toBe(-17_500)
    // a figure unknown on both sides has no delta
    expect(byCode.netNetFactor).toEqual({ code: 'netNetFactor', unit: 'ppm', oldValue: null, newValue: null, delta: null })
    expect(diff.hasChanges).toBe(true)
  })

  it('finds nothing between a version and a copy of itself with keys in another order', () => {
    const reordered: ProposalSnapshot = {
      ...version1,
      protectionClauses: [Object.fromEntries(Object.entries(clause).reverse()) as ProtectionClause],
      concessions: version1.concessions.map((entry) => ({ get: entry.get, give: { costFen: entry.give.costFen, description: entry.give.description, termCode: entry.give.termCode }, id: entry.id }))
    }
    const same = diffProposalVersions(version1, reordered)
    expect(same.hasChanges).toBe(false)
    expect(same.clauseChanges).toEqual([])
    expect(same.concessionChanges).toEqual([])
  })
})
