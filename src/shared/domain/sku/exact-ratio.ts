/**
 * Exact integer helpers for the SKU module. Prices in fen times ppm (up to 10^6) pass 2^53 for
 * prices above ¥90 million or sums of planned value, so products go through BigInt and are
 * rounded once, explicitly.
 */
import { PPM_PER_UNIT, type Ppm } from '../rate'

export const PPM = BigInt(PPM_PER_UNIT)

/** floor(numerator / denominator) for a positive denominator. */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  return quotient * denominator > numerator ? quotient - 1n : quotient
}

/** ceil(numerator / denominator) for a positive denominator. */
export function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  return quotient * denominator < numerator ? quotient + 1n : quotient
}

/**
 * numerator / denominator as ppm, rounded half away from zero (as `ratioToPpm`, but exact for any
 * size). Null when the denominator is 0. The denominator may be negative.
 */
export function exactRatioPpm(numerator: bigint, denominator: bigint): Ppm | null {
  if (denominator === 0n) return null
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const rounded = (2n * n * PPM + d) / (2n * d)
  return Number(negative ? -rounded : rounded)
}
