import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import type { Language } from '../../shared/i18n'
import type { StoredTermLine, TermLinePatch } from '../../shared/contract/terms'
import type { RefusedCellOf, SpreadsheetSource } from '../../grid/spreadsheet-source'
import { errorMessage } from '../../grid/grid-errors'
import { isTermCellField, sideOfField, termCellPatch, termServiceValue, type TermCellField, type TermRow } from './term-rows'
import { termCellText } from './term-columns'

interface TermsSourceContext {
  t: TFunction
  language: Language
  /** The row as the grid holds it now (its category decides what a cell means). */
  rowOf(id: number): TermRow | undefined
  /** A stored line back as a row, with the amounts the row had until the economics catch up. */
  toRow(line: StoredTermLine): TermRow
  /** After every write: the economics, warnings and scenarios follow. */
  onWritten(): void
  sheetLines(): Promise<StoredTermLine[]>
}

/** Two typed cells of one side go in one patch ({ ask: { amount, count } }). */
function mergePatches(patches: TermLinePatch[]): TermLinePatch {
  const merged: Record<string, unknown> = {}
  for (const patch of patches) {
    for (const [key, value] of Object.entries(patch)) {
      const previous = merged[key]
      merged[key] = previous && value && typeof previous === 'object' && typeof value === 'object' ? { ...previous, ...value } : value
    }
  }
  return merged as TermLinePatch
}

/**
 * The term sheet's side of the spreadsheet layer. Lines are added with the add-line form (they
 * need a kind), never typed below the last row: a paste that would create rows is refused.
 */
export function createTermsSource(context: TermsSourceContext): SpreadsheetSource<TermRow, TermCellField> {
  const { t } = context
  const refusal = (id: number | null, field: TermCellField, message: string, createIndex?: number): RefusedCellOf<TermCellField> =>
    createIndex === undefined ? { id, field, message } : { id, createIndex, field, message }
  return {
    entity: 'terms',
    fieldOf: (colId) => (isTermCellField(colId) ? colId : null),
    // The sheet is always in yuan (amounts per line are small beside an account's totals).
    isMoneyField: () => false,
    serviceValue: termServiceValue,
    copyText: (row, colId) => termCellText(row, colId, t, context.language),
    fieldLabel: (field) => {
      const at = sideOfField(field)
      if (!at) return t(`terms.page.columns.${field as 'name' | 'basis'}`)
      return `${t(`terms.sides.${at.side}`)} · ${t(at.cell === 'value' ? 'terms.page.columns.value' : 'terms.page.columns.count')}`
    },
    saveCell: async (id, field, value) => {
      const row = context.rowOf(id)
      const patch = row ? termCellPatch(row, field, value) : null
      if (!patch) throw new Error(t('terms.page.cellNotForLine'))
      const saved = await api.terms.updateLine({ id, patch })
      context.onWritten()
      return context.toRow(saved)
    },
    applyChanges: async (updates, creates) => {
      const updated: TermRow[] = []
      const refused: RefusedCellOf<TermCellField>[] = []
      let appliedCount = 0
      for (const { id, patch } of updates) {
        const row = context.rowOf(id)
        const fields = Object.keys(patch) as TermCellField[]
        const patches: TermLinePatch[] = []
        for (const field of fields) {
          const cellPatch = row ? termCellPatch(row, field, patch[field] ?? null) : null
          if (cellPatch) patches.push(cellPatch)
          else refused.push(refusal(id, field, t('terms.page.cellNotForLine')))
        }
        if (patches.length === 0) continue
        try {
          updated.push(context.toRow(await api.terms.updateLine({ id, patch: mergePatches(patches) })))
          appliedCount += patches.length
        } catch (error) {
          for (const field of fields) refused.push(refusal(id, field, errorMessage(error, t)))
        }
      }
      creates.forEach((patch, createIndex) => {
        for (const field of Object.keys(patch) as TermCellField[]) refused.push(refusal(null, field, t('terms.page.pasteNoNewLines'), createIndex))
      })
      if (appliedCount > 0) context.onWritten()
      return { updated, created: [], refused, appliedCount }
    },
    deleteRows: async (ids) => {
      const removed = await api.terms.removeLines({ ids })
      context.onWritten()
      return removed.map(({ line }) => ({ id: line.id, rowVersion: 0 }))
    },
    fetchRows: async (ids) => {
      const wanted = new Set(ids)
      return (await context.sheetLines()).filter((line) => wanted.has(line.id)).map(context.toRow)
    },
    toRow: (stored) => (typeof stored === 'object' && stored !== null && 'category' in stored ? context.toRow(stored as StoredTermLine) : null)
  }
}
