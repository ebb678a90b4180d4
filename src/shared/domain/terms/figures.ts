/**
 * The computed figures of an account's economics, declared once: the comparison page, the
 * scenario deltas and the proposal all walk this list, so a new figure is added here and in
 * the i18n file (figures.<key>) and nowhere else.
 */

export const ECONOMICS_FIGURE_KEYS = [
  'purchaseValueFen',
  'retailValueFen',
  'cogsFen',
  'percentageTermsPpm',
  'percentageTermsFen',
  'fixedFeesFen',
  'promotionFundingFen',
  'effectivePaymentDays',
  'financingCostFen',
  'netRevenueFen',
  'contributionFen',
  'contributionMarginPpm',
  'tradeSpendRatePpm',
  'netNetFactorPpm',
  'retailerMarginPpm',
  'breakEvenPurchaseFen',
  'fixedFeePerUnitFen'
] as const
export type EconomicsFigureKey = (typeof ECONOMICS_FIGURE_KEYS)[number]

export type FigureUnit = 'fen' | 'ppm' | 'days'
/** Which way is better for the supplier; null where neither is (no best / worst is marked). */
export type SupplierPreference = 'higher' | 'lower' | null

export interface EconomicsFigure {
  key: EconomicsFigureKey
  unit: FigureUnit
  supplierPreference: SupplierPreference
  /** Whether "per ¥100 of purchases" means anything for it (an annual amount does, a rate does not). */
  isNormalisable: boolean
}

/*
 * Preferences: purchase value, net revenue, contribution and its margin, the net-net factor are
 * better higher; every cost, the payment days, the break-even point and the fees per unit are
 * better lower. Retail value and COGS follow from the mix, not the terms, and the retailer's
 * comprehensive margin is both a cost to us and the reason the retailer lists us: no preference.
 */
export const ECONOMICS_FIGURES: readonly EconomicsFigure[] = [
  { key: 'purchaseValueFen', unit: 'fen', supplierPreference: 'higher', isNormalisable: false },
  { key: 'retailValueFen', unit: 'fen', supplierPreference: null, isNormalisable: true },
  { key: 'cogsFen', unit: 'fen', supplierPreference: null, isNormalisable: true },
  { key: 'percentageTermsPpm', unit: 'ppm', supplierPreference: 'lower', isNormalisable: false },
  { key: 'percentageTermsFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: true },
  { key: 'fixedFeesFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: true },
  { key: 'promotionFundingFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: true },
  { key: 'effectivePaymentDays', unit: 'days', supplierPreference: 'lower', isNormalisable: false },
  { key: 'financingCostFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: true },
  { key: 'netRevenueFen', unit: 'fen', supplierPreference: 'higher', isNormalisable: true },
  { key: 'contributionFen', unit: 'fen', supplierPreference: 'higher', isNormalisable: true },
  { key: 'contributionMarginPpm', unit: 'ppm', supplierPreference: 'higher', isNormalisable: false },
  { key: 'tradeSpendRatePpm', unit: 'ppm', supplierPreference: 'lower', isNormalisable: false },
  { key: 'netNetFactorPpm', unit: 'ppm', supplierPreference: 'higher', isNormalisable: false },
  { key: 'retailerMarginPpm', unit: 'ppm', supplierPreference: null, isNormalisable: false },
  { key: 'breakEvenPurchaseFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: false },
  { key: 'fixedFeePerUnitFen', unit: 'fen', supplierPreference: 'lower', isNormalisable: false }
]
