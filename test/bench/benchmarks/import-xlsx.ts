/**
 * Import of a 10,000-row accounts .xlsx (Chinese headers, mixed spellings, yuan figures written
 * as numbers, "1,234.00", 万 or 亿): the commit call, from the file's bytes (base64, as the
 * renderer sends them) to committed rows. The preview that gives the mapping is not timed.
 */
import { makeAccountRows, writeAccountsXlsx } from '../../helpers/account-fixtures'
import { describeSamples, median } from '../lib/stats'
import { openBenchWorkbench } from '../lib/workspace'
import type { Benchmark } from '../types'

const ROWS = 10_000
const REPETITIONS = 5
const FILE_NAME = '客户导入-10000.xlsx'

export const importXlsx: Benchmark = {
  name: 'import 10,000-row accounts .xlsx (file → committed rows)',
  unit: 'ms',
  target: 1500,
  timeoutMs: 10 * 60_000,
  async run(context) {
    const built = performance.now()
    const xlsx = await writeAccountsXlsx(makeAccountRows(ROWS, 7), 'zh-CN')
    const dataBase64 = xlsx.toString('base64')
    context.log(`wrote ${ROWS} rows as .xlsx (${(xlsx.length / 1024).toFixed(0)} KiB) in ${Math.round(performance.now() - built)} ms`)
    context.note(`file: ${ROWS} rows × 16 columns, ${(xlsx.length / 1024).toFixed(0)} KiB .xlsx, ${(dataBase64.length / 1024).toFixed(0)} KiB base64`)

    const commits: number[] = []
    const previews: number[] = []
    for (let repetition = 0; repetition < REPETITIONS; repetition += 1) {
      // A new, empty workspace every time, so every commit inserts all rows.
      const bench = openBenchWorkbench(context, context.tempDir('import'))
      try {
        let started = performance.now()
        const preview = await bench.call('accounts:import-preview', { fileName: FILE_NAME, dataBase64 })
        previews.push(performance.now() - started)
        if (preview.validRows !== ROWS) {
          const first = preview.errors[0]
          throw new Error(
            `preview found ${preview.validRows} valid rows of ${preview.totalRows}, expected ${ROWS}` +
              (first ? ` (e.g. row ${first.row} ${first.field ?? ''}: ${first.message})` : '')
          )
        }
        const mapping = preview.columns.map((column) => column.field)

        started = performance.now()
        const committed = await bench.call('accounts:import-commit', { fileName: FILE_NAME, dataBase64, mapping })
        const elapsed = performance.now() - started
        commits.push(elapsed)

        const stored = await bench.call('accounts:list', {})
        if (committed.insertedCount !== ROWS || stored.length !== ROWS) {
          throw new Error(`commit inserted ${committed.insertedCount} (skipped ${committed.skipped}), list has ${stored.length}; expected ${ROWS}`)
        }
        context.log(`repetition ${repetition + 1}: commit ${Math.round(elapsed)} ms`)
      } finally {
        bench.close()
      }
    }
    context.samples(commits)
    context.note(`commit samples: ${describeSamples(commits)}; 10,000 rows listed after each`)
    context.note(`untimed preview (same file): median ${Math.round(median(previews))} ms`)
    return median(commits)
  }
}
