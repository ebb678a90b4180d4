/**
 * The catalogue and assortment pages as a KA manager uses them: import a small catalogue, add
 * SKUs to an account from its whitespace, solve supply prices to a 60% front margin, see the
 * structure summary follow, and undo the solve. Screenshots of each page and dialog in both
 * languages go to test/e2e/.output/screenshots/.
 */
import fs from 'node:fs'
import { test, expect } from './fixtures'
import { takeScreenshot } from './pages/screenshot'
import { CataloguePage } from './pages/CataloguePage'
import { AssortmentPage } from './pages/AssortmentPage'

const NEW_SKUS_CSV = ['SKU 编码,品名,规格,单位,品类,品牌,单位成本,供货价,建议零售价', 'E2E-001,测试维生素C片,60片/瓶,瓶,维矿补充,华康,5.00,9.90,19.80', 'E2E-002,测试板蓝根颗粒,20袋/盒,盒,感冒用药,华康,3.20,6.50,12.00'].join('\n')

// Several pages, dialogs and screenshots per test on a shared build machine: more than the default minute.
test.setTimeout(180_000)

/** "¥1,234.56" → 123456 fen. */
const fenOf = (text: string): number => Math.round(Number(text.replace(/[^\d.-]/g, '')) * 100)
/** "59.9%" → 59.9. */
const percentOf = (text: string): number => Number(text.replace('%', ''))

test('import a catalogue, add whitespace SKUs, solve to 60 %, summary follows, undo the solve', async ({ welcomePage, page }, testInfo) => {
  await welcomePage.openDemoWorkspace()
  const catalogue = new CataloguePage(page)
  await catalogue.open()

  const file = testInfo.outputPath('catalogue-small.csv')
  fs.writeFileSync(file, NEW_SKUS_CSV)
  await catalogue.chooseImportFile(file)
  await expect(catalogue.importDialog.getByTestId('import-summary')).toContainText('2')
  await catalogue.importDialog.getByTestId('import-confirm').click()
  await expect(catalogue.importDialog).toBeHidden()
  await catalogue.search('E2E-00')
  await expect(catalogue.rowWithCode('E2E-001')).toBeVisible()
  await expect(catalogue.rowWithCode('E2E-002')).toBeVisible()

  const assortment = new AssortmentPage(page)
  await assortment.open()
  const totalsBefore = await assortment.totalsLabel().innerText()
  const countsBefore = await page.getByTestId('structure-counts').innerText()

  // The imported SKUs are carried by nobody: they are in this account's whitespace.
  const whitespaceRow = assortment.panel.getByTestId('whitespace-row').filter({ hasText: 'E2E-001' })
  await whitespaceRow.locator('input[type=checkbox]').check()
  await assortment.panel.getByTestId('whitespace-add').click()
  await expect(assortment.grid.locator('.ag-cell[col-id="code"]', { hasText: 'E2E-001' })).toBeVisible()
  await expect(assortment.totalsLabel()).not.toHaveText(totalsBefore)
  await expect(page.getByTestId('structure-counts')).not.toHaveText(countsBefore)
  await expect(assortment.panel.getByTestId('whitespace-row').filter({ hasText: 'E2E-001' })).toHaveCount(0)

  // Solve every line's supply price to a 60 % front margin, previewed first.
  await assortment.dismissToasts()
  const valueBefore = fenOf(await assortment.plannedValue().innerText())
  await assortment.selectAll()
  await page.getByTestId('assortment-solve').click()
  await expect(assortment.solver).toBeVisible()
  await assortment.solver.getByTestId('solver-target').fill('60')
  await expect(assortment.solver.getByTestId('solver-row').first()).toBeVisible()
  await assortment.solver.getByTestId('solver-apply').click()
  await expect(assortment.solver).toBeHidden()
  // Every line with a retail price now makes at least 60 % (rounded down to the fen, so ≥).
  await expect
    .poll(async () => (await assortment.frontMargins()).filter((text) => text.trim() !== '').every((text) => percentOf(text) >= 60))
    .toBe(true)
  await expect.poll(async () => fenOf(await assortment.plannedValue().innerText())).not.toBe(valueBefore)

  // One Ctrl+Z undoes the whole solve: the planned value is back.
  await assortment.dismissToasts()
  await page.getByTestId('assortment-undo').click()
  await expect.poll(async () => fenOf(await assortment.plannedValue().innerText())).toBe(valueBefore)
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test(`catalogue and assortment screenshots, ${language}`, async ({ welcomePage, page }, testInfo) => {
    await welcomePage.open()
    if (language !== 'zh-CN') {
      await page.getByTestId('language-toggle').click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
    }
    await welcomePage.chooseDemo()
    const catalogue = new CataloguePage(page)
    await catalogue.open()
    await takeScreenshot(page, testInfo, `catalogue-grid-${language}`)

    const file = testInfo.outputPath('catalogue-small.csv')
    fs.writeFileSync(file, NEW_SKUS_CSV)
    await catalogue.chooseImportFile(file)
    await takeScreenshot(page, testInfo, `catalogue-import-${language}`)
    await page.locator('.modal .modal-actions .button').first().click()
    await expect(catalogue.importDialog).toBeHidden()

    await catalogue.grid.locator('.ag-row .ag-checkbox-input').first().check()
    await page.getByTestId('catalogue-delete').click()
    await expect(page.getByTestId('delete-impact')).not.toHaveText(/加载|Loading/)
    await takeScreenshot(page, testInfo, `catalogue-delete-${language}`)
    await page.getByTestId('confirm-cancel').click()

    const assortment = new AssortmentPage(page)
    await assortment.open()
    await expect(assortment.panel.getByTestId('structure-abc-chart').locator('svg')).toBeVisible()
    await takeScreenshot(page, testInfo, `assortment-grid-${language}`)

    await assortment.selectAll()
    await page.getByTestId('assortment-solve').click()
    await assortment.solver.getByTestId('solver-target').fill('60')
    await takeScreenshot(page, testInfo, `assortment-solver-${language}`)
    await page.locator('.modal .modal-actions .button').first().click()

    await page.getByTestId('assortment-bulk-price').click()
    await takeScreenshot(page, testInfo, `assortment-bulk-price-${language}`)
    await page.locator('.modal .modal-actions .button').first().click()

    await page.getByTestId('assortment-copy').click()
    await takeScreenshot(page, testInfo, `assortment-copy-${language}`)
    await page.locator('.modal .modal-actions .button').first().click()

    await page.getByTestId('assortment-view-matrix').click()
    await expect(page.getByTestId('assortment-matrix').locator('table')).toBeVisible()
    await takeScreenshot(page, testInfo, `assortment-matrix-${language}`)
  })
}
