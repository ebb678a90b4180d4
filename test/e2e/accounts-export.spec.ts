import fs from 'node:fs'
import path from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { test, expect, listAccounts } from './fixtures'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('export of the filtered rows: a real .xlsx with the rows in view, and a CSV with a UTF-8 BOM', async ({ workbench, accountsPage, request }) => {
  const stored = await listAccounts(request, workbench)
  await accountsPage.searchFor('药')
  const ids = await accountsPage.rowIds()
  const counts = await accountsPage.rowCounts()
  expect(counts).toEqual({ shown: ids.length, total: stored.length })
  expect(ids.length).toBeGreaterThan(0)
  expect(ids.length).toBeLessThan(stored.length)
  const inView = ids.map((id) => stored.find((account) => account.id === id))
  const pharmacy = inView.find((account) => account?.code === 'KA-0015')
  expect(pharmacy, 'KA-0015 大参林医药广州 matches 药').toBeDefined()

  // Excel.
  const xlsx = await accountsPage.exportAs('xlsx')
  expect(path.basename(xlsx)).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.xlsx$/)
  expect(fs.readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK')
  await expect(accountsPage.toasts.filter({ hasText: `已导出 ${ids.length} 行` })).toBeVisible()
  const sheet = await readSheet(xlsx)
  const [header = [], ...rows] = sheet
  expect(header.slice(0, 3)).toEqual(['客户编码', '客户名称', '业态'])
  expect(header).toEqual(expect.arrayContaining(['年销售额(元)', '直营门店数', '坪效(元/m²·年)', '圈定结论']))
  expect(rows).toHaveLength(ids.length)
  expect(rows.map((row) => row[0])).toEqual(inView.map((account) => account?.code))
  const salesColumn = header.indexOf('年销售额(元)')
  const pharmacyRow = rows.find((row) => row[0] === 'KA-0015') ?? []
  expect(pharmacyRow[1]).toBe('大参林医药广州')
  expect(pharmacyRow[2]).toBe('连锁药店')
  expect(pharmacyRow[salesColumn]).toBe((pharmacy?.annualSalesFen ?? 0) / 100)

  // CSV: UTF-8 with a BOM so Excel reads the Chinese right.
  const csv = await accountsPage.exportAs('csv')
  expect(path.basename(csv)).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.csv$/)
  const bytes = fs.readFileSync(csv)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/).filter((line) => line !== '')
  expect(lines[0]?.startsWith('客户编码,客户名称,业态')).toBe(true)
  expect(lines).toHaveLength(ids.length + 1)
  expect(lines.some((line) => line.startsWith('KA-0015,大参林医药广州,'))).toBe(true)
})
