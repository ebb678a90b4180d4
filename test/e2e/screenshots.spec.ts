/**
 * Pictures of every page and state in both languages, for review:
 * test/e2e/.output/screenshots/<state>-<lang>.png (also attached to the HTML report).
 */
import path from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const GBK_CSV = path.join(__dirname, '..', 'fixtures', 'e2e', 'accounts-gbk.csv')
const LANGUAGES = ['zh-CN', 'en-US'] as const

/** Untranslated message keys (fields.name, enums.format.x …) shown as text. */
const RAW_KEY = /\b(?:app|nav|status|welcome|enums|fields|fieldHelp|groups|accounts|import|export|common|errors)\.[A-Za-z_]+/
/** Stored codes that only a program would write, and JavaScript's empty values. */
const RAW_TEXT = /\b(?:high_value|hq_direct|regional_direct|not_met|not_qualified|undefined|NaN)\b|\[object Object\]/
const STORED_CODES = new Set(['hypermarket', 'supermarket', 'convenience', 'pharmacy', 'international', 'national', 'regional', 'head', 'emerging', 'brand', 'distributor', 'met', 'unknown', 'qualified', 'pending', 'true', 'false', 'null'])

async function expectNoRawText(page: Page): Promise<void> {
  const text = await page.locator('body').innerText()
  expect(text, 'no message key is shown').not.toMatch(RAW_KEY)
  expect(text, 'no code or empty value is shown').not.toMatch(RAW_TEXT)
  // A cell, pill or option that reads exactly like a stored code was not translated.
  const labels = await page.locator('.ag-cell, .ag-header-cell-text, .pill, option, td, li').allInnerTexts()
  expect(labels.map((label) => label.trim()).filter((label) => STORED_CODES.has(label)), 'cells showing stored codes').toEqual([])
}

for (const language of LANGUAGES) {
  test.describe(`screenshots in ${language}`, () => {
    test.use({ locale: language })

    test(`every page and state, ${language}`, async ({ welcomePage, accountsPage, page }, testInfo) => {
      await welcomePage.open()
      if (language !== 'zh-CN') {
        await page.getByTestId('language-toggle').click()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
      }
      await expect(welcomePage.demoCard).toBeVisible()
      await welcomePage.screenshot(testInfo, `welcome-${language}`)
      await expectNoRawText(page)

      await welcomePage.chooseDemo()
      await accountsPage.open()
      await accountsPage.dismissToasts()
      await accountsPage.screenshot(`accounts-grid-${language}`)
      await expectNoRawText(page)

      // Scrolled right: the KPI and screening columns.
      await accountsPage.showColumn('averageTicketFen', 'nearest')
      await accountsPage.showColumn('conversionRate', 'start')
      await expect(accountsPage.header('screeningVerdict')).toBeVisible()
      await accountsPage.screenshot(`accounts-kpis-screening-${language}`)
      await expectNoRawText(page)

      // The import dialog with the preview of the GBK file (mapping and errors).
      await accountsPage.importFile(GBK_CSV)
      await expect(accountsPage.importDialog.getByTestId('import-errors')).toBeVisible()
      await accountsPage.screenshot(`import-preview-${language}`)
      await expectNoRawText(page)
      await accountsPage.importDialog.getByRole('button', { name: language === 'zh-CN' ? '取消' : 'Cancel', exact: true }).click()
      await expect(accountsPage.importDialog).toBeHidden()

      // The delete confirmation for one account.
      await accountsPage.focusCell(1, 'name')
      await accountsPage.askDelete()
      await accountsPage.screenshot(`delete-confirm-${language}`)
      await expectNoRawText(page)
      await page.getByTestId('confirm-cancel').click()

      // Deleting several ticked accounts: named, first few and "and N more".
      for (const id of await accountsPage.rowIds().then((ids) => ids.slice(0, 7))) await accountsPage.selectRow(id)
      await accountsPage.askDelete()
      await accountsPage.screenshot(`delete-confirm-many-${language}`)
      await expectNoRawText(page)
      await page.getByTestId('confirm-cancel').click()

      // A range of cells, the money unit in 万元 and the summary by group beside the grid.
      await accountsPage.focusCell(1, 'directStores')
      await accountsPage.shiftClick(3, 'annualSalesFen')
      await page.getByTestId('money-unit-wan').click()
      await page.getByTestId('group-summary-toggle').click()
      await expect(page.getByTestId('group-summary')).toBeVisible()
      await accountsPage.screenshot(`accounts-range-summary-${language}`)
      await expectNoRawText(page)

      // The checkbox-list filter of a category column.
      await accountsPage.showColumn('format')
      await accountsPage.grid.locator('.ag-floating-filter[col-id="format"] .ag-floating-filter-button-button').click()
      await expect(page.getByTestId('value-set-filter')).toBeVisible()
      await accountsPage.screenshot(`filter-checkbox-list-${language}`)
      await page.keyboard.press('Escape')

      // Saved views.
      await page.getByTestId('grid-views').click()
      await accountsPage.screenshot(`saved-views-${language}`)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('grid-view-name')).toHaveCount(0)
    })
  })
}
