import type { TFunction } from 'i18next'
import type { CellInput } from '../../grid/spreadsheet-source'
import { fenToYuanText, yuanTextToFen } from '../../shared/domain/money'
import { percentTextToPpm, PPM_PER_PERCENT } from '../../shared/domain/rate'
import { isoDateToDayNumber } from '../../shared/domain/proposal'

/**
 * Cells of the proposal grids as the person typed them (the layer hands text: money in yuan,
 * rates in percent) into the integers the proposal channels take. Empty is null; text that is not
 * a value throws a sentence the grid shows on the cell.
 */
const textOf = (value: CellInput): string => (value === null ? '' : String(value).trim().replace(/[,，¥￥\s]/g, ''))

export function cellToFen(value: CellInput, t: TFunction): number | null {
  const text = textOf(value)
  if (text === '') return null
  const fen = yuanTextToFen(text)
  if (fen === null || fen < 0) throw new Error(t('proposal.page.invalidMoney', { value: String(value) }))
  return fen
}

export function cellToPpm(value: CellInput, t: TFunction): number | null {
  const text = textOf(value)
  if (text === '') return null
  const ppm = percentTextToPpm(text)
  if (ppm === null || ppm < 0) throw new Error(t('proposal.page.invalidPercent', { value: String(value) }))
  return ppm
}

export function cellToCount(value: CellInput, t: TFunction): number | null {
  const text = textOf(value)
  if (text === '') return null
  if (!/^\d+$/.test(text)) throw new Error(t('proposal.page.invalidCount', { value: String(value) }))
  return Number(text)
}

export function cellToDate(value: CellInput, t: TFunction): string {
  const text = textOf(value)
  if (isoDateToDayNumber(text) === null) throw new Error(t('proposal.page.invalidDate', { value: String(value) }))
  return text
}

export function cellToText(value: CellInput): string {
  return value === null ? '' : String(value).trim()
}

/** The other way, for undo and copy: money as yuan text, a rate as percent text. */
export const fenCell = (fen: number | null): CellInput => (fen === null ? null : fenToYuanText(fen))
export const ppmCell = (ppm: number | null): CellInput => (ppm === null ? null : `${ppm / PPM_PER_PERCENT}%`)
