import { describe, expect, it } from 'vitest'
import {
  DEPARTMENT_VALUE_CODES,
  KEY_FIGURE_CODES,
  PROMOTION_KINDS,
  PROTECTION_CONSEQUENCES,
  READINESS_CODES,
  RETAILER_DEPARTMENTS,
  departmentValue,
  findProtectionConflicts,
  proposalReadiness,
  type KeyFigures,
  type PromotionEvent,
  type ProposalSnapshot,
  type ProtectionClause
} from '../../src/shared/domain/proposal'
import { enUSProposal, zhCNProposal } from '../../src/shared/i18n/proposal'

type Tree = { [key: string]: string | Tree }

const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)))

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()

describe('proposal texts', () => {
  it('has a Chinese and an English text for every code the module returns', () => {
    for (const texts of [zhCNProposal, enUSProposal]) {
      expect(Object.keys(texts.readiness.code).sort()).toEqual([...READINESS_CODES].sort())
      expect(Object.keys(texts.department.item).sort()).toEqual([...DEPARTMENT_VALUE_CODES].sort())
      expect(Object.keys(texts.department.name).sort()).toEqual([...RETAILER_DEPARTMENTS].sort())
      expect(Object.keys(texts.promotionKind).sort()).toEqual([...PROMOTION_KINDS].sort())
      expect(Object.keys(texts.protectionConsequence).sort()).toEqual([...PROTECTION_CONSEQUENCES].sort())
      expect(Object.keys(texts.keyFigure).sort()).toEqual([...KEY_FIGURE_CODES].sort())
    }
  })

  it('uses the same placeholders in both languages, and no text is empty', () => {
    const english = new Map(leaves(enUSProposal))
    for (const [key, chinese] of leaves(zhCNProposal)) {
      const text = english.get(key)
      expect(text, key).toBeTruthy()
      expect(chinese, key).toBeTruthy()
      expect(placeholders(text ?? ''), key).toEqual(placeholders(chinese))
    }
  })
})

describe('proposal texts and the params the module gives them', () => {
  const clause: ProtectionClause = {
    id: 'cl1',
    accountId: 'acc-1',
    skus: 'all',
    territoryCode: '3101150',
    type: 'exclusive',
    startDate: '2026-01-01',
    endDate: '2025-12-31',
    conditions: { minimumPurchaseFen: null, sellThroughRatePpm: null },
    consequence: 'other',
    consequenceText: ''
  }
  const event: PromotionEvent = {
    id: 'ev1',
    kind: 'buy_x_get_y',
    name: '买二赠一',
    skus: [{ skuCode: 'Z', baselineUnitsPerStoreWeek: null, supplyPriceFen: 1_000, unitCostFen: 500, promoRetailPriceFen: null, supplierFundingPerUnitFen: 0 }],
    storeCount: 5,
    startDate: '2026-05-01',
    endDate: '2026-05-07',
    upliftPpm: 0,
    fixedFeesFen: 0,
    buyQuantity: null,
    getQuantity: null
  }
  const snapshot: ProposalSnapshot = {
    proposalId: 'p1',
    accountId: 'acc-1',
    version: 1,
    savedOn: '2026-02-01',
    skus: [
      { skuCode: 'A', name: '甲', supplyPriceFen: 2_000, retailPriceFen: 2_500, unitCostFen: null, plannedAnnualUnits: null, retailerMarginTargetPpm: null },
      { skuCode: 'B', name: '乙', supplyPriceFen: null, retailPriceFen: null, unitCostFen: 1, plannedAnnualUnits: 1, retailerMarginTargetPpm: null }
    ],
    termLines: [{ termCode: 'entry_fee', unit: 'fen', askValue: 1, offerValue: null }],
    protectionClauses: [clause, { ...clause, id: 'cl2', territoryCode: '31', endDate: '2026-12-31' }],
    promotionEvents: [event, { ...event, id: 'ev2', kind: 'price_off' }],
    concessions: [{ id: 'c1', give: { termCode: null, description: '让步', costFen: 1 }, get: null }],
    keyFigures: Object.fromEntries(KEY_FIGURE_CODES.map((code) => [code, null])) as KeyFigures
  }
  const rival: ProtectionClause = { ...clause, id: 'rival', accountId: 'acc-2', territoryCode: '3101', endDate: '2026-12-31' }

  it('fills every placeholder of a readiness text from the item params', () => {
    const { items } = proposalReadiness({
      snapshot,
      defaultMarginTargetPpm: 600_000,
      protectionConflicts: findProtectionConflicts([...snapshot.protectionClauses, rival]).conflicts,
      resolvedConflictKeys: []
    })
    // most codes appear in this one proposal
    expect(new Set(items.map((item) => item.code)).size).toBeGreaterThanOrEqual(14)
    for (const item of items) {
      for (const name of placeholders(zhCNProposal.readiness.code[item.code])) expect(item.params, `${item.code}.${name}`).toHaveProperty(name)
    }
  })

  it('fills every placeholder of a department value text from the item params', () => {
    const departments = departmentValue({
      grossPurchaseValueFen: 100,
      retailValueFen: 200,
      percentageTermsFen: 1,
      fixedFeesFen: 1,
      promotionFundingFen: 0,
      paymentTerms: { kind: 'invoice', days: 30 },
      inventoryDays: null,
      salesAreaM2: 10,
      employees: 2,
      skuCount: 1,
      keySkuCount: 1,
      sellThroughTargetPpm: 1,
      newItemStockDays: 1,
      promotionEvents: (['price_off', 'spend_and_save', 'sampling'] as const).map((kind) => ({
        ...event,
        kind,
        skus: event.skus.map((line) => ({ ...line, baselineUnitsPerStoreWeek: 1 }))
      })),
      trainingSessionsPerYear: 1,
      promoterCount: 1,
      commissionPerUnitFen: 1
    })
    const items = departments.flatMap((department) => department.items)
    expect(items.length).toBe(DEPARTMENT_VALUE_CODES.length - 1)
    for (const item of items) {
      for (const name of placeholders(zhCNProposal.department.item[item.code])) expect(item.params, `${item.code}.${name}`).toHaveProperty(name)
    }
  })
})
