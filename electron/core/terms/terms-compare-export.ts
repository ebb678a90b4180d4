/**
 * The comparison page's side of the core 结算方式与进场费比对: which accounts it can offer for a
 * contract year, and its export to .xlsx on the one table writer. The export is the page's grid:
 * a row per term line kind and per computed figure, a column per account (named as the accounts
 * grid names them), then the best and worst account of each row for the supplier. The numbers
 * are terms:compare's, so the file and the screen cannot disagree.
 */
import type { WorkbenchContext } from '../context'
import type { ExportedFile, ParsedInput } from '../../../src/shared/contract'
import type { TermsCompareChoices } from '../../../src/shared/contract/terms'
import type { ComparisonRow } from '../../../src/shared/domain/terms'
import { FEN_PER_MONEY_UNIT, fenToYuanText, type MoneyUnit } from '../../../src/shared/domain/money'
import { ppmToPercent, ppmToRatio } from '../../../src/shared/domain/rate'
import { translate, type Language } from '../../../src/shared/i18n'
import { comparisonRowLabel } from '../../../src/shared/i18n/comparison'
import { textValue, writeTable, XLSX_MIME, type TableColumn, type TableValue } from '../files/table-writer'
import { compare } from './terms-service'

/** Sheets of live accounts only: an account in the bin is not offered for comparison. */
export function compareChoices(context: WorkbenchContext, year: number): TermsCompareChoices {
  const db = context.db
  const years = db
    .prepare<[], { year: number }>(
      `SELECT DISTINCT s.contract_year AS year FROM term_sheets s JOIN accounts a ON a.id = s.account_id
       WHERE a.deleted_at IS NULL ORDER BY s.contract_year DESC`
    )
    .all()
    .map((row) => row.year)
  const accountIds = db
    .prepare<[number], { accountId: number }>(
      `SELECT s.account_id AS accountId FROM term_sheets s JOIN accounts a ON a.id = s.account_id
       WHERE a.deleted_at IS NULL AND s.contract_year = ? ORDER BY a.id`
    )
    .all(year)
    .map((row) => row.accountId)
  return { years, accountIds }
}

/** Fen in the unit, exactly: the decimal point of the integer moves (万元 = 10^6 fen, 亿元 = 10^10). */
function fenInUnitText(fen: number, unit: MoneyUnit): string {
  if (unit === 'yuan') return fenToYuanText(fen)
  const shift = unit === 'wan' ? 6 : 10
  const digits = String(Math.abs(fen)).padStart(shift + 1, '0')
  const fraction = digits.slice(-shift).replace(/0+$/, '')
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -shift)}${fraction ? `.${fraction}` : ''}`
}

/**
 * A cell of the row in its own format: money in the unit chosen (a per-¥100 row in yuan, the
 * unit its figures are read in), ppm as the ratio Excel shows as a percentage, days as a count.
 */
function comparisonCell(row: ComparisonRow, value: number | null, moneyUnit: MoneyUnit): TableValue {
  if (value === null) return null
  if (row.unit === 'ppm') return { kind: 'number', value: ppmToRatio(value), csv: `${ppmToPercent(value)}%`, format: 'percent' }
  if (row.unit === 'days') return { kind: 'number', value, csv: String(value), format: 'count' }
  const unit = row.isNormalised ? 'yuan' : moneyUnit
  return { kind: 'number', value: value / FEN_PER_MONEY_UNIT[unit], csv: fenInUnitText(value, unit), format: 'money' }
}

function unitLabel(language: Language, row: ComparisonRow, moneyUnit: MoneyUnit): string {
  if (row.unit === 'ppm') return translate(language, 'comparison.units.percent')
  if (row.unit === 'days') return translate(language, 'comparison.units.days')
  return row.isNormalised ? translate(language, 'comparison.units.perHundred') : translate(language, `grid.unit.${moneyUnit}`)
}

export async function exportComparison(context: WorkbenchContext, input: ParsedInput<'terms:compare-export'>): Promise<ExportedFile> {
  const { language, moneyUnit } = input
  const comparison = compare(context, input.accountIds, input.year, input.side, input.isPerHundredYuan)
  const names = comparison.accountIds.map((id) => context.accounts.get(id)?.name ?? String(id))
  const namesAt = (indexes: number[]) => textValue(indexes.map((index) => names[index]).join('、'))
  const columns: TableColumn[] = [
    { header: translate(language, 'comparison.item'), kind: 'text' },
    { header: translate(language, 'comparison.unit'), kind: 'text' },
    ...names.map((name): TableColumn => ({ header: name, kind: 'money' })),
    { header: translate(language, 'comparison.exportFile.best'), kind: 'text' },
    { header: translate(language, 'comparison.exportFile.worst'), kind: 'text' }
  ]
  const bytes = await writeTable('xlsx', {
    sheetName: `${translate(language, 'comparison.exportFile.sheetName')} ${input.year} ${translate(language, `terms.sides.${input.side}`)}`,
    columns,
    rows: comparison.rows,
    cellsOf: (row) => [
      textValue(comparisonRowLabel(row, (key) => translate(language, key))),
      textValue(unitLabel(language, row, moneyUnit)),
      ...row.cells.map((value) => comparisonCell(row, value, moneyUnit)),
      namesAt(row.bestIndexes),
      namesAt(row.worstIndexes)
    ]
  })
  return {
    fileName: `${translate(language, 'comparison.exportFile.fileBaseName')} ${input.year} ${translate(language, `terms.sides.${input.side}`)}.xlsx`,
    mimeType: XLSX_MIME,
    dataBase64: bytes.toString('base64'),
    rowCount: comparison.rows.length
  }
}
