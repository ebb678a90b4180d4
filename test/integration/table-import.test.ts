/**
 * The table-import skeleton is generic: a second entity (a SKU catalogue, as the next grid will
 * declare it) gets header matching, unit scaling, row errors and refused rows from its registry alone.
 */
import { describe, expect, it } from 'vitest'
import { analyseTable, buildHeaderIndex, refusedRowsTable, summariseAnalysis, type ImportEntity } from '../../electron/core/files/table-import'
import { writeTable } from '../../electron/core/files/table-writer'
import type { Table } from '../../electron/core/files/read-table'
import { emptyValues, parseByKind, type FieldSpec } from '../../src/shared/domain/field-registry'
import { createRegionLookup } from '../../src/shared/domain/regions'

const SKU_FIELDS = [
  { field: 'skuCode', column: 'sku_code', kind: { type: 'code', maxLength: 20 }, isRequired: true, headerSynonyms: ['商品编码', 'SKU编码', 'sku'], totals: 'none' },
  { field: 'skuName', column: 'sku_name', kind: { type: 'text', maxLength: 60 }, isRequired: true, headerSynonyms: ['商品名称', '品名'], totals: 'none' },
  { field: 'casePack', column: 'case_pack', kind: { type: 'count', max: 10_000 }, isRequired: false, headerSynonyms: ['箱规', '装箱数'], totals: 'none' },
  { field: 'listPriceFen', column: 'list_price_fen', kind: { type: 'money', maxFen: 100_000_000 }, isRequired: false, headerSynonyms: ['供货价', '供价'], totals: 'none' },
  { field: 'rebatePpm', column: 'rebate_ppm', kind: { type: 'percent', maxPpm: 1_000_000 }, isRequired: false, headerSynonyms: ['返利', '返利率'], totals: 'none' }
] as const satisfies readonly FieldSpec[]
type SkuField = (typeof SKU_FIELDS)[number]['field']
type SkuIssue = { field: SkuField | null; code: string }

const noRegions = { regions: createRegionLookup([]) }
const skuEntity: ImportEntity<SkuField, Record<string, unknown>, SkuIssue> = {
  registry: SKU_FIELDS,
  labelsOf: (field) => [field, field],
  parseField(field, value) {
    const spec = SKU_FIELDS.find((s) => s.field === field)
    if (!spec) throw new Error(field)
    const outcome = parseByKind(spec, value, noRegions)
    return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, issue: { field, code: outcome.code } }
  },
  emptyRecord: () => emptyValues(SKU_FIELDS),
  rowChecker: () => () => [],
  describeIssue: (_language, issue) => `${issue.field}: ${issue.code}`
}

const table = (rows: (string | null)[][]): Table => ({
  fileType: 'csv',
  encoding: 'UTF-8',
  sheetName: null,
  rows: rows.map((cells, index) => ({ rowNumber: index + 1, cells }))
})

describe('the table-import skeleton with a second entity', () => {
  const file = table([
    ['商品编码', '品名', '箱规', '供货价(万元)', '返利(%)', '产地'],
    ['SKU-1', '感冒灵颗粒', '24', '0.0015', '3.5', '广东'],
    ['SKU-2', '', '24.5', 'abc', '2', '广东'],
    ['', '板蓝根', '48', '1,2', '200', '河北']
  ])
  const index = buildHeaderIndex<SkuField>(SKU_FIELDS, skuEntity.labelsOf)

  it('maps the headers by the registry, scales 万元 and parses percentages to ppm', () => {
    const analysis = analyseTable(skuEntity, index, 'zh-CN', file, undefined)
    expect(analysis.columns.map((column) => column.field)).toEqual(['skuCode', 'skuName', 'casePack', 'listPriceFen', 'rebatePpm', null])
    // 0.0015 万元 = ¥15 = 1,500 fen; 3.5% = 35,000 ppm
    expect(analysis.rows[0]?.record).toEqual({ skuCode: 'SKU-1', skuName: '感冒灵颗粒', casePack: 24, listPriceFen: 1_500, rebatePpm: 35_000 })
  })

  it('lists each refused cell with its row number and reason', () => {
    const analysis = analyseTable(skuEntity, index, 'zh-CN', file, undefined)
    const summary = summariseAnalysis(skuEntity, 'zh-CN', analysis)
    expect(summary).toMatchObject({ totalRows: 3, validRows: 1, invalidRows: 2, errorCount: 6 })
    expect(summary.errors).toEqual([
      { row: 3, field: 'skuName', message: 'skuName: required' },
      { row: 3, field: 'casePack', message: 'casePack: notInteger' },
      { row: 3, field: 'listPriceFen', message: 'listPriceFen: notNumber' },
      { row: 4, field: 'skuCode', message: 'skuCode: required' },
      // "1,2" is not a thousands grouping: refused, not read as 12
      { row: 4, field: 'listPriceFen', message: 'listPriceFen: notNumber' },
      { row: 4, field: 'rebatePpm', message: 'rebatePpm: tooLarge' }
    ])
  })

  it('writes the refused rows with every original column and a reason column', async () => {
    const analysis = analyseTable(skuEntity, index, 'en-US', file, undefined)
    const refused = refusedRowsTable(skuEntity, 'en-US', analysis)
    const csv = (await writeTable('csv', refused)).toString('utf8')
    expect(csv.slice(1).split('\r\n')).toEqual([
      '商品编码,品名,箱规,供货价(万元),返利(%),产地,Why not imported',
      'SKU-2,,24.5,abc,2,广东,Row 3 of the file; skuName: required; casePack: notInteger; listPriceFen: notNumber',
      ',板蓝根,48,"1,2",200,河北,Row 4 of the file; skuCode: required; listPriceFen: notNumber; rebatePpm: tooLarge',
      ''
    ])
  })
})
