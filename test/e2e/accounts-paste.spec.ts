import { test, expect, listAccounts } from './fixtures'
import type { Account } from '../../src/shared/domain/accounts/account'

const digitsOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''))
const byId = (accounts: Account[]) => new Map(accounts.map((account) => [account.id, account]))

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('a 3 × 4 block pasted from Excel updates the cells, the database and the KPIs; one Ctrl+Z undoes it', async ({ workbench, accountsPage, request }) => {
  // 年销售额, 员工数, 日均客流, 日均成交 are side by side in the grid; the block starts at the
  // first row's 年销售额. Sales as people type them: 万, thousands separators, a decimal.
  const block = ['8000万\t20000\t420000\t180000', '5,500,000,000\t9000\t240000\t95000', '7000000000.5\t6000\t60000\t30000'].join('\r\n') + '\r\n'
  const expected = [
    { annualSalesFen: 8_000_000_000, employees: 20000, dailyTraffic: 420000, dailyTransactions: 180000 },
    { annualSalesFen: 550_000_000_000, employees: 9000, dailyTraffic: 240000, dailyTransactions: 95000 },
    { annualSalesFen: 700_000_000_050, employees: 6000, dailyTraffic: 60000, dailyTransactions: 30000 }
  ]
  const ids = (await accountsPage.rowIds()).slice(0, 3)
  const before = byId(await listAccounts(request, workbench))
  const kpiBefore = await Promise.all(ids.map(async (id) => (await accountsPage.cell(id, 'salesPerM2Fen')).innerText()))

  await accountsPage.focusCell(ids[0] ?? 0, 'annualSalesFen')
  const answer = await accountsPage.paste(block)
  expect(answer.ok).toBe(true)
  expect(answer.value).toMatchObject({ appliedCount: 12, refused: [] })
  await expect(accountsPage.toasts.filter({ hasText: '已粘贴 12 个单元格，拒绝 0 个' })).toBeVisible()

  // The grid shows the new values …
  for (const [index, id] of ids.entries()) {
    const values = expected[index] as (typeof expected)[number]
    await expect.poll(async () => digitsOf(await (await accountsPage.cell(id, 'annualSalesFen')).innerText())).toBe(values.annualSalesFen / 100)
    await expect(await accountsPage.cell(id, 'employees')).toHaveText(values.employees.toLocaleString('en-US'))
    await expect(await accountsPage.cell(id, 'dailyTraffic')).toHaveText(values.dailyTraffic.toLocaleString('en-US'))
    await expect(await accountsPage.cell(id, 'dailyTransactions')).toHaveText(values.dailyTransactions.toLocaleString('en-US'))
  }
  // … the database has them …
  const after = byId(await listAccounts(request, workbench))
  for (const [index, id] of ids.entries()) expect(after.get(id)).toMatchObject(expected[index] ?? {})
  // … and 坪效 (sales per m²) follows the new sales.
  for (const [index, id] of ids.entries()) {
    const area = before.get(id)?.salesAreaM2 ?? 0
    const expectedFenPerM2 = Math.round((expected[index]?.annualSalesFen ?? 0) / area)
    const kpiCell = await accountsPage.cell(id, 'salesPerM2Fen')
    await expect(kpiCell).not.toHaveText(kpiBefore[index] ?? '')
    expect(digitsOf(await kpiCell.innerText())).toBeCloseTo(expectedFenPerM2 / 100, 2)
  }

  // One Ctrl+Z restores all twelve cells.
  await accountsPage.undo()
  const restored = byId(await listAccounts(request, workbench))
  for (const id of ids) {
    const old = before.get(id) as Account
    expect(restored.get(id)).toMatchObject({
      annualSalesFen: old.annualSalesFen,
      employees: old.employees,
      dailyTraffic: old.dailyTraffic,
      dailyTransactions: old.dailyTransactions
    })
    await expect(await accountsPage.cell(id, 'employees')).toHaveText((old.employees ?? 0).toLocaleString('en-US'))
  }
  for (const [index, id] of ids.entries()) await expect(await accountsPage.cell(id, 'salesPerM2Fen')).toHaveText(kpiBefore[index] ?? '')
})

test('a quoted multi-line cell is pasted whole; refused values are reported and the rest is stored', async ({ workbench, accountsPage, request }) => {
  const ids = (await accountsPage.rowIds()).slice(0, 4)
  const [first = 0, second = 0, third = 0, fourth = 0] = ids
  const before = byId(await listAccounts(request, workbench))

  // Excel quotes a cell with a line break in it: two rows of one column, not three.
  await accountsPage.focusCell(first, 'notes')
  const notes = await accountsPage.paste('"跟进事项：\n3 月续签，含""堆头""费用"\n普通备注\n')
  expect(notes.ok).toBe(true)
  expect(notes.value).toMatchObject({ appliedCount: 2, refused: [] })
  let stored = byId(await listAccounts(request, workbench))
  expect(stored.get(first)?.notes).toBe('跟进事项：\n3 月续签，含"堆头"费用')
  expect(stored.get(second)?.notes).toBe('普通备注')
  expect(stored.get(third)?.notes).toBe(before.get(third)?.notes)
  await expect(await accountsPage.cell(first, 'notes')).toContainText('跟进事项')
  await expect(await accountsPage.cell(second, 'notes')).toHaveText('普通备注')

  // A block with two values the grid would refuse: they are named, the other cells are stored.
  // (The column right of 直营门店数 is 加盟门店数.)
  await accountsPage.dismissToasts()
  await accountsPage.focusCell(third, 'directStores')
  const mixed = await accountsPage.paste('abc\t50\n-3\t60')
  expect(mixed.ok).toBe(true)
  expect(mixed.value?.appliedCount).toBe(2)
  expect(mixed.value?.refused).toHaveLength(2)
  const report = accountsPage.toasts.filter({ hasText: '已粘贴 2 个单元格，拒绝 2 个' })
  await expect(report).toBeVisible()
  await expect(report).toContainText('第 3 行：“直营门店数”')
  await expect(report).toContainText('须为数字，收到“abc”')
  await expect(report).toContainText('第 4 行：“直营门店数”')
  await expect(report).toContainText('不能为负数')

  stored = byId(await listAccounts(request, workbench))
  expect(stored.get(third)).toMatchObject({ directStores: before.get(third)?.directStores, franchiseStores: 50 })
  expect(stored.get(fourth)).toMatchObject({ directStores: before.get(fourth)?.directStores, franchiseStores: 60 })
  await expect(await accountsPage.cell(third, 'directStores')).toHaveText((before.get(third)?.directStores ?? 0).toLocaleString('en-US'))
  await expect(await accountsPage.cell(third, 'franchiseStores')).toHaveText('50')
})
