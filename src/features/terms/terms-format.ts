/**
 * How the term-sheet page shows the terms domain's figures: money with 2 decimals, rates with 1,
 * days as counts; a line labelled as the grid labels it; message params formatted by their
 * suffix (…Fen money, …Ppm rates) before they are interpolated.
 */
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import { formatCount, formatFen } from '../../lib/format'
import { ppmToPercentText } from '../../shared/domain/sku'
import { fenToYuanText } from '../../shared/domain/money'
import { PPM_PER_PERCENT } from '../../shared/domain/rate'
import type { FigureUnit, TermLine, TermWarning } from '../../shared/domain/terms'
import type { StoredTermLine } from '../../shared/contract/terms'

export function formatFigure(language: Language, unit: FigureUnit, value: number | null): string {
  if (value === null) return ''
  if (unit === 'fen') return formatFen(language, value)
  if (unit === 'ppm') return ppmToPercentText(value)
  return formatCount(language, value)
}

/** A change with its sign ("+¥1,200.00", "−0.4%"); zero shows as "0". */
export function formatFigureDelta(language: Language, unit: FigureUnit, delta: number | null): string {
  if (delta === null) return ''
  if (delta === 0) return '0'
  const magnitude = unit === 'ppm' && Math.abs(delta) < SMALL_RATE_DELTA_PPM ? smallPercentText(Math.abs(delta)) : formatFigure(language, unit, Math.abs(delta))
  return `${delta > 0 ? '+' : '−'}${magnitude}`
}

/** A rate change under 0.05 % would show as "0.0%": it gets two decimals instead, so a change never reads as none. */
const SMALL_RATE_DELTA_PPM = 500
/** ppm → percent with two decimals, rounded half up (310 → "0.03%"); only for magnitudes under 0.05 %. */
const smallPercentText = (ppm: number): string => `0.${String(Math.max(1, Math.round(ppm / 100))).padStart(2, '0')}%`

/** A line's label: the retailer's own name when it has one, else the kind's name. */
export function termLineLabel(line: Pick<TermLine | StoredTermLine, 'kind' | 'name'>, t: TFunction): string {
  return line.name && line.name.trim() !== '' ? line.name : t(`terms.kinds.${line.kind}`)
}

/** Params of a warning or issue as shown: …Fen as money, …Ppm as a percentage, the line's label. */
export function displayParams(params: Record<string, string | number>, language: Language, t: TFunction): Record<string, string | number> {
  const shown: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && key.endsWith('Fen')) shown[key] = formatFen(language, value)
    else if (typeof value === 'number' && key.endsWith('Ppm')) shown[key] = ppmToPercentText(value)
    else shown[key] = value
  }
  if (typeof params.kind === 'string') shown.label = termLineLabel({ kind: params.kind as TermLine['kind'], name: typeof params.name === 'string' ? params.name : undefined }, t)
  return shown
}

export function warningText(warning: TermWarning, language: Language, t: TFunction): string {
  return t(`terms.warnings.${warning.code}`, displayParams(warning.params, language, t))
}

/** A rate as a person types it back ("2.5%"): ppm / 10^4 has at most 4 decimals, exact. */
export const ppmToTypedPercent = (ppm: number): string => `${ppm / PPM_PER_PERCENT}%`
/** Money as a person types it back, in yuan ("3000.00"). */
export const fenToTyped = (fen: number): string => fenToYuanText(fen)
