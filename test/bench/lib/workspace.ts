/**
 * Workspaces for benchmarks: the real workbench (plain Node, never electron) on a data folder,
 * and folders pre-filled with N accounts for the browser benchmarks.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openWorkbench, type Workbench } from '../../../electron/core/workbench'
import type { Channel } from '../../../src/shared/channels'
import type { ChannelInput, ChannelOutput } from '../../../src/shared/contract'
import { makeAccountRows } from '../../helpers/account-fixtures'
import type { BenchContext } from '../types'

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..')
export const RESOURCES_DIR = path.join(REPO_ROOT, 'resources')

export interface BenchWorkbench {
  workbench: Workbench
  /** Calls a channel through the real dispatcher; throws `channel failed: [code] message` on failure. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  close(): void
}

/** Opens the real workbench on `dataDir` (browser-mode flavour); closed by the benchmark's cleanup too. */
export function openBenchWorkbench(context: BenchContext, dataDir: string): BenchWorkbench {
  const workbench = openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-bench' })
  const close = () => workbench.close()
  context.onCleanup(close)
  return {
    workbench,
    async call(channel, input) {
      const result = await workbench.dispatch(channel, input)
      if (!result.ok) throw new Error(`${channel} failed: [${result.error.code}] ${result.error.message}`)
      return result.value as never
    },
    close
  }
}

const templates = new Map<string, Promise<string>>()
let templateRoot: string | undefined

function templateDir(): string {
  if (!templateRoot) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-bench-templates-'))
    templateRoot = root
    process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }))
  }
  return fs.mkdtempSync(path.join(templateRoot, 'workspace-'))
}

/**
 * Fills an initialised workspace with `count` accounts the way a big paste would: one
 * `accounts:apply-changes` with `count` creates of cell values as people type them.
 */
export async function seedAccounts(context: BenchContext, dataDir: string, count: number, seed = 11): Promise<void> {
  const bench = openBenchWorkbench(context, dataDir)
  try {
    await bench.call('workspace:init', { kind: 'empty' })
    const started = performance.now()
    const applied = await bench.call('accounts:apply-changes', { updates: [], creates: makeAccountRows(count, seed) })
    context.log(`seeded ${applied.created.length} accounts in ${Math.round(performance.now() - started)} ms`)
    if (applied.created.length !== count) throw new Error(`seeding created ${applied.created.length} accounts, expected ${count}`)
    if (applied.refused.length > 0) {
      const first = applied.refused[0]
      throw new Error(`seeding refused ${applied.refused.length} cells, e.g. ${first?.field}: ${first?.message}`)
    }
  } finally {
    bench.close()
  }
}

/**
 * A fresh data folder (deleted when the benchmark ends) holding `count` accounts. The first call
 * for a count builds a template workspace; later calls copy it, so every benchmark starts clean.
 */
export async function dataDirWithAccounts(context: BenchContext, count: number): Promise<string> {
  const key = String(count)
  let template = templates.get(key)
  if (!template) {
    template = (async () => {
      const dir = templateDir()
      await seedAccounts(context, dir, count)
      return dir
    })()
    templates.set(key, template)
    template.catch(() => templates.delete(key))
  }
  const source = await template
  const target = context.tempDir('workspace')
  fs.cpSync(source, target, { recursive: true })
  return target
}
