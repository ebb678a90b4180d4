/**
 * Exact integer arithmetic for fen × ppm × days products. A purchase value of ¥10亿 is 10^11 fen;
 * times a rate of 100,000 ppm that is 10^16, past 2^53, where a float product would already have
 * lost the last fen. Such products go through BigInt; small ones stay plain numbers for speed.
 */
import { roundHalfUp } from '../money'

/** a × b ÷ divisor, rounded half away from zero to an integer (divisor > 0, all integers). */
export function mulDivRoundHalfUp(a: number, b: number, divisor: number): number {
  const product = a * b
  if (Number.isSafeInteger(product)) return roundHalfUp(product / divisor)
  const exact = BigInt(a) * BigInt(b)
  const big = BigInt(divisor)
  const isNegative = exact < 0n
  const magnitude = isNegative ? -exact : exact
  const quotient = (magnitude * 2n + big) / (2n * big)
  return Number(isNegative ? -quotient : quotient)
}

