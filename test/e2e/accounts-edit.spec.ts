import { test, expect, accountByCode, listAccounts } from './fixtures'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('Add creates a row with the next KA code and stores it', async ({ workbench, accountsPage, request }) => {
  const before = await listAccounts(request, workbench)
  const highest = Math.max(...before.map((account) => Number(/^KA-(\d+)$/.exec(account.code)?.[1] ?? 0)))
  const expectedCode = `KA-${String(highest + 1).padStart(4, '0')}`

  const code = await accountsPage.addAccount()
  expect(code).toBe(expectedCode)
  const created = await accountByCode(request, workbench, code)
  expect((await listAccounts(request, workbench)).length).toBe(before.length + 1)
  await expect(await accountsPage.cell(created.id, 'code')).toHaveText(code)
  await expect(accountsPage.toasts.filter({ hasText: `已新增客户 ${code}` })).toBeVisible()

  // The new row opens its name for typing.
  const named = await accountsPage.typeIntoEditor('测试新客户')
  expect(named.ok).toBe(true)
  await expect(await accountsPage.cell(created.id, 'name')).toHaveText('测试新客户')
  expect((await accountByCode(request, workbench, code)).name).toBe('测试新客户')
  await expect(accountsPage.saveState).toHaveText('已保存')
})

test('a negative annual sales figure is refused with a message and nothing is stored', async ({ workbench, accountsPage, request }) => {
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  const salesCell = await accountsPage.cell(walmart.id, 'annualSalesFen')
  const shownBefore = await salesCell.innerText()

  const answer = await accountsPage.editCell(walmart.id, 'annualSalesFen', '-5')
  expect(answer.ok).toBe(false)
  await expect(accountsPage.cellError).toBeVisible()
  await expect(accountsPage.cellError).toContainText('不能为负数')
  await expect(accountsPage.toasts.filter({ hasText: '未保存' })).toContainText('不能为负数')

  await expect(salesCell).toHaveText(shownBefore)
  expect((await accountByCode(request, workbench, 'KA-0001')).annualSalesFen).toBe(walmart.annualSalesFen)
})

test('valid edits are stored; Ctrl+Z restores them and Ctrl+Y applies them again', async ({ workbench, accountsPage, request }) => {
  const carrefour = await accountByCode(request, workbench, 'KA-0002')
  const storesCell = await accountsPage.cell(carrefour.id, 'directStores')
  await expect(storesCell).toHaveText(String(carrefour.directStores))

  // A count, typed straight into the focused cell.
  expect((await accountsPage.typeIntoCell(carrefour.id, 'directStores', '30')).ok).toBe(true)
  await expect(storesCell).toHaveText('30')
  expect((await accountByCode(request, workbench, 'KA-0002')).directStores).toBe(30)

  // A name, by double-click.
  const nameCell = await accountsPage.cell(carrefour.id, 'name')
  expect((await accountsPage.editCell(carrefour.id, 'name', '家乐福上海（改名）')).ok).toBe(true)
  await expect(nameCell).toHaveText('家乐福上海（改名）')
  expect((await accountByCode(request, workbench, 'KA-0002')).name).toBe('家乐福上海（改名）')

  // Undo the rename, then the count.
  await accountsPage.undo()
  await expect(nameCell).toHaveText(carrefour.name)
  expect((await accountByCode(request, workbench, 'KA-0002')).name).toBe(carrefour.name)
  await accountsPage.undo()
  await expect(storesCell).toHaveText(String(carrefour.directStores))
  expect((await accountByCode(request, workbench, 'KA-0002')).directStores).toBe(carrefour.directStores)

  // Redo the count.
  await accountsPage.redo()
  await expect(storesCell).toHaveText('30')
  expect((await accountByCode(request, workbench, 'KA-0002')).directStores).toBe(30)
  expect((await accountByCode(request, workbench, 'KA-0002')).name).toBe(carrefour.name)
})

test('Delete asks for confirmation, and Ctrl+Z brings the account back', async ({ workbench, accountsPage, request }) => {
  const target = await accountByCode(request, workbench, 'KA-0018')
  const countBefore = (await listAccounts(request, workbench)).length

  await accountsPage.focusCell(target.id, 'name')
  await accountsPage.askDelete()
  await expect(accountsPage.confirmDialog).toContainText('删除客户')
  // Nothing happens before the confirmation.
  expect((await listAccounts(request, workbench)).length).toBe(countBefore)

  await accountsPage.confirm()
  await expect(accountsPage.row(target.id)).toHaveCount(0)
  const afterDelete = await listAccounts(request, workbench)
  expect(afterDelete.length).toBe(countBefore - 1)
  expect(afterDelete.some((account) => account.code === 'KA-0018')).toBe(false)

  await accountsPage.undo()
  const restored = await accountByCode(request, workbench, 'KA-0018')
  expect(restored).toMatchObject({ name: target.name, directStores: target.directStores, annualSalesFen: target.annualSalesFen, notes: target.notes })
  expect((await listAccounts(request, workbench)).length).toBe(countBefore)
  await expect(await accountsPage.cell(restored.id, 'name')).toHaveText(target.name)
})

test('the delete confirmation for one account names it', async ({ workbench, accountsPage, request }) => {
  const target = await accountByCode(request, workbench, 'KA-0018')
  await accountsPage.focusCell(target.id, 'name')
  await accountsPage.askDelete()
  // zh-CN message for one account: 确定删除“{{name}}”吗？可用 Ctrl+Z 撤销。
  await expect(accountsPage.confirmDialog).toContainText(`确定删除“${target.name}”吗`)
})

test('an edit in a sorted column leaves the row where it is, as in Excel; the totals follow; sorting again places it', async ({ workbench, accountsPage, request }) => {
  const accounts = await listAccounts(request, workbench)
  await accountsPage.showColumn('employees')
  await accountsPage.header('employees').locator('.ag-header-cell-label').click()
  // Ascending: the account with the fewest employees comes first.
  const ascending = [...accounts].filter((account) => account.employees !== null).sort((a, b) => (a.employees as number) - (b.employees as number))
  const fewest = ascending[0]!
  await expect.poll(async () => (await accountsPage.rowIds())[0]).toBe(fewest.id)
  const order = await accountsPage.rowIds()

  expect((await accountsPage.editCell(fewest.id, 'employees', '999999')).ok).toBe(true)
  await expect(await accountsPage.cell(fewest.id, 'employees')).toHaveText('999,999')
  expect(await accountsPage.rowIds()).toEqual(order)
  const employeesTotal = accounts.reduce((sum, account) => sum + (account.id === fewest.id ? 999_999 : (account.employees ?? 0)), 0)
  await expect(await accountsPage.totalsCell('employees')).toHaveText(employeesTotal.toLocaleString('en-US'))

  // Sorting again (descending, none, ascending) puts the edited account last.
  for (let click = 0; click < 3; click += 1) await accountsPage.header('employees').locator('.ag-header-cell-label').click()
  await expect.poll(async () => (await accountsPage.rowIds()).at(-1)).toBe(fewest.id)
})

test('closing the page while a cell is still being edited asks first; once the edit is saved it closes without asking', async ({ workbench, accountsPage, page, request }) => {
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  await (await accountsPage.cell(walmart.id, 'name')).dblclick()
  await expect(accountsPage.editor).toBeVisible()
  await accountsPage.editor.fill('沃尔玛华南（关闭前）')

  const asked: string[] = []
  page.once('dialog', (dialog) => {
    asked.push(dialog.type())
    void dialog.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => asked).toEqual(['beforeunload'])
  // Staying: the editor is still open with the text, and Enter saves it.
  expect(page.isClosed()).toBe(false)
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/accounts:update'))
  await page.keyboard.press('Enter')
  expect((await answered).ok()).toBe(true)
  expect((await accountByCode(request, workbench, 'KA-0001')).name).toBe('沃尔玛华南（关闭前）')

  // Nothing left unsaved: no question, the page closes.
  page.on('dialog', (dialog) => {
    asked.push(dialog.type())
    void dialog.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => page.isClosed()).toBe(true)
  expect(asked).toEqual(['beforeunload'])
})

test('Ctrl+Z takes back an added and a duplicated account; Ctrl+Y brings them back', async ({ workbench, accountsPage, page, request }) => {
  const countBefore = (await listAccounts(request, workbench)).length
  const code = await accountsPage.addAccount()
  await page.keyboard.press('Escape') // leave the new row's name editor
  expect((await listAccounts(request, workbench)).length).toBe(countBefore + 1)

  await accountsPage.undo()
  expect((await listAccounts(request, workbench)).some((account) => account.code === code)).toBe(false)
  await accountsPage.redo()
  const added = await accountByCode(request, workbench, code)
  await expect(await accountsPage.cell(added.id, 'code')).toHaveText(code)

  const metro = await accountByCode(request, workbench, 'KA-0003')
  const idsBefore = new Set((await listAccounts(request, workbench)).map((account) => account.id))
  await accountsPage.selectRow(metro.id)
  const duplicated = page.waitForResponse((response) => response.url().endsWith('/api/accounts:duplicate'))
  await page.getByTestId('accounts-duplicate').click()
  await duplicated
  const copies = (await listAccounts(request, workbench)).filter((account) => !idsBefore.has(account.id))
  expect(copies).toHaveLength(1)
  expect(copies[0]).toMatchObject({ directStores: metro.directStores, annualSalesFen: metro.annualSalesFen })
  await expect(accountsPage.row(copies[0]!.id)).toBeVisible()

  await accountsPage.undo()
  expect((await listAccounts(request, workbench)).map((account) => account.id).sort()).toEqual([...idsBefore].sort())
  await expect(accountsPage.row(copies[0]!.id)).toHaveCount(0)
  await accountsPage.redo()
  const restoredCopy = (await listAccounts(request, workbench)).filter((account) => !idsBefore.has(account.id))
  expect(restoredCopy).toHaveLength(1)
  await expect(accountsPage.row(restoredCopy[0]!.id)).toBeVisible()
})
