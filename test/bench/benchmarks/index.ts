/**
 * Every benchmark `npm run bench` runs, in order: one row each. To add one, write a module in
 * this folder exporting a `Benchmark` (see ../types.ts) and list it here.
 */
import type { Benchmark } from '../types'
import { importXlsx } from './import-xlsx'
import { accountsFirstRows } from './accounts-first-rows'
import { editRoundTrip } from './edit-round-trip'

export const benchmarks: Benchmark[] = [importXlsx, accountsFirstRows, editRoundTrip]
