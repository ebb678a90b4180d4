/**
 * Import updates by 客户编码: the app's own export imports back as "nothing changed", an edited
 * export updates just the edited fields (old → new in the preview), new codes are added, and a
 * new row with the name and region of an account already there is pointed out.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { exportColumns } from '../../src/shared/export-columns'
import type { Account } from '../../src/shared/domain/accounts/account'

async function demoWorkspace(): Promise<TestWorkbench> {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'demo' })
  return bench
}

async function exportAll(bench: TestWorkbench): Promise<{ fileName: string; dataBase64: string }> {
  const accounts = await bench.call('accounts:list', {})
  const file = await bench.call('accounts:export', { format: 'csv', ids: accounts.map((a) => a.id), columns: [...exportColumns], language: 'zh-CN' })
  return { fileName: file.fileName, dataBase64: file.dataBase64 }
}

const csv = (text: string) => ({ fileName: 'accounts.csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') })

describe('import by 客户编码', () => {
  it('re-imports its own export as all unchanged, and the commit writes nothing', async () => {
    const bench = await demoWorkspace()
    const before = await bench.call('accounts:list', {})
    const file = await exportAll(bench)
    const preview = await bench.call('accounts:import-preview', file)
    expect(preview).toMatchObject({ errorCount: 0, newRows: 0, changedRows: 0, unchangedRows: before.length, changes: [] })
    const committed = await bench.call('accounts:import-commit', { ...file, mapping: preview.columns.map((c) => c.field) })
    expect(committed).toMatchObject({ insertedCount: 0, updatedCount: 0, unchangedCount: before.length, skipped: 0 })
    expect(await bench.call('accounts:list', {})).toEqual(before)
  })

  it('updates the accounts of known codes (only the columns in the file) and adds the new codes, in one commit', async () => {
    const bench = await demoWorkspace()
    const walmart = (await bench.call('accounts:list', {})).find((a) => a.code === 'KA-0001') as Account
    // Two rows: Walmart with 420 stores (was walmart.directStores) and 1.5亿 sales; a new pharmacy.
    const file = csv(`客户编码,客户名称,业态,直营门店数,年销售额\nKA-0001,${walmart.name},大卖场,420,1.5亿\nKA-9001,新开药房,药店,12,\n`)
    const preview = await bench.call('accounts:import-preview', file)
    expect(preview).toMatchObject({ errorCount: 0, newRows: 1, changedRows: 1, unchangedRows: 0 })
    expect(preview.changes).toEqual([
      {
        row: 2,
        code: 'KA-0001',
        name: walmart.name,
        fields: [
          // The demo's Walmart: 46 stores, 96亿 yuan of sales (960,000,000,000 fen).
          { field: 'directStores', before: '46', after: '420' },
          // 1.5亿 yuan = 150,000,000.00 yuan, shown as yuan with its fen.
          { field: 'annualSalesFen', before: '9600000000.00', after: '150000000.00' }
        ]
      }
    ])
    const committed = await bench.call('accounts:import-commit', { ...file, mapping: preview.columns.map((c) => c.field) })
    expect(committed).toMatchObject({ insertedCount: 1, updatedCount: 1, unchangedCount: 0, updatedIds: [walmart.id] })
    expect(committed.previous).toEqual([walmart])
    const after = (await bench.call('accounts:list', { ids: [walmart.id] }))[0] as Account
    // The columns not in the file (notes, employees…) are as they were.
    expect(after).toMatchObject({ directStores: 420, annualSalesFen: 15_000_000_000, notes: walmart.notes, employees: walmart.employees, rowVersion: 2 })
  })

  it('still refuses a code held by an account in the recycle bin', async () => {
    const bench = await demoWorkspace()
    const walmart = (await bench.call('accounts:list', {})).find((a) => a.code === 'KA-0001') as Account
    await bench.call('accounts:delete', { ids: [walmart.id] })
    const preview = await bench.call('accounts:import-preview', csv(`客户编码,客户名称,业态\nKA-0001,沃尔玛,大卖场\n`))
    expect(preview).toMatchObject({ errorCount: 1, newRows: 0, changedRows: 0 })
    expect(preview.errors[0]?.message).toBe('客户编码“KA-0001”已被使用')
  })

  it('points out a new row with the name and region of an account already there, or of an earlier row', async () => {
    const bench = await demoWorkspace()
    const walmart = (await bench.call('accounts:list', {})).find((a) => a.code === 'KA-0001') as Account
    const region = walmart.regionCode ?? ''
    // No code column: every row is new, which is how duplicates used to slip in unwarned.
    const preview = await bench.call(
      'accounts:import-preview',
      csv(`客户名称,业态,地区编码\n${walmart.name},大卖场,${region}\n新店,药店,110101\n新店,药店,110101\n新店,药店,310101\n`)
    )
    expect(preview.newRows).toBe(4)
    expect(preview.duplicates).toEqual([
      { row: 2, name: walmart.name, sameAsRow: null, sameAsCode: 'KA-0001' },
      { row: 4, name: '新店', sameAsRow: 3, sameAsCode: null }
    ])
  })

  it('refuses an update whose merged record breaks a cross-field rule, and writes nothing', async () => {
    const bench = await demoWorkspace()
    const walmart = (await bench.call('accounts:list', {})).find((a) => a.code === 'KA-0001') as Account
    // Only 日均成交 is in the file: above the stored 日均客流, so transactions would exceed traffic.
    const tooMany = (walmart.dailyTraffic ?? 0) + 1
    const file = csv(`客户编码,客户名称,业态,日均成交(笔)\nKA-0001,${walmart.name},大卖场,${tooMany}\n`)
    const preview = await bench.call('accounts:import-preview', file)
    const refused = await bench.callFailing('accounts:import-commit', { ...file, mapping: preview.columns.map((c) => c.field) })
    expect(refused.code).toBe('validation')
    expect(await bench.call('accounts:list', { ids: [walmart.id] })).toEqual([walmart])
  })
})
