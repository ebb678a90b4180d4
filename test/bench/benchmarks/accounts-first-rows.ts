/**
 * The Accounts page with 10,000 accounts in the browser mode: from `page.goto(address)` to the
 * first grid row's name being visible, a fresh page (tab) each time. The browser keeps a profile on
 * disk as a user's browser and the desktop app do, so the first load is cold (nothing cached, the
 * host and Chromium warming up: printed apart) and the median of the loads after it is the row's
 * value: the page as a user opens it every day.
 */
import { collectPageErrors, installFirstRowProbe, launchPersistentChromium, waitForFirstRow } from '../lib/browser'
import { describeSamples, median } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { dataDirWithAccounts } from '../lib/workspace'
import type { Benchmark } from '../types'

const ACCOUNTS = 10_000
/** One cold load, then the loads whose median is reported. */
const LOADS = 8
const LOAD_TIMEOUT_MS = 30_000

export const accountsFirstRows: Benchmark = {
  name: 'Accounts page, 10,000 accounts: first rows visible',
  unit: 'ms',
  target: 1000,
  async run(context) {
    const dataDir = await dataDirWithAccounts(context, ACCOUNTS)
    const host = await startWebHost(context, dataDir)
    const browserContext = await launchPersistentChromium(context)
    await installFirstRowProbe(browserContext)

    const loads: number[] = []
    const inPage: number[] = []
    const phases = new Map<string, number[]>()
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browserContext.newPage()
      const errors = collectPageErrors(page)
      try {
        const started = performance.now()
        await page.goto(host.openUrl, { waitUntil: 'commit' })
        await waitForFirstRow(page, LOAD_TIMEOUT_MS).catch((error: unknown) => {
          throw new Error(`no visible first row after ${LOAD_TIMEOUT_MS} ms${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''} (${String(error)})`)
        })
        loads.push(performance.now() - started)
        // The page's own clock from navigation start, as a cross-check of the wall-clock time.
        const seenAt = await page.evaluate(() => window.__benchFirstRowAt)
        if (seenAt !== undefined) inPage.push(seenAt)
        // Where the time goes: the page's own marks and its API requests, from navigation start.
        const timeline = await page.evaluate(() => [
          ...performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const),
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/'))
            .map((entry) => [`${entry.name.slice(entry.name.indexOf('/api/') + 5)} done`, (entry as PerformanceResourceTiming).responseEnd] as const)
        ])
        for (const [phase, at] of timeline) phases.set(phase, [...(phases.get(phase) ?? []), at])
        const rows = await page.locator('.ag-row[row-index]').count()
        context.log(`load ${load + 1}: ${Math.round(loads[load] as number)} ms (${rows} row elements rendered)`)
      } finally {
        await page.close()
      }
    }
    const [coldLoad, ...warmLoads] = loads
    context.samples(warmLoads)
    context.note(`first (cold) load: ${Math.round(coldLoad as number)} ms; the next ${warmLoads.length}: ${describeSamples(warmLoads)}`)
    if (inPage.length > 0) context.note(`same loads on the page's clock (navigation start → first frame with the row): ${describeSamples(inPage)}`)
    const timeline = [...phases].map(([phase, at]) => [phase, median(at)] as const).sort((a, b) => a[1] - b[1])
    if (timeline.length > 0) context.note(`timeline (median ms from navigation start): ${timeline.map(([phase, at]) => `${phase} ${Math.round(at)}`).join(', ')}`)
    return median(warmLoads)
  }
}
