/**
 * The stakeholder talk card prints on its own; the tick 打印时包含联系方式 decides whether the person's
 * contact details join the printed card. What prints is checked with the print media emulated and
 * the page as the Print button leaves it (the browser's print dialog itself is stubbed out).
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const MOBILE = '13800001234'
const WECHAT = 'luozong-e2e'

/** Presses Print with the dialog stubbed, and shows the page as it would print. */
async function pressPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => undefined
  })
  await page.getByTestId('talk-card-print').click()
  await expect(page.locator('body')).toHaveClass(/printing-talk-card/)
  await page.emulateMedia({ media: 'print' })
}

/** Back to the screen, as the browser does after printing. */
async function afterPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await expect(page.locator('body')).not.toHaveClass(/printing-talk-card/)
  await page.emulateMedia({ media: 'screen' })
}

test('the printed talk card carries the contact details only when the tick says so', async ({ welcomePage, page }) => {
  await welcomePage.open()
  await welcomePage.chooseDemo()
  await page.getByTestId('nav-relationships').click()
  await page.getByTestId('relationships-account').click()
  await page.keyboard.type('天和堂')
  await page.keyboard.press('Enter')
  await expect(page.getByText('这个客户还没有关键人。')).toBeVisible()
  await page.getByTestId('stakeholder-new').click()
  await page.getByTestId('stakeholder-name').fill('罗总')
  await page.getByTestId('stakeholder-department').selectOption('general_manager')
  await page.getByTestId('stakeholder-needs').locator('input[type=checkbox]').first().check()
  await page.locator('#sh-mobile').fill(MOBILE)
  await page.locator('#sh-wechat').fill(WECHAT)
  await page.getByTestId('stakeholder-save').click()
  const card = page.getByTestId('talk-card')
  await expect(card).toContainText('罗总')
  const printHeader = page.getByTestId('talk-print-header')
  const tick = page.getByTestId('talk-card-print-contact')
  await expect(tick).not.toBeChecked()

  // Not ticked: the printed card names the person, and no contact detail.
  await pressPrint(page)
  await expect(printHeader).toBeVisible()
  await expect(printHeader).toContainText('罗总')
  await expect(printHeader).not.toContainText(MOBILE)
  await expect(card).not.toContainText(WECHAT)
  await afterPrint(page)
  // On screen the print header stays hidden (the editor beside the card shows the details).
  await expect(printHeader).toBeHidden()

  // Ticked: the mobile and WeChat join the printed card.
  await tick.check()
  await pressPrint(page)
  await expect(printHeader).toBeVisible()
  await expect(page.getByTestId('talk-print-contact')).toBeVisible()
  await expect(printHeader).toContainText(MOBILE)
  await expect(printHeader).toContainText(WECHAT)
  await afterPrint(page)

  // Unticked again: gone from the print.
  await tick.uncheck()
  await pressPrint(page)
  await expect(printHeader).toBeVisible()
  await expect(printHeader).not.toContainText(MOBILE)
  await afterPrint(page)
})
