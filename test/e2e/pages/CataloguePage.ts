import { expect, type Locator, type Page } from '@playwright/test'

/** The Catalogue page 产品目录 as a user works it. */
export class CataloguePage {
  readonly root: Locator
  readonly grid: Locator
  readonly importDialog: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('catalogue-page')
    this.grid = page.getByTestId('catalogue-grid')
    this.importDialog = page.getByTestId('import-dialog')
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
