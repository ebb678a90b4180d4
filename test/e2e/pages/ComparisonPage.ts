import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'
import { takeScreenshot } from './screenshot'

/** The comparison page 结算方式与进场费比对 as a KA manager works it. */
export class ComparisonPage {
  readonly root: Locator
  readonly grid: Locator
  readonly waterfall: Locator
  readonly scatter: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('comparison-page')
    this.grid = page.getByTestId('comparison-grid')
    this.waterfall = page.getByTestId('comparison-waterfall')
    this.scatter = page.getByTestId('comparison-scatter')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-comparison').click()
    await expect(this.root).toBeVisible()
    await expect(this.grid.locator('.ag-row[row-id] .ag-cell[col-id="item"]').first()).toBeVisible()
  }

  /** Ticks or unticks an account (by its code) in the account picker, then closes the picker. */
  async setAccountChosen(code: string, isChosen: boolean): Promise<void> {
    await this.page.getByTestId('comparison-accounts').click()
    const box = this.page.getByTestId(`comparison-account-${code}`).locator('input[type=checkbox]')
    await box.setChecked(isChosen)
    await this.page.keyboard.press('Escape')
    await this.page.getByTestId('comparison-page').locator('h1').click()
  }

  /** The account columns' headers, left to right. */
  async accountHeaders(): Promise<string[]> {
    return this.grid.locator('.ag-header-cell[col-id^="account-"] .ag-header-cell-text').allInnerTexts()
  }

  /** The row id of the row whose item reads `label` (the layer keys rows by number). */
  async rowIdOf(label: string): Promise<string> {
    const item = this.grid.locator('.ag-row[row-id] .ag-cell[col-id="item"]').filter({ hasText: new RegExp(`^${label.replace(/[()（）%]/g, '.')}$`) })
    // Rows off screen are not rendered: scroll down from the top until the row is there. After each
    // scroll, wait until AG Grid has drawn rows at that position (under load it draws a frame or more
    // late, and a fast scroll could pass the row before it was ever drawn).
    const scroll = (to: 'top' | 'down') =>
      this.grid.evaluate((root, where) => {
        // The element that scrolls vertically (its class differs between AG Grid versions).
        const viewport = [...root.querySelectorAll<HTMLElement>('.ag-grid-viewport, .ag-body-viewport, .ag-body-vertical-scroll-viewport')].find((element) => element.scrollHeight > element.clientHeight)
        if (!viewport) return false
        const before = viewport.scrollTop
        viewport.scrollTop = where === 'top' ? 0 : viewport.scrollTop + viewport.clientHeight * 0.5
        return where === 'top' || viewport.scrollTop !== before
      }, to)
    const drawnHere = () =>
      this.grid.evaluate((root) => {
        const viewport = [...root.querySelectorAll<HTMLElement>('.ag-grid-viewport, .ag-body-viewport')].find((element) => element.scrollHeight > element.clientHeight)
        if (!viewport) return true
        const box = viewport.getBoundingClientRect()
        const middle = box.top + Math.min(box.height, viewport.scrollHeight) / 2
        return [...viewport.querySelectorAll<HTMLElement>('.ag-row')].some((row) => {
          const rowBox = row.getBoundingClientRect()
          return rowBox.top <= middle && rowBox.bottom >= middle
        })
      })
    let hasMoved = await scroll('top')
    for (let step = 0; step < 40 && hasMoved; step += 1) {
      await expect.poll(drawnHere).toBe(true)
      if ((await item.count()) > 0) break
      hasMoved = await scroll('down')
    }
    await expect(item).toHaveCount(1)
    const rowId = await item.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id')
    if (!rowId) throw new Error(`no row id for ${label}`)
    return rowId
  }

  async cell(label: string, accountId: number): Promise<Locator> {
    const rowId = await this.rowIdOf(label)
    return this.grid.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="account-${accountId}"]`)
  }

  async unitOf(label: string): Promise<string> {
    const rowId = await this.rowIdOf(label)
    return this.grid.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="unit"]`).innerText()
  }

  async setPerHundredYuan(isOn: boolean): Promise<void> {
    await this.page.getByTestId('comparison-per-hundred').setChecked(isOn)
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
    await takeScreenshot(this.page, testInfo, name)
  }
}
