/**
 * The assortment matrix 品项矩阵 for 200 accounts × 2,000 SKUs in the browser mode: on the
 * Assortment page, from the click on 品项矩阵 to the first animation frame showing the first
 * SKU's row of statuses (target < 1.5 s), measured inside the page on its own clock, a fresh page
 * each load; the first load is cold and printed apart, the median of the others is the row. The
 * time from the navigation-rail click to the page's grid is printed beside it.
 */
import { clickUntilShown, collectPageErrors, launchPersistentChromium } from '../lib/browser'
import { describeSamples, median } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { copyDataDir, dataDirWithAssortments } from '../lib/sku-workspaces'
import type { Benchmark } from '../types'

const ACCOUNTS = 200
const SKUS = 2000
const LOADS = 6
const TIMEOUT_MS = 30_000

export const assortmentMatrixFirstView: Benchmark = {
  name: 'Assortment matrix, 200 accounts × 2,000 SKUs: first view',
  unit: 'ms',
  target: 1500,
  timeoutMs: 15 * 60_000,
  async run(context) {
    const { dir, lineCount } = await dataDirWithAssortments(context, ACCOUNTS, SKUS)
    context.note(`${ACCOUNTS} accounts × ${SKUS} SKUs, ${lineCount} assortment lines (each account carries about a third)`)
    const host = await startWebHost(context, copyDataDir(context, dir))
    const browserContext = await launchPersistentChromium(context)
    const pageShown: number[] = []
    const matrixShown: number[] = []
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browserContext.newPage()
      const errors = collectPageErrors(page)
      const withErrors = (error: unknown) => {
        throw new Error(`${String(error)}${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`)
      }
      try {
        await page.goto(host.openUrl)
        await page.getByTestId('nav-assortment').waitFor({ timeout: TIMEOUT_MS })
        pageShown.push(await clickUntilShown(page, 'nav-assortment', '[data-testid="assortment-grid"] .ag-row[row-index="0"] [col-id="name"]').catch(withErrors))
        matrixShown.push(await clickUntilShown(page, 'assortment-view-matrix', '[data-testid="assortment-matrix"] tbody tr td.matrix-cell').catch(withErrors))
        context.log(`load ${load + 1}: page ${Math.round(pageShown[load] as number)} ms, matrix ${Math.round(matrixShown[load] as number)} ms`)
      } finally {
        await page.close()
      }
    }
    const [cold, ...warm] = matrixShown
    context.samples(warm)
    context.note(`first (cold) load: ${Math.round(cold as number)} ms; the next ${warm.length}: ${describeSamples(warm)}`)
    context.note(`before it, navigation-rail click → the page's first grid row: ${describeSamples(pageShown.slice(1))}`)
    return median(warm)
  }
}
