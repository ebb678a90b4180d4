/**
 * The Word export of a large proposal (500 SKUs, 20 promotion events, 4 charts) in its own
 * process (lib/export-proposal-child.ts): the median time of warm exports against 1.5 s and the
 * process's peak resident memory against 400 MB. Both rows come from one child run.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describeSamples, median } from '../lib/stats'
import { toMegabytes } from '../lib/process-memory'
import type { BenchContext, Benchmark } from '../types'

const CHILD_SCRIPT = path.join(__dirname, '..', 'lib', 'export-proposal-child.ts')
const TIMED_RUNS = 3

interface ChildAnswer {
  samples: number[]
  peakRssBytes: number
  docxBytes: number
  chartCount: number
}

let answer: ChildAnswer | null = null

function exportInChild(context: BenchContext): ChildAnswer {
  if (answer) return answer
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, context.tempDir('proposal-docx'), String(TIMED_RUNS)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 5 * 60_000
  })
  if (child.status !== 0) throw new Error(`the export child failed (${child.signal ?? child.status}): ${child.stderr.trim()}`)
  answer = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ChildAnswer
  if (answer.chartCount !== 4) throw new Error(`the export drew ${answer.chartCount} charts, not 4`)
  return answer
}

export const exportProposalDocxTime: Benchmark = {
  name: 'export proposal .docx (500 SKUs, 20 events, 4 charts)',
  unit: 'ms',
  target: 1_500,
  async run(context) {
    const { samples, docxBytes } = exportInChild(context)
    context.samples(samples)
    context.note(`${TIMED_RUNS} warm exports after 1 untimed, in a child process: ${describeSamples(samples)}; ${(docxBytes / 1024).toFixed(0)} KiB .docx`)
    return median(samples)
  }
}

export const exportProposalDocxMemory: Benchmark = {
  name: 'export proposal .docx: exporting process peak memory',
  unit: 'MB',
  target: 400,
  async run(context) {
    if (process.platform !== 'linux') throw new Error('reads /proc/<pid>/status: Linux only')
    const { peakRssBytes } = exportInChild(context)
    context.note(`VmHWM of the child after ${TIMED_RUNS + 1} exports`)
    return Math.round(toMegabytes(peakRssBytes))
  }
}
