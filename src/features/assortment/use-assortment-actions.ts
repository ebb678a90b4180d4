import { useCallback, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import type { AssortmentLine, BulkPriceField, BulkPriceMode, EditableAssortmentField } from '../../shared/domain/assortment/assortment-line'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { errorMessage, staleCurrentRow } from '../../grid/grid-errors'
import { assortmentServiceValue, type AssortmentRow } from './assortment-rows'

type LinePatch = { id: number; patch: FieldPatch<EditableAssortmentField> }

/** A refusal of a whole step as stale (one line written by another window since): the undo stack reports it and drops the step. */
const staleStep = (message: string) => Object.assign(new Error(message), { code: 'stale' })

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
 * Each is based on the row versions the person saw, each undo or redo step on the versions this
 * window last wrote: a line another window wrote since is refused as stale, never overwritten.
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
  /** The version a step is based on: this window's own last write of the line, else the one given. */
  const versionOf = useCallback((id: number, fallback: number) => grid.current?.ownVersionOf(id) ?? fallback, [grid])
  /** Lines this window stored, noted as its own writes and shown. */
  const putOwn = useCallback(
    (lines: AssortmentLine[], mode: 'update' | 'add-top') => {
      grid.current?.noteOwnWrites(lines)
      put(lines, mode)
    },
    [grid, put]
  )
  /** Removes lines based on the versions this window left them at; a stale refusal shows the line as it is now. */
  const removeOwn = useCallback(
    async (lines: AssortmentLine[]) => {
      if (lines.length === 0) return
      try {
        await trackSave(api.assortment.remove({ ids: lines.map((line) => line.id), baseVersions: lines.map((line) => versionOf(line.id, line.rowVersion)) }))
      } catch (error) {
        const current = staleCurrentRow(error)
        if (current !== null && typeof current === 'object' && 'skuId' in current) put([current as AssortmentLine], 'update')
        throw error
      }
      remove(lines.map((line) => line.id))
    },
    [put, remove, versionOf]
  )
  /**
   * Writes patches based on the given versions. A line refused as stale comes back as another
   * window left it: shown, but not noted as this window's own write (an undo based on it would
   * overwrite that window's change). `staleIds` names those lines.
   */
  const writePatches = useCallback(
    async (changes: (LinePatch & { baseVersion: number })[]) => {
      const applied = await trackSave(api.assortment.applyChanges({ updates: changes, creates: [] }))
      const staleIds = new Set(applied.refused.filter((cell) => cell.code === 'stale').map((cell) => cell.id))
      put(applied.updated, 'update')
      grid.current?.noteOwnWrites(applied.updated.filter((line) => !staleIds.has(line.id)))
      return { ...applied, staleIds }
    },
    [grid, put]
  )

  /** Stores patches of existing lines; undo writes back what each cell held. */
  const applyLinePatches = useCallback(
    async (patches: LinePatch[], label: string, doneText: string): Promise<boolean> => {
      const shownVersion = new Map<number, number>()
      const before: LinePatch[] = patches.map(({ id, patch }) => {
        const row = grid.current?.rowById(id)
        if (row) shownVersion.set(id, row.rowVersion)
        const old: FieldPatch<EditableAssortmentField> = {}
        for (const field of Object.keys(patch) as EditableAssortmentField[]) old[field] = row ? assortmentServiceValue(row, field) : null
        return { id, patch: old }
      })
      try {
        const applied = await writePatches(patches.map((entry) => ({ ...entry, baseVersion: shownVersion.get(entry.id) ?? 1 })))
        if (applied.refused.length > 0) showToast('error', applied.refused.map((cell) => cell.message).slice(0, 5).join('\n'))
        else showToast('success', doneText)
        // Each step is based on the versions the step before left (or this window's own later writes);
        // a line refused as stale was not changed by this action, and its undo leaves it alone.
        let versionAfter = new Map(applied.updated.map((line) => [line.id, line.rowVersion]))
        const isWritten = (entry: LinePatch) => !applied.staleIds.has(entry.id)
        const rewrite = async (changes: LinePatch[]) => {
          const result = await writePatches(changes.map((entry) => ({ ...entry, baseVersion: versionOf(entry.id, versionAfter.get(entry.id) ?? 1) })))
          const stale = result.refused.find((cell) => cell.code === 'stale')
          if (stale) throw staleStep(stale.message)
          versionAfter = new Map(result.updated.map((line) => [line.id, line.rowVersion]))
          onLinesChanged()
        }
        grid.current?.pushUndo({ label, undo: () => rewrite(before.filter(isWritten)), redo: () => rewrite(patches.filter(isWritten)) })
        onLinesChanged()
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [grid, writePatches, versionOf, fail, onLinesChanged]
  )

  const bulkPrice = useCallback(
    async (rows: AssortmentRow[], field: BulkPriceField, mode: BulkPriceMode, amount: string): Promise<boolean> => {
      try {
        const result = await trackSave(
          api.assortment.bulkPrice({ ids: rows.map((row) => row.id), baseVersions: rows.map((row) => row.rowVersion), field, mode, amount })
        )
        putOwn(result.after, 'update')
        let versionAfter = new Map(result.after.map((line) => [line.id, line.rowVersion]))
        const restore = (lines: AssortmentLine[]) =>
          lines.map((line) => ({
            id: line.id,
            patch: { supplyPriceFen: assortmentServiceValue(line, 'supplyPriceFen'), retailPriceFen: assortmentServiceValue(line, 'retailPriceFen') },
            baseVersion: versionOf(line.id, versionAfter.get(line.id) ?? 1)
          }))
        const rewrite = async (lines: AssortmentLine[]) => {
          const applied = await writePatches(restore(lines))
          const stale = applied.refused.find((cell) => cell.code === 'stale')
          if (stale) throw staleStep(stale.message)
          versionAfter = new Map(applied.updated.map((line) => [line.id, line.rowVersion]))
        }
        grid.current?.pushUndo({ label: t('assortment.action.bulkPrice', { count: result.after.length }), undo: () => rewrite(result.before), redo: () => rewrite(result.after) })
        showToast('success', t('assortment.done.bulkPrice', { count: result.after.length }))
        return true
      } catch (error) {
        const current = staleCurrentRow(error)
        if (current !== null && typeof current === 'object' && 'skuId' in current) put([current as AssortmentLine], 'update')
        fail(error)
        return false
      }
    },
    [grid, put, putOwn, writePatches, versionOf, t, fail]
  )

  const copyFrom = useCallback(
    async (fromAccountId: number, fromName: string, mode: 'add-missing' | 'replace'): Promise<boolean> => {
      if (accountId === null) return false
      try {
        let copied = await trackSave(api.assortment.copy({ fromAccountId, toAccountId: accountId, mode }))
        remove(copied.removed.map((line) => line.id))
        putOwn(copied.created, 'add-top')
        showToast('success', t('assortment.done.copy', { added: copied.created.length, updated: 0, removed: copied.removed.length }))
        grid.current?.pushUndo({
          label: t('assortment.action.copy', { account: fromName }),
          undo: async () => {
            await removeOwn(copied.created)
            const restored = copied.removed.length > 0 ? await trackSave(api.assortment.restore({ lines: copied.removed })) : []
            putOwn(restored, 'add-top')
            copied = { ...copied, removed: restored }
            onLinesChanged()
          },
          redo: async () => {
            await removeOwn(copied.removed)
            const created = copied.created.length > 0 ? await trackSave(api.assortment.restore({ lines: copied.created })) : []
            putOwn(created, 'add-top')
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
    [accountId, grid, putOwn, remove, removeOwn, t, fail, onLinesChanged]
  )

  const addFromWhitespace = useCallback(
    async (skuIds: number[]): Promise<boolean> => {
      if (accountId === null || skuIds.length === 0) return false
      try {
        let added = await trackSave(api.assortment.add({ accountId, skuIds, status: 'proposed' }))
        putOwn(added, 'add-top')
        showToast('success', t('assortment.done.addFromWhitespace', { count: added.length }))
        grid.current?.pushUndo({
          label: t('assortment.action.addFromWhitespace', { count: added.length }),
          undo: async () => {
            await removeOwn(added)
            onLinesChanged()
          },
          redo: async () => {
            added = await trackSave(api.assortment.restore({ lines: added }))
            putOwn(added, 'add-top')
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
    [accountId, grid, putOwn, removeOwn, t, fail, onLinesChanged]
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
