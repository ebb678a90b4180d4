/**
 * The home page 工作台首页 over a big workspace: 2,000 accounts (each with two term sheets, a third
 * of the current ones with a payment warning), 5,000 opportunities spread over the funnel's stages
 * (a tenth closed) and 50,000 activities, a fifth with an open next step around today. Measured in the browser mode from the click on 首页 to the frame showing its next steps
 * and its funnel chart (target < 1 s), a fresh page each load; the first load is cold and printed
 * apart, the median of the others is the row. Accounts come through accounts:apply-changes as a
 * paste would; the opportunities and activities are written straight into their tables in one
 * transaction (55,000 service calls would only time the seeding).
 */
import type { Page } from 'playwright-core'
import { makeAccountRows } from '../../helpers/account-fixtures'
import { FUNNEL_STAGES } from '../../../src/shared/domain/pipeline'
import { collectPageErrors, launchPersistentChromium } from '../lib/browser'
import { describeSamples, median } from '../lib/stats'
import { startWebHost } from '../lib/web-host'
import { copyDataDir } from '../lib/sku-workspaces'
import { openBenchWorkbench } from '../lib/workspace'
import type { Benchmark, BenchContext } from '../types'

const ACCOUNTS = 2000
const OPPORTUNITIES = 5000
const ACTIVITIES = 50_000
const LOADS = 6
const TIMEOUT_MS = 30_000

const isoDay = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

export async function homeWorkspace(context: BenchContext): Promise<string> {
  const dir = context.tempDir('home')
  const bench = openBenchWorkbench(context, dir)
  try {
    await bench.call('workspace:init', { kind: 'empty' })
    const started = performance.now()
    const { created } = await bench.call('accounts:apply-changes', { updates: [], creates: makeAccountRows(ACCOUNTS, 7) })
    const db = bench.workbench.context.db
    const now = new Date().toISOString()
    db.transaction(() => {
      const insertOpportunity = db.prepare(
        `INSERT INTO opportunities (account_id, name, goal, value_fen, owner_name, company_size, stage, status, closed_on, evidence, created_at, updated_at)
         VALUES (?, ?, '', ?, ?, 'large', ?, ?, ?, '{}', ?, ?)`
      )
      const insertStage = db.prepare(`INSERT INTO opportunity_stages (opportunity_id, position, stage, entered_on) VALUES (?, ?, ?, ?)`)
      for (let i = 0; i < OPPORTUNITIES; i += 1) {
        const stageIndex = i % (FUNNEL_STAGES.length - 1)
        const status = i % 10 === 0 ? (i % 20 === 0 ? 'won' : 'lost') : 'open'
        const id = Number(
          insertOpportunity.run(created[i % created.length]!.id, `商机 ${i + 1}`, 10_000_000 + (i % 97) * 1_000_000, `负责人${i % 12}`, FUNNEL_STAGES[stageIndex], status, status === 'open' ? null : isoDay(-5), now, now)
            .lastInsertRowid
        )
        for (let position = 0; position <= stageIndex; position += 1) insertStage.run(id, position, FUNNEL_STAGES[position], isoDay(-120 + position * 14))
      }
      const insertActivity = db.prepare(
        `INSERT INTO activities (account_id, kind, occurred_on, purpose, outcome, next_step, next_step_due_on, next_step_done_on, owner_name, created_at, updated_at)
         VALUES (?, 'visit', ?, '拜访', '', ?, ?, ?, ?, ?, ?)`
      )
      // Every account has a current term sheet (and a year before it); a third pay at 月结 60 days
      // (75 effective, over the 60-day rule): 667 accounts with a terms warning on the home page.
      const insertSheet = db.prepare(`INSERT INTO term_sheets (account_id, contract_year, created_at, updated_at) VALUES (?, ?, ?, ?)`)
      const insertPayment = db.prepare(`INSERT INTO term_payments (sheet_id, side, mode, days, inventory_days) VALUES (?, 'offer', 'monthly', ?, NULL)`)
      created.forEach((account, index) => {
        insertPayment.run(Number(insertSheet.run(account.id, 2026, now, now).lastInsertRowid), 30)
        insertPayment.run(Number(insertSheet.run(account.id, 2027, now, now).lastInsertRowid), index % 3 === 0 ? 60 : 30)
      })
      for (let i = 0; i < ACTIVITIES; i += 1) {
        const hasStep = i % 5 === 0
        insertActivity.run(created[i % created.length]!.id, isoDay(-(i % 365)), hasStep ? `下一步 ${i}` : '', hasStep ? isoDay((i % 40) - 20) : null, hasStep && i % 3 === 0 ? isoDay(-1) : null, `负责人${i % 12}`, now, now)
      }
    })()
    context.log(`seeded ${ACCOUNTS} accounts, ${OPPORTUNITIES} opportunities and ${ACTIVITIES} activities in ${Math.round(performance.now() - started)} ms`)
  } finally {
    bench.close()
  }
  return dir
}

/** Clicks 首页 and answers the ms until its next steps, its terms warnings and its funnel chart are on screen. */
async function clickHomeUntilShown(page: Page): Promise<number> {
  return page.evaluate(
    (timeoutMs) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLElement>('[data-testid="nav-home"]')
        if (!button) return reject(new Error('no nav-home'))
        const started = performance.now()
        button.click()
        const check = () => {
          const steps = document.querySelector('[data-testid="home-next-steps"] td') && document.querySelector('[data-testid="home-terms-warnings"] li')
          const chart = document.querySelector('[data-testid="home-funnel-chart"] svg rect, [data-testid="home-funnel-chart"] svg path')
          if (steps && chart) resolve(performance.now() - started)
          else if (performance.now() - started > timeoutMs) reject(new Error(`home not shown after ${timeoutMs} ms`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    TIMEOUT_MS
  )
}

export const homeFirstView: Benchmark = {
  name: 'Home page, 2,000 accounts, 5,000 opportunities, 50,000 activities: first view',
  unit: 'ms',
  target: 1000,
  timeoutMs: 10 * 60_000,
  async run(context) {
    const host = await startWebHost(context, copyDataDir(context, await homeWorkspace(context)))
    const browserContext = await launchPersistentChromium(context)
    const shown: number[] = []
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browserContext.newPage()
      const errors = collectPageErrors(page)
      try {
        await page.goto(host.openUrl)
        // The app opens on the home page; leave it for the (empty) catalogue so the click on 首页 below builds it afresh.
        await page.getByTestId('home-page').waitFor({ timeout: TIMEOUT_MS })
        await page.getByTestId('nav-catalogue').click()
        await page.getByTestId('catalogue-page').waitFor({ timeout: TIMEOUT_MS })
        shown.push(
          await clickHomeUntilShown(page).catch((error: unknown) => {
            throw new Error(`${String(error)}${errors.length > 0 ? `; page errors: ${errors.join(' | ')}` : ''}`)
          })
        )
        context.log(`load ${load + 1}: ${Math.round(shown[load] as number)} ms`)
      } finally {
        await page.close()
      }
    }
    const [cold, ...warm] = shown
    context.samples(warm)
    context.note(`click on 首页 → next steps, terms warnings and the funnel chart on screen; first (cold) load: ${Math.round(cold as number)} ms; the next ${warm.length}: ${describeSamples(warm)}`)
    return median(warm)
  }
}
