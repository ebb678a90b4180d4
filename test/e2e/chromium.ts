/**
 * Which Chromium the end-to-end tests drive. Kept free of @playwright/test's test runner so the
 * config, the global setup and the fixtures can all use it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { chooseChromium, ensureChromium, missingChromiumMessage, type ChromiumProbe } from './chromium-choice'

export { NO_CHROMIUM_MESSAGE } from './chromium-choice'

export const REPO_ROOT = path.resolve(__dirname, '..', '..')
export const WEB_HOST_SCRIPT = path.join(REPO_ROOT, 'out', 'main', 'web.js')
export const NOT_BUILT_MESSAGE = 'Run `npx electron-vite build` first (out/main/web.js is missing).'

/** Flags that keep a headless Chromium quiet and offline on a 2-core CI machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** This machine, as chooseChromium sees it. */
const machineProbe: ChromiumProbe = {
  envPath: process.env.KA_CHROMIUM_PATH || undefined,
  isFile: (filePath) => fs.existsSync(filePath),
  playwrightPath() {
    try {
      return chromium.executablePath() || undefined
    } catch {
      // Playwright has no browser of its own here.
      return undefined
    }
  }
}

/** The browser to launch, or undefined when there is none (the global setup then stops the run). */
export function findChromium(): string | undefined {
  const choice = chooseChromium(machineProbe)
  if (choice.kind === 'found') return choice.path
  // A KA_CHROMIUM_PATH that does not exist is still passed on, so the launch names it.
  return choice.kind === 'env-missing' ? choice.path : undefined
}

/** An error Playwright prints as exactly its message: no stack trace under it. */
export function oneLineError(message: string): Error {
  const error = new Error(message)
  error.stack = message
  return error
}

/** KA_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's downloaded browser. */
export function chromiumPath(): string {
  const choice = chooseChromium(machineProbe)
  if (choice.kind !== 'found') throw oneLineError(missingChromiumMessage(choice))
  return choice.path
}

const PLAYWRIGHT_CLI = path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js')
// Chromium is ~170 MB; a stalled download should still end the run, not hang it.
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000

/** `npx playwright install chromium`, with its progress on the terminal; true when it finished. */
function installPlaywrightChromium(): boolean {
  process.stderr.write('No Chromium found: downloading Playwright\'s own (npx playwright install chromium)…\n')
  const run = spawnSync(process.execPath, [PLAYWRIGHT_CLI, 'install', 'chromium'], { cwd: REPO_ROOT, stdio: 'inherit', timeout: DOWNLOAD_TIMEOUT_MS })
  return run.status === 0
}

/** chromiumPath(), downloading Playwright's browser first when the machine has none (the global setup). */
export function chromiumPathOrDownload(): string {
  const ensured = ensureChromium(machineProbe, installPlaywrightChromium)
  if (!ensured.ok) throw oneLineError(ensured.message)
  return ensured.path
}
