import { FEN_PER_MONEY_UNIT, type MoneyUnit } from '../shared/domain/money'

/** Decimals shown per unit: 元 to the fen; 万元 and 亿元 with enough digits to tell accounts apart. */
export const MONEY_UNIT_DECIMALS: Record<MoneyUnit, number> = { yuan: 2, wan: 2, yi: 4 }

/** Fen as a number in the unit (for filters and sorting; display rounds at the edge). */
export function fenInMoneyUnit(fen: number | null | undefined, unit: MoneyUnit): number | null {
  return fen === null || fen === undefined ? null : fen / FEN_PER_MONEY_UNIT[unit]
}

export { fenToMoneyUnitText } from '../shared/domain/money'

const UNIT_SUFFIX: Record<MoneyUnit, string> = { yuan: '', wan: '万', yi: '亿' }

/**
 * What a person typed or pasted into a money cell shown in 万元 or 亿元, for the service (which
 * reads yuan and understands 万/亿): a plain number gets the unit's suffix, "1.5" in 万元 is
 * "1.5万"; anything else (already "3万", a word) goes as typed, for the service to judge.
 */
export function moneyInputForService(text: string, unit: MoneyUnit): string {
  const trimmed = text.trim()
  if (unit === 'yuan' || !/^[+-]?[\d,]*\.?\d+$/.test(trimmed)) return text
  return `${trimmed}${UNIT_SUFFIX[unit]}`
}

/**
 * A ratio as the percentage a cell shows (0.125 → 12.5), for filtering and copying: a filter
 * "大于 50" on a percentage column means 50 %, not a ratio of 50. Rounded to 3 decimals of a
 * percent, which hides float noise (0.1 + 0.2) without changing any figure shown.
 */
export function percentShown(ratio: number | null | undefined): number | null {
  return ratio === null || ratio === undefined ? null : Math.round(ratio * 100_000) / 1000
}
