import { useCallback, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'
import { EDITABLE_ACCOUNT_FIELDS, type Account, type EditableAccountField } from '../../shared/domain/accounts/account'
import type { RegionLookup } from '../../shared/domain/regions'
import { exportColumns, type ExportColumn } from '../../shared/export-columns'
import type { MoneyUnit } from '../../shared/domain/money'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { errorMessage } from '../../grid/grid-errors'
import { rawCellValue, toAccountRow, type AccountRow } from './account-rows'
import { accountSettings } from './account-settings'
import type { ImportedAccounts } from './AccountImportDialog'

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
  const toRows = useCallback((accounts: Account[]) => accounts.map((account) => toAccountRow(account, regions.lookup, accountSettings().screeningFormats)), [regions])
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  /**
   * The undo entry of rows an action inserted (add, duplicate, import): undo moves them to the
   * bin, redo takes them out. Each step sends the versions it left the rows at, so it is refused
   * (as stale) rather than undo someone else's later change.
   */
  const pushInsertionUndo = useCallback(
    (label: string, inserted: Account[]) => {
      let current = inserted
      const versioned = () => ({ ids: current.map((account) => account.id), baseVersions: current.map((account) => account.rowVersion) })
      grid.current?.pushUndo({
        label,
        undo: async () => {
          current = await trackSave(api.accounts.delete(versioned()))
          grid.current?.removeRows(current.map((account) => account.id))
        },
        redo: async () => {
          current = await trackSave(api.accounts.restore(versioned()))
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
      const versioned = (accounts: Account[]) => ({ ids: accounts.map((account) => account.id), baseVersions: accounts.map((account) => account.rowVersion) })
      let deleted = await trackSave(api.accounts.delete(versioned(rows)))
      grid.current?.removeRows(deleted.map((account) => account.id))
      showToast('success', t('accounts.deleted', { count: deleted.length }))
      // Undo takes the rows out of the bin only while they are as this delete left them there.
      grid.current?.pushUndo({
        label: t('accounts.action.delete', { count: deleted.length }),
        undo: async () => {
          const restored = await trackSave(api.accounts.restore(versioned(deleted)))
          grid.current?.putRows(toRows(restored), 'add-top')
          grid.current?.flashRows(restored.map((account) => account.id))
          deleted = restored
        },
        redo: async () => {
          deleted = await trackSave(api.accounts.delete(versioned(deleted)))
          grid.current?.removeRows(deleted.map((account) => account.id))
        }
      })
    } catch (error) {
      fail(error)
    }
  }

  /**
   * One undo step for a whole import: undo puts the updated accounts' old values back and moves
   * the added ones to the bin; redo does the import's writes again. Each based on the versions
   * the step before left, so neither overwrites another window's later change.
   */
  const onImported = ({ inserted, updated, previous }: ImportedAccounts) => {
    grid.current?.putRows(toRows(updated), 'update')
    grid.current?.putRows(toRows(inserted), 'add-top')
    showToast('success', updated.length === 0 ? t('import.done', { count: inserted.length }) : t('import.doneByCode', { inserted: inserted.length, updated: updated.length }))
    const asPatch = (account: Account) => {
      const patch: Partial<Record<EditableAccountField, string | number | boolean | null>> = {}
      for (const field of EDITABLE_ACCOUNT_FIELDS) patch[field] = rawCellValue(account, field)
      return patch
    }
    let added = inserted
    let versions = new Map(updated.map((account) => [account.id, account.rowVersion]))
    const writeBack = async (accounts: Account[]) => {
      if (accounts.length === 0) return
      const applied = await trackSave(
        api.accounts.applyChanges({ updates: accounts.map((account) => ({ id: account.id, patch: asPatch(account), baseVersion: versions.get(account.id) ?? 1 })), creates: [] })
      )
      grid.current?.putRows(toRows(applied.updated), 'update')
      const stale = applied.refused.find((cell) => cell.code === 'stale')
      if (stale) throw Object.assign(new Error(stale.message), { code: 'stale' })
      versions = new Map(applied.updated.map((account) => [account.id, account.rowVersion]))
    }
    const versioned = (accounts: Account[]) => ({ ids: accounts.map((account) => account.id), baseVersions: accounts.map((account) => account.rowVersion) })
    grid.current?.pushUndo({
      label: t('accounts.action.import', { count: inserted.length + updated.length }),
      undo: async () => {
        await writeBack(previous)
        if (added.length > 0) {
          added = await trackSave(api.accounts.delete(versioned(added)))
          grid.current?.removeRows(added.map((account) => account.id))
        }
      },
      redo: async () => {
        await writeBack(updated)
        if (added.length > 0) {
          added = await trackSave(api.accounts.restore(versioned(added)))
          grid.current?.putRows(toRows(added), 'add-top')
        }
      }
    })
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
        const file = await api.accounts.export({ format, ids, columns, language, moneyUnit })
        downloadBase64(file.fileName, file.mimeType, file.dataBase64)
        const done = t('export.done', { count: file.rowCount, file: file.fileName })
        showToast('success', done)
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
