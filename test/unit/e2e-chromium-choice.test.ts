/**
 * `npm install && npm test` on a fresh laptop: which browser the end-to-end tests use, and when
 * the test command downloads Playwright's own. The machine is described by a probe (files that
 * exist, where Playwright keeps its browser); the download is a stand-in that "installs" a file.
 */
import { describe, expect, it } from 'vitest'
import { chooseChromium, DEBIAN_CHROMIUM, ensureChromium, NO_CHROMIUM_MESSAGE, type ChromiumProbe } from '../e2e/chromium-choice'

const PLAYWRIGHT_CHROMIUM = '/home/li/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'

function laptop(files: string[], envPath?: string): ChromiumProbe & { files: Set<string> } {
  const present = new Set(files)
  return {
    files: present,
    envPath,
    isFile: (filePath) => present.has(filePath),
    playwrightPath: () => PLAYWRIGHT_CHROMIUM
  }
}

/** A download that puts Playwright's browser in place and counts its calls. */
function downloader(machine: { files: Set<string> }, isReachable: boolean) {
  const calls = { count: 0 }
  const install = () => {
    calls.count += 1
    if (isReachable) machine.files.add(PLAYWRIGHT_CHROMIUM)
    return isReachable
  }
  return { calls, install }
}

describe('chooseChromium: KA_CHROMIUM_PATH, then Debian, then Playwright', () => {
  it('takes KA_CHROMIUM_PATH over a Debian chromium that is also there', () => {
    expect(chooseChromium(laptop(['/opt/chrome/chrome', DEBIAN_CHROMIUM], '/opt/chrome/chrome'))).toEqual({ kind: 'found', path: '/opt/chrome/chrome', source: 'env' })
  })

  it('takes Debian chromium over a downloaded Playwright browser', () => {
    expect(chooseChromium(laptop([DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM]))).toEqual({ kind: 'found', path: DEBIAN_CHROMIUM, source: 'debian' })
  })

  it("takes Playwright's browser when it is the only one", () => {
    expect(chooseChromium(laptop([PLAYWRIGHT_CHROMIUM]))).toEqual({ kind: 'found', path: PLAYWRIGHT_CHROMIUM, source: 'playwright' })
  })

  it('finds none on a fresh laptop, even though Playwright names where its browser would go', () => {
    expect(chooseChromium(laptop([]))).toEqual({ kind: 'none' })
  })

  it('finds none when Playwright cannot say where its browser goes', () => {
    expect(chooseChromium({ envPath: undefined, isFile: () => false, playwrightPath: () => undefined })).toEqual({ kind: 'none' })
  })
})

describe('ensureChromium: the test command downloads a browser only when there is none', () => {
  it('does not download when Debian chromium is installed (this build machine)', () => {
    const machine = laptop([DEBIAN_CHROMIUM])
    const download = downloader(machine, true)
    expect(ensureChromium(machine, download.install)).toEqual({ ok: true, path: DEBIAN_CHROMIUM, hasDownloaded: false })
    expect(download.calls.count).toBe(0)
  })

  it("downloads Playwright's Chromium on a fresh laptop and then uses it", () => {
    const machine = laptop([])
    const download = downloader(machine, true)
    expect(ensureChromium(machine, download.install)).toEqual({ ok: true, path: PLAYWRIGHT_CHROMIUM, hasDownloaded: true })
    expect(download.calls.count).toBe(1)
  })

  it('stops with the one-line Debian hint when the download cannot be reached', () => {
    const machine = laptop([])
    const download = downloader(machine, false)
    const ensured = ensureChromium(machine, download.install)
    expect(ensured).toEqual({ ok: false, message: NO_CHROMIUM_MESSAGE })
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium')
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n')
    expect(download.calls.count).toBe(1)
  })

  it('stops with the hint when the download reports success but left no browser', () => {
    const machine = laptop([])
    expect(ensureChromium(machine, () => true)).toEqual({ ok: false, message: NO_CHROMIUM_MESSAGE })
  })

  it('reports a KA_CHROMIUM_PATH that points nowhere instead of downloading another browser', () => {
    const machine = laptop([DEBIAN_CHROMIUM], '/opt/missing/chrome')
    const download = downloader(machine, true)
    const ensured = ensureChromium(machine, download.install)
    expect(ensured).toEqual({ ok: false, message: `KA_CHROMIUM_PATH points to /opt/missing/chrome, which does not exist. ${NO_CHROMIUM_MESSAGE}` })
    expect(download.calls.count).toBe(0)
  })
})
