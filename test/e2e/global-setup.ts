/**
 * Runs once before any test: downloads Playwright's Chromium when the machine has no browser (a
 * fresh laptop), and stops the whole run with one clear line when there is still none or the app
 * is not built, instead of every test failing on its own.
 */
import fs from 'node:fs'
import { chromiumPathOrDownload, NOT_BUILT_MESSAGE, oneLineError, WEB_HOST_SCRIPT } from './chromium'

export default function globalSetup(): void {
  chromiumPathOrDownload()
  if (!fs.existsSync(WEB_HOST_SCRIPT)) throw oneLineError(NOT_BUILT_MESSAGE)
}
