import { test, expect, listAccounts, accountByCode, callApi } from './fixtures'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('Ctrl+C copies the focused cell, not the ticked rows: a label in the current language, a plain number', async ({ workbench, accountsPage, request }) => {
  const [first, second, third] = await accountsPage.rowIds()
  if (first === undefined || second === undefined || third === undefined) throw new Error('The demo workspace has fewer than 3 accounts')
  const account = (await listAccounts(request, workbench)).find((candidate) => candidate.id === third)
  if (!account) throw new Error('No such account')
  await accountsPage.selectRow(first)
  await accountsPage.selectRow(second)

  await accountsPage.focusCell(third, 'format')
  const formatLabels: Record<string, string> = { hypermarket: '大卖场', supermarket: '连锁超市', convenience: '连锁便利店', pharmacy: '连锁药店' }
  // One cell, as shown: 大卖场, not hypermarket, and not a block of the ticked rows.
  expect(await accountsPage.copy()).toBe(formatLabels[account.format])

  await accountsPage.focusCell(third, 'annualSalesFen')
  // Plain yuan with two decimals: no ¥, no thousands separators.
  const copiedSales = await accountsPage.copy()
  expect(copiedSales).toMatch(/^\d+\.\d{2}$/)
  expect(Math.round(Number(copiedSales) * 100)).toBe(account.annualSalesFen)
})

test('Shift+click selects a range; Ctrl+C copies it as a block, and pasting it elsewhere restores the same values', async ({ workbench, accountsPage, request }) => {
  const ids = await accountsPage.rowIds()
  const [a, b, c, d] = ids
  if (d === undefined || a === undefined || b === undefined || c === undefined) throw new Error('The demo workspace has fewer than 4 accounts')
  await accountsPage.focusCell(a, 'directStores')
  // 直营门店数 and 加盟门店数, side by side.
  await accountsPage.shiftClick(b, 'franchiseStores')
  await expect(accountsPage.rangeCells()).toHaveCount(4)
  const block = await accountsPage.copy()
  const before = new Map((await listAccounts(request, workbench)).map((account) => [account.id, account]))
  const rowsOf = (id: number) => `${before.get(id)?.directStores ?? ''}\t${before.get(id)?.franchiseStores ?? ''}`
  expect(block).toBe(`${rowsOf(a)}\r\n${rowsOf(b)}`)

  // Paste the block two rows down: rows c and d now hold a's and b's values.
  await accountsPage.focusCell(c, 'directStores')
  const answer = await accountsPage.paste(block)
  expect(answer.ok).toBe(true)
  const after = new Map((await listAccounts(request, workbench)).map((account) => [account.id, account]))
  expect([after.get(c)?.directStores, after.get(c)?.franchiseStores]).toEqual([before.get(a)?.directStores, before.get(a)?.franchiseStores])
  expect([after.get(d)?.directStores, after.get(d)?.franchiseStores]).toEqual([before.get(b)?.directStores, before.get(b)?.franchiseStores])
  // The report names the cells it changed.
  await expect(accountsPage.toasts.last()).toContainText('“直营门店数”改为')
})

test('a paste that creates rows numbers them after the existing rows, and redo puts them back at the end', async ({ workbench, accountsPage, request, page }) => {
  const countBefore = (await listAccounts(request, workbench)).length
  const ids = await accountsPage.rowIds()
  // Rows are in id order: Ctrl+↓ from the first row's 直营门店数 focuses the last row's.
  const lastId = Math.max(...(await listAccounts(request, workbench)).map((account) => account.id))
  await accountsPage.focusCell(ids[0] ?? 0, 'directStores')
  await page.keyboard.press('Control+ArrowDown')
  await expect(accountsPage.row(lastId).locator('.ag-cell[col-id="directStores"]')).toHaveClass(/ag-cell-focus/)
  // Row countBefore is updated; two rows are created, the first with a refused value ("abc").
  const answer = await accountsPage.paste('12\r\nabc\r\n7\r\n')
  expect(answer.ok).toBe(true)
  const report = accountsPage.toasts.filter({ hasText: '拒绝 1 个' })
  await expect(report).toContainText(`第 ${countBefore + 1} 行：“直营门店数”`)
  await expect(report).not.toContainText(`第 ${countBefore + 3} 行`)
  const createdIds = (await listAccounts(request, workbench)).map((account) => account.id).filter((id) => id > lastId)
  expect(createdIds).toHaveLength(2)

  await accountsPage.undo()
  expect((await listAccounts(request, workbench)).length).toBe(countBefore)
  await accountsPage.redo()
  const again = (await listAccounts(request, workbench)).filter((account) => account.id > lastId)
  expect(again).toHaveLength(2)
  // Back at the end of the grid, not at the top.
  const shown = await accountsPage.rowIds()
  expect(shown.slice(0, 2)).not.toContain(again[0]?.id)
})

test('the delete dialog names the accounts, says which the filter hides, and Cancel is the default', async ({ workbench, accountsPage, request, page }) => {
  const [first, second, third] = await accountsPage.rowIds()
  if (first === undefined || second === undefined || third === undefined) throw new Error('The demo workspace has fewer than 3 accounts')
  const accounts = new Map((await listAccounts(request, workbench)).map((account) => [account.id, account]))
  await accountsPage.selectRow(first)
  await accountsPage.selectRow(second)
  await accountsPage.selectRow(third)
  // Search for the first account only: the other two are ticked but hidden.
  await accountsPage.searchFor(accounts.get(first)?.code ?? '')
  await accountsPage.askDelete()
  await expect(accountsPage.confirmDialog).toContainText(accounts.get(first)?.name ?? '')
  await expect(accountsPage.confirmDialog).toContainText(accounts.get(second)?.name ?? '')
  await expect(page.getByTestId('delete-hidden')).toContainText('其中 2 个被当前筛选隐藏')
  await expect(page.getByTestId('confirm-cancel')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(accountsPage.confirmDialog).toBeHidden()
  expect((await listAccounts(request, workbench)).length).toBe(accounts.size)
})

test('圈定结论 filters by a checkbox list: 符合 does not also match 不符合', async ({ accountsPage, page }) => {
  await accountsPage.showColumn('screeningVerdict')
  await accountsPage.grid.locator('.ag-floating-filter[col-id="screeningVerdict"] .ag-floating-filter-button-button').click()
  const filter = page.getByTestId('value-set-filter')
  await expect(filter).toBeVisible()
  await filter.getByLabel('待定').uncheck()
  await filter.getByLabel('不符合').uncheck()
  // Formats the screening rule does not apply to (every non-pharmacy account by default).
  await filter.getByLabel('不适用').uncheck()
  await page.keyboard.press('Escape')
  await expect(accountsPage.grid.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="screeningVerdict"] .pill').first()).toBeVisible()
  const verdicts = await accountsPage.grid.locator('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="screeningVerdict"]').allInnerTexts()
  expect(verdicts.length).toBeGreaterThan(0)
  expect(new Set(verdicts.map((text) => text.trim()))).toEqual(new Set(['符合']))
})

test('the money unit 万元 is used by the cells and the totals and remembered', async ({ workbench, accountsPage, request, page }) => {
  const account = await accountByCode(request, workbench, 'KA-0001')
  await page.getByTestId('money-unit-wan').click()
  await accountsPage.showColumn('annualSalesFen')
  await expect(accountsPage.header('annualSalesFen')).toContainText('万元')
  const shown = (await (await accountsPage.cell(account.id, 'annualSalesFen')).innerText()).replace(/,/g, '')
  // Fen ÷ 1,000,000 = 万元, two decimals.
  expect(Number(shown)).toBeCloseTo((account.annualSalesFen ?? 0) / 1_000_000, 2)
  const total = (await listAccounts(request, workbench)).reduce((sum, each) => sum + (each.annualSalesFen ?? 0), 0)
  const totalShown = (await (await accountsPage.totalsCell('annualSalesFen')).innerText()).replace(/,/g, '')
  expect(Number(totalShown)).toBeCloseTo(total / 1_000_000, 2)
  await page.reload()
  await accountsPage.open()
  await accountsPage.showColumn('annualSalesFen')
  await expect(accountsPage.header('annualSalesFen')).toContainText('万元')
})

test('when the host cannot be reached, the typed value stays in its cell marked unsaved and is stored on a retry', async ({ workbench, accountsPage, request, page }) => {
  const account = await accountByCode(request, workbench, 'KA-0002')
  await page.route('**/api/accounts:update', (route) => route.abort('connectionrefused'))
  const cell = await accountsPage.cell(account.id, 'name')
  await cell.dblclick()
  await expect(accountsPage.editor).toBeVisible()
  await accountsPage.editor.fill('离线时输入的名称')
  await accountsPage.editor.press('Enter')
  await expect(accountsPage.cellError).toHaveText('无法连接到工作台，更改尚未保存')
  await expect(cell).toHaveClass(/cell-unsaved/)
  await expect(cell).toHaveText('离线时输入的名称')
  expect((await accountByCode(request, workbench, 'KA-0002')).name).toBe(account.name)

  // The host answers again: the retry stores it and the mark goes.
  await page.unroute('**/api/accounts:update')
  await expect(cell).not.toHaveClass(/cell-unsaved/, { timeout: 10_000 })
  expect((await accountByCode(request, workbench, 'KA-0002')).name).toBe('离线时输入的名称')
})

test('the region editor resolves typed text as the API does: Enter never takes the first suggestion; fast typing loses no key', async ({ workbench, accountsPage, request }) => {
  const editor = await accountByCode(request, workbench, 'KA-0003')
  const viaApi = await accountByCode(request, workbench, 'KA-0004')
  await callApi(request, workbench, 'accounts:update', { id: viaApi.id, patch: { regionCode: editor.regionCode } })
  // 3101 (a partial code whose first suggestion is 310101 黄浦区) and 朝阳区 (in 北京 and in 长春):
  // the cell editor must end exactly as the API does with the same text, stored or refused.
  for (const text of ['3101', '朝阳区']) {
    // Digits typed straight into the focused cell (the fast path); Chinese through the opened editor.
    const typed = /^\d+$/.test(text) ? await accountsPage.typeIntoCell(editor.id, 'regionCode', text) : await accountsPage.editCell(editor.id, 'regionCode', text)
    const direct = await callApi<{ ok?: boolean }>(request, workbench, 'accounts:update', { id: viaApi.id, patch: { regionCode: text } }).then(
      () => ({ ok: true }),
      () => ({ ok: false })
    )
    expect(typed.ok, `${text}: editor and API agree`).toBe(direct.ok)
    expect((await accountByCode(request, workbench, 'KA-0003')).regionCode, text).toBe((await accountByCode(request, workbench, 'KA-0004')).regionCode)
    if (!typed.ok) await expect(accountsPage.cellError).toBeVisible()
    await accountsPage.dismissToasts()
  }
  // 440300 typed at full speed loses no key (it became 410000 when the first keys were lost).
  const again = await accountsPage.typeIntoCell(editor.id, 'regionCode', '440300')
  expect(again.ok).toBe(true)
  expect((await accountByCode(request, workbench, 'KA-0003')).regionCode).toBe('440300')
})

test('Shift+arrows select a range; Ctrl+D fills it down and Delete clears it, one undo step each', async ({ workbench, accountsPage, request, page }) => {
  const [a, b, c] = await accountsPage.rowIds()
  if (a === undefined || b === undefined || c === undefined) throw new Error('The demo workspace has fewer than 3 accounts')
  const employeesOf = async () => new Map((await listAccounts(request, workbench)).map((account) => [account.id, account.employees]))
  const before = await employeesOf()

  await accountsPage.focusCell(a, 'employees')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(accountsPage.rangeCells()).toHaveCount(3)

  // Ctrl+D: a's 员工数 into b and c.
  const filled = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/accounts:apply-changes')
  await page.keyboard.press('Control+d')
  await filled
  await expect.poll(async () => [(await employeesOf()).get(b), (await employeesOf()).get(c)]).toEqual([before.get(a), before.get(a)])
  await accountsPage.undo()
  expect(await employeesOf()).toEqual(before)

  // Delete on the same range clears the three cells.
  await accountsPage.focusCell(a, 'employees')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  const cleared = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/accounts:apply-changes')
  await page.keyboard.press('Delete')
  await cleared
  const after = await employeesOf()
  expect([after.get(a), after.get(b), after.get(c)]).toEqual([null, null, null])
  await accountsPage.undo()
  expect(await employeesOf()).toEqual(before)
})

test('a saved view brings back its quick search and columns after a reload', async ({ workbench, accountsPage, page, request }) => {
  await page.getByTestId('accounts-columns').click()
  await page.locator('.column-chooser label', { hasText: '经营背景' }).getByRole('checkbox').uncheck()
  await page.keyboard.press('Escape')
  await expect(page.locator('.column-chooser')).toHaveCount(0)
  await accountsPage.searchFor('上海')
  const shownInView = (await accountsPage.rowCounts()).shown

  await page.getByTestId('grid-views').click()
  await page.getByTestId('grid-view-name').fill('上海客户')
  await page.getByTestId('grid-view-save').click()
  await expect
    .poll(async () => (await callApi<{ gridLayouts: Record<string, { savedViews: { name: string }[] }> }>(request, workbench, 'settings:get')).gridLayouts.accounts?.savedViews.map((view) => view.name))
    .toEqual(['上海客户'])

  await page.reload()
  await accountsPage.open()
  await accountsPage.search.fill('')
  // Show 经营背景 again: the view must hide it.
  await page.getByTestId('accounts-columns').click()
  await page.locator('.column-chooser label', { hasText: '经营背景' }).getByRole('checkbox').check()
  await page.getByTestId('accounts-columns').click()
  await accountsPage.showColumn('background')
  await page.getByTestId('grid-views').click()
  await page.getByRole('menuitem', { name: '上海客户' }).click()
  await expect(accountsPage.search).toHaveValue('上海')
  await expect.poll(async () => (await accountsPage.rowCounts()).shown).toBe(shownInView)
  await expect(accountsPage.header('background')).toHaveCount(0)
})
