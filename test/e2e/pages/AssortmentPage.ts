import { expect, type Locator, type Page } from '@playwright/test'

/** The Assortment page 客户品项: one account's lines, the solver, the structure panel and the matrix. */
export class AssortmentPage {
  readonly root: Locator
  readonly grid: Locator
  readonly panel: Locator
  readonly solver: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('assortment-page')
    this.grid = page.getByTestId('assortment-grid')
    this.panel = page.getByTestId('structure-panel')
    this.solver = page.getByTestId('solver-dialog')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-assortment').click()
    await expect(this.root).toBeVisible()
    await expect(this.grid.locator('.ag-row').first()).toBeVisible()
  }

  async chooseAccount(name: string): Promise<void> {
    await this.page.getByTestId('assortment-account').click()
    await this.page.getByTestId('assortment-account-search').fill(name)
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click()
    await expect(this.page.getByTestId('assortment-account')).toContainText(name)
    // The picker shows the name before the lines arrive: wait until the grid shows this account's
    // lines and none of the previous account's.
    const chosen = await this.page.getByTestId('assortment-account').getAttribute('data-account-id')
    await expect(this.root).toHaveAttribute('data-shown-account', chosen ?? 'none')
  }

  /** A line's cell (rows are the lines' ids). */
  cell(lineId: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-id="${lineId}"] .ag-cell[col-id="${colId}"]`).first()
  }

  /** Ticks a line's selection checkbox. */
  async tick(lineId: number): Promise<void> {
    await this.grid.locator(`.ag-row[row-id="${lineId}"] .ag-cell[col-id="ag-Grid-SelectionColumn"] input[type=checkbox]`).first().check()
  }

  /** The totals row's label names how many planned lines there are. */
  totalsLabel(): Locator {
    return this.grid.locator('.row-totals [col-id="name"]').first()
  }

  /** Ticks every line (the header checkbox). */
  async selectAll(): Promise<void> {
    await this.grid.locator('.ag-header-select-all').first().click()
  }

  plannedValue(): Locator {
    return this.page.getByTestId('structure-planned-value')
  }

  /** The front-margin texts of the lines shown (not the totals). */
  frontMargins(): Promise<string[]> {
    return this.grid.locator('.ag-row:not(.row-totals) [col-id="frontMargin"]').allInnerTexts()
  }

  async dismissToasts(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
  }
}
