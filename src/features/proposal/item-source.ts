import type { TFunction } from 'i18next'
import type { SpreadsheetSource, CellInput, FieldPatch, RowWithId, RefusedCellOf } from '../../grid/spreadsheet-source'
import { errorMessage, isStale } from '../../grid/grid-errors'

/** What a proposal grid (clauses, events, concessions, activities, SKU lines) says about its items. */
export interface ItemSourceSpec<Row extends RowWithId, Field extends string> {
  entity: string
  fields: readonly Field[]
  moneyFields: readonly Field[]
  serviceValue(row: Row, field: Field): CellInput
  copyText(row: Row, colId: string): string
  fieldLabel(field: Field): string
  /**
   * Stores the row with the patch applied; throws a message a person can act on when a value does
   * not parse or is refused. `baseVersion` is the row's version the edit was based on: items with
   * row versions (the SKU lines) send it and are refused as stale (code 'stale') when written since.
   */
  save(row: Row, patch: FieldPatch<Field>, baseVersion: number): Promise<void>
  remove(ids: number[]): Promise<void>
  /** The rows as the page holds them now. */
  rowsNow(): readonly Row[]
  /** Reads the proposal again and answers the rows as stored (every computed figure follows). */
  reload(): Promise<readonly Row[]>
  /**
   * Whether a change to the entity (its changed and created ids) concerns these rows; without it
   * every change reads the proposal again.
   */
  isAffectedBy?(ids: number[]): Promise<boolean>
}

/**
 * A proposal grid's side of the spreadsheet layer. Proposal items carry no row versions (the
 * service has no stale check for them; their rows say 0), the SKU lines do (they are assortment
 * lines): `baseVersion` goes to `save`, and a stale refusal reads the proposal again, so the cell
 * shows the value the other window stored. Each save reads the proposal back, so the row's
 * computed figures, the key figures and the checklist follow it.
 * Rows are added with the page's forms (they need a territory, dates, SKUs), never by pasting
 * below the last row.
 */
export function createItemSource<Row extends RowWithId, Field extends string>(t: TFunction, spec: ItemSourceSpec<Row, Field>): SpreadsheetSource<Row, Field> {
  const rowById = (id: number) => spec.rowsNow().find((row) => row.id === id)
  const stored = (rows: readonly Row[], id: number): Row => {
    const row = rows.find((candidate) => candidate.id === id)
    if (!row) throw new Error(t('proposal.page.rowGone'))
    return row
  }
  return {
    entity: spec.entity,
    fieldOf: (colId) => (spec.fields as readonly string[]).includes(colId) ? (spec.fields.find((field) => field === colId) ?? null) : null,
    isMoneyField: (field) => spec.moneyFields.includes(field),
    serviceValue: spec.serviceValue,
    copyText: (row, colId) => spec.copyText(row, colId),
    fieldLabel: spec.fieldLabel,
    saveCell: async (id, field, value, baseVersion) => {
      const row = rowById(id)
      if (!row) throw new Error(t('proposal.page.rowGone'))
      const patch: FieldPatch<Field> = {}
      patch[field] = value
      try {
        await spec.save(row, patch, baseVersion)
      } catch (error) {
        // Refused as stale: the current value into the grid before the refusal is shown at the cell.
        if (isStale(error)) await spec.reload()
        throw error
      }
      return stored(await spec.reload(), id)
    },
    applyChanges: async (updates, creates) => {
      const refused: RefusedCellOf<Field>[] = []
      let appliedCount = 0
      for (const update of updates) {
        const row = rowById(update.id)
        const fields = Object.keys(update.patch).filter((key): key is Field => (spec.fields as readonly string[]).includes(key))
        if (!row) {
          for (const field of fields) refused.push({ id: update.id, field, message: t('proposal.page.rowGone') })
          continue
        }
        try {
          await spec.save(row, update.patch, update.baseVersion)
          appliedCount += fields.length
        } catch (error) {
          const code = isStale(error) ? ({ code: 'stale' } as const) : {}
          for (const field of fields) refused.push({ id: update.id, field, ...code, message: errorMessage(error, t) })
        }
      }
      creates.forEach((patch, createIndex) => {
        for (const field of Object.keys(patch).filter((key): key is Field => (spec.fields as readonly string[]).includes(key))) {
          refused.push({ id: null, createIndex, field, message: t('proposal.page.pasteNoNewRows') })
        }
      })
      const rows = await spec.reload()
      const updatedIds = new Set(updates.map((update) => update.id))
      return { updated: rows.filter((row) => updatedIds.has(row.id)), created: [], refused, appliedCount }
    },
    deleteRows: async (ids) => {
      await spec.remove(ids)
      await spec.reload()
      return ids.map((id) => ({ id, rowVersion: 0 }))
    },
    fetchRows: async (ids) => {
      if (spec.isAffectedBy && !(await spec.isAffectedBy(ids))) return []
      const wanted = new Set(ids)
      return (await spec.reload()).filter((row) => wanted.has(row.id))
    },
    toRow: () => null
  }
}
