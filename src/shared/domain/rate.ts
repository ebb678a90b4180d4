/**
 * Rates (margins, rebates, fees in %, uplifts, probabilities) are integer parts per million
 * (ppm): 1% = 10,000 ppm, 60% = 600,000 ppm. A percentage typed with up to four decimals
 * (12.3456%) is stored exactly, sums of rates do not drift, and money × rate rounds once, at the
 * edge, with `applyRate`. Every domain module (SKU structure, trade terms, proposals, funnel)
 * uses this one representation.
 */
import { roundHalfUp } from './money'

export type Ppm = number

export const PPM_PER_UNIT = 1_000_000
export const PPM_PER_PERCENT = 10_000

/** Percent text → ppm, exactly ("12.5" → 125,000; "60%" → 600,000). Null for bad text or more than 4 decimals. */
export function percentTextToPpm(text: string): Ppm | null {
  const match = /^(-)?(\d+)(?:\.(\d{0,4}))?%?$/.exec(text.trim())
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const ppm = Number(whole) * PPM_PER_PERCENT + Number((fraction + '0000').slice(0, 4))
  if (!Number.isSafeInteger(ppm)) return null
  return sign ? -ppm : ppm
}

/** ppm → a percentage number for display (600,000 → 60). */
export function ppmToPercent(ppm: Ppm): number {
  return ppm / PPM_PER_PERCENT
}

/** ppm → a plain ratio (600,000 → 0.6), for display and charts only. */
export function ppmToRatio(ppm: Ppm): number {
  return ppm / PPM_PER_UNIT
}

/** Fen × rate, rounded half away from zero to whole fen. */
export function applyRate(fen: number, ppm: Ppm): number {
  return roundHalfUp((fen * ppm) / PPM_PER_UNIT)
}

/** numerator ÷ denominator as ppm (rounded half away from zero), or null when the denominator is 0. */
export function ratioToPpm(numerator: number, denominator: number): Ppm | null {
  if (denominator === 0) return null
  return roundHalfUp((numerator * PPM_PER_UNIT) / denominator)
}
