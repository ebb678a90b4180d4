import { expect, type Locator, type Page } from '@playwright/test'

type Tab = 'skus' | 'protection' | 'promotions' | 'concessions' | 'sellThrough' | 'versions'

/** The planner page 进场方案: the account's proposal, its key figures, checklist and tabs. */
export class ProposalPage {
  readonly root: Locator
  readonly checklist: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('proposal-page')
    this.checklist = page.getByTestId('readiness-checklist')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-proposal').click()
    await expect(this.root).toBeVisible()
  }

  async chooseAccount(name: string): Promise<void> {
    await this.page.getByTestId('proposal-account').click()
    await this.page.getByTestId('proposal-account-search').fill(name)
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click()
    await expect(this.page.getByTestId('proposal-account')).toContainText(name)
  }

  /** Waits until the account's proposal (or the offer to create one) is shown. */
  async waitForProposal(): Promise<void> {
    await expect(this.page.getByTestId('proposal-key-figures').or(this.page.getByTestId('proposal-empty'))).toBeVisible()
  }

  async createProposal(): Promise<void> {
    await this.page.getByTestId('proposal-create').click()
    await expect(this.page.getByTestId('proposal-key-figures')).toBeVisible()
  }

  async openTab(tab: Tab): Promise<Locator> {
    await this.page.getByTestId(`proposal-tab-${tab}-button`).click()
    const panel = this.page.getByTestId(`proposal-tab-${tab}`)
    await expect(panel).toBeVisible()
    return panel
  }

  keyFigure(code: string): Locator {
    return this.page.locator(`[data-testid="proposal-key-figures"] [data-code="${code}"] .proposal-figure-value`)
  }

  /** Adds an exclusive clause for a territory found by the text typed (a name or a code), over every SKU. */
  async addExclusiveClause(territorySearch: string, territoryCode: string, startDate: string, endDate: string): Promise<void> {
    await this.page.getByTestId('clause-add').click()
    const dialog = this.page.getByTestId('clause-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('clause-territory-search').fill(territorySearch)
    await dialog.getByTestId(`territory-${territoryCode}`).click()
    await dialog.getByTestId('clause-type').selectOption('exclusive')
    await dialog.getByTestId('clause-start').fill(startDate)
    await dialog.getByTestId('clause-end').fill(endDate)
    await dialog.getByTestId('clause-minimum').fill('500000')
    await dialog.getByTestId('clause-save').click()
    await expect(dialog).toBeHidden()
  }

  async addPromotion(options: { kind: string; name: string; start: string; end: string; skuCode: string; baseline: string; funding: string; fees: string }): Promise<void> {
    await this.page.getByTestId('promotion-add').click()
    const dialog = this.page.getByTestId('promotion-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('promotion-kind').selectOption(options.kind)
    await dialog.getByTestId('promotion-name').fill(options.name)
    await dialog.getByTestId('promotion-start').fill(options.start)
    await dialog.getByTestId('promotion-end').fill(options.end)
    await dialog.getByTestId('promotion-baseline').fill(options.baseline)
    await dialog.getByTestId('promotion-funding').fill(options.funding)
    await dialog.getByTestId('promotion-fees').fill(options.fees)
    await dialog.getByTestId(`promotion-sku-${options.skuCode}`).check()
    await dialog.getByTestId('promotion-save').click()
    await expect(dialog).toBeHidden()
  }

  /** Types a value into a grid cell of the row whose `keyColId` cell shows `keyText` (double-click opens the editor, Enter stores it). */
  async editCell(gridTestId: string, keyColId: string, keyText: string, colId: string, value: string): Promise<void> {
    const keyCell = this.page.getByTestId(gridTestId).locator(`.ag-row .ag-cell[col-id="${keyColId}"]`, { hasText: keyText }).first()
    const rowIndex = await keyCell.locator('xpath=ancestor::div[contains(@class, "ag-row")][1]').getAttribute('row-index')
    const cell = this.page.getByTestId(gridTestId).locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`).first()
    await cell.dblclick()
    const editor = cell.locator('input')
    await editor.fill(value)
    await editor.press('Enter')
  }

  async dismissToasts(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
  }
}
