import path from 'node:path'
import { test, expect, callApi, listAccounts } from './fixtures'

const digitsOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''))

test('first launch shows the welcome page, and the demo workspace opens on the home page, the Accounts grid one click away', async ({ workbench, welcomePage, accountsPage, page, request }) => {
  await welcomePage.open()
  await expect(welcomePage.root.getByRole('heading', { level: 1 })).toHaveText('欢迎使用 KA 客户规划工作台')
  await expect(welcomePage.demoCard).toBeVisible()
  await expect(welcomePage.emptyCard).toBeVisible()
  expect(await callApi<{ isInitialized: boolean }>(request, workbench, 'workspace:status')).toMatchObject({ isInitialized: false })

  await welcomePage.chooseDemo()
  await expect(page.getByTestId('home-page')).toBeVisible()
  await accountsPage.open()

  // At least 15 demo accounts, Walmart among them, every one stored.
  const ids = await accountsPage.rowIds()
  expect(ids.length).toBeGreaterThanOrEqual(15)
  const stored = await listAccounts(request, workbench)
  expect(stored.map((account) => account.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b))
  const walmart = stored.find((account) => account.name.includes('沃尔玛'))
  expect(walmart, 'the demo has a 沃尔玛 account').toBeDefined()
  await expect(await accountsPage.cell(walmart?.id ?? 0, 'name')).toContainText('沃尔玛')
  await expect(accountsPage.row(walmart?.id ?? 0)).toBeVisible()

  // The totals row sums what is shown.
  await expect(await accountsPage.totalsCell('name')).toHaveText('合计 / 平均')
  const storesTotal = stored.reduce((sum, account) => sum + (account.directStores ?? 0), 0)
  await expect.poll(async () => digitsOf(await (await accountsPage.totalsCell('directStores')).innerText())).toBe(storesTotal)
  const salesTotalYuan = stored.reduce((sum, account) => sum + (account.annualSalesFen ?? 0), 0) / 100
  const salesTotalCell = await accountsPage.totalsCell('annualSalesFen')
  await expect(salesTotalCell).toContainText('¥')
  expect(digitsOf(await salesTotalCell.innerText())).toBe(salesTotalYuan)

  // Computed store class as a pill.
  await accountsPage.showColumn('storeClass')
  await expect(accountsPage.grid.locator('.ag-cell[col-id="storeClass"] .pill', { hasText: 'A 类' }).first()).toBeVisible()

  // The status bar names the workspace file and says everything is saved.
  const info = await callApi<{ databaseFile: string }>(request, workbench, 'app:info')
  expect(path.dirname(info.databaseFile)).toBe(workbench.dataDir)
  await expect(accountsPage.statusBar).toContainText('工作区')
  await expect(accountsPage.statusBar.locator('code')).toHaveText(info.databaseFile)
  await expect(accountsPage.saveState).toHaveText('已保存')
  await expect(accountsPage.statusBar).toContainText(`${ids.length} / ${stored.length} 个客户`)
})
