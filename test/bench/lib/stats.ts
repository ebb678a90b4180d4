/** Small statistics for samples of timings. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no samples')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no samples')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}

/** "412, 398, 405 ms" — samples rounded for a note. */
export function describeSamples(values: readonly number[], unit = 'ms'): string {
  const digits = values.every((value) => value >= 100) ? 0 : 1
  return `${values.map((value) => value.toFixed(digits)).join(', ')} ${unit}`
}

/** Runs `measure` `times` times in a row and returns each result. */
export async function repeat(times: number, measure: (index: number) => Promise<number>): Promise<number[]> {
  const results: number[] = []
  for (let i = 0; i < times; i += 1) results.push(await measure(i))
  return results
}
