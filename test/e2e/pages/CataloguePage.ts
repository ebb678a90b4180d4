import { expect, type Locator, type Page, type Response } from '@playwright/test'

const EDITOR = '.ag-cell-inline-editing input, .ag-cell-inline-editing textarea, .ag-popup-editor input, .ag-popup-editor textarea'

/** What the host answered to an edit: the API's Result. */
export interface CatalogueEditOutcome {
  ok: boolean
  error?: { code: string; message: string }
}

const isUpdateCall = (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/catalogue:update'

/** The Catalogue page 产品目录 as a user works it. */
export class CataloguePage {
  readonly root: Locator
  readonly grid: Locator
  readonly importDialog: Locator
  readonly toasts: Locator
  readonly cellError: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('catalogue-page')
    this.grid = page.getByTestId('catalogue-grid')
    this.importDialog = page.getByTestId('import-dialog')
    this.toasts = page.getByTestId('toast')
    this.cellError = page.getByTestId('cell-error')
  }

  /** A cell of the SKU's row (rows are `.ag-row[row-id=<SKU id>]`; pinned and scrolled parts alike). */
  cell(skuId: number, colId: string): Locator {
    return this.grid.locator(`.ag-row[row-id="${skuId}"] .ag-cell[col-id="${colId}"]`).first()
  }

  /** Double-clicks a cell, types the text, presses Enter; resolves with the host's answer. */
  async editCell(skuId: number, colId: string, text: string): Promise<CatalogueEditOutcome> {
    await this.cell(skuId, colId).dblclick()
    const editor = this.page.locator(EDITOR).first()
    await expect(editor).toBeVisible()
    await editor.fill(text)
    const answered = this.page.waitForResponse(isUpdateCall)
    await editor.press('Enter')
    return (await (await answered).json()) as CatalogueEditOutcome
  }

  /** Closes every toast, so the next wait sees only new ones. */
  async dismissToasts(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
    await expect(this.toasts).toHaveCount(0)
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-catalogue').click()
    await expect(this.root).toBeVisible()
    await expect(this.grid.locator('.ag-row').first()).toBeVisible()
  }

  /** The row showing this SKU code (searched, so it is on screen). */
  async search(text: string): Promise<void> {
    await this.page.getByTestId('catalogue-search').fill(text)
  }

  rowWithCode(code: string): Locator {
    return this.grid.locator('.ag-cell[col-id="code"]', { hasText: code })
  }

  async chooseImportFile(file: string): Promise<void> {
    await this.page.getByTestId('catalogue-import').click()
    await expect(this.importDialog).toBeVisible()
    await this.importDialog.getByTestId('import-file-input').setInputFiles(file)
    await expect(this.importDialog.getByTestId('import-summary')).toBeVisible()
  }
}
