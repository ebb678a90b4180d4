import path from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

/** Where the review screenshots go: test/e2e/.output/screenshots/<name>.png. */
export const SCREENSHOT_DIR = path.join(__dirname, '..', '.output', 'screenshots')

/** A full-page screenshot, saved for review and attached to the test's report. */
export async function takeScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  // No caret blinking or half-finished transitions in the pictures.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' })
  await testInfo.attach(name, { path: file, contentType: 'image/png' })
  return file
}
