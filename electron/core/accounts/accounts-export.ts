/**
 * Export of accounts to .xlsx (exceljs streaming writer) or .csv (UTF-8 with BOM, RFC 4180).
 * Every computed column comes from accountKpis / screenAccount, so a file shows the numbers the
 * grid shows. Files re-import cleanly: labels, yuan figures and codes are what the importer reads.
 */
import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ExportColumn, ParsedInput } from '../../../src/shared/contract'
import { ACCOUNT_FIELDS, type Account, type EditableAccountField } from '../../../src/shared/domain/accounts/account'
import type { FieldKind, FieldSpec } from '../../../src/shared/domain/field-registry'
import { ppmToPercent, ppmToRatio } from '../../../src/shared/domain/rate'
import { accountKpis, type AccountKpis } from '../../../src/shared/domain/accounts/kpis'
import { screenAccount, type Screening } from '../../../src/shared/domain/accounts/screening'
import { FEN_PER_MONEY_UNIT, fenToMoneyUnitText, fenToYuan, fenToYuanText, type MoneyUnit } from '../../../src/shared/domain/money'
import { translate, type Language } from '../../../src/shared/i18n'
import { regionNameIn } from '../../../src/shared/domain/regions'
import { readSettings } from '../settings/settings-service'
import { CSV_MIME, textValue as text, writeTable, XLSX_MIME, type CellKind as ColumnKind, type TableValue as ExportValue } from '../files/table-writer'

const KIND_OF_FIELD: Record<FieldKind['type'], ColumnKind> = {
  code: 'text',
  text: 'text',
  notes: 'text',
  option: 'text',
  region: 'text',
  flag: 'text',
  count: 'count',
  money: 'money',
  percent: 'percent'
}

/** Editable columns take their kind from the registry; the computed ones are listed here. */
const COLUMN_KINDS: Record<ExportColumn, ColumnKind> = {
  ...(Object.fromEntries(ACCOUNT_FIELDS.map((spec) => [spec.field, KIND_OF_FIELD[spec.kind.type]])) as Record<EditableAccountField, ColumnKind>),
  storeClass: 'text',
  regionName: 'text',
  totalStores: 'count',
  averageStoreAreaM2: 'decimal',
  salesPerM2Fen: 'money',
  salesPerEmployeeFen: 'money',
  salesPerM2PerDayFen: 'money',
  salesPerEmployeePerDayFen: 'money',
  averageTicketFen: 'money',
  conversionRate: 'percent',
  directStoresCriterion: 'text',
  screeningVerdict: 'text',
  updatedAt: 'text'
}

const BULK_READ_IDS = 500

interface AccountView {
  account: Account
  kpis: AccountKpis
  screening: Screening
}

const count = (value: number | null): ExportValue => (value === null ? null : { kind: 'number', value, csv: String(value) })
const money = (fen: number | null): ExportValue => (fen === null ? null : { kind: 'number', value: fenToYuan(fen), csv: fenToYuanText(fen) })

function percentText(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`
}

type LabelOf = (group: string, value: string | null) => ExportValue

/** Enum labels in the export's language, each translated once per export. */
function labelLookup(language: Language): LabelOf {
  const labels = new Map<string, ExportValue>()
  return (group, value) => {
    if (value === null) return null
    const key = `${group}.${value}`
    let label = labels.get(key)
    if (label === undefined) {
      label = text(translate(language, `enums.${key}`))
      labels.set(key, label)
    }
    return label
  }
}

const FIELD_SPECS = new Map<string, FieldSpec>(ACCOUNT_FIELDS.map((spec) => [spec.field, spec]))

const isEditableField = (column: ExportColumn): column is EditableAccountField => FIELD_SPECS.has(column)

/** An editable field's cell, by its kind in the registry: labels for options and flags, yuan for money. */
function fieldValue(label: LabelOf, field: EditableAccountField, account: Account): ExportValue {
  const spec = FIELD_SPECS.get(field)
  const value = account[field]
  if (!spec || value === null) return null
  switch (spec.kind.type) {
    case 'option':
      return label(spec.kind.optionGroup, value as string)
    case 'flag':
      return label('flag', value ? 'yes' : 'no')
    case 'count':
      return count(value as number)
    case 'percent':
      // ppm → the ratio Excel formats as a percentage; the CSV shows it with up to four decimals.
      return { kind: 'number', value: ppmToRatio(value as number), csv: `${ppmToPercent(value as number)}%` }
    case 'money':
      return money(value as number)
    default:
      return text(value as string)
  }
}

function cellValue(context: WorkbenchContext, language: Language, label: LabelOf, column: ExportColumn, view: AccountView): ExportValue {
  const { account, kpis, screening } = view
  if (isEditableField(column)) return fieldValue(label, column, account)
  switch (column) {
    case 'storeClass':
      return label('storeClass', kpis.storeClass)
    case 'regionName':
      // In the export's language: an English file names Nanshan District, Shenzhen, Guangdong, which the importer reads back.
      return text(account.regionCode ? regionNameIn(context.regions, account.regionCode, language) : null)
    case 'totalStores':
      return count(kpis.totalStores)
    case 'averageStoreAreaM2':
      return count(kpis.averageStoreAreaM2)
    case 'salesPerM2Fen':
    case 'salesPerEmployeeFen':
    case 'salesPerM2PerDayFen':
    case 'salesPerEmployeePerDayFen':
    case 'averageTicketFen':
      return money(kpis[column])
    case 'conversionRate':
      return kpis.conversionRate === null ? null : { kind: 'number', value: kpis.conversionRate, csv: percentText(kpis.conversionRate) }
    case 'directStoresCriterion':
      return label('criterion', screening.directStores)
    case 'screeningVerdict':
      return label('verdict', screening.verdict)
    case 'updatedAt':
      return text(account.updatedAt)
  }
}

/**
 * Annual sales in the unit the grid shows (元 / 万元 / 亿元), exactly: the number is the fen shifted
 * by the unit (no float rounding in the CSV), and the header names the unit, which the importer
 * reads back (年销售额(万元) → ×10,000), so the file round-trips. Other money columns are per-store,
 * per-m² or per-ticket figures and stay in 元, as they do on screen.
 */
function moneyIn(fen: number | null, unit: MoneyUnit): ExportValue {
  if (fen === null) return null
  const text = fenToMoneyUnitText(fen, unit)
  return { kind: 'number', value: unit === 'yuan' ? fenToYuan(fen) : fen / FEN_PER_MONEY_UNIT[unit], csv: text }
}

function annualSalesHeader(language: Language, unit: MoneyUnit): string {
  const label = translate(language, 'fields.annualSalesFen')
  if (unit === 'yuan') return label
  // "年销售额(元)" → "年销售额(万元)"; "Annual sales (CNY)" → "Annual sales (10k CNY)".
  return label.replace(/[(（][^)）]*[)）]\s*$/, '').trimEnd() + (language === 'zh-CN' ? `(${translate(language, `grid.unit.${unit}`)})` : ` (${translate(language, `grid.unit.${unit}`)})`)
}

function localDate(iso: string): string {
  const date = new Date(iso)
  const valid = Number.isNaN(date.getTime()) ? new Date() : date
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${valid.getFullYear()}-${pad(valid.getMonth() + 1)}-${pad(valid.getDate())}`
}

export async function exportAccounts(
  context: WorkbenchContext,
  input: ParsedInput<'accounts:export'>
): Promise<ChannelOutput<'accounts:export'>> {
  const { format, columns, language, moneyUnit } = input
  const seen = new Set<number>()
  const views: AccountView[] = []
  // Many ids: one read of the table beats a lookup per id.
  const { screeningFormats } = readSettings(context)
  const byId = input.ids.length > BULK_READ_IDS ? new Map(context.accounts.list().map((account) => [account.id, account])) : null
  for (const id of input.ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const account = byId ? byId.get(id) : context.accounts.get(id)
    if (account) views.push({ account, kpis: accountKpis(account), screening: screenAccount(account, screeningFormats) })
  }
  const headers = columns.map((column) => (column === 'annualSalesFen' ? annualSalesHeader(language, moneyUnit) : translate(language, `fields.${column}`)))
  const label = labelLookup(language)
  const baseName = `${translate(language, 'export.fileBaseName')}-${localDate(context.now())}`
  const bytes = await writeTable(format, {
    sheetName: translate(language, 'export.sheetName'),
    columns: columns.map((column, index) => ({ header: headers[index] ?? column, kind: COLUMN_KINDS[column] })),
    rows: views,
    cellsOf: (view) =>
      columns.map((column) => (column === 'annualSalesFen' ? moneyIn(view.account.annualSalesFen, moneyUnit) : cellValue(context, language, label, column, view)))
  })
  return {
    fileName: `${baseName}.${format}`,
    mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
    dataBase64: bytes.toString('base64'),
    rowCount: views.length
  }
}
