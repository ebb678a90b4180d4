import { useCallback, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'
import type { Account } from '../../shared/domain/accounts/account'
import type { RegionLookup } from '../../shared/domain/regions'
import { exportColumns, type ExportColumn } from '../../shared/export-columns'
import type { MoneyUnit } from '../../shared/domain/money'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { errorMessage } from '../../grid/grid-errors'
import { toAccountRow, type AccountRow } from './account-rows'

interface ActionContext {
  t: TFunction
  language: Language
  moneyUnit: MoneyUnit
  grid: RefObject<SpreadsheetController<AccountRow> | null>
  regions: { lookup: RegionLookup | null }
}

/** Add, duplicate, delete, import and export of accounts: each stored, shown, and one undo step. */
export function useAccountActions({ t, language, moneyUnit, grid, regions }: ActionContext) {
  const [confirmDelete, setConfirmDelete] = useState<{ rows: AccountRow[]; shownIds: Set<number> } | null>(null)
  const [busyText, setBusyText] = useState<string | null>(null)
  const toRows = useCallback((accounts: Account[]) => accounts.map((account) => toAccountRow(account, regions.lookup)), [regions])
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  /** The undo entry of rows an action inserted (add, duplicate, import): undo deletes them, redo restores them. */
  const pushInsertionUndo = useCallback(
    (label: string, inserted: Account[]) => {
      let current = inserted
      grid.current?.pushUndo({
        label,
        undo: async () => {
          current = await trackSave(api.accounts.delete({ ids: current.map((account) => account.id) }))
          grid.current?.removeRows(current.map((account) => account.id))
        },
        redo: async () => {
          current = await trackSave(api.accounts.restore({ accounts: current }))
          grid.current?.putRows(toRows(current), 'add-top')
        }
      })
    },
    [grid, toRows]
  )

  const addAccount = useCallback(async () => {
    try {
      const created = await trackSave(api.accounts.create({}))
      grid.current?.putRows(toRows([created]), 'add-top')
      const gridApi = grid.current?.api()
      const node = gridApi?.getRowNode(String(created.id))
      if (gridApi && node && node.rowIndex !== null) {
        gridApi.ensureNodeVisible(node)
        gridApi.setFocusedCell(node.rowIndex, 'name')
        gridApi.startEditingCell({ rowIndex: node.rowIndex, colKey: 'name' })
      }
      showToast('success', t('accounts.added', { code: created.code }))
      pushInsertionUndo(t('accounts.action.add'), [created])
    } catch (error) {
      fail(error)
    }
  }, [grid, toRows, pushInsertionUndo, t, fail])

  const duplicateSelected = async () => {
    const rows = grid.current?.targetRows() ?? []
    if (rows.length === 0) return showToast('info', t('grid.selectFirst'))
    try {
      const copies = await trackSave(api.accounts.duplicate({ ids: rows.map((row) => row.id) }))
      grid.current?.putRows(toRows(copies), 'add-top')
      grid.current?.flashRows(copies.map((copy) => copy.id))
      showToast('success', t('accounts.duplicated', { count: copies.length }))
      pushInsertionUndo(t('accounts.action.duplicate', { count: copies.length }), copies)
    } catch (error) {
      fail(error)
    }
  }

  const askDelete = () => {
    const rows = grid.current?.targetRows() ?? []
    if (rows.length === 0) return showToast('info', t('grid.selectFirst'))
    setConfirmDelete({ rows, shownIds: new Set(grid.current?.shownRowIds()) })
  }

  const deleteRows = async (rows: AccountRow[]) => {
    setConfirmDelete(null)
    try {
      let deleted = await trackSave(api.accounts.delete({ ids: rows.map((row) => row.id) }))
      grid.current?.removeRows(deleted.map((account) => account.id))
      showToast('success', t('accounts.deleted', { count: deleted.length }))
      grid.current?.pushUndo({
        label: t('accounts.action.delete', { count: deleted.length }),
        undo: async () => {
          const restored = await trackSave(api.accounts.restore({ accounts: deleted }))
          grid.current?.putRows(toRows(restored), 'add-top')
          grid.current?.flashRows(restored.map((account) => account.id))
          deleted = restored
        },
        redo: async () => {
          deleted = await trackSave(api.accounts.delete({ ids: deleted.map((account) => account.id) }))
          grid.current?.removeRows(deleted.map((account) => account.id))
        }
      })
    } catch (error) {
      fail(error)
    }
  }

  const onImported = (accounts: Account[]) => {
    grid.current?.putRows(toRows(accounts), 'add-top')
    showToast('success', t('import.done', { count: accounts.length }))
    pushInsertionUndo(t('accounts.action.import', { count: accounts.length }), accounts)
  }

  // The rows and columns in view, in their order. The export channel writes money in yuan: in
  // another unit the toast says so (the channel takes no unit yet).
  const exportRows = useCallback(
    async (format: 'xlsx' | 'csv') => {
      const controller = grid.current
      if (!controller) return
      const ids = controller.shownRowIds()
      const columns = controller.shownColumnIds().filter((colId): colId is ExportColumn => (exportColumns as readonly string[]).includes(colId))
      setBusyText(t('export.exporting'))
      try {
        const file = await api.accounts.export({ format, ids, columns, language })
        downloadBase64(file.fileName, file.mimeType, file.dataBase64)
        const done = t('export.done', { count: file.rowCount, file: file.fileName })
        showToast('success', moneyUnit === 'yuan' ? done : `${done} ${t('grid.exportInYuan')}`)
      } catch (error) {
        fail(error)
      } finally {
        setBusyText(null)
      }
    },
    [grid, language, moneyUnit, t, fail]
  )

  return { addAccount, duplicateSelected, askDelete, deleteRows, confirmDelete, cancelDelete: () => setConfirmDelete(null), onImported, exportRows, busyText }
}
