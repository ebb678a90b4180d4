/**
 * One process that exports the bench's proposal (500 SKUs, 20 promotion events, 4 charts) to a
 * .docx as the export service does: assemble from the domain modules, draw the charts, build,
 * pack, write the file atomically. One untimed export first (V8 compiles, ECharts and resvg load
 * their code and the font), then timed ones. Prints one JSON line: the times and this process's
 * peak resident memory (VmHWM), which is the figure the 400 MB target is about.
 * Usage: node --import tsx export-proposal-child.ts <out-dir> <timed-runs>
 */
import path from 'node:path'
import { packDocument, writeFileAtomic } from '../../../electron/core/files/docx/pack-document'
import { assembleProposalDocumentData } from '../../../electron/core/proposal-document/assemble-document-data'
import { buildProposalDocument, proposalFileName } from '../../../electron/core/proposal-document/build-proposal-document'
import { renderProposalCharts } from '../../../electron/core/proposal-document/proposal-charts'
import { demoProposalSource } from '../../helpers/proposal-document-fixture'
import { readProcessMemory } from './process-memory'
import { releaseMemory } from '../../../electron/core/files/release-memory'

export const BENCH_SKUS = 500
export const BENCH_EVENTS = 20

async function exportOnce(outDir: string): Promise<{ ms: number; bytes: number; chartCount: number }> {
  const options = { language: 'zh-CN', moneyUnit: 'wan' } as const
  const started = performance.now()
  const data = assembleProposalDocumentData(demoProposalSource({ language: options.language, skuCount: BENCH_SKUS, eventCount: BENCH_EVENTS }), options.language)
  const charts = renderProposalCharts(data, options)
  const bytes = await packDocument(buildProposalDocument({ ...data, charts }, options))
  await writeFileAtomic(path.join(outDir, proposalFileName(data, options.language)), bytes)
  // As the export service does after every export (its garbage is collected before the next).
  releaseMemory()
  return { ms: performance.now() - started, bytes: bytes.length, chartCount: Object.values(charts).filter((chart) => chart !== null).length }
}

async function main(): Promise<void> {
  const [outDir = '.', runs = '3'] = process.argv.slice(2)
  await exportOnce(outDir)
  const samples: number[] = []
  let last = { ms: 0, bytes: 0, chartCount: 0 }
  for (let i = 0; i < Number(runs); i += 1) {
    last = await exportOnce(outDir)
    samples.push(last.ms)
  }
  const { peakRssBytes } = readProcessMemory(process.pid)
  console.log(JSON.stringify({ samples, peakRssBytes, docxBytes: last.bytes, chartCount: last.chartCount }))
}

void main()
