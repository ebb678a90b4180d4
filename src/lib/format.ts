/** Display formatting with Intl: CNY with 2 decimals, percentages with 1, counts grouped. */
import type { Language } from '../shared/i18n'

const cache = new Map<string, Intl.NumberFormat>()
function formatter(language: Language, kind: 'cny' | 'percent' | 'count' | 'decimal'): Intl.NumberFormat {
  const key = `${language}:${kind}`
  let format = cache.get(key)
  if (!format) {
    format =
      kind === 'cny'
        ? new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : kind === 'percent'
          ? new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
          : kind === 'decimal'
            ? new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
            : new Intl.NumberFormat(language, { maximumFractionDigits: 0 })
    cache.set(key, format)
  }
  return format
}

/** Fen → "¥1,234.56". Integer fen divided once, for display only. */
export function formatFen(language: Language, fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatter(language, 'cny').format(fen / 100)
}

export function formatPercent(language: Language, ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '' : formatter(language, 'percent').format(ratio)
}

export function formatCount(language: Language, value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatter(language, 'count').format(value)
}

export function formatDecimal(language: Language, value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatter(language, 'decimal').format(value)
}
