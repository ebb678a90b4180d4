/**
 * Runs once before any test: stops the whole run with one clear line when there is no browser
 * or the app is not built, instead of every test failing on its own.
 */
import fs from 'node:fs'
import { chromiumPath, NOT_BUILT_MESSAGE, oneLineError, WEB_HOST_SCRIPT } from './chromium'

export default function globalSetup(): void {
  chromiumPath()
  if (!fs.existsSync(WEB_HOST_SCRIPT)) throw oneLineError(NOT_BUILT_MESSAGE)
}
