/**
 * Issue and warning params carry raw integers (fen, ppm) so that callers can compute with them.
 * Before a message is interpolated they go through here: `marginPpm: 598662` becomes
 * `margin: "59.9%"`, `supplyPriceFen: 1200` becomes `supplyPrice: "12.00"`; the i18n texts in
 * src/shared/i18n/sku.ts use the short names.
 */
import { fenToYuanText } from '../money'
import { PPM_PER_PERCENT } from '../rate'
import { roundDivSafe } from './exact-ratio'

/** ppm → percent text with one decimal, rounded half away from zero (598,662 → "59.9%"). */
export function ppmToPercentText(ppm: number): string {
  const tenths = roundDivSafe(ppm, PPM_PER_PERCENT / 10)
  const sign = tenths < 0 ? '-' : ''
  const magnitude = Math.abs(tenths)
  return `${sign}${Math.floor(magnitude / 10)}.${magnitude % 10}%`
}

export function issueParamsForDisplay(params: Record<string, string | number>): Record<string, string | number> {
  const display: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && key.endsWith('Fen')) {
      display[key.slice(0, -3)] = fenToYuanText(value)
    } else if (typeof value === 'number' && Number.isSafeInteger(value) && key.endsWith('Ppm')) {
      display[key.slice(0, -3)] = ppmToPercentText(value)
    } else {
      display[key] = value
    }
  }
  return display
}
