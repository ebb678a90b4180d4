/**
 * The account detail panel: opened from the toolbar for the focused row, edits stored through the
 * grid's own save and undo, refusals shown at the field, the change history listed; screenshots
 * in both languages (test/e2e/.output/screenshots/account-detail-<lang>.png).
 */
import { test, expect, accountByCode } from './fixtures'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('an edit in the panel is stored, shown in the grid and the history, and undone by Ctrl+Z', async ({ workbench, accountsPage, page, request }) => {
  const carrefour = await accountByCode(request, workbench, 'KA-0002')
  await accountsPage.focusCell(carrefour.id, 'name')
  await page.getByTestId('account-detail-toggle').click()
  const panel = page.getByTestId('account-detail')
  await expect(panel).toContainText(carrefour.name)
  const stores = page.getByTestId('account-detail-directStores')
  await expect(stores).toHaveValue(String(carrefour.directStores))

  await stores.fill('31')
  await stores.press('Enter')
  await expect(await accountsPage.cell(carrefour.id, 'directStores')).toHaveText('31')
  expect((await accountByCode(request, workbench, 'KA-0002')).directStores).toBe(31)
  await expect(page.getByTestId('account-detail-history').locator('li').first()).toContainText(`${carrefour.directStores} → 31`)

  await accountsPage.undo()
  await expect(await accountsPage.cell(carrefour.id, 'directStores')).toHaveText(String(carrefour.directStores))
  expect((await accountByCode(request, workbench, 'KA-0002')).directStores).toBe(carrefour.directStores)
  await expect(stores).toHaveValue(String(carrefour.directStores))
})

test('a refused value is reported at the field and nothing is stored', async ({ workbench, accountsPage, page, request }) => {
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  await accountsPage.focusCell(walmart.id, 'name')
  await page.getByTestId('account-detail-toggle').click()
  const stores = page.getByTestId('account-detail-directStores')
  await stores.fill('-5')
  await stores.press('Enter')
  await expect(page.getByTestId('account-detail').getByRole('alert')).toContainText('不能为负数')
  expect((await accountByCode(request, workbench, 'KA-0001')).directStores).toBe(walmart.directStores)
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test.describe(`detail panel in ${language}`, () => {
    test.use({ locale: language })
    test(`screenshot, ${language}`, async ({ workbench, accountsPage, page, request }) => {
      if (language !== 'zh-CN') {
        await page.getByTestId('language-toggle').click()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await accountsPage.waitForGrid()
      }
      const account = await accountByCode(request, workbench, 'KA-0003')
      await accountsPage.focusCell(account.id, 'name')
      await page.getByTestId('account-detail-toggle').click()
      const sales = page.getByTestId('account-detail-annualSalesFen')
      await sales.fill('12亿')
      await sales.press('Enter')
      await expect(page.getByTestId('account-detail-history').locator('li')).toHaveCount(2)
      await accountsPage.dismissToasts()
      await accountsPage.screenshot(`account-detail-${language}`)
      await page.getByTestId('account-detail-history').scrollIntoViewIfNeeded()
      await accountsPage.screenshot(`account-detail-history-${language}`)
    })
  })
}
