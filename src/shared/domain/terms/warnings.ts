/**
 * Warnings on a side of a term sheet, each with its source. The UI translates `code` with
 * `params` (terms.warnings.<code>) and shows the source (terms.sources.<sourceId>). A warning
 * about a line carries its `kind` and `name`; the UI adds `label` as it labels the line in the
 * grid (its name when it has one, else terms.kinds.<kind>).
 */
import type { Ppm } from '../rate'
import type { AccountEconomics } from './economics'
import type { FixedFeeKind, TermLine } from './term-lines'

/**
 * Where each rule comes from.
 * - fairTrade2006Art14: 《零售商供应商公平交易管理办法》(商务部、发改委、公安部、税务总局、工商总局令
 *   2006年第17号) 第十四条: payment terms are agreed in the contract, at most 60 days after the
 *   retailer receives the goods.
 * - fairTrade2006Art13: the same measures, 第十三条: a retailer may not charge fees for signing or
 *   renewing a contract, and may not charge store-anniversary, festival, new-store-opening or other
 *   fees that cannot be shown to relate to selling the goods.
 * - cleanUp2011: 《清理整顿大型零售企业向供应商违规收费工作方案》(商务部等五部门, 2011): lists those fees
 *   and new-item entry fees 新品进店费 charged without a service among the charges to stop; later
 *   local clean-ups repeat the list.
 * - userThreshold / accountTarget / tierLadder: the user's own threshold, the account's margin
 *   target, the rebate tiers of this sheet.
 */
export const WARNING_SOURCES = ['fairTrade2006Art14', 'fairTrade2006Art13', 'cleanUp2011', 'userThreshold', 'accountTarget', 'tierLadder'] as const
export type WarningSource = (typeof WARNING_SOURCES)[number]

export const TERM_WARNING_CODES = [
  'paymentOver60Days',
  'feeWithoutService',
  'tradeSpendOverThreshold',
  'retailerMarginBelowTarget',
  'nextRebateTierNear',
  'nextRebateTierNearWhole'
] as const
export type TermWarningCode = (typeof TERM_WARNING_CODES)[number]
export type WarningSeverity = 'info' | 'warning'

export interface TermWarning {
  code: TermWarningCode
  severity: WarningSeverity
  params: Record<string, string | number>
  sources: WarningSource[]
  /** The term line the warning is about, if any. */
  lineId?: string
}

/** Art. 14: at most 60 days after receipt. */
export const MAX_PAYMENT_DAYS_AFTER_RECEIPT = 60
/** "Within 5% below the next tier": gap ≤ 5% of the next threshold. */
export const NEAR_TIER_SHARE_PPM: Ppm = 50_000

/** Fee kinds the measures name as non-compliant when no service is given for them. */
export const FEE_KINDS_WITHOUT_SERVICE: readonly FixedFeeKind[] = ['anniversary', 'festival', 'newStore']
/** Words in a retailer's own line name that mean a signing / renewal or new-item entry fee. */
export const FEE_NAMES_WITHOUT_SERVICE: readonly string[] = ['签约', '续签', '续约', '合同费', '新品进店', '新品费']

export interface WarningOptions {
  /** Warn when the trade spend rate is above this, ppm; null for no such warning. */
  tradeSpendThresholdPpm: Ppm | null
}

function isFeeWithoutService(line: TermLine): boolean {
  if (line.category !== 'fixed') return false
  if (FEE_KINDS_WITHOUT_SERVICE.includes(line.kind)) return true
  const name = line.name ?? ''
  return FEE_NAMES_WITHOUT_SERVICE.some((word) => name.includes(word))
}

export function termWarnings(economics: AccountEconomics, options: WarningOptions): TermWarning[] {
  const warnings: TermWarning[] = []
  const days = economics.effectivePaymentDays
  if (days !== null && days > MAX_PAYMENT_DAYS_AFTER_RECEIPT) {
    warnings.push({
      code: 'paymentOver60Days',
      severity: 'warning',
      params: { days, maxDays: MAX_PAYMENT_DAYS_AFTER_RECEIPT },
      sources: ['fairTrade2006Art14']
    })
  }
  for (const amount of economics.lineAmounts) {
    if (!isFeeWithoutService(amount.line) || amount.isUnset || amount.amountFen === 0) continue
    warnings.push({
      code: 'feeWithoutService',
      severity: 'warning',
      params: { kind: amount.line.kind, name: amount.line.name ?? '', amountFen: amount.amountFen ?? 0 },
      sources: ['fairTrade2006Art13', 'cleanUp2011'],
      lineId: amount.lineId
    })
  }
  const spend = economics.tradeSpendRatePpm
  if (options.tradeSpendThresholdPpm !== null && spend !== null && spend > options.tradeSpendThresholdPpm) {
    warnings.push({
      code: 'tradeSpendOverThreshold',
      severity: 'warning',
      params: { ratePpm: spend, thresholdPpm: options.tradeSpendThresholdPpm },
      sources: ['userThreshold']
    })
  }
  const margin = economics.retailerMarginPpm
  const target = economics.marginTargetPpm
  if (margin !== null && target !== null && margin < target) {
    warnings.push({
      code: 'retailerMarginBelowTarget',
      severity: 'warning',
      params: { marginPpm: margin, targetPpm: target },
      sources: ['accountTarget']
    })
  }
  const progress = economics.tierProgress
  if (
    progress !== null &&
    progress.nextThresholdFen !== null &&
    progress.gapToNextTierFen !== null &&
    progress.gapToNextTierFen > 0 &&
    progress.gapToNextTierFen * 1_000_000 <= progress.nextThresholdFen * NEAR_TIER_SHARE_PPM
  ) {
    warnings.push({
      // In whole mode the next tier's rate applies to every yuan, not just the push.
      code: progress.mode === 'whole' ? 'nextRebateTierNearWhole' : 'nextRebateTierNear',
      severity: 'info',
      params: {
        gapFen: progress.gapToNextTierFen,
        nextThresholdFen: progress.nextThresholdFen,
        nextRatePpm: progress.nextRatePpm ?? 0,
        currentRatePpm: progress.reachedRatePpm
      },
      sources: ['tierLadder']
    })
  }
  return warnings
}
