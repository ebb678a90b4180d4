/**
 * What the Word proposal is built from: one version of an account's entry proposal with every
 * figure already computed by the domain modules (src/shared/domain/terms, …/proposal), so the
 * document prints the numbers the screen shows and computes nothing of its own. Money is fen,
 * rates ppm, dates ISO; texts the user typed (names, descriptions) are carried as typed.
 */
import type { ConcessionEntry, ConcessionLedger, DepartmentValue, PromotionEvent, PromotionPlanResult, ProtectionClause } from '../../../src/shared/domain/proposal'
import type { PaymentTermKind } from '../../../src/shared/domain/proposal/department-value'
import type { Ppm } from '../../../src/shared/domain/rate'
import type { TermValueUnit } from '../../../src/shared/domain/proposal'

export interface DocumentPicture {
  png: Buffer
  /** The size it takes on the page, CSS pixels (96 per inch). */
  widthPx: number
  heightPx: number
}

export interface SupplierCompany {
  name: string
  logo: DocumentPicture | null
  /** '#RRGGBB' or 'RRGGBB'. */
  accentColour: string
}

export interface DocumentAccount {
  name: string
  /** e.g. 湖南 · 186 家直营门店, already in the document's language; shown under the title. */
  subtitle: string | null
  storeCount: number | null
}

/** The economics of the offer side, as accountEconomics (src/shared/domain/terms) computed them. */
export interface DocumentEconomics {
  grossPurchaseValueFen: number
  retailValueFen: number
  cogsFen: number
  percentageTermsPpm: Ppm
  percentageTermsFen: number
  fixedFeesFen: number | null
  promotionFundingFen: number
  financingCostFen: number | null
  netRevenueFen: number | null
  contributionFen: number | null
  contributionMarginPpm: Ppm | null
  tradeSpendRatePpm: Ppm | null
  netNetFactorPpm: Ppm | null
  retailerComprehensiveMarginPpm: Ppm | null
  breakEvenPurchaseValueFen: number | null
  effectivePaymentDays: number | null
}

export interface DocumentSkuLine {
  skuCode: string
  barcode: string | null
  name: string
  spec: string | null
  category: string | null
  supplyPriceFen: number | null
  retailPriceFen: number | null
  plannedAnnualUnits: number | null
  /** (r − s) / r, from the domain; null without both prices. */
  frontMarginPpm: Ppm | null
  /** The target this SKU is held to (its own or the proposal's). */
  marginTargetPpm: Ppm | null
  /** s × q; null without both. */
  purchaseValueFen: number | null
  netNetPriceFen: number | null
}

export interface DocumentTermLine {
  /** The term's name as the term sheet shows it, in the document's language. */
  label: string
  unit: TermValueUnit
  askValue: number | null
  offerValue: number | null
}

export interface DocumentProtectionClause extends ProtectionClause {
  /** The GB/T 2260 name of the territory in the document's language, e.g. 湖南省 长沙市 雨花区 / Yuhua District, Changsha, Hunan. */
  territoryName: string
}

export const SELL_THROUGH_ACTIVITY_KINDS = ['staff_training', 'promoter_incentive', 'pop', 'display', 'other'] as const
export type SellThroughActivityKind = (typeof SELL_THROUGH_ACTIVITY_KINDS)[number]

/** 动销上量方案: one activity with its cost and who carries it out. */
export interface SellThroughActivity {
  kind: SellThroughActivityKind
  description: string
  costFen: number
  owner: string
  timing: string
}

/** The offer's payment term: 票到 / 月结 N days, or 代销 N days after sale with the days of inventory before it. */
export interface DocumentPayment {
  kind: PaymentTermKind
  days: number
  inventoryDays: number | null
}

export interface ProposalCharts {
  economicsWaterfall: DocumentPicture | null
  marginBySku: DocumentPicture | null
  promotionRoi: DocumentPicture | null
  promotionCalendar: DocumentPicture | null
}

export interface ProposalDocumentData {
  account: DocumentAccount
  supplier: SupplierCompany
  contractYear: number
  /** The day the version was saved (or today for the working copy), ISO. */
  date: string
  version: { number: number; name: string | null }
  economics: DocumentEconomics
  /** The proposal's default retailer margin target. */
  marginTargetPpm: Ppm | null
  skus: DocumentSkuLine[]
  termLines: DocumentTermLine[]
  payment: DocumentPayment | null
  concessions: { entries: ConcessionEntry[]; ledger: ConcessionLedger }
  protectionClauses: DocumentProtectionClause[]
  promotions: { events: PromotionEvent[]; plan: PromotionPlanResult }
  sellThroughActivities: SellThroughActivity[]
  departmentValue: DepartmentValue[]
  charts: ProposalCharts
}

export interface ProposalDocumentOptions {
  language: 'zh-CN' | 'en-US'
  moneyUnit: 'yuan' | 'wan'
}
