/**
 * What the catalogue and assortment grids take from the spreadsheet layer, as a user checks it:
 * the 元/万元 switch changes the assortment's totals, a saved view brings back a column filter,
 * Ctrl+F goes to the quick search; and the margin solver's comprehensive mode on a demo account
 * with a term sheet (disabled, with its reason, on one without).
 */
import { test, expect } from './fixtures'
import { CataloguePage } from './pages/CataloguePage'
import { AssortmentPage } from './pages/AssortmentPage'
import { takeScreenshot } from './pages/screenshot'

// Three workspaces' worth of pages on a shared build machine: more than the default minute.
test.setTimeout(180_000)

/** "¥1,234.56" or "1,234.56" → 1234.56. */
const numberOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''))

test('assortment: 万元 changes the totals row, Ctrl+F goes to the search', async ({ welcomePage, page }) => {
  // Wide enough, without the summary panel, for the grid to draw its value columns.
  await page.setViewportSize({ width: 2400, height: 1000 })
  await welcomePage.openDemoWorkspace()
  const assortment = new AssortmentPage(page)
  await assortment.open()
  await page.getByTestId('structure-toggle').click()
  const totalValue = assortment.grid.locator('.row-totals [col-id="plannedPurchaseValueFen"]').first()
  const yuanText = (await totalValue.innerText()).trim()
  expect(yuanText).toMatch(/^¥[\d,]+\.\d\d$/)
  const yuan = numberOf(yuanText)

  await page.getByTestId('money-unit-wan').click()
  // The same total in 万元, two decimals; the header names the unit.
  await expect.poll(async () => (await totalValue.innerText()).trim()).not.toBe(yuanText)
  expect(numberOf(await totalValue.innerText())).toBeCloseTo(yuan / 10_000, 2)
  await expect(assortment.grid.locator('[role="columnheader"][col-id="plannedPurchaseValueFen"]')).toContainText('万元')
  // Unit prices stay in 元.
  await expect(assortment.grid.locator('[role="columnheader"][col-id="supplyPriceFen"]')).not.toContainText('万元')

  await assortment.grid.locator('.ag-row[row-index="0"] [col-id="code"]').first().click()
  await page.keyboard.press('Control+f')
  await expect(page.getByTestId('assortment-search')).toBeFocused()
})

test('catalogue: a saved view brings back a column filter, Ctrl+F goes to the search', async ({ welcomePage, page }) => {
  await welcomePage.openDemoWorkspace()
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const categories = () => catalogue.grid.locator('.ag-row [role="gridcell"][col-id="category"]').allInnerTexts()
  await expect.poll(async () => (await categories())[0]?.trim() ?? '').not.toBe('')
  const category = (await categories())[0]?.trim() ?? ''
  expect(new Set(await categories()).size).toBeGreaterThan(1)

  // The category column's floating filter (the row under the headers).
  const categoryFilter = catalogue.grid.locator(`.ag-floating-filter[col-id="category"] input`)
  await categoryFilter.fill(category)
  await expect.poll(async () => new Set(await categories())).toEqual(new Set([category]))

  await page.getByTestId('grid-views').click()
  await page.getByTestId('grid-view-name').fill('一个品类')
  await page.getByTestId('grid-view-save').click()

  await categoryFilter.fill('')
  await expect.poll(async () => new Set(await categories()).size).toBeGreaterThan(1)
  await page.getByTestId('grid-views').click()
  await page.getByRole('menuitem', { name: '一个品类' }).click()
  await expect.poll(async () => new Set(await categories())).toEqual(new Set([category]))
  await expect(categoryFilter).toHaveValue(category)

  await catalogue.grid.locator('.ag-row[row-index="0"] [col-id="name"]').first().click()
  await page.keyboard.press('Control+f')
  await expect(page.getByTestId('catalogue-search')).toBeFocused()
})

test('margin solver: comprehensive on an account with terms, disabled with the reason on one without', async ({ welcomePage, page }, testInfo) => {
  await welcomePage.openDemoWorkspace()
  const assortment = new AssortmentPage(page)
  await assortment.open()

  // 家乐福上海 has no term sheet in the demo.
  await assortment.chooseAccount('家乐福上海')
  await assortment.selectAll()
  await page.getByTestId('assortment-solve').click()
  await expect(assortment.solver.getByTestId('solver-terms-note')).toContainText('还没有合同条款')
  await expect(assortment.solver.getByTestId('solver-mode-comprehensive')).toBeDisabled()
  await page.locator('.modal .modal-actions .button').first().click()
  await expect(assortment.solver).toBeHidden()

  // 大参林医药广州 has its 2026 term sheet. The picker shows its name before its lines arrive:
  // wait for the summary to leave 家乐福上海's planned value before taking 大参林's.
  const carrefourValue = numberOf(await assortment.plannedValue().innerText())
  await assortment.chooseAccount('大参林医药广州')
  await assortment.dismissToasts()
  await expect.poll(async () => numberOf(await assortment.plannedValue().innerText())).not.toBe(carrefourValue)
  const valueBefore = numberOf(await assortment.plannedValue().innerText())
  await assortment.selectAll()
  await page.getByTestId('assortment-solve').click()
  await expect(assortment.solver.getByTestId('solver-terms-note')).toContainText('2026')
  await assortment.solver.getByTestId('solver-target').fill('60')
  const firstNewPrice = assortment.solver.getByTestId('solver-row').first().locator('td').nth(3)
  await expect(firstNewPrice).not.toHaveText('')
  const frontPrice = await firstNewPrice.innerText()
  await assortment.solver.getByTestId('solver-mode-comprehensive').check()
  // The retailer's rebates and fees count towards its margin: the supply price may be higher.
  await expect(firstNewPrice).not.toHaveText(frontPrice)
  expect(numberOf(await firstNewPrice.innerText())).toBeGreaterThan(numberOf(frontPrice))
  await takeScreenshot(page, testInfo, 'assortment-solver-comprehensive-zh-CN')
  await assortment.solver.getByTestId('solver-apply').click()
  await expect(assortment.solver).toBeHidden()
  await expect.poll(async () => numberOf(await assortment.plannedValue().innerText())).not.toBe(valueBefore)

  // One undo step takes the whole solve back.
  await assortment.dismissToasts()
  await page.getByTestId('assortment-undo').click()
  await expect.poll(async () => numberOf(await assortment.plannedValue().innerText())).toBe(valueBefore)
})
