/**
 * An edit round trip on the Accounts page (browser mode, 10,000 accounts): type a number into an
 * 员工数 (employees) cell and press Enter, 30 times down the column. The measured value is the
 * page's own timing, `window.__kaPerf.edits` (AccountsPage.tsx onCellEditRequest: from the edit
 * request to the animation frame after the grid took the stored row), median of all edits. A
 * probe also times Enter keydown → first frame showing the stored value, on the page's clock.
 * Every edited value is then read back through the HTTP API.
 */
import type { Page } from 'playwright-core'
import type { Account } from '../../../src/shared/domain/accounts/account'
import { collectPageErrors, launchChromium, nameCellSelector, newBenchContext, waitForFirstRow } from '../lib/browser'
import { describeSamples, median, percentile } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { dataDirWithAccounts } from '../lib/workspace'
import type { Benchmark } from '../types'

const ACCOUNTS = 10_000
const EDITS = 30
const COLUMN = 'employees'
const EDIT_TIMEOUT_MS = 10_000

interface FocusedCell {
  rowIndex: number
  rowId: number
  colId: string
}

async function focusedCell(page: Page): Promise<FocusedCell | null> {
  return page.evaluate(() => {
    const cell = document.querySelector('.ag-cell-focus')
    const row = cell?.closest('.ag-row')
    if (!cell || !row) return null
    return {
      rowIndex: Number(row.getAttribute('row-index')),
      rowId: Number(row.getAttribute('row-id')),
      colId: cell.getAttribute('col-id') ?? ''
    }
  })
}

/** Clicks the first row's name cell, then walks right with the arrow key to the column. */
async function focusColumn(page: Page, colId: string): Promise<FocusedCell> {
  await page.click(nameCellSelector(0))
  for (let step = 0; step < 40; step += 1) {
    const focused = await focusedCell(page)
    if (focused?.colId === colId) return focused
    await page.keyboard.press('ArrowRight')
  }
  throw new Error(`could not move the focus to the ${colId} column with the arrow keys`)
}

declare global {
  interface Window {
    /** Set by the probe below: ms from the Enter keydown to the first frame showing the stored value. */
    __benchEdit?: { shownAfter?: number }
  }
}

/**
 * Before an edit: on the next Enter keydown (capture phase, before the grid sees it) start a
 * per-frame check of the cell, and note when it first shows `digits`. Gives up after 10 s.
 */
async function armShownProbe(page: Page, rowId: number, colId: string, digits: string): Promise<void> {
  await page.evaluate(
    ({ selector, digits }) => {
      const probe: { shownAfter?: number } = {}
      window.__benchEdit = probe
      let enterAt = 0
      const check = () => {
        const cell = document.querySelector(selector)
        if (cell && (cell.textContent ?? '').replace(/\D/g, '') === digits) probe.shownAfter = performance.now() - enterAt
        else if (performance.now() - enterAt < 10_000) requestAnimationFrame(check)
      }
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Enter') return
        document.removeEventListener('keydown', onKeyDown, true)
        enterAt = performance.now()
        requestAnimationFrame(check)
      }
      document.addEventListener('keydown', onKeyDown, true)
    },
    { selector: `.ag-row[row-id="${rowId}"] [col-id="${colId}"]`, digits }
  )
}

const editCount = (page: Page): Promise<number> => page.evaluate(() => window.__kaPerf?.edits.length ?? 0)

export const editRoundTrip: Benchmark = {
  name: 'edit round trip (cell edit → stored → grid updated), median',
  unit: 'ms',
  target: 50,
  async run(context) {
    const dataDir = await dataDirWithAccounts(context, ACCOUNTS)
    const host = await startWebHost(context, dataDir)
    const browser = await launchChromium(context)
    const browserContext = await newBenchContext(context, browser)
    const page = await browserContext.newPage()
    const errors = collectPageErrors(page)

    await page.goto(host.openUrl, { waitUntil: 'commit' })
    // The app opens on the home page: go to Accounts as a user would.
    await page.getByTestId('nav-accounts').click({ timeout: 30_000 })
    await waitForFirstRow(page, 30_000)
    let focused = await focusColumn(page, COLUMN)

    const written: { id: number; value: number }[] = []
    const shownAfterEnter: number[] = []
    for (let edit = 0; edit < EDITS; edit += 1) {
      const value = 200_000 + edit * 7
      // Let the previous edit's follow-up work (re-renders) finish, as it would between keystrokes of a person.
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
      const before = await editCount(page)
      await armShownProbe(page, focused.rowId, COLUMN, String(value))
      await page.keyboard.type(String(value))
      await page.keyboard.press('Enter')
      // The grid shows the stored value (the digits of the formatted count)…
      await page
        .waitForFunction(() => window.__benchEdit?.shownAfter !== undefined, null, { timeout: EDIT_TIMEOUT_MS })
        .catch(async (error: unknown) => {
          const shown = await page
            .locator(`.ag-row[row-id="${focused.rowId}"] [col-id="${COLUMN}"]`)
            .first()
            .textContent({ timeout: 100 })
            .catch(() => '?')
          const alert = await page.locator('[data-testid="cell-error"]').textContent({ timeout: 100 }).catch(() => null)
          throw new Error(
            `edit ${edit + 1} (account ${focused.rowId}, ${COLUMN} = ${value}) never showed; the cell shows "${shown}"` +
              (alert ? `, cell error "${alert}"` : '') +
              (errors.length > 0 ? `, page errors: ${errors.join(' | ')}` : '') +
              ` (${String(error).split('\n')[0]})`
          )
        })
      shownAfterEnter.push(await page.evaluate(() => window.__benchEdit?.shownAfter ?? Number.NaN))
      // …and the page has recorded its timing of it.
      await page.waitForFunction((count) => (window.__kaPerf?.edits.length ?? 0) > count, before, { timeout: EDIT_TIMEOUT_MS }).catch(() => {
        throw new Error(`edit ${edit + 1} was shown but window.__kaPerf.edits recorded nothing (AccountsPage.tsx)`)
      })
      written.push({ id: focused.rowId, value })
      // Enter moved the focus one row down (enterNavigatesVerticallyAfterEdit).
      const next = await focusedCell(page)
      if (!next || next.colId !== COLUMN || next.rowIndex !== focused.rowIndex + 1) {
        throw new Error(`after edit ${edit + 1} the focus is on ${JSON.stringify(next)}, expected row ${focused.rowIndex + 1} of ${COLUMN}`)
      }
      focused = next
    }

    const edits = await page.evaluate(() => window.__kaPerf?.edits ?? [])
    if (edits.length !== EDITS) throw new Error(`window.__kaPerf.edits has ${edits.length} entries after ${EDITS} edits`)

    // Sanity check through the API the page uses: every value landed in the database.
    const stored = new Map((await host.call<Account[]>('accounts:list', {})).map((account) => [account.id, account]))
    const wrong = written.filter(({ id, value }) => stored.get(id)?.employees !== value)
    if (wrong.length > 0) {
      const first = wrong[0] as { id: number; value: number }
      throw new Error(`${wrong.length} edits not stored, e.g. account ${first.id}: ${COLUMN} is ${stored.get(first.id)?.employees} not ${first.value}`)
    }
    if (stored.size !== ACCOUNTS) throw new Error(`accounts:list returned ${stored.size} accounts, expected ${ACCOUNTS}`)

    context.samples(edits)
    context.note(`page's timings (__kaPerf.edits): median ${median(edits).toFixed(1)} ms, p90 ${percentile(edits, 90).toFixed(1)} ms, max ${Math.max(...edits).toFixed(1)} ms`)
    context.note(`cross-check on the page's clock (Enter keydown → first frame showing the stored value): median ${median(shownAfterEnter).toFixed(1)} ms`)
    context.note(`${EDITS} of ${EDITS} edited values read back from POST /api/accounts:list (rows ${written[0]?.id}…${written.at(-1)?.id})`)
    context.log(`edits: ${describeSamples(edits)}`)
    return median(edits)
  }
}
