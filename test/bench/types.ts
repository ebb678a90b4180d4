/**
 * What a benchmark is. One module per benchmark under test/bench/benchmarks/, listed in
 * benchmarks/index.ts; the runner (run.ts) runs them one after the other and prints a row each.
 */

export interface BenchContext {
  /** A fresh, empty temporary folder, deleted by the runner when the benchmark ends (even on failure). */
  tempDir(label?: string): string
  /** Runs `cleanup` when the benchmark ends (even on failure or timeout), newest first. */
  onCleanup(cleanup: () => void | Promise<void>): void
  /** A line printed under the table for this benchmark (samples, sizes, versions…). */
  note(text: string): void
  /** Progress while the benchmark runs (stderr, so the table on stdout stays clean). */
  log(text: string): void
  /** Samples behind the measured value, kept in the JSON. */
  samples(values: readonly number[]): void
}

export interface Benchmark {
  /** What is measured, as it reads in the table. */
  name: string
  unit: string
  /** Holds when measured < target (or measured ≥ target with `higherIsBetter`). */
  target: number
  higherIsBetter?: boolean
  /** Gives up after this long (default 5 min): the row then misses with a timeout. */
  timeoutMs?: number
  /** The measured value (usually the median of several repetitions). Throws when it cannot measure. */
  run(context: BenchContext): Promise<number>
}

/** One row of the table / the JSON file. */
export interface BenchResult {
  name: string
  measured: number | null
  unit: string
  target: number
  holds: boolean
  samples?: number[]
  error?: string
}
