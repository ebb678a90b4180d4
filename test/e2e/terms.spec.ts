/**
 * The term sheet 合同条款 on a demo account (沃尔玛（中国）华南区, KA-0001, 2026, 27 planned SKUs): a
 * term edited in the grid moves the economics, a payment term past 60 days raises the warning
 * and its undo takes it away; a scenario changed, compared with the offer, promoted and undone.
 * Screenshots in both languages with a scenario open (test/e2e/.output/screenshots/terms-<lang>.png).
 *
 * Our offer's fixed fees, worked by hand from resources/demo/terms.json:
 *   entry 50,000 + barcode 500 × 27 SKUs = 13,500 + anniversary 10,000 × 1 + festival 8,000 × 2
 *   + DM 4,000 × 6 + floor stack 5,000 × 4 + end cap 2,500 × 6 + system 3,000
 *   = 50,000 + 13,500 + 10,000 + 16,000 + 24,000 + 20,000 + 15,000 + 3,000 = ¥151,500.00.
 */
import { test, expect } from './fixtures'
import { TermsPage } from './pages/TermsPage'

const WALMART = '沃尔玛（中国）华南区'

test.beforeEach(async ({ welcomePage }) => {
  await welcomePage.openDemoWorkspace()
})

test('a term edited in the grid moves the economics; a payment term over 60 days warns, and undo takes it back', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')

  // Entry fee 50,000 → 90,000: fixed fees + 40,000 = 191,500; the line's annual amount follows.
  await terms.editCell('进场费', 'offerValue', '90000')
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥191,500.00')
  // The lines' annual amounts show with the side panel hidden (beside it, the panel has the totals).
  await page.getByTestId('terms-panel-toggle').click()
  await expect(await terms.cell('进场费', 'offerAmount')).toHaveText('¥90,000.00')
  await page.getByTestId('terms-panel-economics').click()
  // The ask and the agreed terms did not move.
  await expect(terms.figure('fixedFeesFen', 'agreed')).not.toHaveText('¥191,500.00')

  // Monthly statement 30 days (effective 45) → 60 days: effective 75 > 60, the 2006 measures' cap.
  await expect(terms.warning('paymentOver60Days')).toHaveCount(0)
  await expect(terms.figure('effectivePaymentDays', 'offer')).toHaveText('45')
  await page.getByTestId('payment-days-offer').fill('60')
  await page.getByTestId('payment-days-offer').press('Enter')
  await expect(terms.figure('effectivePaymentDays', 'offer')).toHaveText('75')
  await expect(terms.warning('paymentOver60Days')).toHaveCount(1)
  await expect(terms.warning('paymentOver60Days')).toContainText('实际账期 75 天，超过收货后 60 天的上限')
  await expect(terms.warning('paymentOver60Days')).toContainText('第十四条')

  await terms.undo()
  await expect(terms.figure('effectivePaymentDays', 'offer')).toHaveText('45')
  await expect(terms.warning('paymentOver60Days')).toHaveCount(0)
  await terms.undo()
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
})

test('a scenario: change a line, see the delta against the offer, promote it, undo', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await terms.createScenario('让步方案')
  // Entry fee 50,000 → 40,000 in the scenario: fixed fees 151,500 → 141,500, a delta of −10,000.
  await terms.setScenarioValue('进场费', '40000')
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  await expect(terms.scenarioFigure('fixedFeesFen')).toContainText('¥141,500.00')
  // The offer itself is unchanged until the scenario is promoted.
  await expect(await terms.cell('进场费', 'offerValue')).toHaveText('¥50,000.00')

  await terms.scenarios.getByTestId('scenario-promote').click()
  await expect(await terms.cell('进场费', 'offerValue')).toHaveText('¥40,000.00')
  await terms.page.getByTestId('terms-panel-economics').click()
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥141,500.00')

  await terms.undo()
  await expect(await terms.cell('进场费', 'offerValue')).toHaveText('¥50,000.00')
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test.describe(`term sheet in ${language}`, () => {
    test.use({ locale: language })
    test(`screenshots, ${language}`, async ({ page }, testInfo) => {
      const terms = new TermsPage(page, testInfo)
      if (language !== 'zh-CN') {
        await page.getByTestId('language-toggle').click()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
      }
      await terms.open()
      await terms.chooseAccount(WALMART)
      await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
      await terms.dismissToasts()
      await terms.screenshot(`terms-${language}`)
      await terms.createScenario(language === 'zh-CN' ? '让步方案' : 'Concession A')
      await terms.setScenarioValue(language === 'zh-CN' ? '进场费' : 'Entry fee', '40000')
      await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
      await terms.dismissToasts()
      await terms.screenshot(`terms-scenario-${language}`)
    })
  })
}
