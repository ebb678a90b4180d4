import { useCallback, useRef, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import type { RemovedTermLine, StoredPayment, StoredTermLine, StoredTermSheet, TermScenario, TermSideCells } from '../../shared/contract/terms'
import type { TermSide } from '../../shared/domain/terms'
import { typedCellsOf, type TermRow } from './term-rows'
import type { NewLine } from './AddLineDialog'
import type { TypedRebate } from './RebateTiersDialog'
import { typedRebateOf } from './RebateTiersDialog'
import { termLineLabel } from './terms-format'
import { scenarioValueOf } from './scenario-values'

interface ActionContext {
  t: TFunction
  sheet: StoredTermSheet | null | undefined
  grid: RefObject<SpreadsheetController<TermRow> | null>
  toRow(line: StoredTermLine): TermRow
  /** The sheet's payment terms as stored now (after a payment edit or a promotion). */
  setPayment(payment: StoredTermSheet['payment']): void
  refreshFigures(): void
}

/**
 * The sheet's actions beside cell edits — add and remove lines, tiers, payment terms, scenarios
 * and their promotion — each one service call and, where it changes the sheet, ONE undo step on
 * the grid's stack (Ctrl+Z undoes them in the order they were done).
 */
export function useTermsActions({ t, sheet, grid, toRow, setPayment, refreshFigures }: ActionContext) {
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])
  const sheetId = sheet?.id ?? null
  const accountId = sheet?.accountId ?? null
  const year = sheet?.year ?? null

  const put = useCallback(
    (lines: StoredTermLine[], mode: 'update' | 'add-end') => {
      grid.current?.putRows(lines.map(toRow), mode)
      grid.current?.flashRows(lines.map((line) => line.id))
    },
    [grid, toRow]
  )

  /** The sheet as stored, into the grid: lines added, changed and gone (after a promotion, an import). */
  const syncSheet = useCallback(async () => {
    if (accountId === null || year === null) return
    const fresh = await api.terms.get({ accountId, year })
    const freshIds = new Set(fresh.lines.map((line) => line.id))
    const gone: number[] = []
    grid.current?.api()?.forEachNode((node) => {
      if (node.data && !freshIds.has(node.data.id)) gone.push(node.data.id)
    })
    grid.current?.removeRows(gone)
    grid.current?.putRows(fresh.lines.map(toRow), 'add-end')
    setPayment(fresh.payment)
    refreshFigures()
  }, [accountId, year, grid, toRow, setPayment, refreshFigures])

  const addLine = useCallback(
    async (line: NewLine): Promise<boolean> => {
      if (sheetId === null) return false
      try {
        const added = await trackSave(api.terms.addLine({ sheetId, kind: line.kind, ...(line.name === '' ? {} : { name: line.name }), ...(line.basis ? { basis: line.basis } : {}) }))
        put([added], 'add-end')
        refreshFigures()
        let current = added
        let removed: RemovedTermLine[] = []
        grid.current?.pushUndo({
          label: t('terms.page.action.addLine', { label: termLineLabel(added, t) }),
          undo: async () => {
            removed = await trackSave(api.terms.removeLines({ ids: [current.id] }))
            grid.current?.removeRows([current.id])
            refreshFigures()
          },
          redo: async () => {
            const restored = await trackSave(api.terms.restoreLines({ lines: removed }))
            current = restored[0] ?? current
            put(restored, 'add-end')
            refreshFigures()
          }
        })
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [sheetId, put, refreshFigures, grid, t, fail]
  )

  const removeLines = useCallback(
    async (rows: TermRow[]): Promise<void> => {
      if (rows.length === 0) return showToast('info', t('terms.page.selectFirst'))
      try {
        let removed = await trackSave(api.terms.removeLines({ ids: rows.map((row) => row.id) }))
        grid.current?.removeRows(removed.map(({ line }) => line.id))
        refreshFigures()
        showToast('success', t('terms.page.done.removed', { count: removed.length }))
        grid.current?.pushUndo({
          label: t('terms.page.action.remove', { count: removed.length }),
          undo: async () => {
            const restored = await trackSave(api.terms.restoreLines({ lines: removed }))
            // A restored line may come back under a new id: the redo removes that one.
            removed = removed.map((entry, index) => ({ ...entry, line: restored[index] ?? entry.line }))
            put(restored, 'add-end')
            refreshFigures()
          },
          redo: async () => {
            removed = await trackSave(api.terms.removeLines({ ids: removed.map(({ line }) => line.id) }))
            grid.current?.removeRows(removed.map(({ line }) => line.id))
            refreshFigures()
          }
        })
      } catch (error) {
        fail(error)
      }
    },
    [grid, put, refreshFigures, t, fail]
  )

  const saveTiers = useCallback(
    async (row: TermRow, side: TermSide, typed: TypedRebate): Promise<boolean> => {
      if (row.category !== 'conditionalRebate') return false
      const before = row.values[side] === null ? null : typedRebateOf(row.values[side])
      const write = async (value: TypedRebate | null) => {
        const saved = await trackSave(api.terms.updateLine({ id: row.id, patch: { [side]: value === null || value.tiers.length === 0 ? null : value } }))
        put([saved], 'update')
        refreshFigures()
      }
      try {
        await write(typed)
        grid.current?.pushUndo({
          label: t('terms.page.action.tiers', { label: termLineLabel(row, t), side: t(`terms.sides.${side}`) }),
          undo: () => write(before),
          redo: () => write(typed)
        })
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [put, refreshFigures, grid, t, fail]
  )

  const savePayment = useCallback(
    async (side: TermSide, payment: StoredPayment | null, before: StoredPayment | null): Promise<void> => {
      if (sheetId === null) return
      const write = async (value: StoredPayment | null) => {
        const saved = await trackSave(
          api.terms.setPayment(value === null ? { sheetId, side, mode: null } : { sheetId, side, mode: value.mode, days: value.days, inventoryDays: value.inventoryDays })
        )
        setPayment(saved.payment)
        refreshFigures()
      }
      try {
        await write(payment)
        grid.current?.pushUndo({ label: t('terms.page.action.payment', { side: t(`terms.sides.${side}`) }), undo: () => write(before), redo: () => write(payment) })
      } catch (error) {
        fail(error)
      }
    },
    [sheetId, setPayment, refreshFigures, grid, t, fail]
  )

  // A scenario brought back by undo keeps its id while that is free, else returns under a new one:
  // older steps follow it there.
  const scenarioIds = useRef(new Map<number, number>())
  const currentScenarioId = useCallback((id: number): number => {
    let current = id
    for (let next = scenarioIds.current.get(current); next !== undefined; next = scenarioIds.current.get(current)) current = next
    return current
  }, [])
  /** The scenario as the delete answered it, back whole in ONE service call (one transaction). */
  const restoreScenario = useCallback(
    async (deleted: TermScenario): Promise<TermScenario> => {
      const restored = await trackSave(api.terms.scenarioRestore({ scenario: deleted }))
      if (restored.id !== deleted.id) scenarioIds.current.set(deleted.id, restored.id)
      refreshFigures()
      return restored
    },
    [refreshFigures]
  )
  const removeScenario = useCallback(
    async (scenarioId: number): Promise<TermScenario> => {
      const deleted = await trackSave(api.terms.scenarioDelete({ scenarioId: currentScenarioId(scenarioId) }))
      refreshFigures()
      return deleted
    },
    [currentScenarioId, refreshFigures]
  )

  /** A new scenario from our offer: ONE undo step, which deletes it; redo brings it back with its values. */
  const createScenario = useCallback(
    async (name: string): Promise<boolean> => {
      if (sheetId === null) return false
      try {
        const created = await trackSave(api.terms.scenarioCreate({ sheetId, name }))
        refreshFigures()
        let removed = created
        grid.current?.pushUndo({
          label: t('terms.page.action.createScenario', { name: created.name }),
          undo: async () => {
            removed = await removeScenario(created.id)
          },
          redo: async () => {
            await restoreScenario(removed)
          }
        })
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    [sheetId, refreshFigures, removeScenario, restoreScenario, grid, t, fail]
  )

  /** One scenario edit, stored, then the figures again. */
  const writeScenario = useCallback(
    async (scenarioId: number, change: { lines?: { lineId: number; cells: TermSideCells | null }[]; payment?: StoredPayment | null }): Promise<void> => {
      await trackSave(api.terms.scenarioUpdate({ scenarioId: currentScenarioId(scenarioId), ...change }))
      refreshFigures()
    },
    [currentScenarioId, refreshFigures]
  )

  /** A scenario's line changed: ONE undo step, which types the value it had back in. */
  const updateScenarioLine = useCallback(
    async (scenario: TermScenario, line: StoredTermLine, cells: TermSideCells | null): Promise<boolean> => {
      const before = typedCellsOf(line.category, scenarioValueOf(scenario, line))
      const write = (value: TermSideCells | null) => writeScenario(scenario.id, { lines: [{ lineId: line.id, cells: value }] })
      try {
        await write(cells)
        grid.current?.pushUndo({ label: t('terms.page.action.scenarioLine', { name: scenario.name, label: termLineLabel(line, t) }), undo: () => write(before), redo: () => write(cells) })
        return true
      } catch (error) {
        fail(error)
        refreshFigures()
        return false
      }
    },
    [writeScenario, grid, t, fail, refreshFigures]
  )

  const updateScenarioPayment = useCallback(
    async (scenario: TermScenario, payment: StoredPayment | null): Promise<void> => {
      const before = scenario.payment
      const write = (value: StoredPayment | null) => writeScenario(scenario.id, { payment: value })
      try {
        await write(payment)
        grid.current?.pushUndo({ label: t('terms.page.action.scenarioPayment', { name: scenario.name }), undo: () => write(before), redo: () => write(payment) })
      } catch (error) {
        fail(error)
        refreshFigures()
      }
    },
    [writeScenario, grid, t, fail, refreshFigures]
  )

  /** The scenario becomes our offer in one transaction; undo puts the offer before it back. */
  const promoteScenario = useCallback(
    async (scenario: TermScenario): Promise<void> => {
      try {
        let before = await trackSave(api.terms.scenarioPromote({ scenarioId: scenario.id }))
        let after = before
        await syncSheet()
        showToast('success', t('terms.page.done.promoted', { name: scenario.name }))
        grid.current?.pushUndo({
          label: t('terms.page.action.promote', { name: scenario.name }),
          undo: async () => {
            after = await trackSave(api.terms.offerRestore({ snapshot: before }))
            await syncSheet()
          },
          redo: async () => {
            before = await trackSave(api.terms.offerRestore({ snapshot: after }))
            await syncSheet()
          }
        })
      } catch (error) {
        fail(error)
      }
    },
    [syncSheet, grid, t, fail]
  )

  /**
   * Deletes a scenario (the page asked first); undo brings it back whole — its name, payment and
   * every line value still on the sheet — in one service call, so a failure leaves no half scenario.
   */
  const deleteScenario = useCallback(
    async (scenario: TermScenario): Promise<void> => {
      try {
        let deleted = await removeScenario(scenario.id)
        showToast('success', t('terms.page.done.scenarioDeleted', { name: scenario.name }))
        grid.current?.pushUndo({
          label: t('terms.page.action.deleteScenario', { name: scenario.name }),
          undo: async () => {
            await restoreScenario(deleted)
          },
          redo: async () => {
            deleted = await removeScenario(scenario.id)
          }
        })
      } catch (error) {
        fail(error)
        refreshFigures()
      }
    },
    [removeScenario, restoreScenario, refreshFigures, grid, t, fail]
  )

  return { addLine, removeLines, saveTiers, savePayment, createScenario, updateScenarioLine, updateScenarioPayment, promoteScenario, deleteScenario, syncSheet }
}
