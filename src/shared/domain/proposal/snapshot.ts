/**
 * A proposal snapshot: everything one version of an entry proposal says, frozen when it is saved
 * or sent, so two versions can be compared and the document rebuilt exactly.
 * The key figures are computed by the trade-terms economics (src/shared/domain/terms) and stored
 * here as plain numbers, so a snapshot does not change when the formulas' inputs change later.
 */
import type { Ppm } from '../rate'
import type { ConcessionEntry } from './concessions'
import type { DepartmentValue, PaymentTermKind } from './department-value'
import type { IsoDate } from './dates'
import type { PromotionEvent } from './promotion'
import type { ProtectionClause } from './regional-protection'

export interface ProposalSkuLine {
  skuCode: string
  name: string
  /** The supply price offered to the account, fen; null until priced. */
  supplyPriceFen: number | null
  retailPriceFen: number | null
  unitCostFen: number | null
  plannedAnnualUnits: number | null
  /** The retailer's margin target for this SKU; null = the proposal's default. */
  retailerMarginTargetPpm: Ppm | null
}

export type TermValueUnit = 'fen' | 'ppm' | 'days'

/** One trade term: what the retailer asks and what the supplier offers (条件: 要价 / 报价). */
export interface ProposalTermLine {
  /** The term's code in the trade-terms registry, e.g. `entry_fee`, `unconditional_rebate`, `payment_days`. */
  termCode: string
  unit: TermValueUnit
  askValue: number | null
  offerValue: number | null
}

/** The economics of the proposal (ka-domain.md "Computations"), in the order they are shown. */
export const KEY_FIGURE_CODES = [
  'grossPurchaseValue',
  'retailValue',
  'percentageTerms',
  'fixedFees',
  'promotionFunding',
  'financingCost',
  'netRevenue',
  'contribution',
  'contributionMargin',
  'tradeSpendRate',
  'netNetFactor',
  'retailerComprehensiveMargin',
  'breakEvenPurchaseValue'
] as const
export type KeyFigureCode = (typeof KEY_FIGURE_CODES)[number]

/** Each key figure is money in fen or a rate in ppm. */
export const KEY_FIGURE_UNITS: Record<KeyFigureCode, 'fen' | 'ppm'> = {
  grossPurchaseValue: 'fen',
  retailValue: 'fen',
  percentageTerms: 'ppm',
  fixedFees: 'fen',
  promotionFunding: 'fen',
  financingCost: 'fen',
  netRevenue: 'fen',
  contribution: 'fen',
  contributionMargin: 'ppm',
  tradeSpendRate: 'ppm',
  netNetFactor: 'ppm',
  retailerComprehensiveMargin: 'ppm',
  breakEvenPurchaseValue: 'fen'
}
/** Null where the economics could not compute the figure. */
export type KeyFigures = Record<KeyFigureCode, number | null>

/** One sell-through activity (动销上量) as a version keeps it for its document. */
export interface SnapshotActivity {
  kind: string
  description: string
  costFen: number
  owner: string
  startDate: IsoDate | null
  endDate: IsoDate | null
}

/**
 * What a saved version keeps for its Word document beyond the figures versions are compared on:
 * the rest of the offer's economics, the payment term, the default margin target, each SKU's
 * net-net price, the sell-through plan and the value per department, all as they were on the
 * day it was saved. Versions saved before this was kept have none.
 */
export interface SnapshotDocumentFacts {
  cogsFen: number
  percentageTermsFen: number
  financingCostFen: number | null
  effectivePaymentDays: number | null
  payment: { kind: PaymentTermKind; days: number; inventoryDays: number | null } | null
  marginTargetPpm: Ppm | null
  /** By SKU code; null where it could not be computed. */
  netNetPriceFen: Record<string, number | null>
  activities: SnapshotActivity[]
  departmentValue: DepartmentValue[]
}

export interface ProposalSnapshot {
  proposalId: string
  accountId: string
  /** 1, 2, 3… in the order the versions were saved. */
  version: number
  savedOn: IsoDate
  skus: ProposalSkuLine[]
  termLines: ProposalTermLine[]
  protectionClauses: ProtectionClause[]
  promotionEvents: PromotionEvent[]
  concessions: ConcessionEntry[]
  keyFigures: KeyFigures
  documentFacts?: SnapshotDocumentFacts
}
