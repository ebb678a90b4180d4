/**
 * How figures are written on paper (tables, key figures, chart labels). Money comes in as
 * integer fen and rates as ppm; each is rounded exactly once, here, half away from zero, to the
 * shown decimals, in integer arithmetic, so "12.345 万元" never drifts on its way to text.
 * A figure that could not be computed (null) is written as an em dash.
 */
import { FEN_PER_MONEY_UNIT, roundHalfUp, type MoneyUnit } from '../../../../src/shared/domain/money'
import { type Ppm } from '../../../../src/shared/domain/rate'

export type DocumentLanguage = 'zh-CN' | 'en-US'

export const MISSING_FIGURE = '—'

/** Groups the digits of a non-negative integer text by thousands: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** A scaled integer (e.g. 12345 with 2 decimals) → "123.45", grouped, with a leading "-" when negative. */
function scaledIntegerText(scaled: number, decimals: number): string {
  const sign = scaled < 0 ? '-' : ''
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, '0')
  const whole = digits.slice(0, digits.length - decimals)
  const fraction = digits.slice(digits.length - decimals)
  return `${sign}${groupThousands(whole)}${decimals > 0 ? `.${fraction}` : ''}`
}

/**
 * Fen → a number in `unit` with `decimals` decimals (default 2, the domain's CNY rule), grouped:
 * 123456789 fen → "1,234,567.89" (元) or "123.46" (万元). No unit suffix: tables name the unit in
 * the column header.
 */
export function formatMoney(fen: number | null, unit: MoneyUnit, decimals = 2): string {
  if (fen === null || !Number.isFinite(fen)) return MISSING_FIGURE
  const fenPerStep = FEN_PER_MONEY_UNIT[unit] / 10 ** decimals
  // fenPerStep ≥ 1 for every unit at ≤ 2 decimals; division by a power of ten lands exactly on .5.
  return scaledIntegerText(roundHalfUp(fen / fenPerStep), decimals)
}

/** ppm → percent text with `decimals` decimals (default 1, the domain's rule): 125_000 → "12.5%". */
export function formatPercent(ppm: Ppm | null, decimals = 1): string {
  if (ppm === null || !Number.isFinite(ppm)) return MISSING_FIGURE
  const ppmPerStep = 10_000 / 10 ** decimals
  return `${scaledIntegerText(roundHalfUp(ppm / ppmPerStep), decimals)}%`
}

/** A whole count (units, stores, SKUs), grouped: 12500 → "12,500". */
export function formatCount(count: number | null): string {
  if (count === null || !Number.isFinite(count)) return MISSING_FIGURE
  return scaledIntegerText(roundHalfUp(count), 0)
}

/** Fen → a plain number in `unit` for a chart axis (display only, never summed again). */
export function fenInUnit(fen: number, unit: MoneyUnit): number {
  return fen / FEN_PER_MONEY_UNIT[unit]
}
