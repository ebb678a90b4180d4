/**
 * Data folders for the SKU benchmarks (deleted when the benchmark ends): a catalogue of N SKUs,
 * or accounts × a catalogue with each account's assortment, filled through the real channels
 * (catalogue import, accounts:apply-changes, assortment:add) as a user's work would fill them.
 */
import fs from 'node:fs'
import { makeAccountRows } from '../../helpers/account-fixtures'
import type { BenchContext } from '../types'
import { makeCatalogueRows, importCatalogueRows } from './catalogue-fixtures'
import { openBenchWorkbench, type BenchWorkbench } from './workspace'

async function filledDataDir(context: BenchContext, label: string, fill: (bench: BenchWorkbench) => Promise<void>): Promise<string> {
  const dir = context.tempDir(label)
  const bench = openBenchWorkbench(context, dir)
  try {
    await bench.call('workspace:init', { kind: 'empty' })
    await fill(bench)
  } finally {
    bench.close()
  }
  return dir
}

const callOf = (bench: BenchWorkbench) => bench.call as unknown as <T>(channel: 'catalogue:import-preview' | 'catalogue:import-commit', input: unknown) => Promise<T>

/** A workspace holding `count` catalogue SKUs and nothing else. */
export async function dataDirWithCatalogue(context: BenchContext, count: number): Promise<string> {
  return filledDataDir(context, `catalogue-${count}`, async (bench) => {
    const started = performance.now()
    await importCatalogueRows(callOf(bench), makeCatalogueRows(count))
    context.log(`seeded ${count} SKUs in ${Math.round(performance.now() - started)} ms`)
  })
}

/**
 * `accountCount` accounts and `skuCount` SKUs; account k carries a different third-or-so of the
 * catalogue (listed, with some proposed and delisted), as chains differ in what they stock.
 */
export async function dataDirWithAssortments(context: BenchContext, accountCount: number, skuCount: number): Promise<{ dir: string; lineCount: number }> {
  let lineCount = 0
  const dir = await filledDataDir(context, `assortments-${accountCount}x${skuCount}`, async (bench) => {
    const started = performance.now()
    const accounts = await bench.call('accounts:apply-changes', { updates: [], creates: makeAccountRows(accountCount, 5) })
    const skuIds = await importCatalogueRows(callOf(bench), makeCatalogueRows(skuCount))
    for (const [k, account] of accounts.created.entries()) {
      const carried = skuIds.filter((_, index) => (index * 7 + k * 13) % 3 === 0)
      const byStatus = { listed: carried.filter((_, i) => i % 10 < 8), proposed: carried.filter((_, i) => i % 10 === 8), delisted: carried.filter((_, i) => i % 10 === 9) }
      for (const [status, ids] of Object.entries(byStatus) as ['listed' | 'proposed' | 'delisted', number[]][]) {
        if (ids.length > 0) lineCount += (await bench.call('assortment:add', { accountId: account.id, skuIds: ids, status })).length
      }
    }
    context.log(`seeded ${accountCount} accounts × ${skuCount} SKUs, ${lineCount} assortment lines, in ${Math.round(performance.now() - started)} ms`)
  })
  return { dir, lineCount }
}

/** A copy of `source` in a new temporary folder: each browser run starts from the same data. */
export function copyDataDir(context: BenchContext, source: string): string {
  const target = context.tempDir('workspace')
  fs.cpSync(source, target, { recursive: true })
  return target
}
