import path from 'node:path'
import { test, expect, listAccounts } from './fixtures'

/** GB18030 CSV as Chinese Excel saves it: 7 rows, row 4 has negative sales, row 7 an unknown 业态. */
const GBK_CSV = path.join(__dirname, '..', 'fixtures', 'e2e', 'accounts-gbk.csv')
const GOOD = [
  { code: 'GBK-001', name: '华润万家深圳' },
  { code: 'GBK-002', name: '联华超市杭州' },
  { code: 'GBK-004', name: '一心堂昆明' },
  { code: 'GBK-005', name: '罗森上海' },
  { code: 'GBK-007', name: '利群青岛' }
]
const BAD_CODES = ['GBK-003', 'GBK-006']

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('a GBK CSV with Chinese headers: preview with the errors, then only the good rows are imported; Ctrl+Z removes them', async ({ workbench, accountsPage, request }) => {
  const before = await listAccounts(request, workbench)

  await accountsPage.importFile(GBK_CSV)
  const dialog = accountsPage.importDialog
  await expect(dialog.getByTestId('import-error')).toHaveCount(0)
  await expect(dialog.getByTestId('import-encoding')).toHaveText('GB18030')
  await expect(dialog.getByTestId('import-summary')).toHaveText('共 7 行：5 行可导入，2 行有错误将跳过')
  // The headers were read as Chinese text and mapped to their fields.
  await expect(dialog.getByRole('combobox', { name: '客户名称' })).toHaveValue('name')
  await expect(dialog.getByRole('combobox', { name: '年销售额(元)' })).toHaveValue('annualSalesFen')
  await expect(dialog.getByRole('combobox', { name: '业态' })).toHaveValue('format')
  await expect(dialog).toContainText('华润万家深圳')

  // Both bad rows, by their row number in the file (header = row 1), with the reason.
  const errors = dialog.getByTestId('import-errors').locator('li')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0)).toContainText('第 4 行')
  await expect(errors.nth(0)).toContainText('年销售额')
  await expect(errors.nth(0)).toContainText('不能为负数')
  await expect(errors.nth(1)).toContainText('第 7 行')
  await expect(errors.nth(1)).toContainText('业态')
  await expect(errors.nth(1)).toContainText('百货商场')
  await expect(dialog.getByTestId('import-confirm')).toHaveText('确认导入 5 行')

  // Nothing is written before the confirmation.
  expect(await listAccounts(request, workbench)).toHaveLength(before.length)

  const result = await accountsPage.confirmImport()
  expect(result.ok).toBe(true)
  expect(result.value?.skipped).toBe(2)
  await expect(accountsPage.toasts.filter({ hasText: '已导入 5 个客户' })).toBeVisible()

  const after = await listAccounts(request, workbench)
  expect(after).toHaveLength(before.length + 5)
  for (const good of GOOD) {
    const stored = after.find((account) => account.code === good.code)
    expect(stored, `${good.code} is stored`).toMatchObject({ name: good.name })
    await expect(await accountsPage.cell(stored?.id ?? 0, 'name')).toHaveText(good.name)
  }
  expect(after.find((account) => account.code === 'GBK-001')).toMatchObject({ format: 'hypermarket', regionCode: '440300', directStores: 120, annualSalesFen: 1_800_000_000_000 })
  expect(after.find((account) => account.code === 'GBK-005')?.notes).toBe('鲜食占比高，含“引号”')
  expect(after.filter((account) => BAD_CODES.includes(account.code))).toEqual([])
  await expect(accountsPage.grid.locator('.ag-cell[col-id="name"]', { hasText: '负销售测试商贸' })).toHaveCount(0)
  expect(await accountsPage.rowIds()).toHaveLength(before.length + 5)

  // One Ctrl+Z takes the whole import back.
  await accountsPage.undo()
  const undone = await listAccounts(request, workbench)
  expect(undone.map((account) => account.code).sort()).toEqual(before.map((account) => account.code).sort())
  await expect(accountsPage.grid.locator('.ag-cell[col-id="name"]', { hasText: '华润万家深圳' })).toHaveCount(0)
  expect(await accountsPage.rowIds()).toHaveLength(before.length)
})
