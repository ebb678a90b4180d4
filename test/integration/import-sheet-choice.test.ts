/**
 * The sheet picker of the generic import dialog, on the core side: the catalogue and the fee
 * schedule 费用单 imports list the worksheets holding data, preview the one named by `sheet`,
 * and commit that one (the accounts import already did; see import-corpus.test.ts).
 */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestWorkbench } from '../helpers/workbench'

type Cell = string | number | null

/** A workbook of several visible sheets; the first is the active tab (exceljs's default). */
async function workbookOf(sheets: { name: string; rows: Cell[][] }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

const SKU_HEADERS = ['商品编码', '商品名称', '供货价(元)', '状态']

describe('catalogue import: the sheet the user picks', () => {
  it('offers both sheets, reads the active one first, previews and commits the one named', async () => {
    const { call } = openTestWorkbench()
    const upload = {
      fileName: '目录.xlsx',
      dataBase64: await workbookOf([
        { name: '感冒药', rows: [SKU_HEADERS, ['SKU-0001', '华康复方氨酚烷胺片', 8.7, '在售']] },
        {
          name: '儿童药',
          rows: [SKU_HEADERS, ['SKU-0101', '华康小儿氨酚黄那敏颗粒', 10.3, '在售'], ['SKU-0102', '华康小儿止咳糖浆', 12, '在售']]
        }
      ])
    }
    const first = await call('catalogue:import-preview', upload)
    expect(first.sheetName).toBe('感冒药')
    expect(first.sheets).toEqual([
      { name: '感冒药', isHidden: false },
      { name: '儿童药', isHidden: false }
    ])
    expect(first.totalRows).toBe(1)

    const picked = await call('catalogue:import-preview', { ...upload, sheet: '儿童药' })
    expect([picked.sheetName, picked.totalRows, picked.validRows]).toEqual(['儿童药', 2, 2])

    const committed = await call('catalogue:import-commit', { ...upload, sheet: '儿童药', mapping: picked.columns.map((column) => column.field) })
    expect([committed.insertedCount, committed.skipped]).toEqual([2, 0])
    // Only the second sheet's SKUs are in: SKU-0001 of the first sheet is not.
    expect((await call('catalogue:list', {})).map((sku) => sku.code)).toEqual(['SKU-0101', 'SKU-0102'])
  })

  it('refuses a sheet the workbook does not have, instead of reading another', async () => {
    const { callFailing } = openTestWorkbench()
    const upload = { fileName: '目录.xlsx', dataBase64: await workbookOf([{ name: '感冒药', rows: [SKU_HEADERS, ['SKU-0001', '片剂', 8.7, '在售']] }]) }
    const failure = await callFailing('catalogue:import-preview', { ...upload, sheet: '不存在' })
    expect(failure.message).toContain('不存在')
  })
})

describe('fee schedule 费用单 import: the sheet the user picks', () => {
  it('previews and commits the second sheet into the ask', async () => {
    const { call } = openTestWorkbench()
    const account = await call('accounts:create', { values: { code: 'KA-0008', name: '上海华联超市', format: 'supermarket' } })
    const sheet = await call('terms:create-sheet', { accountId: account.id, year: 2027, from: 'empty' })
    const headers = ['费用项目', '计费方式', '金额']
    const upload = {
      fileName: '华联费用单.xlsx',
      dataBase64: await workbookOf([
        { name: '说明', rows: [['费用项目', '说明'], ['进场费', '新店开业时收取']] },
        { name: '2027', rows: [headers, ['进场费', '每年', '5万'], ['条码费', '每单品', 800]] }
      ])
    }
    const first = await call('terms:import-preview', upload)
    expect(first.sheets.map((option) => option.name)).toEqual(['说明', '2027'])
    const picked = await call('terms:import-preview', { ...upload, sheet: '2027' })
    expect([picked.sheetName, picked.totalRows, picked.validRows]).toEqual(['2027', 2, 2])
    const committed = await call('terms:import-commit', { ...upload, sheet: '2027', mapping: picked.columns.map((c) => c.field), sheetId: sheet.id, side: 'ask' })
    expect([committed.addedLineIds.length, committed.skipped]).toEqual([2, 0])
  })
})
