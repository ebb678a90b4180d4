/**
 * `npm run bench [-- --json FILE] [--strict] [--only TEXT]`: runs every benchmark in
 * benchmarks/index.ts, each with its own temporary folders (deleted afterwards), and prints one
 * row per target: what, measured, target, ✓ holds / ✗ misses. A failing benchmark is a row that
 * misses with its error. Exit code 0 unless --strict and something missed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchmarks } from './benchmarks'
import type { BenchContext, Benchmark, BenchResult } from './types'

const DEFAULT_TIMEOUT_MS = 5 * 60_000

interface Options {
  jsonFile: string | null
  strict: boolean
  only: string[]
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { jsonFile: null, strict: false, only: [] }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    const value = (): string => {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`)
      i += 1
      return next
    }
    if (arg === '--json') options.jsonFile = path.resolve(value())
    else if (arg.startsWith('--json=')) options.jsonFile = path.resolve(arg.slice('--json='.length))
    else if (arg === '--strict') options.strict = true
    else if (arg === '--only') options.only.push(value().toLowerCase())
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--json FILE] [--strict] [--only TEXT]…')
      process.exit(0)
    } else throw new Error(`unknown argument ${arg}`)
  }
  return options
}

// ---------------------------------------------------------------------------------------------
// Running one benchmark

interface Outcome {
  result: BenchResult
  higherIsBetter: boolean
  notes: string[]
  seconds: number
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.trim() || 'failed without a message'
}

async function runBenchmark(benchmark: Benchmark): Promise<Outcome> {
  const cleanups: (() => void | Promise<void>)[] = []
  const notes: string[] = []
  let samples: number[] | undefined
  const context: BenchContext = {
    tempDir(label = 'tmp') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ka-bench-${label.replace(/[^\w-]/g, '_')}-`))
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
      return dir
    },
    onCleanup(cleanup) {
      cleanups.push(cleanup)
    },
    note(text) {
      notes.push(text)
    },
    log(text) {
      process.stderr.write(`  · ${text}\n`)
    },
    samples(values) {
      samples = [...values]
    }
  }

  process.stderr.write(`▶ ${benchmark.name}\n`)
  const loadBefore = os.loadavg()[0] ?? 0
  const started = performance.now()
  let measured: number | null = null
  let error: string | undefined
  const timeoutMs = benchmark.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
    })
    measured = await Promise.race([benchmark.run(context), timeout])
    if (!Number.isFinite(measured)) throw new Error(`measured ${measured}, not a number`)
  } catch (caught) {
    measured = null
    error = describeError(caught)
  } finally {
    clearTimeout(timer)
  }
  // Newest first: a browser closes before its host stops, a host before its folder goes.
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch (caught) {
      process.stderr.write(`  · cleanup failed: ${describeError(caught)}\n`)
    }
  }
  const loadAfter = os.loadavg()[0] ?? 0
  const cores = os.cpus().length
  notes.push(
    `load average (1 min) ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cores} cores` +
      // A browser benchmark loads the machine itself (Chromium and the host): only the load found
      // at the start says that something else (an earlier benchmark, other work) competed.
      (loadBefore > cores ? ': the machine was already busy when it started, timings may be inflated' : '')
  )
  const holds = measured !== null && (benchmark.higherIsBetter ? measured >= benchmark.target : measured < benchmark.target)
  const rounded = measured === null ? null : Math.round(measured * 100) / 100
  const result: BenchResult = { name: benchmark.name, measured: rounded, unit: benchmark.unit, target: benchmark.target, holds }
  if (samples) result.samples = samples.map((value) => Math.round(value * 100) / 100)
  if (error !== undefined) result.error = error
  return { result, higherIsBetter: benchmark.higherIsBetter === true, notes, seconds: (performance.now() - started) / 1000 }
}

// ---------------------------------------------------------------------------------------------
// Printing

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const isWide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6)
    width += isWide ? 2 : 1
  }
  return width
}

const pad = (text: string, width: number, align: 'left' | 'right' = 'left'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'left' ? text + fill : fill + text
}

function formatValue(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`
}

function printTable(outcomes: readonly Outcome[]): void {
  const header = ['what', 'measured', 'target', '']
  const rows = outcomes.map(({ result, higherIsBetter }) => [
    result.name,
    result.measured === null ? 'failed' : formatValue(result.measured, result.unit),
    `${higherIsBetter ? '≥' : '<'} ${formatValue(result.target, result.unit)}`,
    result.holds ? '✓ holds' : '✗ misses'
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => displayWidth(row[column] as string))))
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] as number, column === 1 || column === 2 ? 'right' : 'left')).join('  ').trimEnd()
  console.log(line(header))
  console.log(widths.map((width) => '─'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))

  const details = outcomes.filter((outcome) => outcome.notes.length > 0 || outcome.result.error)
  if (details.length > 0) console.log('')
  for (const { result, notes, seconds } of details) {
    console.log(`${result.holds ? '✓' : '✗'} ${result.name}  (${seconds.toFixed(1)} s)`)
    if (result.error) for (const errorLine of result.error.split('\n')) console.log(`    error: ${errorLine}`)
    for (const note of notes) console.log(`    ${note}`)
  }
}

function machineLine(): string {
  const cpus = os.cpus()
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim()
  const memory = (os.totalmem() / 1024 ** 3).toFixed(0)
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ')
  return `Machine: ${cpus.length} cores (${model}), ${memory} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}; load average ${load}`
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  const selected = options.only.length === 0 ? benchmarks : benchmarks.filter((b) => options.only.some((text) => b.name.toLowerCase().includes(text)))
  if (selected.length === 0) throw new Error(`no benchmark matches ${options.only.join(', ')}`)

  console.log(machineLine())
  console.log(`Started ${new Date().toISOString()}; ${selected.length} benchmark(s)\n`)
  const outcomes: Outcome[] = []
  for (const benchmark of selected) outcomes.push(await runBenchmark(benchmark))

  printTable(outcomes)
  const results = outcomes.map((outcome) => outcome.result)
  if (options.jsonFile) {
    fs.mkdirSync(path.dirname(options.jsonFile), { recursive: true })
    fs.writeFileSync(options.jsonFile, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nWrote ${results.length} row(s) to ${options.jsonFile}`)
  }
  const misses = results.filter((result) => !result.holds).length
  console.log(`\n${results.length - misses} of ${results.length} target(s) hold${misses > 0 && !options.strict ? ' (a miss does not fail the run; use --strict)' : ''}`)
  return options.strict && misses > 0 ? 1 : 0
}

process.on('unhandledRejection', (reason) => {
  process.stderr.write(`  · unhandled rejection: ${describeError(reason)}\n`)
})

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${describeError(error)}`)
    process.exit(2)
  }
)
