/**
 * The Catalogue page with 100,000 SKUs in the browser mode, as a user opens it from the navigation
 * rail: from the click on 产品目录 to the first animation frame in which the first row's name is
 * visible (target < 1 s), then a quick search for one SKU code: from the input event to the frame
 * that shows that SKU in the first row (target < 150 ms, its own row). Measured on the page's clock, inside
 * the page (no DevTools round trip while it works), a fresh page each load; the first load is
 * cold and printed apart, the median of the others is the row.
 */
import type { Page } from 'playwright-core'
import { clickUntilShown, collectPageErrors, launchPersistentChromium } from '../lib/browser'
import { describeSamples, median } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { copyDataDir, dataDirWithCatalogue } from '../lib/sku-workspaces'
import type { BenchContext, Benchmark } from '../types'

const SKUS = 100_000
const LOADS = 4
const SEARCHES_PER_LOAD = 3
const TIMEOUT_MS = 30_000
/** The whole catalogue behind the first screen: 100,000 SKUs to send and turn into rows. */
const COMPLETE_TIMEOUT_MS = 180_000

/**
 * Types `text` into the search box as one input event; ms until the first row shows `code`. The
 * codes searched are never the first SKU's, so the first row changing to it is the filter applied
 * (rows filtered out may linger in the document for ag-Grid's row animation).
 */
async function searchUntilShown(page: Page, text: string, code: string): Promise<number> {
  return page.evaluate(
    ({ text, code, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="catalogue-search"]')
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
        if (!input || !setValue) return reject(new Error('no search box'))
        const started = performance.now()
        setValue.call(input, text)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        const check = () => {
          const firstCode = document.querySelector('[data-testid="catalogue-grid"] .ag-row[row-index="0"] [col-id="code"]')?.textContent?.trim()
          if (firstCode === code) resolve(performance.now() - started)
          else if (performance.now() - started > timeoutMs) reject(new Error(`search "${text}" did not bring ${code} to the first row after ${timeoutMs} ms (first row ${firstCode ?? 'none'})`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    { text, code, timeoutMs: TIMEOUT_MS }
  )
}

const nameCell = '[data-testid="catalogue-grid"] .ag-row[row-index="0"] [col-id="name"]'

async function measure(context: BenchContext) {
  const source = await dataDirWithCatalogue(context, SKUS)
  const host = await startWebHost(context, copyDataDir(context, source))
  const browserContext = await launchPersistentChromium(context)
  await browserContext.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  const firstRows: number[] = []
  const searches: number[] = []
  const completes: number[] = []
  for (let load = 0; load < LOADS; load += 1) {
    const page = await browserContext.newPage()
    const errors = collectPageErrors(page)
    try {
      await page.goto(host.openUrl)
      await page.getByTestId('nav-catalogue').waitFor({ timeout: TIMEOUT_MS })
      const shown = await clickUntilShown(page, 'nav-catalogue', nameCell).catch((error: unknown) => {
        throw new Error(`${String(error)}${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`)
      })
      firstRows.push(shown)
      // Searching before the whole catalogue is in the grid would search a part: wait for the toolbar.
      const completeFrom = performance.now()
      await page.getByTestId('catalogue-add').and(page.locator(':enabled')).waitFor({ timeout: COMPLETE_TIMEOUT_MS })
      completes.push(shown + performance.now() - completeFrom)
      const loadSearches: number[] = []
      for (let search = 0; search < SEARCHES_PER_LOAD; search += 1) {
        const code = `BENCH-${String(2 + ((load * 7919 + search * 31_337) % (SKUS - 1))).padStart(6, '0')}`
        loadSearches.push(await searchUntilShown(page, code, code))
        await searchUntilShown(page, '', 'BENCH-000001')
      }
      if (load > 0) searches.push(...loadSearches)
      context.log(`load ${load + 1}: first rows ${Math.round(shown)} ms; searches ${loadSearches.map(Math.round).join(', ')} ms`)
    } finally {
      await page.close()
    }
  }
  return { firstRows, searches, completes }
}

let measured: Promise<{ firstRows: number[]; searches: number[]; completes: number[] }> | undefined

/**
 * Both rows come from the same loads (100,000 SKUs seeded once): whichever row runs first
 * measures, the other reads its numbers (they outlive that benchmark's folders and browser).
 */
function loadsFor(context: BenchContext) {
  measured ??= measure(context)
  return measured
}

export const catalogueFirstRows: Benchmark = {
  name: 'Catalogue page, 100,000 SKUs: first rows after navigation',
  unit: 'ms',
  target: 1000,
  timeoutMs: 25 * 60_000,
  async run(context) {
    const { firstRows, searches, completes } = await loadsFor(context)
    const [cold, ...warm] = firstRows
    context.samples(warm)
    context.note(`first (cold) load: ${Math.round(cold as number)} ms; the next ${warm.length}: ${describeSamples(warm)}`)
    context.note(`whole catalogue in the grid (editing enabled), by the wall clock from the click: ${describeSamples(completes)}`)
    context.note(`quick search for one code in the same loads: ${describeSamples(searches)}`)
    return median(warm)
  }
}

export const catalogueQuickSearch: Benchmark = {
  name: 'Catalogue page, 100,000 SKUs: quick search result shown',
  unit: 'ms',
  target: 150,
  timeoutMs: 15 * 60_000,
  async run(context) {
    const { searches } = await loadsFor(context)
    context.samples(searches)
    context.note(`typed as one input event, to the frame showing that SKU in the first row (the layer waits 30 ms for typing to pause; the first search of a load also builds the per-row search text): ${describeSamples(searches)}`)
    return median(searches)
  }
}
