/**
 * Money is integer fen (分) everywhere below the UI. These helpers are the only place where
 * yuan text becomes fen and back, so a figure is the same in the grid, the database and a file.
 */

export const FEN_PER_YUAN = 100

/** Round half away from zero to an integer (for fen results of divisions). */
export function roundHalfUp(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value)
}

/** Yuan as a decimal string → fen, exactly (no binary float drift). Returns null for bad text. */
export function yuanTextToFen(text: string): number | null {
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(text)
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const padded = (fraction + '000').slice(0, 3)
  // Round the third decimal half up, so "1.005" is 101 fen.
  let fen = Number(whole) * FEN_PER_YUAN + Number(padded.slice(0, 2))
  if (Number(padded[2]) >= 5) fen += 1
  if (!Number.isSafeInteger(fen)) return null
  return sign ? -fen : fen
}

export function fenToYuan(fen: number): number {
  return fen / FEN_PER_YUAN
}

/** Fen → plain yuan text with two decimals, e.g. 123456 → "1234.56" (for CSV and editors). */
export function fenToYuanText(fen: number): string {
  const negative = fen < 0
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / FEN_PER_YUAN)
  const cents = String(abs % FEN_PER_YUAN).padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}`
}

/** How money is shown in a grid, its totals and its exports (each grid remembers its own). */
export const MONEY_UNITS = ['yuan', 'wan', 'yi'] as const
export type MoneyUnit = (typeof MONEY_UNITS)[number]
/** Fen in one unit of each: 元 = 100 分, 万元 = 1,000,000 分, 亿元 = 10,000,000,000 分. */
export const FEN_PER_MONEY_UNIT: Record<MoneyUnit, number> = { yuan: 100, wan: 1_000_000, yi: 10_000_000_000 }

/**
 * Fen as plain text in the unit, exactly (no float): 123456789 fen is "1234567.89" 元,
 * "123.456789" 万元, "0.0123456789" 亿元. Trailing zeros beyond the fen are dropped. For copy and
 * export: plain numbers, no ¥ and no thousands separators.
 */
export function fenToMoneyUnitText(fen: number, unit: MoneyUnit): string {
  if (unit === 'yuan') return fenToYuanText(fen)
  // 万元 = 10^6 fen, 亿元 = 10^10 fen: shift the decimal point of the integer.
  const shift = unit === 'wan' ? 6 : 10
  const digits = String(Math.abs(fen)).padStart(shift + 1, '0')
  const whole = digits.slice(0, -shift)
  const fraction = digits.slice(-shift).replace(/0+$/, '')
  return `${fen < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}
