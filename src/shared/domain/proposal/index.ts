/**
 * Entry proposal 进场方案: the one module the planner UI, the services and the Word document call.
 * Pure: figures in fen and ppm in, codes and figures out (texts in src/shared/i18n/proposal.ts).
 */
export {
  dayNumberToIsoDate,
  dayRange,
  daysInRange,
  intersectRanges,
  isoDateToDayNumber,
  isoWeekOf,
  type DayRange,
  type IsoDate,
  type IsoWeek
} from './dates'
export {
  DAYS_PER_WEEK,
  PROMOTION_KINDS,
  promotionCalendar,
  promotionEventResult,
  promotionFundingFen,
  promotionFundingForPeriodFen,
  promotionPlanResult,
  type PromotionCalendar,
  type PromotionCalendarBar,
  type PromotionEvent,
  type PromotionEventResult,
  type PromotionKind,
  type PromotionMissingReason,
  type PromotionOptions,
  type PromotionOverlap,
  type PromotionPlanResult,
  type PromotionSkuLine,
  type PromotionSkuResult
} from './promotion'
export {
  comparePriceCutWithFreeGoods,
  equivalentFreeGoodsOffers,
  type EquivalentFreeGoodsOffer,
  type PriceCutVsFreeGoods,
  type PriceCutVsFreeGoodsInput
} from './price-cut-vs-free-goods'
export {
  ALL_SKUS,
  PROTECTION_CONSEQUENCES,
  PROTECTION_TYPES,
  findProtectionConflicts,
  normalizeTerritoryCode,
  overlappingSkus,
  overlappingTerritory,
  protectionConflictKey,
  type ProtectedSkus,
  type ProtectionClause,
  type ProtectionClauseProblem,
  type ProtectionConflict,
  type ProtectionConflictReport,
  type ProtectionConsequence,
  type ProtectionType
} from './regional-protection'
export {
  KEY_FIGURE_CODES,
  KEY_FIGURE_UNITS,
  type KeyFigureCode,
  type KeyFigures,
  type ProposalSkuLine,
  type ProposalSnapshot,
  type ProposalTermLine,
  type SnapshotActivity,
  type SnapshotDocumentFacts,
  type TermValueUnit
} from './snapshot'
export {
  SKU_DIFF_FIELDS,
  diffProposalVersions,
  type ItemChange,
  type ItemChangeKind,
  type KeyFigureChange,
  type ProposalVersionDiff,
  type SkuChange,
  type SkuDiffField,
  type TermChange
} from './version-diff'
export {
  concessionLedger,
  type ConcessionEntry,
  type ConcessionGet,
  type ConcessionGive,
  type ConcessionLedger,
  type ConcessionLine
} from './concessions'
export {
  READINESS_CODES,
  proposalReadiness,
  type Readiness,
  type ReadinessCode,
  type ReadinessInput,
  type ReadinessItem,
  type ReadinessSection,
  type ReadinessSeverity
} from './readiness'
export {
  DEPARTMENT_VALUE_CODES,
  RETAILER_DEPARTMENTS,
  departmentValue,
  effectivePaymentDays,
  type DepartmentValue,
  type DepartmentValueCode,
  type DepartmentValueInputs,
  type DepartmentValueItem,
  type PaymentTermKind,
  type RetailerDepartment
} from './department-value'
