import { test, expect } from './fixtures'

/** Issue 7 §4, polish: the toolbar, menus, editors and messages as a new user meets them. */
test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test.describe('in English at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('the toolbar does not wrap: one line of 32 px buttons, every button named', async ({ accountsPage, page }) => {
    await accountsPage.switchLanguage()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
    await accountsPage.waitForGrid()
    const box = await accountsPage.toolbar.boundingBox()
    // One line is the buttons' 32 px; a wrapped toolbar is at least two lines and their gap.
    expect(box?.height ?? 0).toBeLessThan(48)
    const tops = await accountsPage.toolbar.locator(':scope > *').evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => Math.round(item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2)))
    expect(new Set(tops).size).toBe(1)
    // Icon buttons keep their names for screen readers and as tooltips.
    for (const name of ['Undo', 'Redo', 'Details', 'Group summary']) await expect(accountsPage.toolbar.getByRole('button', { name, exact: true })).toBeVisible()
    await expect(page.getByTestId('accounts-undo')).toHaveAttribute('title', 'Undo: Ctrl+Z')
  })
})

test('one Escape leaves a dropdown editor, without changing the value', async ({ accountsPage, page }) => {
  const [first] = await accountsPage.rowIds()
  if (first === undefined) throw new Error('The demo workspace has no accounts')
  const cell = await accountsPage.cell(first, 'format')
  const before = (await cell.innerText()).trim()
  await cell.dblclick()
  await expect(accountsPage.grid.locator('.ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(accountsPage.grid.locator('.ag-cell-inline-editing')).toHaveCount(0)
  await expect(page.locator('.ag-popup-editor, .ag-select-list')).toHaveCount(0)
  await expect(cell).toHaveText(before)
})

test('menus close on Escape and on a click outside', async ({ page }) => {
  const exportButton = page.getByTestId('accounts-export')
  await exportButton.click()
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await exportButton.click()
  await expect(page.getByRole('menu')).toBeVisible()
  await page.locator('.page-header h1').click()
  await expect(page.getByRole('menu')).toHaveCount(0)
})

test('a toast never covers the totals row, and a refusal bubble stays inside the window', async ({ accountsPage, page }) => {
  const [first] = await accountsPage.rowIds()
  if (first === undefined) throw new Error('The demo workspace has no accounts')
  // A refused edit shows a bubble at the cell and a toast.
  const answer = await accountsPage.editCell(first, 'directStores', 'not a number')
  expect(answer.ok).toBe(false)
  const toast = accountsPage.toasts.first()
  await expect(toast).toBeVisible()
  const bubble = page.getByTestId('cell-error')
  await expect(bubble).toBeVisible()

  const totals = await (await accountsPage.totalsCell('name')).boundingBox()
  const toastBox = await toast.boundingBox()
  if (!totals || !toastBox) throw new Error('no totals row or toast on screen')
  // Either wholly above the totals row or wholly beside it: no overlap of the two rectangles.
  const overlaps = toastBox.x < totals.x + totals.width && totals.x < toastBox.x + toastBox.width && toastBox.y < totals.y + totals.height && totals.y < toastBox.y + toastBox.height
  expect(overlaps).toBe(false)
  expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(totals.y)

  const bubbleBox = await bubble.boundingBox()
  const viewport = page.viewportSize()
  if (!bubbleBox || !viewport) throw new Error('no bubble on screen')
  expect(bubbleBox.x).toBeGreaterThanOrEqual(0)
  expect(bubbleBox.y).toBeGreaterThanOrEqual(0)
  expect(bubbleBox.x + bubbleBox.width).toBeLessThanOrEqual(viewport.width)
  expect(bubbleBox.y + bubbleBox.height).toBeLessThanOrEqual(viewport.height)
})

test('the recycle bin button has its own icon, not the trash of Delete, and keeps its name', async ({ accountsPage, page }) => {
  const iconOf = (testId: string) => page.getByTestId(testId).locator('svg path').first().getAttribute('d')
  const bin = page.getByTestId('accounts-bin')
  await expect(bin).toHaveAttribute('aria-label', '回收站')
  await expect(bin).toHaveAttribute('title', '回收站')
  expect(await iconOf('accounts-bin')).not.toBe(await iconOf('accounts-delete'))
  await accountsPage.screenshot('accounts-toolbar-bin-zh-CN')
  await accountsPage.switchLanguage()
  await expect(bin).toHaveAttribute('aria-label', 'Recycle bin')
  await accountsPage.screenshot('accounts-toolbar-bin-en-US')
})
