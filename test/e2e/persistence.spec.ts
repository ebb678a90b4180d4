import { test, expect, accountByCode, callApi } from './fixtures'

interface ColumnState {
  colId: string
  width?: number
  hide?: boolean | null
}

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('an edit survives a restart of the workbench', async ({ workbench, accountsPage, page, request }) => {
  const metro = await accountByCode(request, workbench, 'KA-0003')
  expect((await accountsPage.editCell(metro.id, 'name', '麦德龙华东（重启后仍在）')).ok).toBe(true)
  expect((await accountsPage.typeIntoCell(metro.id, 'employees', '5800')).ok).toBe(true)
  const oldUrl = workbench.url

  await workbench.restart()
  expect(workbench.url).not.toBe(oldUrl)
  await page.goto(workbench.url)
  await accountsPage.open()

  await expect(await accountsPage.cell(metro.id, 'name')).toHaveText('麦德龙华东（重启后仍在）')
  await expect(await accountsPage.cell(metro.id, 'employees')).toHaveText('5,800')
  expect(await accountByCode(request, workbench, 'KA-0003')).toMatchObject({ name: '麦德龙华东（重启后仍在）', employees: 5800 })
  await expect(accountsPage.saveState).toHaveText('已保存')
})

test('a hidden column and a column width survive a reload', async ({ workbench, accountsPage, page, request }) => {
  const savedState = async () =>
    (await callApi<{ gridLayouts: Record<string, { columnState: ColumnState[] | null }> }>(request, workbench, 'settings:get')).gridLayouts.accounts
      ?.columnState ?? []
  await expect(accountsPage.header('background')).toBeVisible()

  // Hide 经营背景 with the column chooser.
  await page.getByTestId('accounts-columns').click()
  const option = page.locator('.column-chooser label', { hasText: '经营背景' }).getByRole('checkbox')
  await expect(option).toBeChecked()
  await option.uncheck()
  await page.getByTestId('accounts-columns').click()
  await expect(accountsPage.header('background')).toHaveCount(0)

  // Widen 业态 by dragging its header's edge.
  const formatHeader = accountsPage.header('format')
  const widthBefore = (await formatHeader.boundingBox())?.width ?? 0
  const handle = formatHeader.locator('.ag-header-cell-resize')
  const box = await handle.boundingBox()
  if (!box) throw new Error('The 业态 header has no resize handle')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 })
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 })
  await page.mouse.up()
  await expect.poll(async () => (await formatHeader.boundingBox())?.width ?? 0).toBeGreaterThan(widthBefore + 60)
  const widthAfter = (await formatHeader.boundingBox())?.width ?? 0

  // Both are saved in the workspace …
  await expect
    .poll(async () => {
      const state = await savedState()
      return { background: state.find((column) => column.colId === 'background')?.hide, format: Math.round(state.find((column) => column.colId === 'format')?.width ?? 0) }
    })
    .toEqual({ background: true, format: Math.round(widthAfter) })

  // … and come back after a reload.
  await page.reload()
  await accountsPage.open()
  await expect(accountsPage.header('format')).toBeVisible()
  await expect(accountsPage.header('background')).toHaveCount(0)
  await expect(accountsPage.row(1).locator('.ag-cell[col-id="background"]')).toHaveCount(0)
  expect(Math.round((await accountsPage.header('format').boundingBox())?.width ?? 0)).toBe(Math.round(widthAfter))
  await page.getByTestId('accounts-columns').click()
  await expect(page.locator('.column-chooser label', { hasText: '经营背景' }).getByRole('checkbox')).not.toBeChecked()
})
