/**
 * Nothing lost between windows: two pages on the same workspace see each other's edits, a save
 * based on a value that changed elsewhere is refused (not written over it), an undo never undoes
 * someone else's later change, and deleted accounts wait in the recycle bin across a reload.
 */
import type { Page } from '@playwright/test'
import { test, expect, accountByCode, callApi, type Workbench } from './fixtures'
import { AccountsPage } from './pages/AccountsPage'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

/** A second tab on the same workspace. */
async function secondWindow(page: Page, workbench: Workbench, testInfo: Parameters<Parameters<typeof test>[2]>[1], options: { isDeaf?: boolean } = {}): Promise<AccountsPage> {
  const other = await page.context().newPage()
  // A deaf window hears no changes: what every window was before changes were pushed.
  if (options.isDeaf) await other.route('**/api/events**', (route) => route.abort())
  await other.goto(workbench.url)
  const accounts = new AccountsPage(other, testInfo)
  await accounts.open()
  return accounts
}

test('an edit in one window shows in the other, and so does a script (curl) change', async ({ workbench, accountsPage, page, request }, testInfo) => {
  const metro = await accountByCode(request, workbench, 'KA-0003')
  const other = await secondWindow(page, workbench, testInfo)

  expect((await accountsPage.editCell(metro.id, 'employees', '5800')).ok).toBe(true)
  await expect(await other.cell(metro.id, 'employees')).toHaveText('5,800')

  await callApi(request, workbench, 'accounts:update', { id: metro.id, patch: { name: '麦德龙（脚本改名）' } })
  await expect(await accountsPage.cell(metro.id, 'name')).toHaveText('麦德龙（脚本改名）')
  await expect(await other.cell(metro.id, 'name')).toHaveText('麦德龙（脚本改名）')
})

test('a save based on a value changed in another window is refused, and the window shows the current value', async ({ workbench, accountsPage, page, request }, testInfo) => {
  const metro = await accountByCode(request, workbench, 'KA-0003')
  const deaf = await secondWindow(page, workbench, testInfo, { isDeaf: true })

  expect((await accountsPage.editCell(metro.id, 'employees', '5800')).ok).toBe(true)
  // The deaf window still shows the old value and types over it: refused, nothing overwritten.
  const refused = await deaf.editCell(metro.id, 'employees', '6100')
  expect(refused).toMatchObject({ ok: false, error: { code: 'stale', message: '已在另一个窗口中修改' } })
  await expect(deaf.cellError).toContainText('已在另一个窗口中修改')
  await expect(await deaf.cell(metro.id, 'employees')).toHaveText('5,800')
  expect((await accountByCode(request, workbench, 'KA-0003')).employees).toBe(5800)
})

test('undo does not discard a later change made in another window', async ({ workbench, accountsPage, page, request }, testInfo) => {
  const metro = await accountByCode(request, workbench, 'KA-0003')
  const other = await secondWindow(page, workbench, testInfo)

  expect((await accountsPage.editCell(metro.id, 'employees', '5800')).ok).toBe(true)
  await expect(await other.cell(metro.id, 'employees')).toHaveText('5,800')
  expect((await other.editCell(metro.id, 'employees', '6100')).ok).toBe(true)
  await expect(await accountsPage.cell(metro.id, 'employees')).toHaveText('6,100')

  await accountsPage.dismissToasts()
  await page.keyboard.press('Control+z')
  await expect(accountsPage.toasts.filter({ hasText: '未撤销“编辑“员工数”' })).toBeVisible()
  expect((await accountByCode(request, workbench, 'KA-0003')).employees).toBe(6100)
  await expect(await accountsPage.cell(metro.id, 'employees')).toHaveText('6,100')
})

test('a deleted account waits in the recycle bin after a reload, comes back with Restore, and is gone only when the bin is emptied', async ({ workbench, accountsPage, page, request }) => {
  const metro = await accountByCode(request, workbench, 'KA-0003')
  await accountsPage.focusCell(metro.id, 'name')
  await accountsPage.askDelete()
  await expect(accountsPage.confirmDialog).toContainText('回收站')
  await accountsPage.confirm()
  await expect(accountsPage.row(metro.id)).toHaveCount(0)

  await page.reload()
  await accountsPage.open()
  await expect(accountsPage.row(metro.id)).toHaveCount(0)
  await page.getByTestId('accounts-bin').click()
  const bin = page.getByTestId('bin-dialog')
  await expect(bin.getByTestId('bin-row')).toHaveCount(1)
  await expect(bin.getByTestId('bin-row')).toContainText(metro.name)
  await bin.getByTestId('bin-restore').click()
  await expect(bin.getByTestId('bin-empty')).toBeVisible()
  await expect(accountsPage.row(metro.id)).toHaveCount(1)
  await bin.getByTestId('bin-close').click()

  // Delete again, then empty the bin: only after the confirmation.
  await accountsPage.focusCell(metro.id, 'name')
  await accountsPage.askDelete()
  await accountsPage.confirm()
  await page.getByTestId('accounts-bin').click()
  await expect(bin.getByTestId('bin-row')).toHaveCount(1)
  await bin.getByTestId('bin-empty-button').click()
  await expect(accountsPage.confirmDialog).toContainText('不能撤销')
  await page.getByTestId('confirm-ok').click()
  await expect(bin.getByTestId('bin-empty')).toBeVisible()
  expect(await callApi(request, workbench, 'accounts:list-bin')).toEqual([])
})

test('re-importing the app’s own export changes nothing and says so', async ({ workbench, accountsPage, page, request }) => {
  const before = await callApi<unknown[]>(request, workbench, 'accounts:list')
  const file = await accountsPage.exportAs('xlsx')
  await accountsPage.importFile(file)
  const dialog = accountsPage.importDialog
  // It used to refuse every row as "客户编码已被使用".
  await expect(dialog.getByTestId('import-classified')).toHaveText('文件与工作台一致，没有需要导入的更改')
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0)
  await expect(dialog.getByTestId('import-confirm')).toBeDisabled()
  await page.keyboard.press('Escape')
  expect(await callApi<unknown[]>(request, workbench, 'accounts:list')).toEqual(before)
})
