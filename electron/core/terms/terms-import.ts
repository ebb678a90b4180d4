/**
 * Import of a retailer's fee schedule 费用单 (.xlsx / .csv) into one side of a term sheet —
 * usually the ask — on the generic table-import skeleton (../files/table-import.ts). Each row is
 * one fee: its item 费用项目 (matched to a built-in kind by its usual names, else kept as the
 * retailer's own line under its name), basis 计费方式, amount 金额 (yuan) and count 次数, or a
 * rate 比例 (%). Preview writes nothing; commit re-reads the bytes with the confirmed mapping and,
 * in one transaction, sets that side of the line with the same kind (or name), adding the line
 * where the sheet has none. Tiered rebates are not a flat row: those rows are refused, saying so.
 */
import type { WorkbenchContext } from '../context'
import type { ExportedFile } from '../../../src/shared/contract'
import {
  MAX_TERM_AMOUNT_FEN,
  MAX_TERM_COUNT,
  type FeeScheduleField,
  type FeeScheduleImportPreview,
  type FeeScheduleImportResult,
  type TermLineValue
} from '../../../src/shared/contract/terms'
import { FEE_BASES, FIXED_FEE_KINDS, PERCENTAGE_TERM_KINDS, termLineKey, type FeeBasis, type TermSide } from '../../../src/shared/domain/terms'
import { parseByKind, type FieldSpec } from '../../../src/shared/domain/field-registry'
import { AppFailure } from '../../../src/shared/result'
import { messages, translate, type Language } from '../../../src/shared/i18n'
import { readTable, type Table } from '../files/read-table'
import { analyseTable, buildHeaderIndex, refusedRowsFile, summariseAnalysis, type ImportEntity, type TableAnalysis } from '../files/table-import'
import { termsRepositoryOf } from './terms-repository'
import { addLine, publish, toDomainLine } from './terms-service'

const FEE_SCHEDULE_REGISTRY = [
  {
    field: 'item',
    column: 'item',
    kind: { type: 'text', maxLength: 100 },
    isRequired: true,
    headerSynonyms: ['费用项目', '费用名称', '项目', '费用类别', '费用类型', '收费项目', 'item', 'fee'],
    totals: 'none'
  },
  { field: 'basis', column: 'basis', kind: { type: 'text', maxLength: 40 }, isRequired: false, headerSynonyms: ['计费方式', '收费方式', '计费单位', 'basis'], totals: 'none' },
  {
    field: 'amount',
    column: 'amount',
    kind: { type: 'money', maxFen: MAX_TERM_AMOUNT_FEN },
    isRequired: false,
    headerSynonyms: ['金额', '费用金额', '单价', '收费标准', 'amount'],
    totals: 'none'
  },
  { field: 'count', column: 'count', kind: { type: 'count', max: MAX_TERM_COUNT }, isRequired: false, headerSynonyms: ['次数', '期数', '档期数', 'count'], totals: 'none' },
  { field: 'rate', column: 'rate', kind: { type: 'percent', maxPpm: 1_000_000 }, isRequired: false, headerSynonyms: ['比例', '费率', '扣点', '返点', 'rate'], totals: 'none' }
] as const satisfies readonly (FieldSpec & { field: FeeScheduleField })[]

interface FeeRow {
  item: string
  basis: string
  amount: number | null
  count: number | null
  rate: number | null
}

interface FeeIssue {
  field: FeeScheduleField | null
  /** `errors.<code>` for a cell that does not parse, else `terms.import.<code>`. */
  code: string
  isParseIssue: boolean
  params: Record<string, string | number>
}

type ImportableKind = (typeof FIXED_FEE_KINDS)[number] | (typeof PERCENTAGE_TERM_KINDS)[number]

/** Names retailers give the built-in fees on their schedules, besides the two UI labels. */
const KIND_NAMES: Partial<Record<ImportableKind, readonly string[]>> = {
  entry: ['进店费', '入场费'],
  barcode: ['条码', '单品条码费'],
  anniversary: ['店庆', '店庆赞助费'],
  festival: ['节日费', '节庆', '节庆赞助费'],
  dmPoster: ['DM费', '海报费', 'DM', '快讯费'],
  endCap: ['端架', '端头费'],
  floorStack: ['堆头', '地堆费'],
  newStore: ['开业费', '新店费'],
  system: ['系统费', '电脑费', '信息系统费'],
  unconditionalRebate: ['固定返利', '无条件返点'],
  promotionSupport: ['促销费'],
  logistics: ['物流费', '配送费', 'DC费'],
  damageReturns: ['损耗', '损耗补偿', '退货补偿'],
  yearEndRebate: ['年返', '年终返点']
}

const BASIS_NAMES: Record<FeeBasis, readonly string[]> = {
  perYear: ['年', '每年', '/年'],
  perStore: ['店', '每店', '/店', '每门店'],
  perSku: ['单品', '每单品', '/单品', '每SKU', '每个单品', '每品'],
  perSkuPerStore: ['每单品每店'],
  perEvent: ['次', '每次', '/次'],
  perIssue: ['期', '每期', '/期'],
  perPeriod: ['档期', '每档期', '/档期']
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s_\-（）()]/g, '')

const kindLabels = (kind: string): string[] => [
  (messages['zh-CN'].terms.kinds as Record<string, string>)[kind] ?? kind,
  (messages['en-US'].terms.kinds as Record<string, string>)[kind] ?? kind
]

const KIND_BY_NAME = new Map<string, ImportableKind>(
  [...FIXED_FEE_KINDS, ...PERCENTAGE_TERM_KINDS]
    .filter((kind): kind is ImportableKind => kind !== 'customFixed' && kind !== 'customPercentage')
    .flatMap((kind) => [...kindLabels(kind), kind, ...(KIND_NAMES[kind] ?? [])].map((name) => [fold(name), kind] as const))
)
const IS_TIERED_NAME = new Set(kindLabels('conditionalRebate').concat('阶梯返利', '有条件返点').map(fold))

const BASIS_BY_NAME = new Map<string, FeeBasis>(
  FEE_BASES.flatMap((basis) =>
    [basis, messages['zh-CN'].terms.bases[basis], messages['en-US'].terms.bases[basis], ...BASIS_NAMES[basis]].map((name) => [fold(name), basis] as const)
  )
)

const labelsOf = (field: FeeScheduleField): string[] => [messages['zh-CN'].terms.importFields[field], messages['en-US'].terms.importFields[field]]
const HEADER_INDEX = buildHeaderIndex<FeeScheduleField>(FEE_SCHEDULE_REGISTRY, labelsOf)

function describeIssue(language: Language, issue: FeeIssue): string {
  if (!issue.isParseIssue) return translate(language, `terms.import.${issue.code}`, issue.params)
  const field = issue.field ? (labelsOf(issue.field)[language === 'zh-CN' ? 0 : 1] ?? issue.field) : ''
  return translate(language, `errors.${issue.code}`, { field, ...issue.params })
}

/** What a valid row becomes: the line it sets (by kind, or by the retailer's own name) and its value. */
interface FeeLine {
  kind: ImportableKind | 'customFixed' | 'customPercentage'
  name: string | null
  basis: FeeBasis | null
  value: TermLineValue
}

function feeLineOf(row: FeeRow): FeeLine | FeeIssue {
  const issue = (code: string, field: FeeScheduleField | null, params: Record<string, string | number> = {}): FeeIssue => ({ field, code, isParseIssue: false, params })
  if (IS_TIERED_NAME.has(fold(row.item))) return issue('tieredRebateNotImported', 'item', { item: row.item })
  if (row.amount === null && row.rate === null) return issue('amountOrRateRequired', 'amount')
  if (row.amount !== null && row.rate !== null) return issue('amountAndRate', 'rate')
  const basis = row.basis === '' ? null : (BASIS_BY_NAME.get(fold(row.basis)) ?? undefined)
  if (basis === undefined) return issue('unknownBasis', 'basis', { value: row.basis })
  const kind = KIND_BY_NAME.get(fold(row.item))
  const isFixed = row.amount !== null
  if (kind !== undefined) {
    const isFixedKind = (FIXED_FEE_KINDS as readonly string[]).includes(kind)
    if (isFixedKind !== isFixed) return issue(isFixedKind ? 'fixedFeeNeedsAmount' : 'percentageNeedsRate', isFixedKind ? 'amount' : 'rate', { item: row.item })
  }
  if (!isFixed && basis !== null) return issue('basisOnlyForFixed', 'basis')
  if (basis === 'perSkuPerStore' && kind !== 'barcode') return issue('perSkuPerStoreOnlyForBarcode', 'basis')
  const value: TermLineValue = row.amount !== null ? { unitFen: row.amount, count: row.count ?? 1 } : (row.rate ?? 0)
  return { kind: kind ?? (isFixed ? 'customFixed' : 'customPercentage'), name: kind === undefined ? row.item : null, basis, value }
}

function feeScheduleEntity(context: WorkbenchContext): ImportEntity<FeeScheduleField, FeeRow, FeeIssue> {
  const specs = new Map<FeeScheduleField, FieldSpec>(FEE_SCHEDULE_REGISTRY.map((spec) => [spec.field, spec]))
  // The skeleton builds a row as emptyRecord → parseField per cell → row check, synchronously; a
  // row whose cell was refused is not checked as a whole too ("enter an amount or a rate" after
  // "the amount must be a number" would only repeat it).
  let hasRefusedCell = false
  return {
    registry: FEE_SCHEDULE_REGISTRY,
    labelsOf,
    parseField(field, value) {
      const spec = specs.get(field)
      const outcome = spec ? parseByKind(spec, value, context) : { ok: true as const, value }
      if (outcome.ok) return { ok: true, value: outcome.value }
      hasRefusedCell = true
      return { ok: false, issue: { field, code: outcome.code, isParseIssue: true, params: outcome.params ?? {} } }
    },
    emptyRecord: () => {
      hasRefusedCell = false
      return { item: '', basis: '', amount: null, count: null, rate: null }
    },
    describeIssue,
    rowChecker: () => (record) => {
      if (hasRefusedCell) return []
      const line = feeLineOf(record)
      return 'code' in line ? [line] : []
    }
  }
}

/** The upload as a table: the worksheet the preview chose, else the active visible one holding data. */
async function readUpload(context: WorkbenchContext, input: { fileName: string; dataBase64: string; sheet?: string | undefined }): Promise<Table> {
  const options = input.sheet === undefined ? {} : { sheetName: input.sheet }
  return readTable(input.fileName, Buffer.from(input.dataBase64, 'base64'), context.language(), options)
}

export async function previewFeeScheduleImport(
  context: WorkbenchContext,
  input: { fileName: string; dataBase64: string; sheet?: string | undefined; mapping?: (FeeScheduleField | null)[] | undefined }
): Promise<FeeScheduleImportPreview> {
  const table = await readUpload(context, input)
  const entity = feeScheduleEntity(context)
  const analysis = analyseTable(entity, HEADER_INDEX, context.language(), table, input.mapping)
  return {
    fileName: input.fileName,
    fileType: table.fileType,
    sheetName: table.sheetName,
    sheets: table.sheets,
    columns: analysis.columns,
    ...summariseAnalysis(entity, context.language(), analysis),
    missingRequired: analysis.missingRequired
  }
}

/** The refused rows as a file to fix and import again, or null when no row was refused. */
async function refusedRowsFileOrNull(
  context: WorkbenchContext,
  fileName: string,
  table: Table,
  entity: ImportEntity<FeeScheduleField, FeeRow, FeeIssue>,
  analysis: TableAnalysis<FeeScheduleField, FeeRow, FeeIssue>
): Promise<ExportedFile | null> {
  const file = await refusedRowsFile(entity, context.language(), analysis, { fileName, fileType: table.fileType })
  return file.rowCount === 0 ? null : file
}

/** Sets `side` of the sheet's lines from every valid row, in one transaction. */
export async function commitFeeScheduleImport(
  context: WorkbenchContext,
  input: { fileName: string; dataBase64: string; sheet?: string | undefined; mapping: (FeeScheduleField | null)[]; sheetId: number; side: TermSide }
): Promise<FeeScheduleImportResult> {
  const table = await readUpload(context, input)
  const entity = feeScheduleEntity(context)
  const { analysis, addedLineIds, updatedLineIds } = context.db.transaction(() => {
    const terms = termsRepositoryOf(context.db)
    if (!terms.sheet(input.sheetId)) throw new AppFailure('not-found', translate(context.language(), 'terms.errors.sheetNotFound', { id: input.sheetId }))
    const analysed = analyseTable(entity, HEADER_INDEX, context.language(), table, input.mapping)
    const lines = analysed.rows.flatMap((row) => (row.record ? [feeLineOf(row.record)] : [])).filter((line): line is FeeLine => !('code' in line))
    if (lines.length === 0) throw new AppFailure('nothing-to-import', translate(context.language(), 'terms.import.nothingToImport'))
    const added: number[] = []
    const updated: number[] = []
    for (const fee of lines) {
      const key = fee.name === null ? fee.kind : `${fee.kind}:${fee.name}`
      const existing = terms.lines(input.sheetId).find((line) => termLineKey(toDomainLine(line)) === key)
      const line = existing ?? addLine(context, input.sheetId, fee.kind, fee.name ?? undefined, fee.basis ?? undefined)
      const basis = line.category === 'fixed' && fee.basis !== null ? { basis: fee.basis } : {}
      terms.updateLine({ ...line, ...basis, values: { ...line.values, [input.side]: fee.value } } as typeof line, context.now())
      ;(existing ? updated : added).push(line.id)
    }
    terms.touchSheet(input.sheetId, context.now())
    return { analysis: analysed, addedLineIds: added, updatedLineIds: updated }
  })()
  publish(context, 'termSheets', { changed: [input.sheetId] })
  return {
    addedLineIds,
    updatedLineIds,
    skipped: analysis.rows.filter((row) => !row.isValid).length,
    refusedRowsFile: await refusedRowsFileOrNull(context, input.fileName, table, entity, analysis)
  }
}
