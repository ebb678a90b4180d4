/**
 * Debian's Chromium through playwright-core (never a downloaded browser), headless, with the
 * flags our build machines need. Closed by the benchmark's cleanup.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { BenchContext } from '../types'
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium'

/** Wide enough that the Accounts grid renders its count columns without scrolling sideways. */
export const VIEWPORT = { width: 1920, height: 1080 }

export async function launchChromium(context: BenchContext): Promise<Browser> {
  // The same Chromium and flags as the end-to-end tests (KA_CHROMIUM_PATH, Debian's, Playwright's);
  // looked up here so a machine without one still runs the benchmarks that need no browser.
  const executablePath = chromiumPath()
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
  context.onCleanup(() => browser.close())
  context.note(`Chromium ${browser.version()} (${executablePath}), headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}`)
  return browser
}

/**
 * Chromium with its own on-disk profile (a temporary folder deleted by the cleanup), as a user's
 * browser and the desktop app run: the HTTP cache and V8's code cache persist from one load to the
 * next, so the second and later loads show what a returning user sees.
 */
export async function launchPersistentChromium(context: BenchContext): Promise<BrowserContext> {
  const executablePath = chromiumPath()
  const browserContext = await chromium.launchPersistentContext(context.tempDir('chromium-profile'), {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT
  })
  context.onCleanup(() => browserContext.close())
  const version = browserContext.browser()?.version()
  context.note(`Chromium${version ? ` ${version}` : ''} (${executablePath}), headless, own profile on disk, viewport ${VIEWPORT.width}×${VIEWPORT.height}`)
  await browserContext.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  return browserContext
}

/**
 * A fresh browser context (own storage, wide viewport), closed by the benchmark's cleanup. tsx
 * compiles with esbuild's keepNames, which wraps named functions inside page functions in
 * `__name(…)` calls: the init script defines it in every page, or page.evaluate would throw.
 */
export async function newBenchContext(context: BenchContext, browser: Browser): Promise<BrowserContext> {
  const browserContext = await browser.newContext({ viewport: VIEWPORT })
  context.onCleanup(() => browserContext.close())
  await browserContext.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  return browserContext
}

/** Fails the benchmark with the page's own errors rather than a bare timeout. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** Selector of the name cell in the grid row shown at `rowIndex` (the pinned-left part of the row). */
export const nameCellSelector = (rowIndex: number): string => `.ag-row[row-index="${rowIndex}"] [col-id="name"]`

/**
 * Resolves when the first data row's name cell shows text and lies inside the viewport; polled
 * on every animation frame, so it ends on the frame that shows it.
 */
export async function waitForFirstRow(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const cell = document.querySelector(selector)
      if (!cell || (cell.textContent ?? '').trim() === '') return false
      const rect = cell.getBoundingClientRect()
      return rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth
    },
    nameCellSelector(0),
    { polling: 'raf', timeout: timeoutMs }
  )
}

declare global {
  interface Window {
    /** Set by the first-row probe: the page's clock (ms since navigation start) at the first frame showing row 0. */
    __benchFirstRowAt?: number
  }
}

/** What the probe logs (console.debug) when it has seen the first row: the bench waits for it. */
const FIRST_ROW_SEEN = '__ka_bench_first_row_seen__'

/**
 * Every page of the context records, on its own clock, the first animation frame in which the
 * first row's name cell has text inside the viewport, and says so on the console. Measured inside
 * the page, so no DevTools round trip and no Playwright script competes with the page while it
 * loads (polling with waitForFunction would evaluate Playwright's injected script on the page's
 * main thread).
 */
export async function installFirstRowProbe(browserContext: BrowserContext): Promise<void> {
  await browserContext.addInitScript(
    ({ selector, seen }: { selector: string; seen: string }) => {
      const check = () => {
        const cell = document.querySelector(selector)
        const rect = cell && (cell.textContent ?? '').trim() !== '' ? cell.getBoundingClientRect() : null
        if (rect && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth) {
          window.__benchFirstRowAt = performance.now()
          console.debug(seen)
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    },
    { selector: nameCellSelector(0), seen: FIRST_ROW_SEEN }
  )
}

/** Resolves when the probe (installFirstRowProbe) has seen the first row of `page`. */
export async function waitForProbedFirstRow(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_ROW_SEEN, timeout: timeoutMs })
}

/**
 * Clicks a test id inside the page and answers the ms, on the page's clock, until `selector` has
 * text inside the viewport (checked each animation frame; no DevTools round trip while it works).
 */
export async function clickUntilShown(page: Page, clickTestId: string, selector: string, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    ({ clickTestId, selector, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLElement>(`[data-testid="${clickTestId}"]`)
        if (!button) return reject(new Error(`no ${clickTestId}`))
        const started = performance.now()
        button.click()
        const check = () => {
          const cell = document.querySelector(selector)
          const rect = cell && (cell.textContent ?? '').trim() !== '' ? cell.getBoundingClientRect() : null
          if (rect && rect.width > 0 && rect.bottom > 0 && rect.top < window.innerHeight) resolve(performance.now() - started)
          else if (performance.now() - started > timeoutMs) reject(new Error(`${selector} not shown after ${timeoutMs} ms`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    { clickTestId, selector, timeoutMs }
  )
}
