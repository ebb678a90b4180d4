/**
 * Child process of the large-import benchmark (`node --expose-gc --import tsx this.ts FILE DIR`):
 * where an import's memory goes. The same steps the host takes, one at a time, each with its own
 * peak RSS (VmHWM, reset between stages) and what stays on the heap after a full GC. Prints one
 * JSON line: { stages: [{ stage, peakRssBytes, rssBytes, heapUsedBytes, externalBytes }] }.
 */
import fs from 'node:fs'
import path from 'node:path'
import { openWorkbench } from '../../../electron/core/workbench'
import { streamTable } from '../../../electron/core/files/read-table'
import type { ChannelOutput } from '../../../src/shared/contract'
import { readProcessMemory, resetPeakRss } from './process-memory'

export interface MemoryStage {
  stage: string
  peakRssBytes: number
  rssBytes: number
  heapUsedBytes: number
  externalBytes: number
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

function measure(stage: string): MemoryStage {
  const peakRssBytes = readProcessMemory(process.pid).peakRssBytes
  collect()
  const usage = process.memoryUsage()
  resetPeakRss(process.pid)
  return { stage, peakRssBytes, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, externalBytes: usage.external + usage.arrayBuffers }
}

async function main(): Promise<void> {
  const [filePath, dataDir] = process.argv.slice(2)
  if (!filePath || !dataDir) throw new Error('usage: import-memory-stages.ts FILE DATA_DIR')
  const fileName = path.basename(filePath)
  const stages: MemoryStage[] = []
  const workbench = openWorkbench({ dataDir, resourcesDir: path.resolve(__dirname, '..', '..', '..', 'resources'), mode: 'web', version: '0.0.0-bench' })
  stages.push(measure('idle workbench'))
  // What the host holds once the request is parsed: the base64 text of the file.
  const dataBase64 = fs.readFileSync(filePath).toString('base64')
  stages.push(measure('request body (base64 text)'))
  const bytes = Buffer.from(dataBase64, 'base64')
  stages.push(measure('decoded file bytes'))
  // As the import reads it: row by row as the sheet inflates, no row kept.
  let rowCount = 0
  streamTable(fileName, bytes, 'zh-CN', () => {
    rowCount += 1
  })
  stages.push(measure(`file streamed (${rowCount} rows, none kept)`))
  const preview = await workbench.dispatch('accounts:import-preview', { fileName, dataBase64 })
  if (!preview.ok) throw new Error(`preview failed: ${preview.error.message}`)
  // dispatch answers `unknown`: the contract says what this channel's value is.
  const previewed = preview.value as ChannelOutput<'accounts:import-preview'>
  const mapping = previewed.columns.map((column) => column.field)
  stages.push(measure('preview'))
  const committed = await workbench.dispatch('accounts:import-commit', { fileName, dataBase64, mapping })
  if (!committed.ok) throw new Error(`commit failed: ${committed.error.message}`)
  stages.push(measure('commit (its answer kept)'))
  const answer = JSON.stringify(committed.value)
  stages.push(measure(`commit answer as JSON (${(answer.length / 1_000_000).toFixed(0)} MB of text)`))
  workbench.close()
  process.stdout.write(`${JSON.stringify({ stages })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
