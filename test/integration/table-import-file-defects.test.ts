/**
 * Files as people have them, through the table-import skeleton with an entity that is not
 * accounts (a small SKU list, as the catalogue import will be): what the file reader flagged,
 * numbers as Java exporters write them and the memory rule reach every entity's import.
 */
import { describe, expect, it } from 'vitest'
import {
  analyseTable,
  buildHeaderIndex,
  planTableAnalysis,
  refusedRowsTable,
  summariseAnalysis,
  type ImportEntity,
  type ImportIssue
} from '../../electron/core/files/table-import'
import type { Table } from '../../electron/core/files/read-table'
import { parseByKind, type FieldSpec } from '../../src/shared/domain/field-registry'
import { translate, type Language } from '../../src/shared/i18n'

const SKU_FIELDS = [
  { field: 'barcode', column: 'barcode', kind: { type: 'code', maxLength: 32 }, isRequired: true, headerSynonyms: ['条码'], totals: 'none' },
  { field: 'name', column: 'name', kind: { type: 'text', maxLength: 100 }, isRequired: true, headerSynonyms: ['品名'], totals: 'none' },
  { field: 'supplyPriceFen', column: 'supply_price_fen', kind: { type: 'money', maxFen: 10_000_000 }, isRequired: false, headerSynonyms: ['供货价'], totals: 'none' },
  { field: 'stores', column: 'stores', kind: { type: 'count', max: 100_000 }, isRequired: false, headerSynonyms: ['门店数'], totals: 'sum' }
] as const satisfies readonly FieldSpec[]

type SkuField = (typeof SKU_FIELDS)[number]['field']
interface SkuValues {
  barcode: string
  name: string
  supplyPriceFen: number | null
  stores: number | null
}
interface SkuIssue extends ImportIssue<SkuField> {
  field: SkuField
  code: string
}

const noRegions = {
  byCode: () => undefined,
  resolve: (): never => {
    throw new Error('this registry has no region field')
  }
}

const skuEntity: ImportEntity<SkuField, SkuValues, SkuIssue> = {
  registry: SKU_FIELDS,
  labelsOf: (field) => [field],
  parseField(field, value) {
    const spec = SKU_FIELDS.find((candidate) => candidate.field === field)
    if (!spec) throw new Error(`unknown field ${field}`)
    const parsed = parseByKind(spec, value, { regions: noRegions })
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, issue: { field, code: parsed.code } }
  },
  emptyRecord: () => ({ barcode: '', name: '', supplyPriceFen: null, stores: null }),
  rowChecker: () => () => [],
  describeIssue: (_language: Language, issue) => `${issue.field}:${issue.code}`
}

const HEADER_INDEX = buildHeaderIndex(SKU_FIELDS, skuEntity.labelsOf)
const MAPPING: SkuField[] = ['barcode', 'name', 'supplyPriceFen', 'stores']

// The table as read-table.ts hands it over: column 4 (a note, not imported) is never mapped.
const TABLE: Table = {
  fileType: 'csv',
  encoding: 'GB18030',
  sheetName: null,
  sheets: [],
  rows: [
    { rowNumber: 1, cells: ['条码', '品名', '供货价', '门店数', '备注'] },
    // A barcode a Java exporter wrote as a double; 12.50 yuan; "310.0" stores; an ambiguous note.
    { rowNumber: 2, cells: ['6.901234567892E+12', '感冒灵颗粒', '12.50', '310.0', null] },
    // The name had bytes GB18030 has no character for: the reader left null and said so.
    { rowNumber: 3, cells: ['6901234567809', null, '8', '3', ''] },
    // "1E5" is a barcode as written (letters and digits); the price 1.2E1 yuan is 12 yuan.
    { rowNumber: 4, cells: ['1E5', '板蓝根颗粒', '1.2E1', '2', ''] }
  ],
  cellIssues: [
    { rowNumber: 2, column: 4, code: 'ambiguousNumber', params: { value: '1.200' } },
    { rowNumber: 3, column: 1, code: 'invalidBytes', params: { encoding: 'GB18030' } }
  ]
}

const analyse = (keepRecords: boolean) => analyseTable(skuEntity, HEADER_INDEX, 'zh-CN', TABLE, MAPPING, { keepRecords })

describe('table import skeleton, for any entity', () => {
  it('reads Java-style numbers in code and figure fields, keeping a code that is one as written', () => {
    const records = analyse(true).rows.map((row) => row.record)
    expect(records).toEqual([
      // 6.901234567892E+12: the point moves 12 places → 6901234567892; 12.50 yuan = 1250 fen.
      { barcode: '6901234567892', name: '感冒灵颗粒', supplyPriceFen: 1250, stores: 310 },
      null,
      // 1.2E1 yuan = 12 yuan = 1200 fen; "1E5" has no point or plus sign, so it stays a code.
      { barcode: '1E5', name: '板蓝根颗粒', supplyPriceFen: 1200, stores: 2 }
    ])
  })

  it("refuses a row whose mapped cell the reader flagged, with the reader's sentence only, and ignores flags on unmapped columns", () => {
    const summary = summariseAnalysis(skuEntity, 'zh-CN', analyse(false))
    const sentence = translate('zh-CN', 'import.cellInvalidBytes', { encoding: 'GB18030' })
    // Row 2's flag is on the unmapped note column: the row is still valid. Row 3 gets no "name:required".
    expect(summary).toEqual({ totalRows: 3, validRows: 2, invalidRows: 1, errorCount: 1, errors: [{ row: 3, field: 'name', message: sentence }] })
  })

  it('keeps no records for a preview, yet counts the same valid rows', () => {
    const rows = analyse(false).rows
    expect(rows.map((row) => row.isValid)).toEqual([true, false, true])
    expect(rows.map((row) => row.record)).toEqual([null, null, null])
  })

  it("writes the reader's sentence into the refused-rows file", () => {
    const refused = refusedRowsTable(skuEntity, 'zh-CN', analyse(false))
    expect(refused.rows.map((row) => row.row.rowNumber)).toEqual([3])
    const [row] = refused.rows
    if (!row) throw new Error('no refused row')
    const reason = `原第 3 行；${translate('zh-CN', 'import.cellInvalidBytes', { encoding: 'GB18030' })}`
    expect(refused.cellsOf(row).at(-1)).toEqual({ kind: 'text', text: reason })
  })
})

describe('the skeleton row by row, as a large import reads it', () => {
  const copyOfTable = (): Table => ({ ...TABLE, rows: TABLE.rows.map((row) => ({ ...row, cells: [...row.cells] })) })

  it('gives the same records and validity one row at a time as all at once', () => {
    const planned = planTableAnalysis(skuEntity, HEADER_INDEX, 'zh-CN', copyOfTable(), MAPPING)
    const seen: { rowNumber: number; isValid: boolean; barcode: string }[] = []
    planned.forEachRow((row, record) => seen.push({ rowNumber: row.row.rowNumber, isValid: row.isValid, barcode: record.barcode }))
    // Three data rows below the header; row 3 is refused for its flagged name (see above).
    expect(planned.rowCount).toBe(3)
    expect(planned.mappedFields).toEqual(MAPPING)
    expect(seen).toEqual([
      { rowNumber: 2, isValid: true, barcode: '6901234567892' },
      { rowNumber: 3, isValid: false, barcode: '6901234567809' },
      { rowNumber: 4, isValid: true, barcode: '1E5' }
    ])
  })

  it('reads one field alone for a first pass (the codes a commit must not give away), skipping flagged and blank cells', () => {
    const planned = planTableAnalysis(skuEntity, HEADER_INDEX, 'zh-CN', copyOfTable(), MAPPING)
    const names: [unknown, number][] = []
    planned.forEachFieldValue('name', (value, rowNumber) => names.push([value, rowNumber]))
    // Row 3's name was flagged by the reader (bad bytes): not a value.
    expect(names).toEqual([
      ['感冒灵颗粒', 2],
      ['板蓝根颗粒', 4]
    ])
  })

  it('drops each row of the table once visited when asked, so a second pass cannot read stale rows silently', () => {
    const table = copyOfTable()
    const planned = planTableAnalysis(skuEntity, HEADER_INDEX, 'zh-CN', table, MAPPING)
    let visited = 0
    planned.forEachRow(() => (visited += 1), { releaseRows: true })
    expect(visited).toBe(3)
    expect(table.rows).toEqual([])
    expect(() => planned.forEachRow(() => undefined)).toThrow(/released/)
  })
})
