import { describe, expect, it } from 'vitest'
import { departmentValue, effectivePaymentDays, type DepartmentValueInputs } from '../../src/shared/domain/proposal/department-value'
import type { PromotionEvent } from '../../src/shared/domain/proposal/promotion'

const priceOff: PromotionEvent = {
  id: 'ev1',
  kind: 'price_off',
  name: '五一特价',
  // 10 / store-week × 20 stores × 2 weeks = 400 baseline, +50% = 200 incremental; 600 × ¥1.50 = 90,000 fen
  skus: [{ skuCode: 'A', baselineUnitsPerStoreWeek: 10, supplyPriceFen: 1_000, unitCostFen: 600, promoRetailPriceFen: 2_200, supplierFundingPerUnitFen: 150 }],
  storeCount: 20,
  startDate: '2026-05-01',
  endDate: '2026-05-14',
  upliftPpm: 500_000,
  fixedFeesFen: 0,
  buyQuantity: null,
  getQuantity: null
}
// 5 / store-week × 4 stores × 1 week = 20 baseline, +20% = 4 incremental; ¥500 promoter fee
const sampling: PromotionEvent = {
  ...priceOff,
  id: 'ev2',
  kind: 'sampling',
  name: '试吃',
  skus: [{ ...priceOff.skus[0]!, baselineUnitsPerStoreWeek: 5, supplierFundingPerUnitFen: 0 }],
  storeCount: 4,
  startDate: '2026-06-01',
  endDate: '2026-06-07',
  upliftPpm: 200_000,
  fixedFeesFen: 50_000
}

const inputs: DepartmentValueInputs = {
  grossPurchaseValueFen: 10_000_000,
  retailValueFen: 25_000_000,
  percentageTermsFen: 800_000,
  fixedFeesFen: 1_200_000,
  promotionFundingFen: 500_000,
  paymentTerms: { kind: 'monthly_statement', days: 60 },
  inventoryDays: null,
  salesAreaM2: 1_200,
  employees: 40,
  skuCount: 5,
  keySkuCount: 2,
  sellThroughTargetPpm: 800_000,
  newItemStockDays: 30,
  promotionEvents: [priceOff, sampling],
  trainingSessionsPerYear: 6,
  promoterCount: 3,
  commissionPerUnitFen: 50
}

describe('effective payment days', () => {
  it('follows the domain: invoice N, monthly statement N + 15, consignment N + inventory days', () => {
    expect(effectivePaymentDays('invoice', 30, null)).toBe(30)
    expect(effectivePaymentDays('monthly_statement', 60, null)).toBe(75)
    expect(effectivePaymentDays('consignment', 30, 45)).toBe(75)
    expect(effectivePaymentDays('consignment', 30, null)).toBeNull()
  })
})

describe('value per department 部门价值', () => {
  const byDepartment = Object.fromEntries(departmentValue(inputs).map((entry) => [entry.department, entry.items]))

  it('shows the GM the margin, the cash the terms leave with the retailer, 坪效/人效 and the promotion effect', () => {
    expect(byDepartment.general_manager).toEqual([
      // V − G + G·D% + F + P = 25,000,000 − 10,000,000 + 800,000 + 1,200,000 + 500,000 = 17,500,000 = 70% of V
      { code: 'gross_margin', params: { grossMarginFen: 17_500_000, grossMarginPpm: 700_000 } },
      // 60 + 15 = 75 days; 10,000,000 × 75 / 365 = 2,054,794.5 → 2,054,795 fen held on average
      { code: 'cash_flow', params: { effectiveDays: 75, cashHeldFen: 2_054_795 } },
      // 25,000,000 / 1,200 m² = 20,833.3 → 20,833 fen; / 40 people = 625,000 fen
      { code: 'sales_per_m2', params: { salesPerM2Fen: 20_833 } },
      { code: 'sales_per_employee', params: { salesPerEmployeeFen: 625_000 } },
      // 200 + 4 incremental units; 90,000 + 50,000 supplier money
      { code: 'promotion_effect', params: { eventCount: 2, incrementalUnits: 204, supplierFundingFen: 140_000 } }
    ])
  })

  it('shows purchasing the SKU structure, margin, new-item plan, other income and settlement', () => {
    expect(byDepartment.purchasing).toEqual([
      { code: 'sku_structure', params: { skuCount: 5, keySkuCount: 2 } },
      // (25,000,000 − 10,000,000) / 25,000,000 = 60%
      { code: 'front_margin', params: { frontMarginPpm: 600_000, frontMarginFen: 15_000_000 } },
      { code: 'new_item_sell_through', params: { sellThroughTargetPpm: 800_000 } },
      { code: 'new_item_stock', params: { stockDays: 30 } },
      // fees and rebates the retailer receives: 800,000 + 1,200,000
      { code: 'other_income', params: { otherIncomeFen: 2_000_000, fixedFeesFen: 1_200_000, percentageTermsFen: 800_000 } },
      { code: 'settlement_effective_days', params: { paymentTermKind: 'monthly_statement', paymentDays: 60, effectiveDays: 75 } }
    ])
  })

  it('shows store operations and store staff what the sell-through plan gives them', () => {
    expect(byDepartment.store_operations).toEqual([
      { code: 'sell_through', params: { sellThroughTargetPpm: 800_000 } },
      { code: 'traffic', params: { eventCount: 1 } },
      { code: 'conversion', params: { eventCount: 1, promoterCount: 3 } },
      { code: 'training', params: { sessionsPerYear: 6 } }
    ])
    expect(byDepartment.store_staff).toEqual([
      { code: 'commission', params: { commissionPerUnitFen: 50 } },
      { code: 'product_knowledge', params: { sessionsPerYear: 6 } },
      { code: 'store_promotion', params: { samplingEventCount: 1, promoterCount: 3 } }
    ])
  })

  it('leaves the promotion effect out while an event cannot be costed', () => {
    const uncosted: PromotionEvent = { ...sampling, id: 'ev3', skus: [{ ...sampling.skus[0]!, baselineUnitsPerStoreWeek: null }] }
    const generalManager = departmentValue({ ...inputs, promotionEvents: [priceOff, uncosted] })[0]
    expect(generalManager?.items.map((item) => item.code)).toEqual(['gross_margin', 'cash_flow', 'sales_per_m2', 'sales_per_employee'])
  })

  it('claims nothing it cannot compute', () => {
    const bare = departmentValue({
      ...inputs,
      grossPurchaseValueFen: null,
      retailValueFen: null,
      percentageTermsFen: null,
      paymentTerms: { kind: 'consignment', days: 30 },
      salesAreaM2: null,
      employees: null,
      skuCount: 0,
      sellThroughTargetPpm: null,
      newItemStockDays: null,
      promotionEvents: [],
      trainingSessionsPerYear: null,
      promoterCount: null,
      commissionPerUnitFen: null
    })
    expect(bare).toEqual([
      { department: 'general_manager', items: [] },
      // consignment without the account's inventory days: the terms, not an invented effective period
      { department: 'purchasing', items: [{ code: 'settlement', params: { paymentTermKind: 'consignment', paymentDays: 30 } }] },
      { department: 'store_operations', items: [] },
      { department: 'store_staff', items: [] }
    ])
  })
})
