import { useCallback, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'
import type { CatalogueDeleteImpact, RemovedCatalogue } from '../../shared/contract/catalogue'
import { EDITABLE_SKU_FIELDS, type EditableSkuField, type Sku } from '../../shared/domain/catalogue/sku'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { errorMessage, staleCurrentRow } from '../../grid/grid-errors'
import { toCatalogueRow, type CatalogueRow } from './catalogue-rows'

export interface PendingDelete {
  rows: CatalogueRow[]
  shownIds: Set<number>
  /** Null while the impact is being asked for. */
  impact: CatalogueDeleteImpact | null
}

interface ActionContext {
  t: TFunction
  language: Language
  grid: RefObject<SpreadsheetController<CatalogueRow> | null>
}

/** Add, delete (asking first what it takes with it), import and export of SKUs: each stored, shown, and one undo step. */
export function useCatalogueActions({ t, language, grid }: ActionContext) {
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null)
  const [busyText, setBusyText] = useState<string | null>(null)
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])
  const put = (skus: Sku[], mode: 'update' | 'add-top') => grid.current?.putRows(skus.map(toCatalogueRow), mode)
  /** The version a step is based on: this window's own last write of the SKU, else the one the step left. */
  const versionOf = (sku: Sku) => grid.current?.ownVersionOf(sku.id) ?? sku.rowVersion
  /** A refusal as stale brings the SKU as stored now into the grid before it is reported. */
  const showCurrent = (error: unknown) => {
    const current = staleCurrentRow(error)
    if (current !== null && typeof current === 'object' && 'id' in current) put([current as Sku], 'update')
  }

  /**
   * Undo takes the rows out with whatever carries them; redo puts all of it back. A take-out is
   * based on the versions of the SKUs as this window left them, so it is refused (as stale) rather
   * than delete a SKU another window changed since.
   */
  const pushRemovalUndo = (label: string, removedFirst: RemovedCatalogue | null, live: Sku[], isInsertion: boolean) => {
    let removed = removedFirst
    let current = live
    const takeOut = async () => {
      try {
        removed = await trackSave(api.catalogue.delete({ ids: current.map((sku) => sku.id), baseVersions: current.map(versionOf) }))
      } catch (error) {
        showCurrent(error)
        throw error
      }
      grid.current?.removeRows(removed.skus.map((sku) => sku.id))
    }
    const putBack = async () => {
      if (!removed) return
      const restored = await trackSave(api.catalogue.restore(removed))
      current = restored.skus
      grid.current?.noteOwnWrites(current)
      put(current, 'add-top')
      grid.current?.flashRows(current.map((sku) => sku.id))
    }
    grid.current?.pushUndo(isInsertion ? { label, undo: takeOut, redo: putBack } : { label, undo: putBack, redo: takeOut })
  }

  const addSku = useCallback(async () => {
    try {
      const created = await trackSave(api.catalogue.create({}))
      grid.current?.noteOwnWrites([created])
      put([created], 'add-top')
      const gridApi = grid.current?.api()
      const node = gridApi?.getRowNode(String(created.id))
      if (gridApi && node && node.rowIndex !== null) {
        gridApi.ensureNodeVisible(node)
        gridApi.setFocusedCell(node.rowIndex, 'name')
        gridApi.startEditingCell({ rowIndex: node.rowIndex, colKey: 'name' })
      }
      showToast('success', t('catalogue.added', { code: created.code }))
      pushRemovalUndo(t('catalogue.action.add'), null, [created], true)
    } catch (error) {
      fail(error)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, t, fail])

  const askDelete = async () => {
    const rows = grid.current?.targetRows() ?? []
    if (rows.length === 0) return showToast('info', t('grid.selectFirst'))
    const shownIds = new Set(grid.current?.shownRowIds())
    setPendingDelete({ rows, shownIds, impact: null })
    try {
      const impact = await api.catalogue.deleteImpact({ ids: rows.map((row) => row.id) })
      setPendingDelete((pending) => (pending && pending.rows === rows ? { ...pending, impact } : pending))
    } catch (error) {
      setPendingDelete(null)
      fail(error)
    }
  }

  const deleteRows = async (rows: CatalogueRow[]) => {
    setPendingDelete(null)
    try {
      // Based on the versions shown: a SKU another window changed meanwhile is not deleted unseen.
      const removed = await trackSave(api.catalogue.delete({ ids: rows.map((row) => row.id), baseVersions: rows.map((row) => row.rowVersion) }))
      grid.current?.removeRows(removed.skus.map((sku) => sku.id))
      showToast('success', t('catalogue.deleted', { count: removed.skus.length }))
      pushRemovalUndo(t('catalogue.action.delete', { count: removed.skus.length }), removed, [], false)
    } catch (error) {
      showCurrent(error)
      fail(error)
    }
  }

  /** The import answers with ids: the rows are read back and shown at the top. */
  const onImported = async (insertedIds: number[], refusedRowsFile: { fileName: string; mimeType: string; dataBase64: string } | null) => {
    try {
      const inserted = insertedIds.length > 0 ? await api.catalogue.list({ ids: insertedIds }) : []
      grid.current?.noteOwnWrites(inserted)
      put(inserted, 'add-top')
      showToast('success', t('catalogue.imported', { count: inserted.length }))
      if (refusedRowsFile) downloadBase64(refusedRowsFile.fileName, refusedRowsFile.mimeType, refusedRowsFile.dataBase64)
      if (inserted.length > 0) pushRemovalUndo(t('catalogue.action.import', { count: inserted.length }), null, inserted, true)
    } catch (error) {
      fail(error)
    }
  }

  const exportRows = useCallback(
    async (format: 'xlsx' | 'csv') => {
      const controller = grid.current
      if (!controller) return
      const ids = controller.shownRowIds()
      const columns = controller.shownColumnIds().filter((colId): colId is EditableSkuField => (EDITABLE_SKU_FIELDS as readonly string[]).includes(colId))
      setBusyText(t('export.exporting'))
      try {
        const file = await api.catalogue.export({ format, ids, columns, language })
        downloadBase64(file.fileName, file.mimeType, file.dataBase64)
        showToast('success', t('export.done', { count: file.rowCount, file: file.fileName }))
      } catch (error) {
        fail(error)
      } finally {
        setBusyText(null)
      }
    },
    [grid, language, t, fail]
  )

  return { addSku, askDelete, deleteRows, pendingDelete, cancelDelete: () => setPendingDelete(null), onImported, exportRows, busyText }
}
