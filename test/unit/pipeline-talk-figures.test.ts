import { describe, expect, it } from 'vitest'
import { assembleTalkCard, departmentOfferFor, talkFiguresFromProposal, talkFiguresFromTermSheet } from '../../src/shared/domain/pipeline'
import type { DepartmentValue } from '../../src/shared/domain/proposal/department-value'

/**
 * A proposal's value per department, as departmentValue gives it: 综合毛利额 ¥120,000.00 at 30%,
 * 月结 30 days → 45 effective days, 12 SKUs of which 3 key, sell-through target 80%, 6 trainings.
 */
const departmentValue: DepartmentValue[] = [
  { department: 'general_manager', items: [{ code: 'gross_margin', params: { grossMarginFen: 12_000_000, grossMarginPpm: 300_000 } }] },
  {
    department: 'purchasing',
    items: [
      { code: 'sku_structure', params: { skuCount: 12, keySkuCount: 3 } },
      { code: 'front_margin', params: { frontMarginPpm: 250_000, frontMarginFen: 10_000_000 } },
      { code: 'settlement_effective_days', params: { paymentTermKind: 'monthly_statement', paymentDays: 30, effectiveDays: 45 } }
    ]
  },
  {
    department: 'store_operations',
    items: [
      { code: 'sell_through', params: { sellThroughTargetPpm: 800_000 } },
      { code: 'traffic', params: { eventCount: 2 } },
      { code: 'training', params: { sessionsPerYear: 6 } }
    ]
  },
  { department: 'store_staff', items: [{ code: 'product_knowledge', params: { sessionsPerYear: 6 } }] }
]

describe('talk figures from the proposal', () => {
  it('reads each figure from its part of the proposal and says which', () => {
    const { figures, sources } = talkFiguresFromProposal({ departmentValue, retailValueFen: 40_000_000, promotionRoiPpm: 1_250_000, promotionEventCount: 3 })
    expect(figures).toEqual({
      marginAmountFen: 12_000_000,
      marginRatePpm: 300_000,
      paymentDays: 45, // the effective days, not the nominal 30
      skuCount: 12,
      keySkuCount: 3,
      expectedSellThroughPpm: 800_000,
      trainingSessions: 6,
      expectedAnnualSalesFen: 40_000_000,
      promotionEvents: 3,
      promotionRoiPpm: 1_250_000
    })
    expect(sources).toMatchObject({ marginAmountFen: 'proposal_terms', paymentDays: 'proposal_terms', skuCount: 'proposal_skus', promotionRoiPpm: 'proposal_promotions', trainingSessions: 'proposal_sell_through' })
    // Nothing the proposal does not have: no commission offered, no other income computed.
    expect(figures.commissionPerUnitFen).toBeUndefined()
    expect(sources.otherIncomeFen).toBeUndefined()
  })

  it('marks every known term-sheet figure as from the term sheet, and none that is null', () => {
    expect(talkFiguresFromTermSheet({ paymentDays: 75, marginRatePpm: null }).sources).toEqual({ paymentDays: 'term_sheet' })
  })

  it("adds the department's offer after the needs, without repeating figures a need already quoted", () => {
    const { figures } = talkFiguresFromProposal({ departmentValue, retailValueFen: null, promotionRoiPpm: null, promotionEventCount: 2 })
    const buyer = { name: '王经理', department: 'purchasing' as const, tickedNeedIds: ['purchasing.settlement'], ownWordsNeeds: [], implicitNeeds: [] }
    const points = assembleTalkCard(buyer, figures, departmentOfferFor('purchasing', departmentValue))
    expect(points.map((point) => [point.source, point.code])).toEqual([
      ['opening', 'talk.opening.purchasing'],
      ['need', 'talk.need.purchasing.settlement'],
      // settlement_effective_days restates the 45 days already said; SKU structure and front margin are new.
      ['proposal_value', 'sku_structure'],
      ['proposal_value', 'front_margin'],
      ['closing', 'talk.closing']
    ])
    // A 促销员 hears the store staff's card; a custom department has none.
    expect(departmentOfferFor('promoter', departmentValue).map((item) => item.code)).toEqual(['product_knowledge'])
    expect(departmentOfferFor('custom', departmentValue)).toEqual([])
  })
})
