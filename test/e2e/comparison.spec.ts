/**
 * The comparison of retailers 结算方式与进场费比对 as a KA manager uses it: two demo accounts side
 * by side, the best and worst marked, per ¥100 of purchases, the waterfall; then a term changed
 * through the API (as a script would) and in the term-sheet grid of a second window: the comparison
 * follows both from the change feed, without its Refresh button.
 * Screenshots in zh-CN and en-US go to test/e2e/.output/screenshots/.
 */
import { test, expect, accountByCode, callApi } from './fixtures'
import { ComparisonPage } from './pages/ComparisonPage'
import { TermsPage } from './pages/TermsPage'

interface StoredLine {
  id: number
  kind: string
}

test('compare two demo accounts, per ¥100, the waterfall, and a term changed elsewhere shows in its column by itself', async ({ welcomePage, page, request, workbench }, testInfo) => {
  // Two windows and both languages: more than one page's worth of steps on a shared machine.
  test.slow()
  await welcomePage.openDemoWorkspace()
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  const hualian = await accountByCode(request, workbench, 'KA-0008')
  const comparison = new ComparisonPage(page)
  await comparison.open()

  // By default every account with terms in the year (the demo has three); keep two.
  await expect(page.getByTestId('comparison-accounts')).toContainText('全部有条款的客户')
  await comparison.setAccountChosen('KA-0015', false)
  await expect.poll(() => comparison.accountHeaders()).toEqual([walmart.name, hualian.name])

  // 进场费 offered: 沃尔玛 ¥50,000, 上海华联 ¥30,000. Lower is better for the supplier.
  const walmartEntry = await comparison.cell('进场费', walmart.id)
  const hualianEntry = await comparison.cell('进场费', hualian.id)
  await expect(walmartEntry).toHaveText('50,000.00')
  await expect(hualianEntry).toHaveText('30,000.00')
  await expect(hualianEntry).toHaveClass(/comparison-best/)
  await expect(walmartEntry).toHaveClass(/comparison-worst/)
  await expect(hualianEntry.locator('.comparison-cell')).toHaveAttribute('title', '最优：此项越低对我方越有利')
  // Net revenue: higher is better.
  const netRevenue = [await comparison.cell('净收入', walmart.id), await comparison.cell('净收入', hualian.id)]
  await expect(netRevenue[0]!.locator('.comparison-cell')).toHaveAttribute('title', /越高对我方越有利/)

  // The waterfall of the first account, G to contribution, drawn.
  await expect(comparison.waterfall.locator('svg').first()).toBeVisible()
  await expect(comparison.waterfall.getByTestId('comparison-waterfall-account')).toHaveValue(String(walmart.id))
  await expect(comparison.scatter.locator('svg').first()).toBeVisible()
  await comparison.screenshot(testInfo, 'comparison-zh-CN')

  // Per ¥100 of purchases: entry fee / G × ¥100, in yuan; the terms:compare figure, shown with 2 decimals.
  const perHundred = await callApi<{ rows: { id: string; cells: (number | null)[] }[] }>(request, workbench, 'terms:compare', {
    accountIds: [walmart.id, hualian.id],
    year: 2026,
    side: 'offer',
    isPerHundredYuan: true
  })
  const entryPerHundred = perHundred.rows.find((row) => row.id === 'term:entry')!.cells
  await comparison.setPerHundredYuan(true)
  await expect(await comparison.cell('进场费', walmart.id)).toHaveText((entryPerHundred[0]! / 100).toFixed(2))
  expect(await comparison.unitOf('进场费')).toBe('元/百元进货')
  await comparison.screenshot(testInfo, 'comparison-per-hundred-zh-CN')
  await comparison.setPerHundredYuan(false)

  // Another window raises 上海华联's offered entry fee to ¥9万: now it is the worst, 沃尔玛 the best.
  const sheet = await callApi<{ lines: StoredLine[] }>(request, workbench, 'terms:get', { accountId: hualian.id, year: 2026 })
  const entryLine = sheet.lines.find((line) => line.kind === 'entry')!
  // The comparison hears of the write on the change feed: no Refresh click.
  await callApi(request, workbench, 'terms:update-line', { id: entryLine.id, patch: { offer: { amount: '9万' } } })
  await expect(await comparison.cell('进场费', hualian.id)).toHaveText('90,000.00')
  await expect(await comparison.cell('进场费', hualian.id)).toHaveClass(/comparison-worst/)
  await expect(await comparison.cell('进场费', walmart.id)).toHaveClass(/comparison-best/)
  // Its waterfall follows: fixed fees are ¥60,000 more.
  await comparison.waterfall.getByTestId('comparison-waterfall-account').selectOption(String(hualian.id))
  await expect(comparison.waterfall.locator('svg').first()).toBeVisible()

  // A second window edits 沃尔玛's offered entry fee in the term-sheet grid: ¥50,000 → ¥120,000.
  // This window updates by itself, and 沃尔玛 is now the worst.
  const other = await page.context().newPage()
  await other.goto(workbench.url)
  const terms = new TermsPage(other, testInfo)
  await terms.open()
  await terms.chooseAccount(walmart.name)
  await terms.editCell('进场费', 'offerValue', '120000')
  await expect(await comparison.cell('进场费', walmart.id)).toHaveText('120,000.00')
  await expect(await comparison.cell('进场费', walmart.id)).toHaveClass(/comparison-worst/)
  await expect(await comparison.cell('进场费', hualian.id)).toHaveClass(/comparison-best/)
  await other.close()

  // The same page in English.
  await page.getByTestId('language-toggle').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await expect(comparison.root.locator('h1')).toHaveText('Settlement and entry-fee comparison')
  // Still the two accounts chosen: a language switch keeps the user's choice.
  await expect.poll(() => comparison.accountHeaders()).toEqual([walmart.name, hualian.name])
  await expect(await comparison.cell('Entry fee', hualian.id)).toHaveText('90,000.00')
  await comparison.screenshot(testInfo, 'comparison-en-US')
})

test('a sheet created elsewhere for a new account, and a new year from last year, reach the comparison without a reload', async ({ welcomePage, page, request, workbench }) => {
  await welcomePage.openDemoWorkspace()
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  const comparison = new ComparisonPage(page)
  await comparison.open()
  await expect(page.getByTestId('comparison-accounts')).toContainText('全部有条款的客户')
  await expect.poll(() => comparison.accountHeaders()).toHaveLength(3)

  // Another window (a script here) adds an account and starts its 2026 sheet from 沃尔玛's.
  const added = await callApi<{ id: number; name: string }>(request, workbench, 'accounts:create', { values: { code: 'KA-0900', name: '永辉超市（福州）', format: 'supermarket' } })
  await callApi(request, workbench, 'terms:create-sheet', { accountId: added.id, year: 2026, from: { accountId: walmart.id, year: 2026 } })
  // "All accounts with terms" was chosen: the new one joins the columns, and the picker offers it.
  await expect.poll(() => comparison.accountHeaders()).toContain(added.name)
  // Started from 沃尔玛's signed terms: its agreed entry fee ¥60,000 is the new offer.
  await expect(await comparison.cell('进场费', added.id)).toHaveText('60,000.00')
  await page.getByTestId('comparison-accounts').click()
  const option = page.getByTestId('comparison-account-KA-0900')
  await expect(option.locator('input[type=checkbox]')).toBeChecked()
  await expect(option.locator('input[type=checkbox]')).toBeEnabled()
  await page.getByTestId('comparison-page').locator('h1').click()

  // 沃尔玛's 2027 from last year's signed terms: the year is offered at once.
  await callApi(request, workbench, 'terms:create-sheet', { accountId: walmart.id, year: 2027, from: 'previous-year' })
  await expect(page.getByTestId('comparison-year').locator('option[value="2027"]')).toHaveCount(1)
  await page.getByTestId('comparison-year').selectOption('2027')
  await expect.poll(() => comparison.accountHeaders()).toEqual([walmart.name])
})
