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

/**
 * Prices up to ¥40 million a unit (4·10^9 fen) keep every fen × ppm product and the sum of two of
 * them below 2^53, so the solver's hot path stays in exact integer Number arithmetic; anything
 * larger goes through BigInt. The results are the same either way (the tests check both).
 */
export const FAST_PATH_LIMIT_FEN = 4_000_000_000

/** floor(n / d) for safe integers n and d > 0, corrected so float division cannot make it wrong. */
export function floorDivSafe(n: number, d: number): number {
  let quotient = Math.floor(n / d)
  const remainder = n - quotient * d
  if (remainder < 0) quotient -= 1
  else if (remainder >= d) quotient += 1
  return quotient
}

/** ceil(n / d) for safe integers n and d > 0. */
export function ceilDivSafe(n: number, d: number): number {
  return -floorDivSafe(-n, d)
}

/** n / d rounded half away from zero, for safe integers n and d > 0. */
export function roundDivSafe(n: number, d: number): number {
  const magnitude = Math.abs(n)
  const quotient = floorDivSafe(magnitude, d)
  const rounded = 2 * (magnitude - quotient * d) >= d ? quotient + 1 : quotient
  return n < 0 ? -rounded : rounded
}

/** n / d rounded half away from zero, for d > 0. */
export function roundDivBig(n: bigint, d: bigint): bigint {
  const magnitude = n < 0n ? -n : n
  const rounded = (2n * magnitude + d) / (2n * d)
  return n < 0n ? -rounded : rounded
}
