/**
 * The Accounts page with 10,000 accounts in the browser mode: from the click on its navigation item
 * (the app opens on the home page; the item is clicked as soon as it shows) to the first
 * animation frame in which the first grid row's name is visible, on the page's own clock (a probe
 * in the page; the wall-clock time from `page.goto` is printed as a cross-check), a fresh page
 * (tab) each time. The browser keeps a profile on disk as a user's browser and the desktop app do,
 * so the first load is cold (nothing cached, the host and Chromium warming up: printed apart) and
 * the median of the loads after it is the row's value: the page as a user opens it every day.
 */
import { collectPageErrors, installFirstRowProbe, launchPersistentChromium, waitForProbedFirstRow } from '../lib/browser'
import { describeSamples, median } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { dataDirWithAccounts } from '../lib/workspace'
import type { Benchmark } from '../types'

const ACCOUNTS = 10_000
/** One cold load, then the loads whose median is reported. */
const LOADS = 11
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
    const wallClock: number[] = []
    /** The same loads from navigation start (the home page's first view included). */
    const fromStart: number[] = []
    const phases = new Map<string, number[]>()
    let coldTimeline: (readonly [string, number])[] = []
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browserContext.newPage()
      const errors = collectPageErrors(page)
      try {
        const started = performance.now()
        const seen = waitForProbedFirstRow(page, LOAD_TIMEOUT_MS)
        await page.goto(host.openUrl, { waitUntil: 'commit' })
        // The app opens on the home page: the user goes to Accounts by its navigation item, and the
        // row measures from that click (on the page's clock), as the catalogue's row does.
        await page.getByTestId('nav-accounts').waitFor({ timeout: LOAD_TIMEOUT_MS })
        const clickedAt = await page.evaluate(() => {
          const at = performance.now()
          document.querySelector<HTMLElement>('[data-testid="nav-accounts"]')?.click()
          return at
        })
        await seen.catch((error: unknown) => {
          throw new Error(`no visible first row after ${LOAD_TIMEOUT_MS} ms${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''} (${String(error)})`)
        })
        wallClock.push(performance.now() - started)
        const seenAt = await page.evaluate(() => window.__benchFirstRowAt)
        if (seenAt === undefined) throw new Error('the first-row probe reported no time')
        loads.push(seenAt - clickedAt)
        fromStart.push(seenAt)
        // Where the time goes: the page's own marks and its API requests, from navigation start.
        const timeline = await page.evaluate(() => [
          ...performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const),
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/'))
            .map((entry) => [`${entry.name.slice(entry.name.indexOf('/api/') + 5)} done`, (entry as PerformanceResourceTiming).responseEnd] as const)
        ])
        if (load === 0) coldTimeline = timeline
        else for (const [phase, at] of timeline) phases.set(phase, [...(phases.get(phase) ?? []), at])
        const rows = await page.locator('.ag-row[row-index]').count()
        context.log(`load ${load + 1}: ${Math.round(loads[load] as number)} ms (${rows} row elements rendered)`)
      } finally {
        await page.close()
      }
    }
    const [coldLoad, ...warmLoads] = loads
    context.samples(warmLoads)
    context.note(`first (cold) load: ${Math.round(coldLoad as number)} ms; the next ${warmLoads.length}: ${describeSamples(warmLoads)}`)
    context.note(`from navigation start (the home page loaded first, then the click): ${describeSamples(fromStart)}`)
    context.note(`same loads by the wall clock (page.goto → the probe's console message): ${describeSamples(wallClock)}`)
    const describe = (points: readonly (readonly [string, number])[]) =>
      [...points]
        .sort((a, b) => a[1] - b[1])
        .map(([phase, at]) => `${phase} ${Math.round(at)}`)
        .join(', ')
    const timeline = [...phases].map(([phase, at]) => [phase, median(at)] as const)
    if (timeline.length > 0) context.note(`timeline of the loads after the first (median ms from navigation start): ${describe(timeline)}`)
    if (coldTimeline.length > 0) context.note(`timeline of the first (cold) load: ${describe(coldTimeline)}`)
    return median(warmLoads)
  }
}
