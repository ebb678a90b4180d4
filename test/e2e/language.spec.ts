import { test, expect, callApi } from './fixtures'

test.use({ locale: 'en-US' })

test('switching to English translates the grid, its filters and the toolbar; it is remembered; and switching back works', async ({ workbench, welcomePage, accountsPage, page, request }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
  await expect(accountsPage.header('name')).toHaveText('客户名称')

  await accountsPage.switchLanguage()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  expect((await callApi<{ language: string }>(request, workbench, 'settings:get')).language).toBe('en-US')

  const assertEnglish = async () => {
    await expect(accountsPage.root.getByRole('heading', { level: 1 })).toHaveText('Accounts')
    await expect(accountsPage.header('code')).toHaveText('Account code')
    await expect(accountsPage.header('name')).toHaveText('Account name')
    await expect(accountsPage.header('format')).toHaveText('Format')
    await expect(accountsPage.grid.locator('.ag-header-group-cell', { hasText: 'Classification and region' })).toBeVisible()
    // Values and computed cells in English too.
    await expect(await accountsPage.cell(1, 'format')).toHaveText('Hypermarket')
    await expect(accountsPage.grid.locator('.ag-cell[col-id="storeClass"] .pill', { hasText: 'Class A' }).first()).toBeVisible()
    await expect(await accountsPage.totalsCell('name')).toHaveText('Total / average')
    // Toolbar, search and status bar.
    for (const label of ['Add', 'Duplicate row', 'Delete', 'Undo', 'Redo', 'Import', 'Export', 'Columns']) {
      await expect(accountsPage.toolbar.getByRole('button', { name: label, exact: true })).toBeVisible()
    }
    await expect(accountsPage.search).toHaveAttribute('placeholder', 'Search accounts, regions, notes…')
    await expect(accountsPage.saveState).toHaveText('Saved')
    await expect(accountsPage.statusBar).toContainText('Workspace')
    await expect(accountsPage.statusBar).toContainText(/\d+ of \d+ accounts/)
    await expect(page.getByTestId('language-toggle')).toHaveText('中文')
    // AG Grid's own texts: the floating filter and the filter menu.
    await expect(accountsPage.grid.locator('.ag-floating-filter[col-id="name"] input')).toHaveAttribute('aria-label', 'Account name Filter Input')
    await accountsPage.grid.locator('.ag-floating-filter[col-id="name"] .ag-floating-filter-button-button').click()
    const filterMenu = page.locator('.ag-filter-menu')
    await expect(filterMenu.locator('.ag-picker-field-display')).toHaveText('Contains')
    await expect(filterMenu.locator('input.ag-filter-from, .ag-filter-from input')).toHaveAttribute('placeholder', 'Filter...')
    await page.keyboard.press('Escape')
    await expect(filterMenu).toHaveCount(0)
  }
  await assertEnglish()

  // Remembered across a reload.
  await page.reload()
  await accountsPage.open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await assertEnglish()

  // And back to Chinese.
  await accountsPage.switchLanguage()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(accountsPage.root.getByRole('heading', { level: 1 })).toHaveText('客户')
  await expect(accountsPage.header('name')).toHaveText('客户名称')
  await expect(await accountsPage.cell(1, 'format')).toHaveText('大卖场')
  await expect(accountsPage.toolbar.getByRole('button', { name: '导入', exact: true })).toBeVisible()
  await expect(accountsPage.saveState).toHaveText('已保存')
  await expect(page.getByTestId('language-toggle')).toHaveText('English')
  await accountsPage.grid.locator('.ag-floating-filter[col-id="name"] .ag-floating-filter-button-button').click()
  await expect(page.locator('.ag-filter-menu .ag-picker-field-display')).toHaveText('包含')
  expect((await callApi<{ language: string }>(request, workbench, 'settings:get')).language).toBe('zh-CN')
})
