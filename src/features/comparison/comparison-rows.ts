/**
 * The comparison grid's rows: one per ComparisonRow of terms:compare, with its label in the
 * current language and its cells as text. Money is shown in the grid's unit, except a per-¥100
 * row, whose figures are yuan per ¥100 of purchases whatever the unit (¥3.50 per ¥100 in 万元
 * would read 0.00035); rates with one decimal, days as whole days.
 */
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { MoneyUnit } from '../../shared/domain/money'
import type { ComparisonRow } from '../../shared/domain/terms'
import { comparisonRowLabel } from '../../shared/i18n/comparison'
import { fenToMoneyUnitText, fenInMoneyUnit, MONEY_UNIT_DECIMALS } from '../../grid/money-unit'
import { ppmToPercent, ppmToRatio } from '../../shared/domain/rate'

export interface ComparisonGridRow {
  /** The row's position: the layer keys rows by a number. */
  id: number
  /** Comparison rows are computed, never edited: the version stays 0. */
  rowVersion: number
  row: ComparisonRow
  label: string
  unitLabel: string
}

export function toComparisonRows(rows: readonly ComparisonRow[], t: TFunction, moneyUnit: MoneyUnit): ComparisonGridRow[] {
  return rows.map((row, index) => ({
    id: index + 1,
    rowVersion: 0,
    row,
    label: comparisonRowLabel(row, (key) => t(key as never) as string),
    unitLabel: comparisonUnitLabel(row, t, moneyUnit)
  }))
}

export function comparisonUnitLabel(row: ComparisonRow, t: TFunction, moneyUnit: MoneyUnit): string {
  if (row.unit === 'ppm') return t('comparison.units.percent')
  if (row.unit === 'days') return t('comparison.units.days')
  return row.isNormalised ? t('comparison.units.perHundred') : t(`grid.unit.${moneyUnit}`)
}

const numberFormats = new Map<string, Intl.NumberFormat>()
function grouped(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    numberFormats.set(key, format)
  }
  return format
}

/** A cell as the grid shows it (grouped, rounded for display only); '' for a figure that cannot be computed. */
export function comparisonCellText(language: Language, row: ComparisonRow, value: number | null, moneyUnit: MoneyUnit): string {
  if (value === null) return ''
  if (row.unit === 'ppm') return `${grouped(language, 1).format(ppmToPercent(value))}%`
  if (row.unit === 'days') return grouped(language, 0).format(value)
  const unit = row.isNormalised ? 'yuan' : moneyUnit
  return grouped(language, MONEY_UNIT_DECIMALS[unit]).format(fenInMoneyUnit(value, unit) ?? 0)
}

/** A cell as Excel should receive it from a copy: plain numbers, exact, in the unit shown; rates as ratios. */
export function comparisonCopyText(row: ComparisonRow, value: number | null, moneyUnit: MoneyUnit): string {
  if (value === null) return ''
  if (row.unit === 'ppm') return String(ppmToRatio(value))
  if (row.unit === 'days') return String(value)
  return fenToMoneyUnitText(value, row.isNormalised ? 'yuan' : moneyUnit)
}

/** Best / worst of a cell, for its colour, its icon and its tooltip. */
export function extremeOf(row: ComparisonRow, index: number): 'best' | 'worst' | null {
  if (row.bestIndexes.includes(index)) return 'best'
  if (row.worstIndexes.includes(index)) return 'worst'
  return null
}
