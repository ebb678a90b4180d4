/**
 * Every benchmark `npm run bench` runs, in order: one row each. To add one, write a module in
 * this folder exporting a `Benchmark` (see ../types.ts) and list it here.
 */
import type { Benchmark } from '../types'
import { importXlsx } from './import-xlsx'
import { accountsFirstRows } from './accounts-first-rows'
import { editRoundTrip } from './edit-round-trip'
import { termEditFigures } from './term-edit-figures'
import { importLargeMemory } from './import-large-memory'
import { protectionConflicts, supplyPriceSolver, termsComparison } from './domain-modules'
import { exportProposalDocxMemory, exportProposalDocxTime } from './export-proposal-docx'
import { proposalConflicts } from './proposal-conflicts'
import { catalogueImport } from './catalogue-import'
import { catalogueFirstRows, catalogueQuickSearch } from './catalogue-grid'
import { assortmentMatrixFirstView } from './assortment-matrix'
import { termsComparisonService } from './terms-comparison-service'
import { homeFirstView } from './home-first-view'

export const benchmarks: Benchmark[] = [
  importXlsx,
  importLargeMemory,
  accountsFirstRows,
  editRoundTrip,
  catalogueImport,
  catalogueFirstRows,
  catalogueQuickSearch,
  assortmentMatrixFirstView,
  termEditFigures,
  supplyPriceSolver,
  termsComparison,
  termsComparisonService,
  protectionConflicts,
  proposalConflicts,
  exportProposalDocxTime,
  exportProposalDocxMemory,
  homeFirstView
]
