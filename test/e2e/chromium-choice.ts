/**
 * Which Chromium the end-to-end tests use, and what to do when there is none: the decision alone,
 * with the file system, Playwright and the download passed in, so a unit test can walk every case
 * without a browser or a network (test/unit/e2e-chromium-choice.test.ts).
 */

export const NO_CHROMIUM_MESSAGE = "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set KA_CHROMIUM_PATH."
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** What the machine has, as the decision sees it. */
export interface ChromiumProbe {
  /** KA_CHROMIUM_PATH, when set and not empty. */
  envPath: string | undefined
  isFile(filePath: string): boolean
  /** Where Playwright keeps its own browser (whether or not it was downloaded), or undefined. */
  playwrightPath(): string | undefined
}

export type ChromiumChoice =
  | { kind: 'found'; path: string; source: 'env' | 'debian' | 'playwright' }
  /** The person named a browser that is not there: say so rather than download another one. */
  | { kind: 'env-missing'; path: string }
  | { kind: 'none' }

/** KA_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's downloaded browser. */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  if (probe.envPath) return probe.isFile(probe.envPath) ? { kind: 'found', path: probe.envPath, source: 'env' } : { kind: 'env-missing', path: probe.envPath }
  if (probe.isFile(DEBIAN_CHROMIUM)) return { kind: 'found', path: DEBIAN_CHROMIUM, source: 'debian' }
  const downloaded = probe.playwrightPath()
  if (downloaded && probe.isFile(downloaded)) return { kind: 'found', path: downloaded, source: 'playwright' }
  return { kind: 'none' }
}

/** The message for a choice that has no browser. */
export function missingChromiumMessage(choice: Exclude<ChromiumChoice, { kind: 'found' }>): string {
  return choice.kind === 'env-missing' ? `KA_CHROMIUM_PATH points to ${choice.path}, which does not exist. ${NO_CHROMIUM_MESSAGE}` : NO_CHROMIUM_MESSAGE
}

export type EnsuredChromium = { ok: true; path: string; hasDownloaded: boolean } | { ok: false; message: string }

/**
 * The browser to test with, downloading Playwright's own (`npx playwright install chromium`) when
 * the machine has none, so `npm install && npm test` works on a fresh laptop. `install` answers
 * whether the download finished; when it cannot reach the download (offline, a build machine
 * behind a firewall) the run stops with the one-line Debian hint. A KA_CHROMIUM_PATH that points
 * nowhere is a mistake to report, not a reason to download.
 */
export function ensureChromium(probe: ChromiumProbe, install: () => boolean): EnsuredChromium {
  const first = chooseChromium(probe)
  if (first.kind === 'found') return { ok: true, path: first.path, hasDownloaded: false }
  if (first.kind === 'env-missing') return { ok: false, message: missingChromiumMessage(first) }
  if (!install()) return { ok: false, message: NO_CHROMIUM_MESSAGE }
  const second = chooseChromium(probe)
  // A download that "succeeded" but left no browser where Playwright looks is still no browser.
  if (second.kind !== 'found') return { ok: false, message: NO_CHROMIUM_MESSAGE }
  return { ok: true, path: second.path, hasDownloaded: true }
}
