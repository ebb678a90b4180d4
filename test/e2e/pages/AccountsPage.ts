import path from 'node:path'
import { expect, type Locator, type Page, type Response, type TestInfo } from '@playwright/test'
import { takeScreenshot } from './screenshot'

export type ExportFormat = 'xlsx' | 'csv'

/** What the host answered to an edit, a paste or an import: the API's Result. */
export interface ApiOutcome<T = unknown> {
  ok: boolean
  value?: T
  error?: { code: string; message: string }
}

const EDITOR = '.ag-cell-inline-editing input, .ag-cell-inline-editing textarea, .ag-popup-editor input, .ag-popup-editor textarea'
const UNDO_DONE = /已撤销|Undone|没有可撤销|Nothing to undo/
const REDO_DONE = /已重做|Redone|没有可重做|Nothing to redo/

const isApiCall = (channel: string) => (response: Response) =>
  response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/${channel}`

async function outcome<T>(response: Response): Promise<ApiOutcome<T>> {
  return (await response.json()) as ApiOutcome<T>
}

/**
 * The Accounts page (AG Grid 36). Rows are `.ag-row[row-id=<account id>]` (one element per row,
 * pinned cells inside it), cells `.ag-cell[col-id=<column>]`; the totals row has row-id "totals".
 * Columns are virtualised, so every cell lookup first scrolls its column into view.
 */
export class AccountsPage {
  readonly root: Locator
  readonly grid: Locator
  readonly toolbar: Locator
  readonly search: Locator
  readonly statusBar: Locator
  readonly saveState: Locator
  readonly toasts: Locator
  readonly cellError: Locator
  readonly confirmDialog: Locator
  readonly importDialog: Locator
  /** The open cell editor's text field. */
  readonly editor: Locator

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo
  ) {
    this.root = page.getByTestId('accounts-page')
    this.grid = page.getByTestId('accounts-grid')
    this.toolbar = page.getByRole('toolbar')
    this.search = page.getByTestId('accounts-search')
    this.statusBar = page.getByTestId('status-bar')
    this.saveState = page.getByTestId('save-state')
    this.toasts = page.getByTestId('toast')
    this.cellError = page.getByTestId('cell-error')
    this.confirmDialog = page.getByRole('alertdialog')
    this.importDialog = page.getByTestId('import-dialog')
    this.editor = page.locator(EDITOR).first()
  }

  /** Goes to the Accounts page by its navigation item (the app opens on the home page) and waits for the grid. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-accounts').click()
    await this.waitForGrid()
  }

  /** Waits until the grid shows rows and its totals row. */
  async waitForGrid(): Promise<void> {
    await expect(this.root).toBeVisible()
    await expect(this.grid.locator('.ag-row[row-id]:not(.ag-row-pinned)').first()).toBeVisible()
    await expect(this.totalsRow()).toBeVisible()
  }

  row(rowId: number | string): Locator {
    return this.grid.locator(`.ag-row[row-id="${rowId}"]`)
  }

  totalsRow(): Locator {
    return this.row('totals')
  }

  /** The column's header cell (the titles row, not the floating filters). */
  header(colId: string): Locator {
    return this.grid.locator(`.ag-header-cell[col-id="${colId}"]:not(.ag-floating-filter)`).first()
  }

  /**
   * Scrolls the grid sideways until the column is fully visible (pinned columns always are);
   * with align 'start' the column lands at the left edge of the scrolling part.
   */
  showColumn(colId: string, align: 'nearest' | 'start' = 'nearest'): Promise<void> {
    // One at a time: lookups started together (Promise.all over cells) would scroll the same
    // viewport against each other.
    const next = this.scrolling.then(() => this.scrollToColumn(colId, align))
    this.scrolling = next.catch(() => undefined)
    return next
  }

  private scrolling: Promise<unknown> = Promise.resolve()

  private async scrollToColumn(colId: string, align: 'nearest' | 'start'): Promise<void> {
    await this.grid.locator('.ag-row').first().waitFor()
    const isShown = await this.page.evaluate(async ({ id, alignment }) => {
      const root = document.querySelector('[data-testid=accounts-grid]') as HTMLElement
      const viewport = root.querySelector('.ag-grid-viewport') as HTMLElement | null
      const selector = `.ag-row .ag-cell[col-id="${CSS.escape(id)}"]`
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      let isSweeping = false
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const cell = root.querySelector(selector)
        if (cell?.closest('.ag-grid-pinned-left-cells, .ag-grid-pinned-right-cells')) return true
        if (!viewport) return cell !== null
        const visibleLeft = root.querySelector('.ag-row .ag-grid-pinned-left-cells')?.getBoundingClientRect().right ?? viewport.getBoundingClientRect().left
        const visibleRight = viewport.getBoundingClientRect().left + viewport.clientWidth
        if (cell) {
          const rect = cell.getBoundingClientRect()
          const maxScroll = viewport.scrollWidth - viewport.clientWidth
          if (alignment === 'start' && Math.abs(rect.left - visibleLeft) > 1 && viewport.scrollLeft < maxScroll) {
            const before = viewport.scrollLeft
            viewport.scrollLeft += rect.left - visibleLeft
            if (viewport.scrollLeft === before) return true
          } else if (rect.left < visibleLeft - 0.5) viewport.scrollLeft -= visibleLeft - rect.left + 1
          else if (rect.right > visibleRight + 0.5) viewport.scrollLeft += rect.right - visibleRight + 1
          else return true
        } else if (!isSweeping) {
          // Not rendered: sweep from the left edge to the right.
          isSweeping = true
          viewport.scrollLeft = 0
        } else {
          const before = viewport.scrollLeft
          viewport.scrollLeft += Math.max(100, (visibleRight - visibleLeft) * 0.8)
          if (viewport.scrollLeft === before) return false
        }
        await nextFrame()
      }
      return false
    }, { id: colId, alignment: align })
    if (!isShown) throw new Error(`Column ${colId} is not shown in the grid (hidden, or no such column)`)
  }

  /** A cell of an account's row, scrolled into view. */
  async cell(rowId: number, colId: string): Promise<Locator> {
    await this.showColumn(colId)
    return this.row(rowId).locator(`.ag-cell[col-id="${colId}"]`)
  }

  /** A cell of the pinned totals row. */
  async totalsCell(colId: string): Promise<Locator> {
    await this.showColumn(colId)
    return this.totalsRow().locator(`.ag-cell[col-id="${colId}"]`)
  }

  /** Account ids of the rows the grid shows, top to bottom (the totals row excluded). */
  async rowIds(): Promise<number[]> {
    return this.grid
      .locator('.ag-row[row-id]:not(.ag-row-pinned)')
      .evaluateAll((rows) =>
        rows
          .map((row) => ({ id: Number(row.getAttribute('row-id')), index: Number(row.getAttribute('row-index')) }))
          .filter((row) => Number.isInteger(row.id))
          .sort((a, b) => a.index - b.index)
          .map((row) => row.id)
      )
  }

  /** Header titles currently rendered, left to right. */
  async headerTitles(): Promise<string[]> {
    return this.grid.locator('.ag-header-cell:not(.ag-floating-filter) .ag-header-cell-text').allInnerTexts()
  }

  /** Clicks a cell: it becomes the focused cell (where a paste starts, what Delete acts on). */
  async focusCell(rowId: number, colId: string): Promise<void> {
    const cell = await this.cell(rowId, colId)
    await cell.click()
    await expect(cell).toHaveClass(/ag-cell-focus/)
  }

  /** Types into the open cell editor and presses Enter; resolves with the host's answer. */
  async typeIntoEditor(text: string): Promise<ApiOutcome> {
    await expect(this.editor).toBeVisible()
    await this.editor.fill(text)
    const answered = this.page.waitForResponse(isApiCall('accounts:update'))
    await this.editor.press('Enter')
    return outcome(await answered)
  }

  /** Double-clicks a cell, types the text, presses Enter; resolves with the host's answer. */
  async editCell(rowId: number, colId: string, text: string): Promise<ApiOutcome> {
    const cell = await this.cell(rowId, colId)
    await cell.dblclick()
    return this.typeIntoEditor(text)
  }

  /** Focuses a cell and just starts typing (the editor opens with the first key), then Enter. */
  async typeIntoCell(rowId: number, colId: string, text: string): Promise<ApiOutcome> {
    await this.focusCell(rowId, colId)
    await this.page.keyboard.type(text)
    await expect(this.editor).toHaveValue(text)
    const answered = this.page.waitForResponse(isApiCall('accounts:update'))
    await this.page.keyboard.press('Enter')
    return outcome(await answered)
  }

  /** Closes every toast, so the next wait sees only new ones. */
  async dismissToasts(): Promise<void> {
    await this.page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()))
    await expect(this.toasts).toHaveCount(0)
  }

  private async pressShortcut(keys: string, done: RegExp): Promise<void> {
    await this.dismissToasts()
    // Shortcuts are page-wide but ignored while typing in a field: leave the search box first.
    await this.page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null
      if (active?.matches('input, textarea, select')) active.blur()
    })
    await this.page.keyboard.press(keys)
    await expect(this.toasts.filter({ hasText: done })).toBeVisible()
    await expect(this.saveState).toHaveClass(/status-save-saved/)
  }

  /** Ctrl+Z, and waits until the undo is stored and reported. */
  undo(): Promise<void> {
    return this.pressShortcut('Control+z', UNDO_DONE)
  }

  /** Ctrl+Y, and waits until the redo is stored and reported. */
  redo(): Promise<void> {
    return this.pressShortcut('Control+y', REDO_DONE)
  }

  /**
   * Pastes text (as Excel puts it on the clipboard: tabs and newlines) at the focused cell, through
   * a real paste event on the grid; resolves with the host's answer to the batch.
   */
  async paste(text: string): Promise<ApiOutcome<{ appliedCount: number; refused: unknown[] }>> {
    const answered = this.page.waitForResponse(isApiCall('accounts:apply-changes'))
    const isDispatched = await this.page.evaluate((clipboardText) => {
      const target = document.activeElement
      if (!target || !target.closest('[data-testid=accounts-grid]')) return false
      const data = new DataTransfer()
      data.setData('text/plain', clipboardText)
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      return true
    }, text)
    if (!isDispatched) throw new Error('Focus a grid cell before pasting (focusCell)')
    return outcome(await answered)
  }

  /**
   * Presses Ctrl+C where the focus is and returns what the grid put on the clipboard (read from
   * the copy event itself, so no clipboard permission is needed).
   */
  async copy(keys = 'Control+c'): Promise<string> {
    await this.page.evaluate(() => {
      const record = (event: ClipboardEvent) => {
        ;(window as unknown as { __copied?: string }).__copied = event.clipboardData?.getData('text/plain') ?? ''
      }
      ;(window as unknown as { __copied?: string }).__copied = undefined
      window.addEventListener('copy', record, { once: true })
    })
    await this.page.keyboard.press(keys)
    await expect.poll(() => this.page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).not.toBeUndefined()
    return (await this.page.evaluate(() => (window as unknown as { __copied?: string }).__copied)) ?? ''
  }

  /** Shift+click on a cell: the range from the focused cell to this one. */
  async shiftClick(rowId: number, colId: string): Promise<void> {
    const cell = await this.cell(rowId, colId)
    await cell.click({ modifiers: ['Shift'] })
  }

  /** Cells drawn as part of the selected range. */
  rangeCells(): Locator {
    return this.grid.locator('.ag-cell.cell-in-range')
  }

  /** Ticks a row's selection checkbox. */
  async selectRow(rowId: number): Promise<void> {
    const checkbox = this.row(rowId).locator('.ag-cell[col-id="ag-Grid-SelectionColumn"] input[type=checkbox]')
    await checkbox.check()
  }

  /** Clicks Add; the new row opens its name editor. Resolves with the created account's code. */
  async addAccount(): Promise<string> {
    const answered = this.page.waitForResponse(isApiCall('accounts:create'))
    await this.page.getByTestId('accounts-add').click()
    const created = await outcome<{ code: string; id: number }>(await answered)
    if (!created.ok || !created.value) throw new Error(`accounts:create failed: ${created.error?.message}`)
    return created.value.code
  }

  /** Clicks Delete for the focused or selected rows: the confirmation opens. */
  async askDelete(): Promise<void> {
    await this.page.getByTestId('accounts-delete').click()
    await expect(this.confirmDialog).toBeVisible()
  }

  /** Confirms the open confirmation dialog and waits until the rows are deleted. */
  async confirm(): Promise<void> {
    const answered = this.page.waitForResponse(isApiCall('accounts:delete'))
    await this.page.getByTestId('confirm-ok').click()
    await answered
    await expect(this.confirmDialog).toBeHidden()
  }

  /** The status bar's "shown / total" count (both languages). */
  async rowCounts(): Promise<{ shown: number; total: number }> {
    const text = await this.statusBar.innerText()
    const match = /(\d+) (?:\/|of) (\d+)/.exec(text)
    if (!match) throw new Error(`The status bar shows no row count: ${text}`)
    return { shown: Number(match[1]), total: Number(match[2]) }
  }

  /** Types into the search box and waits until the grid shows fewer (or other) rows than before. */
  async searchFor(text: string): Promise<void> {
    const before = await this.rowCounts()
    await this.search.fill(text)
    await expect.poll(async () => (await this.rowCounts()).shown).not.toBe(before.shown)
    await expect.poll(async () => (await this.rowIds()).length).toBe((await this.rowCounts()).shown)
  }

  /** Opens Import, chooses the file, and waits for the preview (or the file's error). */
  async importFile(file: string): Promise<void> {
    await this.page.getByTestId('accounts-import').click()
    await expect(this.importDialog).toBeVisible()
    await this.page.getByTestId('import-file-input').setInputFiles(file)
    await expect(this.importDialog.getByTestId('import-summary').or(this.importDialog.getByTestId('import-error'))).toBeVisible({ timeout: 20_000 })
  }

  /** Clicks the import dialog's confirm button and waits until the rows are in. */
  async confirmImport(): Promise<ApiOutcome<{ inserted: { id: number; code: string }[]; skipped: number }>> {
    const answered = this.page.waitForResponse(isApiCall('accounts:import-commit'))
    await this.page.getByTestId('import-confirm').click()
    const result = await outcome<{ inserted: { id: number; code: string }[]; skipped: number }>(await answered)
    if (result.ok) await expect(this.importDialog).toBeHidden()
    return result
  }

  /** Export → xlsx or csv; saves the browser download and returns its path. */
  async exportAs(format: ExportFormat): Promise<string> {
    await this.page.getByTestId('accounts-export').click()
    const downloaded = this.page.waitForEvent('download', { timeout: 20_000 })
    await this.page.getByTestId(`export-${format}`).click()
    const download = await downloaded
    const failure = await download.failure()
    if (failure) throw new Error(`The ${format} download failed: ${failure}`)
    const file = this.testInfo.outputPath(download.suggestedFilename())
    await download.saveAs(file)
    return path.resolve(file)
  }

  /** The language toggle in the navigation rail; waits until the page is in the other language. */
  async switchLanguage(): Promise<void> {
    const before = await this.page.locator('html').getAttribute('lang')
    await this.page.getByTestId('language-toggle').click()
    await expect(this.page.locator('html')).not.toHaveAttribute('lang', before ?? '')
    await this.waitForGrid()
  }

  screenshot(name: string): Promise<string> {
    return takeScreenshot(this.page, this.testInfo, name)
  }
}
