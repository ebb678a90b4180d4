import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AgGridReact } from 'ag-grid-react'
import {
  themeQuartz,
  type CellClassParams,
  type CellEditRequestEvent,
  type ColumnMovedEvent,
  type ColumnResizedEvent,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type RowClassParams,
  type RowSelectionOptions,
  type SelectionColumnDef,
  type SuppressKeyboardEventParams,
  type ValueFormatterParams
} from 'ag-grid-community'
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale'
import type { Language } from '../shared/i18n'
import type { MoneyUnit } from '../shared/domain/money'
import { trackSave, registerUnsavedWork } from '../app/save-status'
import { showToast } from '../components/toast-store'
import { gridLayout, gridUndoStack, updateGridLayout } from './grid-store'
import { decorateColumns, type GridColumn } from './grid-columns'
import { isInRange, isMultiCell, extendRangeByKey, rangeBounds, fillDownBlock, rangeCells, type CellRange } from './cell-range'
import { fillBlock, formatClipboardTable, parseClipboardTable, pasteRowNumber, planPaste, type PasteColumn } from './clipboard'
import { moneyInputForService } from './money-unit'
import { errorMessage, isUnreachable, staleCurrentRow } from './grid-errors'
import { onWorkspaceChange } from '../lib/api'
import { runGridUndo } from './run-undo'
import { clearTypedAhead, recordTypedAhead } from './typed-ahead'
import { stableProxies } from './stable-proxies'
import type { AppliedChangesOf, CellInput, FieldPatch, RowWithId, SpreadsheetController, SpreadsheetSource } from './spreadsheet-source'

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

const rowSelection: RowSelectionOptions = { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false, selectAll: 'filtered' }
const selectionColumnDef: SelectionColumnDef = { pinned: 'left', width: 44 }
/** Rows rendered above and below the viewport (AG Grid's default), so scrolling finds them ready. */
const ROW_BUFFER = 10
/** An edit the host could not be reached for is tried again this often. */
const RETRY_UNSAVED_MS = 3000
const TOTALS_ROW_ID = 'totals'

declare global {
  interface Window {
    /** Timings the benchmark reads: edit round trips in ms (edit → stored → grid updated). */
    __kaPerf?: { edits: number[] }
  }
}

interface CellError {
  message: string
  left: number
  top: number
}

interface UnsavedEdit<Field extends string> {
  id: number
  colId: string
  field: Field
  value: CellInput
  text: string
  before: CellInput
  /** The row's version when the person typed: the save is refused if another window wrote since. */
  baseVersion: number
}

export interface SpreadsheetGridProps<Row extends RowWithId, Field extends string> {
  gridId: string
  testId: string
  language: Language
  columns: GridColumn<Row>[]
  source: SpreadsheetSource<Row, Field>
  /** Undefined while loading; a new array (identity) when a load arrives. */
  rows: Row[] | undefined
  /** False while only the first screen is in: no edits, no totals, no row buffer (the first screen paints sooner). */
  isComplete: boolean
  emptyText: string
  /** The pinned totals row for the rows shown (after filters). */
  totalsRow?: (shown: Row[]) => Row
  isTotalsRow: (row: Row | undefined) => boolean
  /** Called after the filters or rows changed, with the rows shown and the rows in the grid. */
  onShownRowsChanged?: (shown: Row[], total: number) => void
  onFirstRowsRendered?: () => void
  quickSearch: string
  controllerRef: React.RefObject<SpreadsheetController<Row> | null>
  /** The unit money cells show; typed and pasted numbers are read in it. */
  moneyUnit: MoneyUnit
}

/** How long typing must pause before the quick search runs (a burst of keys filters once). */
const QUICK_SEARCH_PAUSE_MS = 30

export function SpreadsheetGrid<Row extends RowWithId, Field extends string>(props: SpreadsheetGridProps<Row, Field>): React.JSX.Element {
  const { gridId, source, language, isComplete, isTotalsRow, moneyUnit } = props
  const { t } = useTranslation()
  const gridRef = useRef<AgGridReact<Row>>(null)
  const rowsById = useRef(new Map<number, Row>())
  const undoStack = gridUndoStack(gridId)
  const rangeRef = useRef<CellRange | null>(null)
  const unsaved = useRef(new Map<string, UnsavedEdit<Field>>())
  const [cellError, setCellError] = useState<CellError | null>(null)
  const isCompleteRef = useRef(isComplete)
  isCompleteRef.current = isComplete
  const latest = useRef(props)
  latest.current = props
  const gridApi = useCallback((): GridApi<Row> | undefined => gridRef.current?.api, [])

  // A new load replaces the rows; a rebuild for another language (AG Grid's locale is fixed at
  // creation) gets the rows as they are now, with the edits, additions and deletions since.
  const loadedRows = useRef<Row[] | undefined>(undefined)
  const rowData = useMemo(() => {
    if (props.rows === undefined) return undefined
    if (props.rows !== loadedRows.current) {
      loadedRows.current = props.rows
      rowsById.current = new Map(props.rows.map((row) => [row.id, row]))
      return props.rows
    }
    return [...rowsById.current.values()]
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.rows, language])

  // ---- columns in display order, for paste, copy and ranges -----------------------------------
  const displayedColumns = (grid: GridApi<Row>): PasteColumn<Field>[] =>
    grid
      .getAllDisplayedColumns()
      .filter((column) => !column.getColId().startsWith('ag-Grid-'))
      .map((column) => ({ colId: column.getColId(), field: source.fieldOf(column.getColId()) }))
  const columnIndexOf = (colId: string): number => {
    const grid = gridApi()
    return grid ? displayedColumns(grid).findIndex((column) => column.colId === colId) : -1
  }

  const columns = useMemo(
    () =>
      decorateColumns(props.columns, {
        cellClassRules: {
          'cell-in-range': (params: CellClassParams<Row>) =>
            isMultiCell(rangeRef.current) && params.node.rowPinned == null && isInRange(rangeRef.current, params.node.rowIndex ?? -1, columnIndexOf(params.column.getColId())),
          'cell-unsaved': (params: CellClassParams<Row>) => params.data !== undefined && unsaved.current.has(`${params.data.id}|${params.column.getColId()}`)
        },
        // Shift+arrows grow the cell range, Delete clears it: the layer's, not the grid's navigation.
        suppressKeyboardEvent: (params: SuppressKeyboardEventParams<Row>) =>
          !params.editing && ((params.event.shiftKey && params.event.key.startsWith('Arrow')) || (params.event.key === 'Delete' && isMultiCell(rangeRef.current))),
        pendingText: (params: ValueFormatterParams<Row>) => (params.data && params.column ? unsaved.current.get(`${params.data.id}|${params.column.getColId()}`)?.text : undefined)
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.columns]
  )
  const defaultColDef = useMemo<ColDef<Row>>(
    () => ({
      sortable: true,
      resizable: true,
      filter: true,
      floatingFilter: true,
      // Cells hand the typed text to the service, which parses and validates it (money in yuan, 万/亿…).
      valueParser: (params) => params.newValue as unknown
    }),
    []
  )
  const localeText = useMemo(() => ({ ...(language === 'zh-CN' ? AG_GRID_LOCALE_CN : AG_GRID_LOCALE_EN), noRowsToShow: props.emptyText }), [language, props.emptyText])

  // ---- totals and counts, after the grid has painted the change (not in its way) -------------
  const totalsTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const refreshTotals = useCallback(() => {
    if (totalsTimer.current) return
    totalsTimer.current = setTimeout(() => {
      totalsTimer.current = null
      const grid = gridApi()
      if (!grid || !isCompleteRef.current) return
      const shown: Row[] = []
      grid.forEachNodeAfterFilter((node) => {
        if (node.data) shown.push(node.data)
      })
      const { totalsRow, onShownRowsChanged } = latest.current
      if (totalsRow) grid.setGridOption('pinnedBottomRowData', [totalsRow(shown)])
      onShownRowsChanged?.(shown, rowsById.current.size)
    }, 0)
  }, [gridApi])
  useEffect(() => {
    if (isComplete) refreshTotals()
  }, [isComplete, refreshTotals, props.totalsRow])
  useEffect(() => {
    gridApi()?.refreshCells({ force: true })
    refreshTotals()
  }, [moneyUnit, refreshTotals, gridApi])

  // ---- rows in and out -------------------------------------------------------------------------
  // An update refreshes rows where they are, as in Excel: a sorted or filtered view is not
  // re-sorted under the user's cursor, and it costs no pass over 10,000 rows per edit.
  // Rows already in the grid are updated in place whatever the mode: another window's change
  // may have brought a row in before this window's own answer did. A row never goes back to an
  // older version (answers can cross on the way).
  const putRows = useCallback(
    (incoming: Row[], mode: 'update' | 'add-top' | 'add-end') => {
      const rows = incoming.filter((row) => (rowsById.current.get(row.id)?.rowVersion ?? 0) <= row.rowVersion)
      const grid = gridApi()
      const missing = rows.filter((row) => {
        const isKnown = rowsById.current.has(row.id)
        rowsById.current.set(row.id, row)
        const node = grid?.getRowNode(String(row.id))
        node?.updateData(row)
        return !isKnown || node === undefined
      })
      if (!grid) return
      if (missing.length > 0) grid.applyTransaction({ add: missing, addIndex: mode === 'add-end' ? undefined : 0 })
      refreshTotals()
    },
    [refreshTotals, gridApi]
  )
  const removeRows = useCallback((ids: number[]) => {
    const rows = ids.map((id) => rowsById.current.get(id)).filter((row): row is Row => row !== undefined)
    ids.forEach((id) => rowsById.current.delete(id))
    if (rows.length === 0) return
    gridApi()?.applyTransaction({ remove: rows })
    refreshTotals()
  }, [gridApi, refreshTotals])
  const flashRows = useCallback((ids: number[], colIds?: string[]) => {
    const grid = gridApi()
    if (!grid) return
    const nodes = ids.map((id) => grid.getRowNode(String(id))).filter((node) => node !== undefined)
    if (nodes[0]) grid.ensureNodeVisible(nodes[0])
    grid.flashCells({ rowNodes: nodes, columns: colIds })
  }, [gridApi])

  // Other windows' and scripts' writes (and this window's own, harmlessly): rows gone are taken
  // out, changed and created rows are asked for afresh, so no one edits a value that is no more.
  useEffect(
    () =>
      onWorkspaceChange((change) => {
        if (change.entity !== source.entity) return
        if (change.deleted.length > 0) removeRows(change.deleted)
        const ids = [...change.changed, ...change.created]
        if (ids.length === 0) return
        source
          .fetchRows(ids)
          .then((rows) => putRows(rows, 'update'))
          .catch(() => undefined)
      }),
    [source, putRows, removeRows]
  )

  const showCellError = (id: number, colId: string, message: string) => {
    const rect = document.querySelector(`[data-testid="${props.testId}"] .ag-row[row-id="${id}"] [col-id="${colId}"]`)?.getBoundingClientRect()
    // The bubble stays inside the window, whatever the cell's position.
    if (rect) setCellError({ message, left: Math.max(8, Math.min(rect.left, window.innerWidth - 376)), top: Math.min(rect.bottom + 4, window.innerHeight - 80) })
  }
  useEffect(() => {
    if (!cellError) return
    const timer = setTimeout(() => setCellError(null), 6000)
    return () => clearTimeout(timer)
  }, [cellError])

  // ---- cell autosave: edit → save → undo entry; a refusal is shown at the cell ------------------
  // A save is based on the version the row had when the person typed; a stale refusal brings
  // the current row (another window's change) into the grid before it is reported.
  // The last version of each row that this window itself wrote. An undo or redo is based on it, so
  // this window's own later writes to the row (another field, an undo before it) do not make the
  // step stale, while any write from elsewhere since does.
  const ownVersions = useRef(new Map<number, number>())
  const noteOwnWrites = useCallback((rows: readonly RowWithId[]) => {
    for (const row of rows) ownVersions.current.set(row.id, row.rowVersion)
  }, [])
  const ownVersionOr = (id: number, fallback: number): number => ownVersions.current.get(id) ?? fallback
  // A row refused as stale comes back as another window left it: not this window's own write, or
  // an undo based on it would overwrite the other window's change.
  const writtenRows = (result: AppliedChangesOf<Row, Field>): Row[] => {
    const staleIds = new Set(result.refused.filter((cell) => cell.code === 'stale').map((cell) => cell.id))
    return [...result.updated.filter((row) => !staleIds.has(row.id)), ...result.created]
  }
  const writeCell = useCallback(
    async (id: number, field: Field, value: CellInput, baseVersion: number) => {
      try {
        const updated = await trackSave(source.saveCell(id, field, value, baseVersion))
        noteOwnWrites([updated])
        putRows([updated], 'update')
        return updated
      } catch (error) {
        const current = source.toRow(staleCurrentRow(error))
        if (current) putRows([current], 'update')
        throw error
      }
    },
    [source, putRows, noteOwnWrites]
  )
  /** Undo and redo each expect the version this window last wrote, so neither discards a later change from elsewhere. */
  const pushEditUndo = (edit: UnsavedEdit<Field>, savedVersion: number) => {
    let expectedVersion = savedVersion
    undoStack.push({
      label: t('grid.action.edit', { field: source.fieldLabel(edit.field) }),
      undo: async () => {
        expectedVersion = (await writeCell(edit.id, edit.field, edit.before, ownVersionOr(edit.id, expectedVersion))).rowVersion
        flashRows([edit.id], [edit.colId])
      },
      redo: async () => {
        expectedVersion = (await writeCell(edit.id, edit.field, edit.value, ownVersionOr(edit.id, expectedVersion))).rowVersion
        flashRows([edit.id], [edit.colId])
      }
    })
  }
  const refreshUnsavedCell = (edit: UnsavedEdit<Field>) => {
    const node = gridApi()?.getRowNode(String(edit.id))
    if (node) gridApi()?.refreshCells({ rowNodes: [node], columns: [edit.colId], force: true })
  }
  const saveEdit = (edit: UnsavedEdit<Field>, isRetry: boolean): Promise<void> => {
    const started = performance.now()
    return writeCell(edit.id, edit.field, edit.value, edit.baseVersion)
      .then((saved) => {
        requestAnimationFrame(() => {
          window.__kaPerf ??= { edits: [] }
          window.__kaPerf.edits.push(performance.now() - started)
        })
        if (unsaved.current.delete(`${edit.id}|${edit.colId}`)) refreshUnsavedCell(edit)
        pushEditUndo(edit, saved.rowVersion)
      })
      .catch((error: unknown) => {
        if (isUnreachable(error)) {
          // The typed value stays in its cell, marked unsaved, and is tried again.
          unsaved.current.set(`${edit.id}|${edit.colId}`, edit)
          refreshUnsavedCell(edit)
          if (!isRetry) showCellError(edit.id, edit.colId, t('grid.unreachable'))
          return
        }
        if (unsaved.current.delete(`${edit.id}|${edit.colId}`)) refreshUnsavedCell(edit)
        const message = errorMessage(error, t)
        showCellError(edit.id, edit.colId, message)
        showToast('error', t('grid.editRefused', { message }))
      })
  }
  useEffect(() => {
    const timer = setInterval(() => {
      for (const edit of [...unsaved.current.values()]) void saveEdit(edit, true)
    }, RETRY_UNSAVED_MS)
    return () => clearInterval(timer)
  })
  // Unsaved edits and a cell still being edited: closing the window asks first.
  useEffect(() => registerUnsavedWork(() => unsaved.current.size > 0 || (gridApi()?.getEditingCells().length ?? 0) > 0), [gridApi])

  const onCellEditRequest = (event: CellEditRequestEvent<Row>) => {
    const row = event.data
    const colId = event.column.getColId()
    const field = source.fieldOf(colId)
    if (!row || !field || isTotalsRow(row)) return
    if (!isCompleteRef.current) return showToast('info', t('common.loading'))
    const before = source.serviceValue(row, field)
    const typed = event.newValue === undefined || event.newValue === null ? '' : (event.newValue as string | number | boolean)
    const value = typeof typed === 'string' && source.isMoneyField(field) ? moneyInputForService(typed, moneyUnit) : typed
    if (String(before ?? '') === String(value)) return
    setCellError(null)
    void saveEdit({ id: row.id, colId, field, value, text: String(typed), before, baseVersion: row.rowVersion }, false)
  }

  const runUndo = (direction: 'undo' | 'redo') => runGridUndo(gridId, direction, t)

  // ---- paste (and what acts like one: Delete on a range, Ctrl+D) --------------------------------
  const [isBusy, setBusy] = useState(false)
  const pasteBlock = useCallback(
    async (block: string[][], label: string) => {
      const grid = gridApi()
      if (!grid) return
      const focused = grid.getFocusedCell()
      if (!focused || focused.rowPinned) return showToast('info', t('grid.pasteNoFocus'))
      const columns = displayedColumns(grid)
      const range = rangeRef.current
      const bounds = isMultiCell(range) ? rangeBounds(range) : null
      const startRow = bounds ? bounds.top : focused.rowIndex
      const startColumn = bounds ? bounds.left : columns.findIndex((column) => column.colId === focused.column.getColId())
      if (startColumn < 0) return showToast('info', t('grid.pasteNoFocus'))
      const filled = bounds ? fillBlock(block, bounds.bottom - bounds.top + 1, bounds.right - bounds.left + 1) : block
      const rowCountBefore = grid.getDisplayedRowCount()
      const rowIdAt = (index: number) => {
        const data = index < rowCountBefore ? grid.getDisplayedRowAtIndex(index)?.data : undefined
        return data && !isTotalsRow(data) ? data.id : undefined
      }
      const plan = planPaste(filled, startRow, startColumn, columns, rowIdAt)
      const toService = (patch: Partial<Record<Field, string>>): FieldPatch<Field> => {
        const converted: FieldPatch<Field> = {}
        for (const field of Object.keys(patch) as Field[]) {
          const text = patch[field] ?? ''
          converted[field] = source.isMoneyField(field) ? moneyInputForService(text, moneyUnit) : text
        }
        return converted
      }
      const updates = plan.updates.map(({ id, patch }) => ({ id, patch: toService(patch), baseVersion: rowsById.current.get(id)?.rowVersion ?? 1 }))
      const creates = plan.creates.map(toService)
      const readOnlyNotes = plan.readOnlyColumns.map((colId) => t('grid.pasteReadOnly', { field: grid.getColumn(colId)?.getColDef().headerName ?? colId }))
      if (plan.cellCount === 0) return showToast('info', readOnlyNotes[0] ?? t('grid.pasteNoFocus'))
      const before = plan.updates.map(({ id, patch }) => {
        const row = rowsById.current.get(id) as Row
        const old: FieldPatch<Field> = {}
        for (const field of Object.keys(patch) as Field[]) old[field] = source.serviceValue(row, field)
        return { id, patch: old, baseVersion: row.rowVersion }
      })
      const displayRowOf = new Map(plan.updates.map((update) => [update.id, update.displayRow]))
      try {
        setBusy(true)
        const applied = await trackSave(source.applyChanges(updates, creates))
        noteOwnWrites(writtenRows(applied))
        putRows(applied.updated, 'update')
        // Each step of undo and redo is based on the versions the step before left.
        const versionsAfter = (rows: Row[]) => new Map(rows.map((row) => [row.id, row.rowVersion]))
        let updatedVersions = versionsAfter(applied.updated)
        let created: Row[] = applied.created
        // Rows a paste created go below the rows it was laid over, where the block put them.
        if (applied.created.length > 0) putRows(applied.created, 'add-end')
        flashRows(applied.updated.map((row) => row.id))
        const refusedKeys = new Set(applied.refused.map((cell) => `${cell.id ?? `new${cell.createIndex ?? 0}`}|${cell.field}`))
        const changed = plan.updates.flatMap(({ id, patch, displayRow }) =>
          (Object.keys(patch) as Field[])
            .filter((field) => !refusedKeys.has(`${id}|${field}`) && String(before.find((entry) => entry.id === id)?.patch[field] ?? '') !== String(updates.find((entry) => entry.id === id)?.patch[field] ?? ''))
            .map((field) => t('grid.pasteChangedItem', { row: displayRow, field: source.fieldLabel(field), value: patch[field] ?? '' }))
        )
        const refused = applied.refused.map((cell) =>
          t('grid.pasteRefusedItem', { row: pasteRowNumber(cell, displayRowOf, rowCountBefore) ?? '?', field: source.fieldLabel(cell.field), message: cell.message })
        )
        const detail = [...refused, ...readOnlyNotes, ...changed]
        if (applied.created.length > 0) detail.unshift(t('grid.pasteNewRows', { count: applied.created.length, from: rowCountBefore + 1 }))
        showToast(applied.refused.length > 0 ? 'error' : 'success', t('grid.pasteReport', { applied: applied.appliedCount, refused: applied.refused.length + readOnlyNotes.length }), detail)
        const basedOn = <P,>(entries: { id: number; patch: P }[]) =>
          entries.map((entry) => ({ ...entry, baseVersion: ownVersionOr(entry.id, updatedVersions.get(entry.id) ?? 1) }))
        const throwIfStale = (result: AppliedChangesOf<Row, Field>) => {
          const stale = result.refused.find((cell) => cell.code === 'stale')
          if (stale) throw Object.assign(new Error(stale.message), { code: 'stale' })
        }
        undoStack.push({
          label,
          undo: async () => {
            const restored = await trackSave(source.applyChanges(basedOn(before), []))
            noteOwnWrites(writtenRows(restored))
            putRows(restored.updated, 'update')
            throwIfStale(restored)
            updatedVersions = versionsAfter(restored.updated)
            if (created.length > 0) {
              const binned = await trackSave(source.deleteRows(created.map((row) => row.id), created.map((row) => row.rowVersion)))
              removeRows(binned.map((row) => row.id))
            }
            flashRows(restored.updated.map((row) => row.id))
          },
          redo: async () => {
            const again = await trackSave(source.applyChanges(basedOn(updates), creates))
            noteOwnWrites(writtenRows(again))
            putRows(again.updated, 'update')
            throwIfStale(again)
            updatedVersions = versionsAfter(again.updated)
            created = again.created
            // Back where the paste put them (the end), not at the top.
            if (again.created.length > 0) putRows(again.created, 'add-end')
            flashRows(again.updated.map((row) => row.id))
          }
        })
      } catch (error) {
        showToast('error', errorMessage(error, t))
      } finally {
        setBusy(false)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [source, moneyUnit, putRows, removeRows, flashRows, undoStack, t]
  )

  const onPaste = (event: React.ClipboardEvent) => {
    const grid = gridApi()
    if (!grid || !isComplete || grid.getEditingCells().length > 0) return
    if ((event.target as HTMLElement).closest('input, textarea, select, .ag-popup-editor')) return
    event.preventDefault()
    const block = parseClipboardTable(event.clipboardData.getData('text/plain'))
    void pasteBlock(block, t('grid.action.paste', { count: block.reduce((sum, row) => sum + row.length, 0) }))
  }

  // ---- copy: the focused cell or the selected range; whole rows only from the toolbar -----------
  // Through the copy event, so it needs no clipboard permission (Electron denies them all).
  const rowsToCopy = useRef<string | null>(null)
  const textOfCell = (row: Row, colId: string) => source.copyText(row, colId, moneyUnit)
  const textToCopy = (): string | null => {
    const grid = gridApi()
    if (!grid) return null
    if (rowsToCopy.current !== null) return rowsToCopy.current
    const columns = displayedColumns(grid)
    const range = rangeRef.current
    if (isMultiCell(range)) {
      return formatClipboardTable(
        rangeCells(range).map((cells) =>
          cells.map(({ rowIndex, columnIndex }) => {
            const data = grid.getDisplayedRowAtIndex(rowIndex)?.data
            const colId = columns[columnIndex]?.colId
            return data && colId && !isTotalsRow(data) ? textOfCell(data, colId) : ''
          })
        )
      )
    }
    const focused = grid.getFocusedCell()
    const row = focused && !focused.rowPinned ? grid.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined
    return focused && row ? formatClipboardTable([[textOfCell(row, focused.column.getColId())]]) : null
  }
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null
      const isRowsCopy = rowsToCopy.current !== null
      if (!isRowsCopy && (target?.closest('input, textarea, select, .ag-popup-editor') || window.getSelection()?.toString())) return
      if (!isRowsCopy && !target?.closest(`[data-testid="${props.testId}"]`) && target !== document.body) return
      const text = textToCopy()
      rowsToCopy.current = null
      if (text === null || !event.clipboardData) return
      event.preventDefault()
      event.clipboardData.setData('text/plain', text)
    }
    document.addEventListener('copy', onCopy)
    return () => document.removeEventListener('copy', onCopy)
  })

  const redrawRange = () => gridApi()?.refreshCells({ force: false, suppressFlash: true })
  const setRange = (range: CellRange | null) => {
    const wasMulti = isMultiCell(rangeRef.current)
    rangeRef.current = range
    if (wasMulti || isMultiCell(range)) redrawRange()
  }

  // Shift+click extends the range from the cell focused before (the anchor).
  const isShiftPointer = useRef(false)
  const onCellFocused = () => {
    const grid = gridApi()
    const focused = grid?.getFocusedCell()
    if (!grid || !focused || focused.rowPinned) return setRange(null)
    const position = { rowIndex: focused.rowIndex, columnIndex: columnIndexOf(focused.column.getColId()) }
    if (isShiftPointer.current && rangeRef.current) setRange({ anchor: rangeRef.current.anchor, focus: position })
    else if (!(rangeRef.current && isMultiCell(rangeRef.current) && rangeRef.current.anchor.rowIndex === position.rowIndex && rangeRef.current.anchor.columnIndex === position.columnIndex))
      setRange({ anchor: position, focus: position })
  }

  // ---- keyboard and the native menu ------------------------------------------------------------
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const isTyping = !!target?.closest('input, textarea, select, [contenteditable="true"], .ag-cell-inline-editing, .ag-popup-editor')
      if (document.querySelector('.modal-backdrop') || isTyping) return
      const isInGrid = !!target?.closest(`[data-testid="${props.testId}"]`)
      const grid = gridApi()
      const isMod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (isMod && key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void runUndo('undo')
      } else if (isMod && (key === 'y' || (key === 'z' && event.shiftKey))) {
        event.preventDefault()
        void runUndo('redo')
      } else if (isInGrid && grid && event.shiftKey && event.key.startsWith('Arrow') && rangeRef.current) {
        event.preventDefault()
        const next = extendRangeByKey(rangeRef.current, event.key, grid.getDisplayedRowCount(), displayedColumns(grid).length)
        if (!next) return
        setRange(next)
        grid.ensureIndexVisible(next.focus.rowIndex)
        const colId = displayedColumns(grid)[next.focus.columnIndex]?.colId
        if (colId) grid.ensureColumnVisible(colId)
      } else if (isInGrid && grid && isComplete && event.key === 'Delete' && isMultiCell(rangeRef.current)) {
        event.preventDefault()
        const { rows, columns } = { rows: rangeCells(rangeRef.current).length, columns: rangeCells(rangeRef.current)[0]?.length ?? 0 }
        void pasteBlock(
          Array.from({ length: rows }, () => Array.from({ length: columns }, () => '')),
          t('grid.action.clear', { count: rows * columns })
        )
      } else if (isInGrid && grid && isComplete && isMod && key === 'd' && isMultiCell(rangeRef.current)) {
        event.preventDefault()
        const columnsShown = displayedColumns(grid)
        const block = fillDownBlock(rangeRef.current, ({ rowIndex, columnIndex }) => {
          const data = grid.getDisplayedRowAtIndex(rowIndex)?.data
          const colId = columnsShown[columnIndex]?.colId
          return data && colId && !isTotalsRow(data) ? textOfCell(data, colId) : ''
        })
        void pasteBlock(block, t('grid.action.fillDown', { count: block.length }))
      }
    }
    const onPointerDown = (event: PointerEvent) => {
      isShiftPointer.current = event.shiftKey
    }
    // Printable keys typed after the one that started an edit, before the editor's input has
    // focus (they land on the cell): kept for the editor instead of lost.
    const onTypedAhead = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !target?.closest(`[data-testid="${props.testId}"]`)) return
      if ((gridApi()?.getEditingCells().length ?? 0) === 0) return clearTypedAhead()
      // Only while a popup editor is opening: the key lands on the cell itself, not in an editor.
      if (!target.matches('.ag-cell') || target.classList.contains('ag-cell-inline-editing')) return
      event.preventDefault()
      event.stopPropagation()
      recordTypedAhead(event.key)
    }
    // One Escape leaves a dropdown editor: its open list would otherwise take the first Escape
    // to close itself and leave the editor open.
    const onEscape = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.key !== 'Escape' || !target?.closest('.ag-select-list, .ag-cell-inline-editing .ag-picker-field, .ag-popup-editor .ag-picker-field')) return
      event.preventDefault()
      event.stopPropagation()
      gridApi()?.stopEditing(true)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onEscape, true)
    document.addEventListener('keydown', onTypedAhead, true)
    return () => {
      document.removeEventListener('keydown', onTypedAhead, true)
      document.removeEventListener('keydown', onEscape, true)
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown, true)
    }
  })

  // ---- the page's handle -----------------------------------------------------------------------
  useEffect(() => {
    props.controllerRef.current = {
      api: gridApi,
      putRows,
      removeRows,
      flashRows,
      pushUndo: (entry) => undoStack.push(entry),
      targetRows: () => {
        const grid = gridApi()
        if (!grid) return []
        const selected = grid.getSelectedRows().filter((row) => !isTotalsRow(row))
        if (selected.length > 0) return selected
        const focused = grid.getFocusedCell()
        const node = focused && focused.rowPinned == null ? grid.getDisplayedRowAtIndex(focused.rowIndex) : undefined
        return node?.data ? [node.data] : []
      },
      shownRowIds: () => {
        const ids: number[] = []
        gridApi()?.forEachNodeAfterFilterAndSort((node) => {
          if (node.data && !isTotalsRow(node.data)) ids.push(node.data.id)
        })
        return ids
      },
      shownColumnIds: () => {
        const grid = gridApi()
        return grid ? displayedColumns(grid).map((column) => column.colId) : []
      },
      rowById: (id) => rowsById.current.get(id),
      noteOwnWrites,
      ownVersionOf: (id) => ownVersions.current.get(id),
      editCell: async (id, colId, value) => {
        const field = source.fieldOf(colId)
        const row = rowsById.current.get(id)
        if (field === null || !row) throw new Error(`no editable cell ${colId} in row ${id}`)
        const before = source.serviceValue(row, field)
        const edit = { id, colId, field, value, text: value === null ? '' : String(value), before, baseVersion: row.rowVersion }
        const updated = await writeCell(id, field, value, row.rowVersion)
        pushEditUndo(edit, updated.rowVersion)
        flashRows([id], [colId])
        return updated
      },
      copyRows: (withHeader) => {
        const grid = gridApi()
        if (!grid) return
        const rows = grid.getSelectedRows().filter((row) => !isTotalsRow(row))
        if (rows.length === 0) return showToast('info', t('grid.selectFirst'))
        const colIds = displayedColumns(grid).map((column) => column.colId)
        const header = withHeader ? [colIds.map((colId) => grid.getColumn(colId)?.getColDef().headerName ?? colId)] : []
        rowsToCopy.current = formatClipboardTable([...header, ...rows.map((row) => colIds.map((colId) => textOfCell(row, colId)))])
        document.execCommand('copy')
        rowsToCopy.current = null
        showToast('success', t('grid.rowsCopied', { count: rows.length }))
      }
    }
  })

  const onGridReady = (event: GridReadyEvent<Row>) => {
    const state = gridLayout(gridId).columnState
    if (state) event.api.applyColumnState({ state: state as never, applyOrder: true })
    if (props.quickSearch) event.api.setGridOption('quickFilterText', props.quickSearch)
    refreshTotals()
  }
  useEffect(() => {
    const timer = setTimeout(() => {
      const grid = gridApi()
      // Setting it unchanged would still run the filters and redraw every row shown.
      if (grid && (grid.getGridOption('quickFilterText') ?? '') !== props.quickSearch) grid.setGridOption('quickFilterText', props.quickSearch)
    }, QUICK_SEARCH_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [props.quickSearch, gridApi])
  const saveColumnState = () => {
    const state = gridApi()?.getColumnState()
    if (state) updateGridLayout(gridId, { columnState: state as unknown as Record<string, unknown>[] })
  }

  // Every render hands AG Grid the same callbacks: ag-grid-react compares props by identity and
  // reports each new function as a changed grid option, and a new getRowClass alone makes every
  // rendered row recompute its classes. The callbacks read this render's values through a ref.
  const callbacks = {
    getRowId: (params: GetRowIdParams<Row>) => (isTotalsRow(params.data) ? TOTALS_ROW_ID : String(params.data.id)),
    getRowClass: (params: RowClassParams<Row>) => (isTotalsRow(params.data) ? 'row-totals' : undefined),
    onCellEditRequest,
    onGridReady,
    onFirstDataRendered: () => {
      performance.mark('ka:first-data-rendered')
      props.onFirstRowsRendered?.()
    },
    onCellFocused,
    onColumnMoved: (event: ColumnMovedEvent<Row>) => event.finished && saveColumnState(),
    onColumnResized: (event: ColumnResizedEvent<Row>) => event.finished && saveColumnState(),
    onColumnChanged: saveColumnState,
    onBodyScroll: () => setCellError(null)
  }
  const latestCallbacks = useRef(callbacks)
  latestCallbacks.current = callbacks
  const stableCallbacks = useMemo(() => stableProxies(latestCallbacks), [])

  return (
    <>
      {isBusy && <span className="grid-busy">{t('common.loading')}</span>}
      <div className="grid-wrap" onPaste={onPaste} data-testid={props.testId}>
        <AgGridReact<Row>
          key={language}
          ref={gridRef}
          theme={gridTheme}
          rowData={rowData}
          loading={rowData === undefined}
          columnDefs={columns}
          localeText={localeText}
          getRowId={stableCallbacks.getRowId}
          defaultColDef={defaultColDef}
          rowSelection={rowSelection as RowSelectionOptions<Row>}
          selectionColumnDef={selectionColumnDef}
          readOnlyEdit
          onCellEditRequest={stableCallbacks.onCellEditRequest}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          singleClickEdit={false}
          tooltipShowDelay={400}
          animateRows={false}
          // The quick search compares each row's text: built once per row (again when the row changes), not on every keystroke.
          cacheQuickFilter
          // No rows beyond the viewport until every row is in: the first screen paints sooner.
          rowBuffer={isComplete ? ROW_BUFFER : 0}
          onGridReady={stableCallbacks.onGridReady}
          onFirstDataRendered={stableCallbacks.onFirstDataRendered}
          onModelUpdated={refreshTotals}
          onCellFocused={stableCallbacks.onCellFocused}
          onColumnMoved={stableCallbacks.onColumnMoved}
          onColumnResized={stableCallbacks.onColumnResized}
          onColumnVisible={stableCallbacks.onColumnChanged}
          onColumnPinned={stableCallbacks.onColumnChanged}
          onSortChanged={stableCallbacks.onColumnChanged}
          onBodyScroll={stableCallbacks.onBodyScroll}
          getRowClass={stableCallbacks.getRowClass}
        />
      </div>
      {cellError && (
        <div className="cell-error" role="alert" style={{ left: cellError.left, top: cellError.top }} data-testid="cell-error">
          {cellError.message}
        </div>
      )}
    </>
  )
}
