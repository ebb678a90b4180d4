import { describe, expect, it } from 'vitest'
import type { PromotionEvent } from '../../src/shared/domain/proposal/promotion'
import { proposalReadiness } from '../../src/shared/domain/proposal/readiness'
import { findProtectionConflicts, protectionConflictKey, type ProtectionClause } from '../../src/shared/domain/proposal/regional-protection'
import { KEY_FIGURE_CODES, type KeyFigures, type ProposalSnapshot } from '../../src/shared/domain/proposal/snapshot'

const noFigures = Object.fromEntries(KEY_FIGURE_CODES.map((code) => [code, null])) as KeyFigures
const SIXTY_PERCENT = 600_000

const clause: ProtectionClause = {
  id: 'cl1',
  accountId: 'acc-1',
  skus: ['A'],
  territoryCode: '310115',
  type: 'exclusive',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  conditions: { minimumPurchaseFen: 50_000_000, sellThroughRatePpm: 800_000 },
  consequence: 'becomes_non_exclusive',
  consequenceText: ''
}

const event: PromotionEvent = {
  id: 'ev1',
  kind: 'price_off',
  name: '五一特价',
  skus: [{ skuCode: 'A', baselineUnitsPerStoreWeek: 6, supplyPriceFen: 1_000, unitCostFen: 600, promoRetailPriceFen: 2_200, supplierFundingPerUnitFen: 200 }],
  storeCount: 30,
  startDate: '2026-05-01',
  endDate: '2026-05-07',
  upliftPpm: 400_000,
  fixedFeesFen: 0,
  buyQuantity: null,
  getQuantity: null
}

// Ready: A's front margin (2,500 − 1,000) / 2,500 = 60.0%, exactly the target.
const ready: ProposalSnapshot = {
  proposalId: 'p1',
  accountId: 'acc-1',
  version: 1,
  savedOn: '2026-02-01',
  skus: [{ skuCode: 'A', name: '感冒灵颗粒', supplyPriceFen: 1_000, retailPriceFen: 2_500, unitCostFen: 600, plannedAnnualUnits: 10_000, retailerMarginTargetPpm: null }],
  termLines: [{ termCode: 'entry_fee', unit: 'fen', askValue: 2_000_000, offerValue: 1_000_000 }],
  protectionClauses: [clause],
  promotionEvents: [event],
  concessions: [{ id: 'c1', give: { termCode: 'payment_days', description: '账期 45 天', costFen: 100_000 }, get: { termCode: null, description: '端架', valueFen: 300_000 } }],
  keyFigures: noFigures
}

const check = (snapshot: ProposalSnapshot, conflicts = findProtectionConflicts(snapshot.protectionClauses).conflicts, resolvedConflictKeys: string[] = []) =>
  proposalReadiness({ snapshot, defaultMarginTargetPpm: SIXTY_PERCENT, protectionConflicts: conflicts, resolvedConflictKeys })

describe('proposal readiness checklist', () => {
  it('has nothing to say about a complete proposal whose margin meets the target exactly', () => {
    expect(check(ready)).toEqual({ items: [], isReady: true, blockerCount: 0, warningCount: 0 })
  })

  it('blocks a proposal without SKUs', () => {
    const result = check({ ...ready, skus: [], promotionEvents: [] })
    expect(result.items).toEqual([{ code: 'no_skus', severity: 'blocker', params: {}, target: { section: 'skus', itemId: null } }])
    expect(result.isReady).toBe(false)
  })

  it('names the SKU without a price and the SKU below its margin target, with the margin', () => {
    const result = check({
      ...ready,
      skus: [
        ...ready.skus,
        // (2,500 − 1,010) / 2,500 = 59.6% < 60%
        { skuCode: 'B', name: '板蓝根', supplyPriceFen: 1_010, retailPriceFen: 2_500, unitCostFen: 500, plannedAnnualUnits: 1_000, retailerMarginTargetPpm: null },
        { skuCode: 'C', name: '维C', supplyPriceFen: null, retailPriceFen: 3_000, unitCostFen: 500, plannedAnnualUnits: null, retailerMarginTargetPpm: null },
        // its own target of 50%: (2,000 − 1,000) / 2,000 = 50% meets it
        { skuCode: 'D', name: '止咳糖浆', supplyPriceFen: 1_000, retailPriceFen: 2_000, unitCostFen: 500, plannedAnnualUnits: 100, retailerMarginTargetPpm: 500_000 }
      ]
    })
    expect(result.items.map((item) => [item.code, item.severity, item.target.itemId])).toEqual([
      ['sku_margin_below_target', 'blocker', 'B'],
      ['sku_without_supply_price', 'blocker', 'C'],
      ['sku_without_volume', 'warning', 'C']
    ])
    expect(result.items[0]?.params).toEqual({ skuCode: 'B', skuName: '板蓝根', marginPpm: 596_000, targetPpm: SIXTY_PERCENT })
    expect(result).toMatchObject({ blockerCount: 2, warningCount: 1, isReady: false })
  })

  it('flags an ask without an offer and a give without a get', () => {
    const result = check({
      ...ready,
      termLines: [...ready.termLines, { termCode: 'anniversary_fee', unit: 'fen', askValue: 500_000, offerValue: null }],
      concessions: [...ready.concessions, { id: 'c2', give: { termCode: null, description: '多给一个堆头', costFen: 200_000 }, get: null }]
    })
    expect(result.items).toEqual([
      { code: 'term_without_offer', severity: 'blocker', params: { termCode: 'anniversary_fee' }, target: { section: 'terms', itemId: 'anniversary_fee' } },
      { code: 'concession_unpaired', severity: 'blocker', params: { description: '多给一个堆头', costFen: 200_000 }, target: { section: 'concessions', itemId: 'c2' } }
    ])
  })

  it('blocks on an unresolved conflict with another account, and not once it is resolved', () => {
    const rival: ProtectionClause = { ...clause, id: 'rival', accountId: 'acc-2', territoryCode: '310000' }
    const conflicts = findProtectionConflicts([clause, rival]).conflicts
    const result = check(ready, conflicts)
    expect(result.items).toEqual([
      {
        code: 'protection_conflict',
        severity: 'blocker',
        params: { otherAccountId: 'acc-2', territoryCode: '310115', skuCodes: 'A', skuNames: 'A', startDate: '2026-01-01', endDate: '2026-12-31' },
        target: { section: 'protection', itemId: 'cl1' }
      }
    ])
    expect(check(ready, conflicts, [protectionConflictKey(conflicts[0]!)]).isReady).toBe(true)
  })

  it('checks clauses: territory code, period, and an exclusive promise with no conditions', () => {
    const result = check({
      ...ready,
      protectionClauses: [{ ...clause, territoryCode: '31011', endDate: '2025-12-31', conditions: { minimumPurchaseFen: null, sellThroughRatePpm: null } }]
    })
    expect(result.items.map((item) => [item.code, item.severity])).toEqual([
      ['protection_invalid_territory', 'blocker'],
      ['protection_invalid_period', 'blocker'],
      ['protection_without_conditions', 'warning']
    ])
  })

  it('flags a promotion without a baseline, a SKU not in the proposal, and two events on one SKU at once', () => {
    const noBaseline: PromotionEvent = { ...event, id: 'ev2', name: '会员日', kind: 'member_price', skus: [{ ...event.skus[0]!, baselineUnitsPerStoreWeek: null }] }
    const foreignSku: PromotionEvent = { ...event, id: 'ev3', name: '中秋堆头', startDate: '2026-09-01', endDate: '2026-09-30', skus: [{ ...event.skus[0]!, skuCode: 'Z' }] }
    const result = check({ ...ready, promotionEvents: [event, noBaseline, foreignSku] })
    expect(result.items).toEqual([
      { code: 'promotion_without_baseline', severity: 'blocker', params: { eventName: '会员日' }, target: { section: 'promotions', itemId: 'ev2' } },
      { code: 'promotion_sku_not_in_proposal', severity: 'warning', params: { eventName: '中秋堆头', skuCode: 'Z', skuName: 'Z' }, target: { section: 'promotions', itemId: 'ev3' } },
      {
        code: 'promotion_overlap',
        severity: 'warning',
        params: { skuCode: 'A', skuName: '感冒灵颗粒', eventName: '五一特价', otherEventName: '会员日', startDate: '2026-05-01', endDate: '2026-05-07' },
        target: { section: 'promotions', itemId: 'ev2' }
      }
    ])
  })
})
