/**
 * The term sheet fits its window: at 1440 × 900 and 1280 × 800, with the economics panel open and
 * with a scenario open, in zh-CN and en-US, the grid's columns fit without a sideways scroll, no
 * term name is cut (the long English ones wrap), and the economics table keeps clear of its
 * panel's edge.
 * Screenshots: test/e2e/.output/screenshots/terms-fit-<width>-<panel>-<lang>.png.
 */
import { test, expect } from './fixtures'
import { TermsPage } from './pages/TermsPage'

const WALMART = '沃尔玛（中国）华南区'

test.beforeEach(async ({ welcomePage }) => {
  await welcomePage.openDemoWorkspace()
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test.describe(`term sheet layout in ${language}`, () => {
    test.use({ locale: language })
    test(`no sideways scroll at 1440 and 1280 wide, ${language}`, async ({ page }, testInfo) => {
      const terms = new TermsPage(page, testInfo)
      if (language !== 'zh-CN') {
        await page.getByTestId('language-toggle').click()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
      }
      await terms.open()
      await terms.chooseAccount(WALMART)
      await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
      await terms.dismissToasts()
      for (const width of [1440, 1280]) {
        await page.setViewportSize({ width, height: width === 1440 ? 900 : 800 })
        await terms.page.getByTestId('terms-panel-economics').click()
        await expect.poll(() => terms.sidewaysOverflow(), { message: `economics open, ${width} wide` }).toBeLessThanOrEqual(0)
        await expect.poll(() => terms.cutTermNames(), { message: `term names beside the economics, ${width} wide` }).toEqual([])
        await expect.poll(() => terms.sidewaysOverflow(), { message: `economics open, rows measured, ${width} wide` }).toBeLessThanOrEqual(0)
        await expect.poll(() => terms.economicsTableRoom(), { message: `economics table, ${width} wide` }).toMatchObject({ hidden: 0 })
        expect((await terms.economicsTableRoom()).room, `economics table's room to the panel edge, ${width} wide`).toBeGreaterThanOrEqual(10)
        await terms.screenshot(`terms-fit-${width}-economics-${language}`)
        if (width === 1440) await terms.createScenario(language === 'zh-CN' ? '让步方案' : 'Concession A')
        else await terms.page.getByTestId('terms-panel-scenarios').click()
        await expect.poll(() => terms.sidewaysOverflow(), { message: `scenario open, ${width} wide` }).toBeLessThanOrEqual(0)
        await expect.poll(() => terms.cutTermNames(), { message: `term names beside the scenarios, ${width} wide` }).toEqual([])
        // Once the wrapped rows have grown (a vertical scrollbar would take room), still no sideways scroll.
        await expect.poll(() => terms.sidewaysOverflow(), { message: `scenario open, rows measured, ${width} wide` }).toBeLessThanOrEqual(0)
        await terms.dismissToasts()
        await terms.screenshot(`terms-fit-${width}-scenarios-${language}`)
      }
    })
  })
}
