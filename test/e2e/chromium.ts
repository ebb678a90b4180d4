/**
 * Which Chromium the end-to-end tests drive. Kept free of @playwright/test's test runner so the
 * config, the global setup and the fixtures can all use it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

export const NO_CHROMIUM_MESSAGE = "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set KA_CHROMIUM_PATH."
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

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

/** The browser to launch, or undefined when there is none (the global setup then stops the run). */
export function findChromium(): string | undefined {
  const fromEnv = process.env.KA_CHROMIUM_PATH
  if (fromEnv) return fromEnv
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  try {
    const downloaded = chromium.executablePath()
    if (downloaded && fs.existsSync(downloaded)) return downloaded
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined
}

/** An error Playwright prints as exactly its message: no stack trace under it. */
export function oneLineError(message: string): Error {
  const error = new Error(message)
  error.stack = message
  return error
}

/** KA_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's downloaded browser. */
export function chromiumPath(): string {
  const found = findChromium()
  if (!found) throw oneLineError(NO_CHROMIUM_MESSAGE)
  if (!fs.existsSync(found)) throw oneLineError(`KA_CHROMIUM_PATH points to ${found}, which does not exist. ${NO_CHROMIUM_MESSAGE}`)
  return found
}
