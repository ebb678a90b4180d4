import { useCallback, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import type { AssortmentLine, BulkPriceField, BulkPriceMode, EditableAssortmentField } from '../../shared/domain/assortment/assortment-line'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { errorMessage } from '../../grid/grid-errors'
import { assortmentServiceValue, type AssortmentRow } from './assortment-rows'

type LinePatch = { id: number; patch: FieldPatch<EditableAssortmentField> }

interface ActionContext {
  t: TFunction
  accountId: number | null
  grid: RefObject<SpreadsheetController<AssortmentRow> | null>
  toRow(line: AssortmentLine): AssortmentRow
  /** After lines were added or removed: the whitespace list changes with them. */
  onLinesChanged(): void
}

/**
 * The page's multi-line actions — apply solved prices, bulk price change, copy from an account,
 * mark proposed, add from the whitespace — each one service call (one transaction) and ONE undo step.
 */
export function useAssortmentActions({ t, accountId, grid, toRow, onLinesChanged }: ActionContext) {
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])
  const put = useCallback(
    (lines: AssortmentLine[], mode: 'update' | 'add-top') => {
      grid.current?.putRows(lines.map(toRow), mode)
      grid.current?.flashRows(lines.map((line) => line.id))
    },
    [grid, toRow]
  )
  const remove = useCallback((ids: number[]) => grid.current?.removeRows(ids), [grid])

  /** Stores patches of existing lines; undo writes back what each cell held. */
  const applyLinePatches = useCallback(
    async (patches: LinePatch[], label: string, doneText: string): Promise<boolean> => {
      const before: LinePatch[] = patches.map(({ id, patch }) => {
        const row = grid.current?.rowById(id)
        const old: FieldPatch<EditableAssortmentField> = {}
        for (const field of Object.keys(patch) as EditableAssortmentField[]) old[field] = row ? assortmentServiceValue(row, field) : null
        return { id, patch: old }
      })
      const run = async (changes: LinePatch[]) => {
        const applied = await trackSave(api.assortment.applyChanges({ updates: changes, creates: [] }))
        put(applied.updated, 'update')
        return applied
      }
      try {
        const applied = await run(patches)
        if (applied.refused.length > 0) showToast('error', applied.refused.map((cell) => cell.message).slice(0, 5).join('\n'))
        else showToast('success', doneText)
        grid.current?.pushUndo({ label, undo: async () => void (await run(before)), redo: async () => void (await run(patches)) })
        onLinesChanged()
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [grid, put, fail, onLinesChanged]
  )

  const bulkPrice = useCallback(
    async (rows: AssortmentRow[], field: BulkPriceField, mode: BulkPriceMode, amount: string): Promise<boolean> => {
      try {
        const result = await trackSave(api.assortment.bulkPrice({ ids: rows.map((row) => row.id), field, mode, amount }))
        put(result.after, 'update')
        const restore = (lines: AssortmentLine[]) =>
          lines.map((line) => ({ id: line.id, patch: { supplyPriceFen: assortmentServiceValue(line, 'supplyPriceFen'), retailPriceFen: assortmentServiceValue(line, 'retailPriceFen') } }))
        const rewrite = async (lines: AssortmentLine[]) => put((await trackSave(api.assortment.applyChanges({ updates: restore(lines), creates: [] }))).updated, 'update')
        grid.current?.pushUndo({ label: t('assortment.action.bulkPrice', { count: result.after.length }), undo: () => rewrite(result.before), redo: () => rewrite(result.after) })
        showToast('success', t('assortment.done.bulkPrice', { count: result.after.length }))
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [grid, put, t, fail]
  )

  const copyFrom = useCallback(
    async (fromAccountId: number, fromName: string, mode: 'add-missing' | 'replace'): Promise<boolean> => {
      if (accountId === null) return false
      try {
        let copied = await trackSave(api.assortment.copy({ fromAccountId, toAccountId: accountId, mode }))
        remove(copied.removed.map((line) => line.id))
        put(copied.created, 'add-top')
        showToast('success', t('assortment.done.copy', { added: copied.created.length, updated: 0, removed: copied.removed.length }))
        grid.current?.pushUndo({
          label: t('assortment.action.copy', { account: fromName }),
          undo: async () => {
            if (copied.created.length > 0) await trackSave(api.assortment.remove({ ids: copied.created.map((line) => line.id) }))
            remove(copied.created.map((line) => line.id))
            const restored = copied.removed.length > 0 ? await trackSave(api.assortment.restore({ lines: copied.removed })) : []
            put(restored, 'add-top')
            copied = { ...copied, removed: restored }
            onLinesChanged()
          },
          redo: async () => {
            if (copied.removed.length > 0) await trackSave(api.assortment.remove({ ids: copied.removed.map((line) => line.id) }))
            remove(copied.removed.map((line) => line.id))
            const created = copied.created.length > 0 ? await trackSave(api.assortment.restore({ lines: copied.created })) : []
            put(created, 'add-top')
            copied = { ...copied, created }
            onLinesChanged()
          }
        })
        onLinesChanged()
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [accountId, grid, put, remove, t, fail, onLinesChanged]
  )

  const addFromWhitespace = useCallback(
    async (skuIds: number[]): Promise<boolean> => {
      if (accountId === null || skuIds.length === 0) return false
      try {
        let added = await trackSave(api.assortment.add({ accountId, skuIds, status: 'proposed' }))
        put(added, 'add-top')
        showToast('success', t('assortment.done.addFromWhitespace', { count: added.length }))
        grid.current?.pushUndo({
          label: t('assortment.action.addFromWhitespace', { count: added.length }),
          undo: async () => {
            await trackSave(api.assortment.remove({ ids: added.map((line) => line.id) }))
            remove(added.map((line) => line.id))
            onLinesChanged()
          },
          redo: async () => {
            added = await trackSave(api.assortment.restore({ lines: added }))
            put(added, 'add-top')
            onLinesChanged()
          }
        })
        onLinesChanged()
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [accountId, grid, put, remove, t, fail, onLinesChanged]
  )

  const markProposed = useCallback(
    (rows: AssortmentRow[]) =>
      applyLinePatches(
        rows.map((row) => ({ id: row.id, patch: { status: 'proposed' } })),
        t('assortment.action.markProposed', { count: rows.length }),
        t('assortment.done.markProposed', { count: rows.length })
      ),
    [applyLinePatches, t]
  )

  return { applyLinePatches, bulkPrice, copyFrom, addFromWhitespace, markProposed }
}
