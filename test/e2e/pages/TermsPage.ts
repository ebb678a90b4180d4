import { expect, type Locator, type Page, type Response, type TestInfo } from '@playwright/test'
import { takeScreenshot } from './screenshot'

const EDITOR = '.ag-cell-inline-editing input, .ag-popup-editor input'
const isApiCall = (channel: string) => (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/${channel}`

/**
 * The term-sheet page 合同条款: rows are `.ag-row[row-id=<line id>]`, cells `[col-id=<column>]`
 * (name, basis, askValue, offerCount, agreedAmount…); the economics panel's figures are
 * `figure-<key>-<side>`, the warnings `terms-warning` (data-code), the scenarios `scenario-*`.
 */
export class TermsPage {
  readonly root: Locator
  readonly grid: Locator
  readonly economics: Locator
  readonly warnings: Locator
  readonly scenarios: Locator
  readonly editor: Locator

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo
  ) {
    this.root = page.getByTestId('terms-page')
    this.grid = page.getByTestId('terms-grid')
    this.economics = page.getByTestId('terms-economics')
    this.warnings = page.getByTestId('terms-warnings')
    this.scenarios = page.getByTestId('terms-scenarios')
    this.editor = page.locator(EDITOR).first()
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-terms').click()
    await expect(this.root).toBeVisible()
  }

  async chooseAccount(name: string): Promise<void> {
    await this.page.getByTestId('terms-account').click()
    await this.page.getByTestId('terms-account-search').fill(name)
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click()
    await expect(this.page.getByTestId('terms-account')).toContainText(name)
    await expect(this.grid.locator('.ag-row[row-id]').first()).toBeVisible()
  }

  /**
   * The id of the row whose term column shows this label, in the sheet now chosen: a row id read
   * while the previous sheet (another year, another account) is still on screen goes stale.
   */
  async rowIdOf(label: string): Promise<string> {
    await expect
      .poll(async () => {
        const chosen = await this.root.getAttribute('data-chosen-sheet')
        return chosen !== null && chosen === (await this.root.getAttribute('data-shown-sheet'))
      })
      .toBe(true)
    const row = this.grid.locator('.ag-row[row-id]', { has: this.page.locator('[col-id="name"]', { hasText: new RegExp(`^${label}$`) }) }).first()
    await expect(row).toBeVisible()
    return (await row.getAttribute('row-id')) ?? ''
  }

  async cell(label: string, colId: string): Promise<Locator> {
    const rowId = await this.rowIdOf(label)
    const cell = this.grid.locator(`.ag-row[row-id="${rowId}"] [col-id="${colId}"]`)
    await cell.scrollIntoViewIfNeeded()
    return cell
  }

  /** Double-clicks a line's cell, types, presses Enter; waits for the stored line and the economics after it. */
  async editCell(label: string, colId: string, text: string): Promise<void> {
    const cell = await this.cell(label, colId)
    await cell.dblclick()
    await expect(this.editor).toBeVisible()
    await this.editor.fill(text)
    const stored = this.page.waitForResponse(isApiCall('terms:update-line'))
    const recomputed = this.page.waitForResponse(isApiCall('terms:economics'))
    await this.editor.press('Enter')
    expect((await (await stored).json()) as { ok: boolean }).toMatchObject({ ok: true })
    await recomputed
  }

  figure(key: string, side: 'ask' | 'offer' | 'agreed'): Locator {
    return this.page.getByTestId(`figure-${key}-${side}`)
  }

  warning(code: string): Locator {
    return this.warnings.locator(`[data-testid="terms-warning"][data-code="${code}"]`)
  }

  /** Opens the scenarios panel and creates a scenario from our offer. */
  async createScenario(name: string): Promise<void> {
    await this.page.getByTestId('terms-panel-scenarios').click()
    await this.scenarios.getByTestId('scenario-name').fill(name)
    await this.scenarios.getByTestId('scenario-create').click()
    await expect(this.scenarios.getByTestId('scenario-column').filter({ hasText: name })).toBeVisible()
  }

  /** Types a line's value into the scenario being edited and leaves the field; waits for the new figures. */
  async setScenarioValue(label: string, text: string): Promise<void> {
    const line = this.scenarios.getByTestId('scenario-line').filter({ has: this.page.locator('td', { hasText: new RegExp(`^${label}$`) }) })
    const input = line.locator('input').first()
    await input.fill(text)
    const recomputed = this.page.waitForResponse(isApiCall('terms:scenario-economics'))
    await input.press('Enter')
    await recomputed
  }

  /** A figure of the (first) scenario, and its change against the offer. */
  scenarioFigure(key: string): Locator {
    return this.scenarios.getByTestId(`scenario-${key}`).first()
  }

  scenarioDelta(key: string): Locator {
    return this.scenarios.getByTestId(`scenario-delta-${key}`).first()
  }

  /** How many pixels of the grid's columns are hidden sideways (0 or less: they all fit). */
  sidewaysOverflow(): Promise<number> {
    return this.grid.evaluate((grid) => {
      const scroller = grid.querySelector('.ag-body-horizontal-scroll-viewport')
      return scroller ? scroller.scrollWidth - scroller.clientWidth : Number.POSITIVE_INFINITY
    })
  }

  /** The term names cut short in the grid (text wider than its cell), as the names shown. */
  cutTermNames(): Promise<string[]> {
    return this.grid.evaluate((grid) =>
      [...grid.querySelectorAll<HTMLElement>('.ag-row[row-id] [col-id="name"]')].flatMap((cell) => {
        const parts = [cell, ...cell.querySelectorAll<HTMLElement>('*')]
        const isCut = parts.some((part) => part.scrollWidth > part.clientWidth + 1 || part.scrollHeight > part.clientHeight + 1)
        return isCut ? [cell.innerText] : []
      })
    )
  }

  /**
   * How close the economics table comes to its panel's right edge (px of room; below 8 it touches
   * or spills), and how much of it is hidden sideways.
   */
  economicsTableRoom(): Promise<{ room: number; hidden: number }> {
    return this.economics.evaluate((panel) => {
      const table = panel.querySelector<HTMLElement>('[data-testid="terms-figures"]')
      if (!table) return { room: Number.NEGATIVE_INFINITY, hidden: Number.POSITIVE_INFINITY }
      const wrap = table.parentElement as HTMLElement
      return { room: panel.getBoundingClientRect().right - wrap.getBoundingClientRect().right, hidden: Math.max(table.scrollWidth - wrap.clientWidth, table.getBoundingClientRect().right - wrap.getBoundingClientRect().right) }
    })
  }

  get tiersDialog(): Locator {
    return this.page.getByTestId('tiers-dialog')
  }

  /** Opens the tier editor of the conditional rebate on one side of the sheet. */
  async openTiers(side: 'ask' | 'offer' | 'agreed'): Promise<void> {
    await this.grid.getByTestId(`tiers-edit-${side}`).click()
    await expect(this.tiersDialog).toBeVisible()
  }

  /** Saves the tiers; waits for the dialog to close and the figures after it. */
  async saveTiers(): Promise<void> {
    const recomputed = this.page.waitForResponse((response) => /\/api\/terms:(scenario-)?economics$/.test(new URL(response.url()).pathname))
    await this.tiersDialog.getByTestId('tiers-save').click()
    await expect(this.tiersDialog).toHaveCount(0)
    await recomputed
  }

  /** The scenario editor's value field of a line. */
  scenarioInput(label: string): Locator {
    return this.scenarios.getByTestId('scenario-line').filter({ has: this.page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).locator('input').first()
  }

  /** Ctrl+Z / Ctrl+Y with no field focused, as a person presses them after an edit. */
  async pressUndo(): Promise<void> {
    await this.root.locator('h1').click()
    await this.page.keyboard.press('Control+z')
  }

  async pressRedo(): Promise<void> {
    await this.root.locator('h1').click()
    await this.page.keyboard.press('Control+y')
  }

  async redo(): Promise<void> {
    await this.page.getByTestId('terms-redo').click()
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('terms-undo').click()
  }

  async dismissToasts(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
  }

  screenshot(name: string): Promise<string> {
    return takeScreenshot(this.page, this.testInfo, name)
  }
}
