/**
 * End-to-end tests: the real renderer and API in browser mode (`node out/main/web.js`), driven in
 * Debian's Chromium. Run with `npx electron-vite build && npx playwright test -c test/e2e/playwright.config.ts`.
 * Paths here are relative to this folder.
 */
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './chromium'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Two cores on CI: one browser plus one host process at a time.
  workers: 1,
  fullyParallel: false,
  // On CI (a loaded two-core machine) a failed spec runs once more; one that passes only then is
  // listed as "flaky" in the report, to be fixed, not ignored. Locally every failure shows.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  globalSetup: './global-setup.ts',
  reporter: [['list'], ['html', { outputFolder: '.output/report', open: 'never' }]],
  outputDir: '.output/results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Specs that need another locale set it with test.use({ locale }).
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    // Traces cost ~10 % of the run; add `--trace retain-on-failure` to the command line to debug a failure.
    trace: 'off',
    acceptDownloads: true,
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    launchOptions: {
      // The global setup reports a missing browser with one line; here undefined just defers to it.
      executablePath: findChromium(),
      args: CHROMIUM_ARGS
    }
  }
})
