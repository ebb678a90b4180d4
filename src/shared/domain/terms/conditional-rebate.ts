/**
 * The conditional rebate 有条件返利: tiers on the annual purchase value G.
 *
 * A tier applies from its threshold inclusive: with tiers at ¥100万 and ¥200万, G = ¥200万 has
 * reached the second tier. Below the first threshold nothing is earned (unless a tier starts at 0).
 *
 * - whole 全额累进: the reached tier's rate applies to ALL of G; rebate = G × rate, rounded half up
 *   to the fen once.
 * - excess 超额累进: bands like a progressive tax. Tier i's band runs from its threshold T(i)
 *   up to the next threshold T(i+1) (the last band is open-ended); tier i's rate applies only to the
 *   part of G inside its band, min(G, T(i+1)) − T(i). Purchases below the first threshold are in
 *   no band. Each band's amount is rounded half up to the fen, then the bands are summed (as a
 *   retailer's statement lists them).
 */
import type { Ppm } from '../rate'
import { mulDivRoundHalfUp } from './exact'
import type { ConditionalRebate, RebateTier } from './term-lines'

export function sortedTiers(tiers: readonly RebateTier[]): RebateTier[] {
  return [...tiers].sort((a, b) => a.thresholdFen - b.thresholdFen)
}

/** Index (in ascending threshold order) of the tier G has reached, or null below the first. */
export function reachedTierIndex(tiers: readonly RebateTier[], purchaseValueFen: number): number | null {
  let reached: number | null = null
  sortedTiers(tiers).forEach((tier, index) => {
    if (purchaseValueFen >= tier.thresholdFen) reached = index
  })
  return reached
}

/** One excess-mode band: the part of G inside it and the rebate on that part. */
export interface RebateBand {
  tierIndex: number
  fromFen: number
  /** null for the open-ended last band. */
  toFen: number | null
  baseFen: number
  ratePpm: Ppm
  rebateFen: number
}

/** The excess-mode bands G falls into (only bands with a positive part of G). */
export function excessRebateBands(tiers: readonly RebateTier[], purchaseValueFen: number): RebateBand[] {
  const sorted = sortedTiers(tiers)
  const bands: RebateBand[] = []
  sorted.forEach((tier, index) => {
    const next = sorted[index + 1]
    const toFen = next ? next.thresholdFen : null
    const top = toFen === null ? purchaseValueFen : Math.min(purchaseValueFen, toFen)
    const baseFen = top - tier.thresholdFen
    if (baseFen <= 0) return
    bands.push({
      tierIndex: index,
      fromFen: tier.thresholdFen,
      toFen,
      baseFen,
      ratePpm: tier.ratePpm,
      rebateFen: mulDivRoundHalfUp(baseFen, tier.ratePpm, 1_000_000)
    })
  })
  return bands
}

/** The conditional rebate on G, fen. */
export function conditionalRebateFen(rebate: ConditionalRebate, purchaseValueFen: number): number {
  if (purchaseValueFen <= 0) return 0
  if (rebate.mode === 'excess') {
    return excessRebateBands(rebate.tiers, purchaseValueFen).reduce((sum, band) => sum + band.rebateFen, 0)
  }
  const index = reachedTierIndex(rebate.tiers, purchaseValueFen)
  if (index === null) return 0
  const tier = sortedTiers(rebate.tiers)[index]
  return tier ? mulDivRoundHalfUp(purchaseValueFen, tier.ratePpm, 1_000_000) : 0
}

/**
 * The effective conditional rate for G: rebate ÷ G as ppm (rounded half up). In whole mode that is
 * the reached tier's rate exactly. At G = 0 it is the rate of a tier starting at 0, if any (the
 * limit as G → 0), else 0, so D% is defined before any purchase is planned.
 */
export function conditionalRebateRatePpm(rebate: ConditionalRebate, purchaseValueFen: number): Ppm {
  if (purchaseValueFen <= 0) {
    const first = sortedTiers(rebate.tiers)[0]
    return first && first.thresholdFen <= 0 ? first.ratePpm : 0
  }
  if (rebate.mode === 'whole') {
    const index = reachedTierIndex(rebate.tiers, purchaseValueFen)
    return index === null ? 0 : (sortedTiers(rebate.tiers)[index]?.ratePpm ?? 0)
  }
  return mulDivRoundHalfUp(conditionalRebateFen(rebate, purchaseValueFen), 1_000_000, purchaseValueFen)
}

/** Where G stands on the tier ladder. */
export interface RebateTierProgress {
  mode: RebateTierMode
  /** Tier reached (ascending order), null below the first threshold. */
  reachedTierIndex: number | null
  reachedRatePpm: Ppm
  /** The next tier, null when the top tier is reached. */
  nextTierIndex: number | null
  nextThresholdFen: number | null
  nextRatePpm: Ppm | null
  /** How much more purchase value reaches the next tier (next threshold − G). */
  gapToNextTierFen: number | null
}

type RebateTierMode = ConditionalRebate['mode']

export function rebateTierProgress(rebate: ConditionalRebate, purchaseValueFen: number): RebateTierProgress {
  const sorted = sortedTiers(rebate.tiers)
  const reached = reachedTierIndex(sorted, purchaseValueFen)
  const nextIndex = reached === null ? (sorted.length > 0 ? 0 : null) : reached + 1 < sorted.length ? reached + 1 : null
  const next = nextIndex === null ? undefined : sorted[nextIndex]
  return {
    mode: rebate.mode,
    reachedTierIndex: reached,
    reachedRatePpm: reached === null ? 0 : (sorted[reached]?.ratePpm ?? 0),
    nextTierIndex: next ? nextIndex : null,
    nextThresholdFen: next ? next.thresholdFen : null,
    nextRatePpm: next ? next.ratePpm : null,
    gapToNextTierFen: next ? next.thresholdFen - purchaseValueFen : null
  }
}
