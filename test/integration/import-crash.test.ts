/**
 * Crash safety of an import: the host process is killed with SIGKILL at random moments of a
 * 10,000-row import. After each restart the database passes `PRAGMA integrity_check` and holds
 * all the rows or none (the commit is one transaction; SQLite's WAL rolls back the rest).
 */
import { spawn } from 'node:child_process'
import { buildSync } from 'esbuild'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkbench } from '../../electron/core/workbench'
import { makeAccountRows, writeAccountsCsv } from './../helpers/account-fixtures'
import { REPO_ROOT, RESOURCES_DIR } from '../helpers/workbench'

const ROWS = 10_000
const RUNS = 12
/** Children run two at a time: the machine has two cores. */
const PARALLEL = 2

let workDir: string
let csvFile: string
let childFile: string

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-crash-'))
  csvFile = path.join(workDir, 'accounts.csv')
  fs.writeFileSync(csvFile, writeAccountsCsv(makeAccountRows(ROWS, 7), 'utf-8'))
  // Bundled once (as electron-vite bundles the host), so each restart costs a Node start, not a TypeScript compile.
  childFile = path.join(workDir, 'import-child.cjs')
  buildSync({
    entryPoints: [path.join(__dirname, 'crash', 'import-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: childFile,
    logLevel: 'error'
  })
})

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true })
})

interface ChildRun {
  /** Milliseconds from "ready" to "done" (or to the kill). */
  importMs: number
  isDone: boolean
  wasKilled: boolean
}

/** Runs the host; kills it `killAfterMs` after it said "ready" (never when null). */
function runHost(dataDir: string, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, dataDir, csvFile, RESOURCES_DIR], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let errors = ''
    let readyAt = 0
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (readyAt === 0 && output.includes('ready\n')) {
        readyAt = performance.now()
        if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (output.includes('failed')) reject(new Error(output))
      else if (signal === null && !output.includes('done')) reject(new Error(`host ended without importing: ${errors.slice(0, 2000)}`))
      else resolve({ importMs: performance.now() - readyAt, isDone: output.includes('done'), wasKilled: signal === 'SIGKILL' })
    })
  })
}

/** What the app sees on the next start: the workspace opened (and migrated) again. */
function reopen(dataDir: string): { integrity: unknown; accountCount: number } {
  const workbench = openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-crash' })
  try {
    const integrity = workbench.context.db.pragma('integrity_check', { simple: true })
    return { integrity, accountCount: workbench.context.accounts.count() }
  } finally {
    workbench.close()
  }
}

describe('an import killed with SIGKILL', () => {
  it(
    `leaves a sound database with all ${ROWS} rows or none, ${RUNS} times at random moments`,
    async () => {
      // One undisturbed run gives the import's length on this machine, to aim the kills inside it.
      const calm = await runHost(path.join(workDir, 'calm'), null)
      expect(calm.isDone).toBe(true)
      expect(reopen(path.join(workDir, 'calm'))).toEqual({ integrity: 'ok', accountCount: ROWS })

      const outcomes: { killAfterMs: number; accountCount: number }[] = []
      const killAndRestart = async (run: number): Promise<void> => {
        const dataDir = path.join(workDir, `run-${run}`)
        // Kills spread over the import and a little past it; the first lands as it starts.
        const killAfterMs = run === 0 ? 0 : Math.round(Math.random() * calm.importMs * 1.1)
        const result = await runHost(dataDir, killAfterMs)
        const { integrity, accountCount } = reopen(dataDir)
        expect(integrity, `run ${run}, killed after ${killAfterMs} ms`).toBe('ok')
        expect([0, ROWS], `run ${run}, killed after ${killAfterMs} ms: ${accountCount} rows`).toContain(accountCount)
        if (result.isDone) expect(accountCount).toBe(ROWS)
        outcomes.push({ killAfterMs, accountCount })
      }
      for (let run = 0; run < RUNS; run += PARALLEL) {
        await Promise.all(Array.from({ length: Math.min(PARALLEL, RUNS - run) }, (_, offset) => killAndRestart(run + offset)))
      }
      // At least one kill landed before the commit ended (the test would prove nothing otherwise).
      expect(outcomes.some((outcome) => outcome.accountCount === 0)).toBe(true)
    },
    180_000
  )
})
