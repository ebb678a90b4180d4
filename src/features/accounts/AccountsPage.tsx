import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AgGridReact } from 'ag-grid-react'
import {
  themeQuartz,
  type CellEditRequestEvent,
  type ColDef,
  type Column,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type RowClassParams,
  type RowSelectionOptions,
  type SelectionColumnDef
} from 'ag-grid-community'
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale'
import { api, ApiError, onMenuCommand } from '../../lib/api'
import { registerUnsavedWork, trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Icon } from '../../components/Icon'
import type { Language } from '../../shared/i18n'
import type { Account, EditableAccountField } from '../../shared/domain/accounts/account'
import { accountTotals } from '../../shared/domain/accounts/totals'
import { createRegionLookup, type Region, type RegionLookup } from '../../shared/domain/regions'
import type { RefusedCell } from '../../shared/contract'
import { exportColumns, type ExportColumn } from '../../shared/export-columns'
import { toAccountRow, rawCellValue, type AccountRow } from './account-rows'
import { buildAccountColumns, EDITABLE_COLUMN_FIELD, isTotalsRow, totalsRow } from './account-columns'
import { parseClipboardTable, planPaste, type PasteColumn } from '../../grid/clipboard'
import { createUndoStack } from '../../grid/undo-stack'
import { setRowCounts } from './row-counts'
import { ImportDialog } from './ImportDialog'
import { ColumnChooser } from './ColumnChooser'
import { downloadBase64 } from '../../lib/download'
import { FIRST_SCREEN_ACCOUNTS, takeAccountsData } from './accounts-data'

const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12.5,
  headerFontWeight: 600,
  headerBackgroundColor: '#f3f5f9',
  rowHeight: 34,
  headerHeight: 36,
  accentColor: '#2457d6',
  borderColor: '#dde2ea',
  wrapperBorderRadius: 8,
  spacing: 6
})

// Grid options with stable identities: a new object on each render makes AG Grid rebuild every column.
const defaultColDef: ColDef<AccountRow> = {
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  // Cells hand the typed text to the service, which parses it (money in yuan, 万/亿…).
  valueParser: (params) => params.newValue as unknown
}
const rowSelection: RowSelectionOptions<AccountRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false,
  selectAll: 'filtered'
}
/** The whole list is asked for once the first screen has painted, or after this long at the latest. */
const REST_OF_LIST_AT_THE_LATEST_MS = 2000
/** Rows rendered above and below the viewport (AG Grid's default), so scrolling finds them ready. */
const ROW_BUFFER = 10
const selectionColumnDef: SelectionColumnDef = { pinned: 'left', width: 44 }
const getRowId = (params: GetRowIdParams<AccountRow>): string => (isTotalsRow(params.data) ? 'totals' : String(params.data.id))
const getRowClass = (params: RowClassParams<AccountRow>): string | undefined => (isTotalsRow(params.data) ? 'row-totals' : undefined)

declare global {
  interface Window {
    /** Timings the benchmark reads: edit round trips in ms (edit → stored → grid updated). */
    __kaPerf?: { edits: number[] }
  }
}


const errorText = (error: unknown): string => (error instanceof ApiError || error instanceof Error ? error.message : String(error))

interface CellError {
  message: string
  left: number
  top: number
}

interface AccountsPageProps {
  language: Language
  /** The grid layout saved in the workspace, as read when the app started. */
  savedColumnState: unknown[] | null
}

export function AccountsPage({ language, savedColumnState }: AccountsPageProps): React.JSX.Element {
  const { t } = useTranslation()
  const gridRef = useRef<AgGridReact<AccountRow>>(null)
  const rowsById = useRef(new Map<number, AccountRow>())
  const lookupRef = useRef<RegionLookup | null>(null)
  const undoStack = useRef(createUndoStack()).current
  // The region list reaches the editor through this holder, so the columns need not be rebuilt
  // when it arrives.
  const regionHolder = useRef<{ list: readonly Region[] }>({ list: [] }).current
  const [loadVersion, setLoadVersion] = useState(0)
  const [search, setSearch] = useState('')
  const [cellError, setCellError] = useState<CellError | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<AccountRow[] | null>(null)
  const [isImportOpen, setImportOpen] = useState(false)
  const [isExportMenuOpen, setExportMenuOpen] = useState(false)
  const [busyText, setBusyText] = useState<string | null>(null)
  // The toolbar's undo/redo state; the page re-renders only when it flips (not on every edit).
  const [undoButtons, setUndoButtons] = useState('00')
  const searchRef = useRef<HTMLInputElement>(null)
  /** The column layout to restore: the saved one, then whatever the user made of it. */
  const latestColumnState = useRef<unknown[] | null>(savedColumnState)

  const gridApi = (): GridApi<AccountRow> | undefined => gridRef.current?.api
  const bumpUndo = useCallback(() => setUndoButtons(`${undoStack.canUndo() ? 1 : 0}${undoStack.canRedo() ? 1 : 0}`), [undoStack])

  // ---- loading: the first screen at once, then every account ----------------------------------
  // Until every account is in, the grid only shows: no edits, no totals (they would be partial).
  // The whole list is asked for only once the grid has painted the first screen, so a large list
  // is neither serialised, sent nor parsed while the first rows are on their way.
  const [isFullyLoaded, setFullyLoaded] = useState(false)
  const isFullyLoadedRef = useRef(false)
  const firstRowsRendered = useRef<(() => void) | null>(null)
  useEffect(() => {
    let isCurrent = true
    const data = takeAccountsData()
    const show = (accounts: Account[], regionList: Region[], isComplete: boolean) => {
      if (!isCurrent || isFullyLoadedRef.current) return
      const lookup = createRegionLookup(regionList)
      lookupRef.current = lookup
      regionHolder.list = regionList
      rowsById.current = new Map(accounts.map((account) => [account.id, toAccountRow(account, lookup)]))
      performance.mark(isComplete ? 'ka:rows-built' : 'ka:first-screen-built')
      if (isComplete) {
        isFullyLoadedRef.current = true
        setFullyLoaded(true)
      } else setRowCounts({ shown: accounts.length, total: null })
      setLoadVersion((version) => version + 1)
    }
    const loadAll = () => {
      if (!isCurrent) return
      void Promise.all([data.all(), data.regions])
        .then(([all, regionList]) => {
          performance.mark('ka:accounts-data')
          show(all, regionList, true)
        })
        .catch((error: unknown) => showToast('error', errorText(error)))
    }
    // After the frame that shows the first rows (the grid reports them rendered, not yet painted).
    const afterFirstPaint = new Promise<void>((resolve) => {
      firstRowsRendered.current = () => requestAnimationFrame(() => setTimeout(resolve, 0))
      // Should the grid never report rendered rows (no room to draw them), the rest comes anyway.
      setTimeout(resolve, REST_OF_LIST_AT_THE_LATEST_MS)
    })
    void Promise.all([data.firstScreen, data.regions])
      .then(([first, regionList]) => {
        const isComplete = first.length < FIRST_SCREEN_ACCOUNTS
        show(first, regionList, isComplete)
        if (!isComplete) void afterFirstPaint.then(loadAll)
      })
      // The first screen failed: the whole list says why (or loads after all).
      .catch(loadAll)
    return () => {
      isCurrent = false
      firstRowsRendered.current = null
    }
  }, [regionHolder])

  // The grid is rebuilt when the language changes (AG Grid's locale is fixed at creation): give
  // it the rows as they are now, not as they were loaded.
  const rowData = useMemo(
    () => (loadVersion === 0 ? undefined : [...rowsById.current.values()]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loadVersion, language]
  )
  const columnDefs = useMemo(() => buildAccountColumns({ t, language, regions: regionHolder }), [t, language, regionHolder])
  const localeText = useMemo(
    () => ({ ...(language === 'zh-CN' ? AG_GRID_LOCALE_CN : AG_GRID_LOCALE_EN), noRowsToShow: t('accounts.empty') }),
    [language, t]
  )

  // ---- keeping the grid, totals and counts in step ----------------------------------------------
  // The totals row and the counts, after the grid has painted the change (not in its way).
  const totalsTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const refreshTotals = useCallback(() => {
    if (totalsTimer.current) return
    totalsTimer.current = setTimeout(() => {
      totalsTimer.current = null
      const grid = gridApi()
      if (!grid || !isFullyLoadedRef.current) return
      const shown: AccountRow[] = []
      grid.forEachNodeAfterFilter((node) => {
        if (node.data) shown.push(node.data)
      })
      grid.setGridOption('pinnedBottomRowData', [totalsRow(accountTotals(shown), t('accounts.totals'))])
      setRowCounts({ shown: shown.length, total: rowsById.current.size })
    }, 0)
  }, [t])

  // Stored rows back into the grid. An update refreshes the rows where they are, as in Excel: a
  // sorted or filtered view is not re-sorted under the user's cursor (sorting or filtering again
  // applies to the new values), and it costs no pass over 10,000 rows per edit.
  const putRows = useCallback(
    (accounts: Account[], mode: 'update' | 'add') => {
      const rows = accounts.map((account) => toAccountRow(account, lookupRef.current))
      rows.forEach((row) => rowsById.current.set(row.id, row))
      const grid = gridApi()
      if (!grid) return rows
      if (mode === 'add') {
        grid.applyTransaction({ add: rows, addIndex: 0 })
        return rows
      }
      const missing = rows.filter((row) => {
        const node = grid.getRowNode(String(row.id))
        node?.updateData(row)
        return node === undefined
      })
      if (missing.length > 0) grid.applyTransaction({ add: missing, addIndex: 0 })
      refreshTotals()
      return rows
    },
    [refreshTotals]
  )

  const removeRows = useCallback((ids: number[]) => {
    const rows = ids.map((id) => rowsById.current.get(id)).filter((row): row is AccountRow => row !== undefined)
    ids.forEach((id) => rowsById.current.delete(id))
    gridApi()?.applyTransaction({ remove: rows })
  }, [])

  const flashRows = (ids: number[], columns?: string[]) => {
    const grid = gridApi()
    if (!grid) return
    const nodes = ids.map((id) => grid.getRowNode(String(id))).filter((node) => node !== undefined)
    if (nodes[0]) grid.ensureNodeVisible(nodes[0])
    grid.flashCells({ rowNodes: nodes, columns })
  }

  const showCellError = (id: number, colId: string, message: string) => {
    const cell = document.querySelector(`.ag-row[row-id="${id}"] [col-id="${colId}"]`)
    const rect = cell?.getBoundingClientRect()
    if (rect) setCellError({ message, left: rect.left, top: rect.bottom + 4 })
    showToast('error', t('accounts.editRefused', { message }))
  }
  useEffect(() => {
    if (!cellError) return
    const timer = setTimeout(() => setCellError(null), 6000)
    return () => clearTimeout(timer)
  }, [cellError])

  // ---- editing -------------------------------------------------------------------------------
  const fieldLabel = (field: EditableAccountField) => t(`fields.${field}`)

  const writeCell = useCallback(
    async (id: number, field: EditableAccountField, raw: string | number | boolean | null) => {
      const updated = await trackSave(api.accounts.update({ id, patch: { [field]: raw } }))
      putRows([updated], 'update')
      return updated
    },
    [putRows]
  )

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<AccountRow>) => {
      const row = event.data
      const field = EDITABLE_COLUMN_FIELD[event.column.getColId()]
      if (!row || !field || isTotalsRow(row)) return
      if (!isFullyLoadedRef.current) return showToast('info', t('common.loading'))
      const before = rawCellValue(row, field)
      const after = event.newValue === undefined || event.newValue === null ? '' : (event.newValue as string | number | boolean)
      if (String(before ?? '') === String(after)) return
      setCellError(null)
      const started = performance.now()
      writeCell(row.id, field, after)
        .then(() => {
          requestAnimationFrame(() => {
            window.__kaPerf ??= { edits: [] }
            window.__kaPerf.edits.push(performance.now() - started)
          })
          undoStack.push({
            label: t('accounts.action.edit', { field: fieldLabel(field) }),
            undo: async () => {
              await writeCell(row.id, field, before)
              flashRows([row.id], [event.column.getColId()])
            },
            redo: async () => {
              await writeCell(row.id, field, after)
              flashRows([row.id], [event.column.getColId()])
            }
          })
          bumpUndo()
        })
        .catch((error: unknown) => showCellError(row.id, event.column.getColId(), errorText(error)))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [writeCell, t]
  )

  // ---- undo / redo ----------------------------------------------------------------------------
  const undo = useCallback(async () => {
    try {
      const label = await undoStack.undo()
      showToast('info', label ? t('accounts.undone', { what: label }) : t('accounts.nothingToUndo'))
    } catch (error) {
      showToast('error', errorText(error))
    }
    bumpUndo()
  }, [t, undoStack, bumpUndo])

  const redo = useCallback(async () => {
    try {
      const label = await undoStack.redo()
      showToast('info', label ? t('accounts.redone', { what: label }) : t('accounts.nothingToRedo'))
    } catch (error) {
      showToast('error', errorText(error))
    }
    bumpUndo()
  }, [t, undoStack, bumpUndo])

  // ---- rows: add, duplicate, delete ---------------------------------------------------------
  const targetRows = (): AccountRow[] => {
    const grid = gridApi()
    if (!grid) return []
    const selected = grid.getSelectedRows().filter((row) => !isTotalsRow(row))
    if (selected.length > 0) return selected
    const focused = grid.getFocusedCell()
    const node = focused && focused.rowPinned == null ? grid.getDisplayedRowAtIndex(focused.rowIndex) : undefined
    return node?.data ? [node.data] : []
  }

  /** The undo entry of rows an action inserted (add, duplicate, import): undo deletes them, redo restores them. */
  const pushInsertionUndo = useCallback(
    (label: string, inserted: Account[]) => {
      let current = inserted
      undoStack.push({
        label,
        undo: async () => {
          current = await trackSave(api.accounts.delete({ ids: current.map((account) => account.id) }))
          removeRows(current.map((account) => account.id))
        },
        redo: async () => {
          current = await trackSave(api.accounts.restore({ accounts: current }))
          putRows(current, 'add')
        }
      })
      bumpUndo()
    },
    [undoStack, removeRows, putRows, bumpUndo]
  )

  const addAccount = useCallback(async () => {
    try {
      const created = await trackSave(api.accounts.create({}))
      putRows([created], 'add')
      const grid = gridApi()
      const node = grid?.getRowNode(String(created.id))
      if (grid && node && node.rowIndex !== null) {
        grid.ensureNodeVisible(node)
        grid.setFocusedCell(node.rowIndex, 'name')
        grid.startEditingCell({ rowIndex: node.rowIndex, colKey: 'name' })
      }
      showToast('success', t('accounts.added', { code: created.code }))
      pushInsertionUndo(t('accounts.action.add'), [created])
    } catch (error) {
      showToast('error', errorText(error))
    }
  }, [putRows, pushInsertionUndo, t])

  const duplicateSelected = async () => {
    const rows = targetRows()
    if (rows.length === 0) return showToast('info', t('accounts.selectFirst'))
    try {
      const copies = await trackSave(api.accounts.duplicate({ ids: rows.map((row) => row.id) }))
      putRows(copies, 'add')
      flashRows(copies.map((copy) => copy.id))
      showToast('success', t('accounts.duplicated', { count: copies.length }))
      pushInsertionUndo(t('accounts.action.duplicate', { count: copies.length }), copies)
    } catch (error) {
      showToast('error', errorText(error))
    }
  }

  const deleteRows = async (rows: AccountRow[]) => {
    setConfirmDelete(null)
    try {
      let deleted = await trackSave(api.accounts.delete({ ids: rows.map((row) => row.id) }))
      removeRows(deleted.map((account) => account.id))
      showToast('success', t('accounts.deleted', { count: deleted.length }))
      undoStack.push({
        label: t('accounts.action.delete', { count: deleted.length }),
        undo: async () => {
          const restored = await trackSave(api.accounts.restore({ accounts: deleted }))
          putRows(restored, 'add')
          flashRows(restored.map((account) => account.id))
          deleted = restored
        },
        redo: async () => {
          deleted = await trackSave(api.accounts.delete({ ids: deleted.map((account) => account.id) }))
          removeRows(deleted.map((account) => account.id))
        }
      })
      bumpUndo()
    } catch (error) {
      showToast('error', errorText(error))
    }
  }

  const askDelete = () => {
    const rows = targetRows()
    if (rows.length === 0) return showToast('info', t('accounts.selectFirst'))
    setConfirmDelete(rows)
  }

  // ---- paste from Excel / WPS -------------------------------------------------------------
  const pasteColumns = (grid: GridApi<AccountRow>): PasteColumn[] =>
    grid
      .getAllDisplayedColumns()
      .filter((column: Column) => !column.getColId().startsWith('ag-Grid-'))
      .map((column) => ({ colId: column.getColId(), field: EDITABLE_COLUMN_FIELD[column.getColId()] ?? null }))

  const pasteText = useCallback(
    async (text: string) => {
      const grid = gridApi()
      if (!grid) return
      const focused = grid.getFocusedCell()
      if (!focused || focused.rowPinned) return showToast('info', t('accounts.pasteNoFocus'))
      const columns = pasteColumns(grid)
      const startColumn = columns.findIndex((column) => column.colId === focused.column.getColId())
      if (startColumn < 0) return showToast('info', t('accounts.pasteNoFocus'))
      const block = parseClipboardTable(text)
      const rowIdAt = (index: number) => {
        const data = index < grid.getDisplayedRowCount() ? grid.getDisplayedRowAtIndex(index)?.data : undefined
        return data && !isTotalsRow(data) ? data.id : undefined
      }
      const plan = planPaste(block, focused.rowIndex, startColumn, columns, rowIdAt)
      const updates = plan.updates.map(({ id, patch }) => ({ id, patch }))
      const readOnlyNotes = plan.readOnlyColumns.map((colId) => t('accounts.pasteReadOnly', { field: t(`fields.${colId}` as never) as string }))
      if (plan.cellCount === 0) return showToast('info', readOnlyNotes[0] ?? t('accounts.pasteNoFocus'))

      const before = plan.updates.map(({ id, patch }) => {
        const row = rowsById.current.get(id) as AccountRow
        const old: Partial<Record<EditableAccountField, string | number | boolean | null>> = {}
        for (const field of Object.keys(patch) as EditableAccountField[]) old[field] = rawCellValue(row, field)
        return { id, patch: old }
      })
      const displayIndex = new Map<number, number>()
      plan.updates.forEach((_, offset) => {
        const id = rowIdAt(focused.rowIndex + offset)
        if (id !== undefined) displayIndex.set(id, focused.rowIndex + offset + 1)
      })
      const describeRefused = (refused: RefusedCell[]) =>
        refused.map((cell) =>
          t('accounts.pasteRefusedItem', {
            row: cell.id !== null ? (displayIndex.get(cell.id) ?? '?') : grid.getDisplayedRowCount() + (cell.createIndex ?? 0) + 1,
            field: t(`fields.${cell.field}`),
            message: cell.message
          })
        )
      try {
        setBusyText(t('common.loading'))
        const applied = await trackSave(api.accounts.applyChanges({ updates, creates: plan.creates }))
        putRows(applied.updated, 'update')
        let createdIds = applied.created.map((account) => account.id)
        if (applied.created.length > 0) {
          const rows = applied.created.map((account) => toAccountRow(account, lookupRef.current))
          rows.forEach((row) => rowsById.current.set(row.id, row))
          grid.applyTransaction({ add: rows })
        }
        flashRows(applied.updated.map((account) => account.id))
        const detail = [...describeRefused(applied.refused), ...readOnlyNotes]
        if (applied.created.length > 0) detail.unshift(t('accounts.pasteNewRows', { count: applied.created.length }))
        showToast(applied.refused.length > 0 ? 'error' : 'success', t('accounts.pasteReport', { applied: applied.appliedCount, refused: applied.refused.length + readOnlyNotes.length }), detail)
        undoStack.push({
          label: t('accounts.action.paste', { count: plan.cellCount }),
          undo: async () => {
            const restored = await trackSave(api.accounts.applyChanges({ updates: before, creates: [] }))
            putRows(restored.updated, 'update')
            if (createdIds.length > 0) {
              await trackSave(api.accounts.delete({ ids: createdIds }))
              removeRows(createdIds)
            }
            flashRows(restored.updated.map((account) => account.id))
          },
          redo: async () => {
            const again = await trackSave(api.accounts.applyChanges({ updates, creates: plan.creates }))
            putRows(again.updated, 'update')
            createdIds = again.created.map((account) => account.id)
            if (again.created.length > 0) putRows(again.created, 'add')
            flashRows(again.updated.map((account) => account.id))
          }
        })
        bumpUndo()
      } catch (error) {
        showToast('error', errorText(error))
      } finally {
        setBusyText(null)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [putRows, removeRows, t, undoStack]
  )

  const onPaste = (event: React.ClipboardEvent) => {
    const grid = gridApi()
    if (!grid || !isFullyLoaded || grid.getEditingCells().length > 0) return
    const target = event.target as HTMLElement
    if (target.closest('input, textarea, select, .ag-popup-editor')) return
    event.preventDefault()
    void pasteText(event.clipboardData.getData('text/plain'))
  }

  // ---- copy (the focused cell, or the selected rows as a block) ------------------------------
  // Through the copy event, so it needs no clipboard permission (Electron denies them all).
  const textToCopy = (): string | null => {
    const grid = gridApi()
    if (!grid) return null
    const columns = pasteColumns(grid)
    const cellText = (row: AccountRow, colId: string): string => {
      const field = EDITABLE_COLUMN_FIELD[colId]
      if (field) {
        const value = rawCellValue(row, field)
        return typeof value === 'boolean' ? t(`enums.flag.${value ? 'yes' : 'no'}`) : value === null ? '' : String(value)
      }
      const node = grid.getRowNode(String(row.id))
      return node ? String(grid.getCellValue({ rowNode: node, colKey: colId, useFormatter: true }) ?? '') : ''
    }
    const quote = (text: string) => (/[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
    const selected = grid.getSelectedRows().filter((row) => !isTotalsRow(row))
    if (selected.length > 0) return selected.map((row) => columns.map((column) => quote(cellText(row, column.colId))).join('\t')).join('\r\n')
    const focused = grid.getFocusedCell()
    const row = focused && !focused.rowPinned ? grid.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined
    return focused && row ? cellText(row, focused.column.getColId()) : null
  }

  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, .ag-popup-editor') || window.getSelection()?.toString()) return
      if (!target?.closest('[data-testid=accounts-grid]') && target !== document.body) return
      const text = textToCopy()
      if (text === null || !event.clipboardData) return
      event.preventDefault()
      event.clipboardData.setData('text/plain', text)
    }
    document.addEventListener('copy', onCopy)
    return () => document.removeEventListener('copy', onCopy)
  })

  // ---- export ------------------------------------------------------------------------------
  const exportRows = useCallback(
    async (format: 'xlsx' | 'csv') => {
      setExportMenuOpen(false)
      const grid = gridApi()
      if (!grid) return
      const ids: number[] = []
      grid.forEachNodeAfterFilterAndSort((node) => {
        if (node.data && !isTotalsRow(node.data)) ids.push(node.data.id)
      })
      const columns = grid
        .getAllDisplayedColumns()
        .map((column) => column.getColId())
        .filter((colId): colId is ExportColumn => (exportColumns as readonly string[]).includes(colId))
      setBusyText(t('export.exporting'))
      try {
        const file = await api.accounts.export({ format, ids, columns, language })
        downloadBase64(file.fileName, file.mimeType, file.dataBase64)
        showToast('success', t('export.done', { count: file.rowCount, file: file.fileName }))
      } catch (error) {
        showToast('error', errorText(error))
      } finally {
        setBusyText(null)
      }
    },
    [language, t]
  )

  // ---- column layout remembered ----------------------------------------------------------
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saveColumnState = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current)
    latestColumnState.current = gridApi()?.getColumnState() ?? null
    saveTimer.current = setTimeout(() => {
      const state = latestColumnState.current
      if (state)
        void api.settings
          .set({ key: 'gridLayout', gridId: 'accounts', value: { columnState: state as unknown as Record<string, unknown>[], moneyUnit: 'yuan', savedViews: [] } })
          .catch(() => undefined)
    }, 400)
  }, [])

  const resetColumns = () => {
    gridApi()?.resetColumnState()
    latestColumnState.current = null
    void api.settings.set({ key: 'gridLayout', gridId: 'accounts', value: null })
  }

  const onGridReady = (event: GridReadyEvent<AccountRow>) => {
    const state = latestColumnState.current
    if (state) event.api.applyColumnState({ state: state as never, applyOrder: true })
    if (search) event.api.setGridOption('quickFilterText', search)
    refreshTotals()
  }

  // ---- keyboard and menu -------------------------------------------------------------------
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const isTyping = !!target?.closest('input, textarea, select, [contenteditable="true"], .ag-cell-inline-editing, .ag-popup-editor')
      const isMod = event.ctrlKey || event.metaKey
      if (!isMod || document.querySelector('.modal-backdrop')) return
      const key = event.key.toLowerCase()
      if (key === 'f') {
        event.preventDefault()
        searchRef.current?.focus()
        return
      }
      if (isTyping) return
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void undo()
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault()
        void redo()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  })

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (!isFullyLoadedRef.current) return
        if (command === 'undo') void undo()
        else if (command === 'redo') void redo()
        else if (command === 'import') setImportOpen(true)
        else if (command === 'export-xlsx') void exportRows('xlsx')
        else if (command === 'export-csv') void exportRows('csv')
        else if (command === 'add-account') void addAccount()
      }),
    [undo, redo, exportRows, addAccount]
  )

  useEffect(() => {
    const timer = setTimeout(() => gridApi()?.setGridOption('quickFilterText', search), 150)
    return () => clearTimeout(timer)
  }, [search])

  useEffect(() => () => setRowCounts(null), [])
  // A cell still being edited has not been saved: closing the window asks first.
  useEffect(() => registerUnsavedWork(() => (gridApi()?.getEditingCells().length ?? 0) > 0), [])

  const onImported = (accounts: Account[]) => {
    setImportOpen(false)
    putRows(accounts, 'add')
    showToast('success', t('import.done', { count: accounts.length }))
    pushInsertionUndo(t('accounts.action.import', { count: accounts.length }), accounts)
  }

  return (
    <section className="page accounts-page" data-testid="accounts-page">
      <header className="page-header">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p className="page-subtitle">{t('accounts.subtitle')}</p>
        </div>
        <div className="search-box">
          <Icon name="search" size={16} />
          <input
            ref={searchRef}
            type="search"
            value={search}
            placeholder={t('accounts.search')}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="accounts-search"
          />
        </div>
      </header>

      <div className="toolbar" role="toolbar">
        <button className="button button-primary" onClick={() => void addAccount()} disabled={!isFullyLoaded} data-testid="accounts-add">
          <Icon name="add" size={16} /> {t('accounts.add')}
        </button>
        <button className="button" onClick={() => void duplicateSelected()} disabled={!isFullyLoaded} data-testid="accounts-duplicate">
          <Icon name="copy" size={16} /> {t('accounts.duplicate')}
        </button>
        <button className="button" onClick={askDelete} disabled={!isFullyLoaded} data-testid="accounts-delete">
          <Icon name="trash" size={16} /> {t('accounts.delete')}
        </button>
        <span className="toolbar-separator" />
        <button className="button" onClick={() => void undo()} disabled={undoButtons[0] !== '1'} title="Ctrl+Z" data-testid="accounts-undo">
          <Icon name="undo" size={16} /> {t('accounts.undo')}
        </button>
        <button className="button" onClick={() => void redo()} disabled={undoButtons[1] !== '1'} title="Ctrl+Y" data-testid="accounts-redo">
          <Icon name="redo" size={16} /> {t('accounts.redo')}
        </button>
        <span className="toolbar-separator" />
        <button className="button" onClick={() => setImportOpen(true)} disabled={!isFullyLoaded} data-testid="accounts-import">
          <Icon name="upload" size={16} /> {t('accounts.import')}
        </button>
        <div className="dropdown">
          <button className="button" onClick={() => setExportMenuOpen((open) => !open)} aria-expanded={isExportMenuOpen} disabled={!isFullyLoaded} data-testid="accounts-export">
            <Icon name="download" size={16} /> {t('accounts.export')} <Icon name="chevron" size={14} />
          </button>
          {isExportMenuOpen && (
            <div className="dropdown-menu" role="menu" onMouseLeave={() => setExportMenuOpen(false)}>
              <button role="menuitem" onClick={() => void exportRows('xlsx')} data-testid="export-xlsx">
                {t('accounts.exportXlsx')}
              </button>
              <button role="menuitem" onClick={() => void exportRows('csv')} data-testid="export-csv">
                {t('accounts.exportCsv')}
              </button>
            </div>
          )}
        </div>
        <span className="toolbar-spacer" />
        {busyText && <span className="busy">{busyText}</span>}
        <ColumnChooser getApi={gridApi} onReset={resetColumns} />
      </div>

      <div className="grid-wrap" onPaste={onPaste} data-testid="accounts-grid">
        {(
          <AgGridReact<AccountRow>
            key={language}
            ref={gridRef}
            theme={gridTheme}
            rowData={rowData}
            loading={rowData === undefined}
            columnDefs={columnDefs}
            localeText={localeText}
            getRowId={getRowId}
            defaultColDef={defaultColDef}
            rowSelection={rowSelection}
            selectionColumnDef={selectionColumnDef}
            readOnlyEdit
            onCellEditRequest={onCellEditRequest}
            stopEditingWhenCellsLoseFocus
            enterNavigatesVerticallyAfterEdit
            singleClickEdit={false}
            tooltipShowDelay={400}
            animateRows={false}
            // No rows beyond the viewport until every account is in: the first screen paints sooner.
            rowBuffer={isFullyLoaded ? ROW_BUFFER : 0}
            onGridReady={onGridReady}
            onFirstDataRendered={() => {
              performance.mark('ka:first-data-rendered')
              firstRowsRendered.current?.()
            }}
            onModelUpdated={refreshTotals}
            onColumnMoved={(event) => event.finished && saveColumnState()}
            onColumnResized={(event) => event.finished && saveColumnState()}
            onColumnVisible={saveColumnState}
            onColumnPinned={saveColumnState}
            onSortChanged={saveColumnState}
            onBodyScroll={() => setCellError(null)}
            getRowClass={getRowClass}
          />
        )}
      </div>

      {cellError && (
        <div className="cell-error" role="alert" style={{ left: cellError.left, top: cellError.top }} data-testid="cell-error">
          {cellError.message}
        </div>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('accounts.confirmDeleteTitle')}
          message={
            confirmDelete.length === 1
              ? t('accounts.confirmDeleteOne', { name: confirmDelete[0]?.name ?? '' })
              : t('accounts.confirmDeleteMany', { count: confirmDelete.length })
          }
          confirmLabel={t('accounts.delete')}
          isDanger
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => void deleteRows(confirmDelete)}
        />
      )}
      {isImportOpen && <ImportDialog onClose={() => setImportOpen(false)} onImported={onImported} />}
    </section>
  )
}
