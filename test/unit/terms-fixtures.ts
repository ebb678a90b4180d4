/**
 * A hand-worked account used by several terms tests (the working is in terms-economics.test.ts):
 * four SKUs, five fixed fees, three percentage terms, a whole-mode tiered rebate and 月结45天.
 */
import type { AccountPlan, TermLine, TermSheet, TermsSettings } from '../../src/shared/domain/terms'

export const handWorkedPlan: AccountPlan = {
  assortment: [
    { skuId: 'A', units: 10_000, supplyFen: 1_000, retailFen: 1_500, unitCostFen: 600 },
    { skuId: 'B', units: 5_000, supplyFen: 2_000, retailFen: 2_800, unitCostFen: 1_300 },
    { skuId: 'C', units: 2_000, supplyFen: 5_000, retailFen: 7_000, unitCostFen: 3_500 },
    { skuId: 'D', units: 1_000, supplyFen: 800, retailFen: 1_200, unitCostFen: 400 }
  ],
  storeCount: 20,
  daysOfInventory: 30,
  promotionFundingFen: 500_000,
  marginTargetPpm: 400_000
}

export const settings: TermsSettings = { annualInterestPpm: 43_500 }

export const handWorkedLines: TermLine[] = [
  {
    id: 'entry',
    category: 'fixed',
    kind: 'entry',
    basis: 'perSku',
    values: { ask: { unitFen: 80_000, count: 1 }, offer: { unitFen: 50_000, count: 1 }, agreed: null }
  },
  {
    id: 'barcode',
    category: 'fixed',
    kind: 'barcode',
    basis: 'perSkuPerStore',
    values: { ask: { unitFen: 1_000, count: 1 }, offer: { unitFen: 1_000, count: 1 }, agreed: null }
  },
  {
    id: 'festival',
    category: 'fixed',
    kind: 'festival',
    basis: 'perEvent',
    values: { ask: { unitFen: 30_000, count: 4 }, offer: { unitFen: 30_000, count: 3 }, agreed: null }
  },
  {
    id: 'display',
    category: 'fixed',
    kind: 'display',
    basis: 'perPeriod',
    values: { ask: { unitFen: 100_000, count: 2 }, offer: { unitFen: 100_000, count: 2 }, agreed: null }
  },
  {
    id: 'system',
    category: 'fixed',
    kind: 'system',
    basis: 'perYear',
    values: { ask: { unitFen: 50_000, count: 1 }, offer: { unitFen: 50_000, count: 1 }, agreed: null }
  },
  {
    id: 'unconditional',
    category: 'percentage',
    kind: 'unconditionalRebate',
    values: { ask: 30_000, offer: 20_000, agreed: null }
  },
  { id: 'logistics', category: 'percentage', kind: 'logistics', values: { ask: 35_000, offer: 35_000, agreed: null } },
  { id: 'damage', category: 'percentage', kind: 'damageReturns', values: { ask: 5_000, offer: 5_000, agreed: null } },
  {
    id: 'tiered',
    category: 'conditionalRebate',
    kind: 'conditionalRebate',
    values: {
      ask: {
        mode: 'whole',
        tiers: [
          { thresholdFen: 20_000_000, ratePpm: 10_000 },
          { thresholdFen: 30_000_000, ratePpm: 20_000 },
          { thresholdFen: 50_000_000, ratePpm: 30_000 }
        ]
      },
      offer: {
        mode: 'whole',
        tiers: [
          { thresholdFen: 20_000_000, ratePpm: 10_000 },
          { thresholdFen: 30_000_000, ratePpm: 20_000 },
          { thresholdFen: 50_000_000, ratePpm: 30_000 }
        ]
      },
      agreed: null
    }
  }
]

export const handWorkedSheet: TermSheet = {
  lines: handWorkedLines,
  payment: { ask: { mode: 'monthly', days: 60 }, offer: { mode: 'monthly', days: 45 }, agreed: null }
}
