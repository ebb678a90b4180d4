/**
 * Import of a 100,000-row catalogue .xlsx (Chinese headers, numeric EAN-13 cells, prices as
 * numbers): the commit call from the file's bytes (base64, as the renderer sends them) to
 * committed rows, against the time the project's xlsx reader alone (readXlsx) takes to parse the
 * same bytes: the row is the ratio, target ≤ 1.3 ×. LibreOffice opening the same file
 * (`soffice --headless --convert-to csv`) is printed beside it when it is installed.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { readXlsx } from '../../../electron/core/files/xlsx-reader'
import { makeCatalogueRows, writeCatalogueXlsx } from '../lib/catalogue-fixtures'
import { describeSamples, median } from '../lib/stats'
import { openBenchWorkbench } from '../lib/workspace'
import type { BenchContext, Benchmark } from '../types'

const ROWS = 100_000
const REPETITIONS = 3
const FILE_NAME = '产品目录-100000.xlsx'

/** LibreOffice's wall-clock time to open the file and write it as CSV, or why there is none. */
function libreOfficeOpen(context: BenchContext, file: string): { ms: number } | { skipped: string } {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' })
  const soffice = which.stdout.trim()
  if (which.status !== 0 || soffice === '') return { skipped: 'LibreOffice (soffice) is not installed' }
  const outDir = context.tempDir('soffice-out')
  // Its own profile, so a user's LibreOffice (or another run) cannot block or warm it.
  const profile = `file://${context.tempDir('soffice-profile')}`
  const started = performance.now()
  const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', outDir, file], { encoding: 'utf8', timeout: 10 * 60_000 })
  const ms = performance.now() - started
  const csv = path.join(outDir, path.basename(file).replace(/\.xlsx$/, '.csv'))
  if (run.status !== 0 || !fs.existsSync(csv)) {
    // Debian's libreoffice-core-nogui without libreoffice-calc answers exactly this for any workbook.
    const output = `${run.stderr}\n${run.stdout}`
    const why = output.includes('source file could not be loaded') ? 'it could not load the workbook (is libreoffice-calc installed?)' : output.trim().slice(0, 200)
    return { skipped: `soffice ran ${Math.round(ms)} ms but wrote no CSV: ${why}` }
  }
  return { ms }
}

export const catalogueImport: Benchmark = {
  name: 'import 100,000-row catalogue .xlsx: commit ÷ xlsx parse alone',
  unit: '×',
  target: 1.3,
  timeoutMs: 20 * 60_000,
  async run(context) {
    const built = performance.now()
    const xlsx = await writeCatalogueXlsx(makeCatalogueRows(ROWS))
    const dataBase64 = xlsx.toString('base64')
    // An ASCII name on disk: LibreOffice under a C locale cannot open a path with Chinese in it.
    const file = path.join(context.tempDir('catalogue-xlsx'), 'catalogue-100000.xlsx')
    fs.writeFileSync(file, xlsx)
    context.log(`wrote ${ROWS} SKUs as .xlsx (${(xlsx.length / 1024 / 1024).toFixed(1)} MiB) in ${Math.round(performance.now() - built)} ms`)
    context.note(`file: ${ROWS} rows × 14 columns, ${(xlsx.length / 1024 / 1024).toFixed(1)} MiB .xlsx`)

    const parses: number[] = []
    const commits: number[] = []
    for (let repetition = 0; repetition < REPETITIONS; repetition += 1) {
      // The reader alone, on the same bytes the commit decodes (base64 → bytes is the commit's too).
      let started = performance.now()
      const sheets = readXlsx(Buffer.from(dataBase64, 'base64'))
      parses.push(performance.now() - started)
      const parsedRows = sheets[0]?.rows.length ?? 0
      if (parsedRows !== ROWS + 1) throw new Error(`the reader found ${parsedRows} rows, expected ${ROWS + 1}`)

      // A new, empty workspace every time, so every commit inserts all rows.
      const bench = openBenchWorkbench(context, context.tempDir('catalogue-import'))
      try {
        await bench.call('workspace:init', { kind: 'empty' })
        const preview = await bench.call('catalogue:import-preview', { fileName: FILE_NAME, dataBase64 })
        if (preview.validRows !== ROWS) throw new Error(`preview found ${preview.validRows} valid rows of ${preview.totalRows}, expected ${ROWS}`)
        const mapping = preview.columns.map((column) => column.field)
        started = performance.now()
        const committed = await bench.call('catalogue:import-commit', { fileName: FILE_NAME, dataBase64, mapping })
        const elapsed = performance.now() - started
        commits.push(elapsed)
        const stored = bench.workbench.context.db.prepare('SELECT count(*) AS n FROM skus').get() as { n: number }
        if (committed.insertedCount !== ROWS || stored.n !== ROWS) throw new Error(`commit inserted ${committed.insertedCount}, table has ${stored.n}; expected ${ROWS}`)
        context.log(`repetition ${repetition + 1}: parse ${Math.round(parses[repetition] as number)} ms, commit ${Math.round(elapsed)} ms`)
      } finally {
        bench.close()
      }
    }
    const parse = median(parses)
    const commit = median(commits)
    context.samples(commits.map((ms, index) => ms / (parses[index] as number)))
    context.note(`commit (file → committed rows): ${describeSamples(commits)}`)
    context.note(`xlsx reader alone (readXlsx on the same bytes): ${describeSamples(parses)}`)
    const office = libreOfficeOpen(context, file)
    context.note('ms' in office ? `LibreOffice opening the same file (headless convert to csv, one run, wall clock): ${Math.round(office.ms)} ms` : `LibreOffice: ${office.skipped}`)
    return commit / parse
  }
}
