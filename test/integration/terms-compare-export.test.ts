import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

async function readSheet(dataBase64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('the file has no sheet')
  return sheet
}

/** The row whose first cell is `label`, as plain values (index 1 = column A). */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): unknown[] {
  let found: unknown[] | undefined
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.values as unknown[]
  })
  if (!found) throw new Error(`no row labelled ${label}`)
  return found
}

async function demoWorkspace() {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'demo' })
  const accounts = await bench.call('accounts:list', {})
  const byCode = new Map(accounts.map((account) => [account.code, account]))
  const walmart = byCode.get('KA-0001')!
  const hualian = byCode.get('KA-0008')!
  const dashenlin = byCode.get('KA-0015')!
  return { ...bench, walmart, hualian, dashenlin }
}

describe('terms:compare-choices', () => {
  it('offers the demo year and the three demo accounts that have terms in it', async () => {
    const { call, walmart, hualian, dashenlin } = await demoWorkspace()
    expect(await call('terms:compare-choices', { year: 2026 })).toEqual({ years: [2026], accountIds: [walmart.id, hualian.id, dashenlin.id].sort((a, b) => a - b) })
    expect((await call('terms:compare-choices', { year: 2025 })).accountIds).toEqual([])
  })

  it('leaves out an account moved to the bin', async () => {
    const { call, walmart, hualian, dashenlin } = await demoWorkspace()
    await call('accounts:delete', { ids: [hualian.id], baseVersions: [hualian.rowVersion] })
    expect((await call('terms:compare-choices', { year: 2026 })).accountIds).toEqual([walmart.id, dashenlin.id].sort((a, b) => a - b))
  })
})

describe('terms:compare-export', () => {
  it('writes a column per account with the offered fees in 万元, and names the best and worst', async () => {
    const { call, walmart, hualian, dashenlin } = await demoWorkspace()
    const file = await call('terms:compare-export', {
      accountIds: [walmart.id, hualian.id, dashenlin.id],
      year: 2026,
      side: 'offer',
      isPerHundredYuan: false,
      moneyUnit: 'wan',
      language: 'zh-CN'
    })
    expect(file.fileName).toBe('结算方式与进场费比对 2026 我方报价.xlsx')
    const sheet = await readSheet(file.dataBase64)
    expect(sheet.getRow(1).values).toEqual([undefined, '项目', '单位', walmart.name, hualian.name, dashenlin.name, '最优', '最差'])
    // 进场费 offered: 沃尔玛 ¥5万, 上海华联 ¥3万, 大参林 none (0, not charged); in 万元: 5, 3, 0.
    // Lower is better for us: best 大参林, worst 沃尔玛.
    expect(rowLabelled(sheet, '进场费')).toEqual([undefined, '进场费', '万元', 5, 3, 0, dashenlin.name, walmart.name])
    // The same figures as terms:compare, cell by cell: purchase value in 万元 (fen / 1,000,000).
    const comparison = await call('terms:compare', { accountIds: [walmart.id, hualian.id, dashenlin.id], year: 2026, side: 'offer', isPerHundredYuan: false })
    const purchase = comparison.rows.find((row) => row.id === 'figure:purchaseValueFen')!
    expect(rowLabelled(sheet, '进货额（供价）').slice(3, 6)).toEqual(purchase.cells.map((fen) => fen! / 1_000_000))
    // Rates are ratios Excel formats as percentages: D% of 沃尔玛's offer in ppm / 1,000,000.
    const dPercent = comparison.rows.find((row) => row.id === 'figure:percentageTermsPpm')!
    const dRow = rowLabelled(sheet, '比例费用合计（D%）')
    expect(dRow.slice(2, 4)).toEqual(['%', dPercent.cells[0]! / 1_000_000])
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0.00')
    const dRowNumber = sheet.getColumn(1).values.indexOf('比例费用合计（D%）')
    expect(sheet.getRow(dRowNumber).getCell(3).numFmt).toBe('0.0%')
  })

  it('writes per-¥100 rows in yuan per ¥100 of purchases, whatever the money unit', async () => {
    const { call, walmart, hualian } = await demoWorkspace()
    const ids = [walmart.id, hualian.id]
    const file = await call('terms:compare-export', { accountIds: ids, year: 2026, side: 'agreed', isPerHundredYuan: true, moneyUnit: 'yi', language: 'en-US' })
    const sheet = await readSheet(file.dataBase64)
    const comparison = await call('terms:compare', { accountIds: ids, year: 2026, side: 'agreed', isPerHundredYuan: true })
    const entry = comparison.rows.find((row) => row.id === 'term:entry')!
    // 沃尔玛 agreed entry fee ¥6万 over its purchase value G: 6,000,000 fen × 10,000 / G fen per ¥100 (half up), shown in yuan.
    const g = (await call('terms:economics', { accountId: walmart.id, year: 2026 })).sides.agreed.economics.purchaseValueFen
    expect(entry.cells[0]).toBe(Math.round((6_000_000 * 10_000) / g))
    expect(rowLabelled(sheet, 'Entry fee').slice(2, 5)).toEqual(['CNY per ¥100', entry.cells[0]! / 100, entry.cells[1]! / 100])
    // A figure that is not normalisable (payment days) keeps its unit.
    expect(rowLabelled(sheet, 'Effective payment days')[2]).toBe('days')
  })

  it('is refused for an account that does not exist, in the workspace language', async () => {
    const { callFailing } = await demoWorkspace()
    const error = await callFailing('terms:compare-export', { accountIds: [99_999], year: 2026, side: 'offer', isPerHundredYuan: false, moneyUnit: 'yuan', language: 'zh-CN' })
    expect(error.code).toBe('not-found')
  })
})
