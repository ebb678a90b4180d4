import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import type { Language } from '../../shared/i18n'
import { EDITABLE_SKU_FIELDS, type EditableSkuField } from '../../shared/domain/catalogue/sku'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { UndoButtons } from '../../grid/UndoButtons'
import { ColumnChooser } from '../../grid/ColumnChooser'
import { SavedViewsMenu } from '../../grid/SavedViewsMenu'
import { useFindShortcut } from '../../grid/use-find-shortcut'
import { MenuButton } from '../../grid/MenuButton'
import { ImportDialog } from '../../grid/ImportDialog'
import { resetGridColumns } from '../../grid/grid-store'
import { errorMessage } from '../../grid/grid-errors'
import { useGridLayout } from '../../grid/use-grid-store'
import { toCatalogueRow, type CatalogueRow } from './catalogue-rows'
import { buildCatalogueColumns } from './catalogue-columns'
import { createCatalogueSource } from './catalogue-source'
import { useCatalogueActions } from './use-catalogue-actions'
import { DeleteSkusDialog } from './DeleteSkusDialog'
import './catalogue.css'

const GRID_ID = 'catalogue'
/** More rows than the tallest screen shows. */
const FIRST_SCREEN_SKUS = 100
const isTotalsRow = (): boolean => false

/** The Catalogue page 产品目录: the SKU columns and a toolbar on the spreadsheet layer (src/grid). */
export function CataloguePage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<CatalogueRow> | null>(null)
  const { moneyUnit } = useGridLayout(GRID_ID)
  const [rows, setRows] = useState<CatalogueRow[] | undefined>(undefined)
  const [isComplete, setComplete] = useState(false)
  const [search, setSearch] = useState('')
  const [isImportOpen, setImportOpen] = useState(false)
  const [warningCount, setWarningCount] = useState(0)
  const actions = useCatalogueActions({ t, language, grid })
  const searchRef = useRef<HTMLInputElement>(null)
  useFindShortcut(searchRef)

  useEffect(() => {
    let isCurrent = true
    const fail = (error: unknown) => {
      if (isCurrent) setRows((shown) => shown ?? [])
      showToast('error', errorMessage(error, t))
    }
    // The first screen at once, then the whole catalogue once that has painted: 100,000 SKUs are
    // neither serialised, sent nor turned into rows while the first ones are on their way. Until
    // every SKU is in, the grid only shows (isComplete), as on the Accounts page.
    api.catalogue
      .list({ limit: FIRST_SCREEN_SKUS })
      .then((first) => {
        if (!isCurrent) return
        setRows(first.map(toCatalogueRow))
        if (first.length < FIRST_SCREEN_SKUS) return setComplete(true)
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (!isCurrent) return
            api.catalogue
              .list({})
              .then((skus) => {
                if (!isCurrent) return
                setRows(skus.map(toCatalogueRow))
                setComplete(true)
              })
              .catch(fail)
          }, 0)
        )
      })
      .catch(fail)
    return () => {
      isCurrent = false
    }
  }, [t])

  const source = useMemo(() => createCatalogueSource(t), [t])
  const columns = useMemo(() => buildCatalogueColumns({ t, language }), [t, language])
  const onShownRowsChanged = useCallback((shown: CatalogueRow[]) => setWarningCount(shown.filter((row) => row.check.warnings.length > 0).length), [])
  const isReady = rows !== undefined && isComplete

  return (
    <section className="page catalogue-page" data-testid="catalogue-page">
      <header className="page-header">
        <div>
          <h1>{t('catalogue.title')}</h1>
          <p className="page-subtitle">{t('catalogue.subtitle')}</p>
        </div>
        <div className="search-box">
          <Icon name="search" size={16} />
          <input ref={searchRef} type="search" value={search} placeholder={t('catalogue.search')} onChange={(event) => setSearch(event.target.value)} data-testid="catalogue-search" />
        </div>
      </header>

      <div className="toolbar" role="toolbar">
        <button className="button button-primary" onClick={() => void actions.addSku()} disabled={!isReady} data-testid="catalogue-add">
          <Icon name="add" size={16} /> {t('catalogue.add')}
        </button>
        <button className="button" onClick={() => void actions.askDelete()} disabled={!isReady} data-testid="catalogue-delete">
          <Icon name="trash" size={16} /> {t('catalogue.delete')}
        </button>
        <span className="toolbar-separator" />
        <UndoButtons gridId={GRID_ID} testIdPrefix="catalogue" />
        <span className="toolbar-separator" />
        <button className="button" onClick={() => setImportOpen(true)} disabled={!isReady} data-testid="catalogue-import">
          <Icon name="upload" size={16} /> {t('catalogue.importAction')}
        </button>
        <MenuButton
          icon="download"
          label={t('catalogue.exportAction')}
          testId="catalogue-export"
          isDisabled={!isReady}
          items={[
            { label: t('catalogue.exportXlsx'), testId: 'export-xlsx', onSelect: () => void actions.exportRows('xlsx') },
            { label: t('catalogue.exportCsv'), testId: 'export-csv', onSelect: () => void actions.exportRows('csv') }
          ]}
        />
        <MenuButton
          icon="copy"
          label={t('grid.copyRows')}
          testId="grid-copy-rows"
          isDisabled={!isReady}
          items={[
            { label: t('grid.copyRowsWithHeader'), testId: 'copy-rows-header', onSelect: () => grid.current?.copyRows(true) },
            { label: t('grid.copyRowsOnly'), testId: 'copy-rows-plain', onSelect: () => grid.current?.copyRows(false) }
          ]}
        />
        <span className="toolbar-spacer" />
        {actions.busyText && <span className="busy">{actions.busyText}</span>}
        {warningCount > 0 && (
          <span className="catalogue-warning-count" data-testid="catalogue-warning-count">
            {t('catalogue.warnings', { count: warningCount })}
          </span>
        )}
        <SavedViewsMenu gridId={GRID_ID} getApi={() => grid.current?.api()} quickSearch={search} onQuickSearch={setSearch} />
        <ColumnChooser getApi={() => grid.current?.api()} onReset={() => (grid.current?.api()?.resetColumnState(), resetGridColumns(GRID_ID))} testId="catalogue-columns" />
      </div>

      <div className="grid-alone">
        <SpreadsheetGrid<CatalogueRow, EditableSkuField>
          gridId={GRID_ID}
          testId="catalogue-grid"
          language={language}
          columns={columns}
          source={source}
          rows={rows}
          isComplete={isReady}
          emptyText={t('catalogue.empty')}
          isTotalsRow={isTotalsRow}
          onShownRowsChanged={onShownRowsChanged}
          quickSearch={search}
          controllerRef={grid}
          moneyUnit={moneyUnit}
        />
      </div>

      {actions.pendingDelete && (
        <DeleteSkusDialog
          pending={actions.pendingDelete}
          onCancel={actions.cancelDelete}
          onConfirm={() => void actions.deleteRows(actions.pendingDelete?.rows ?? [])}
        />
      )}
      {isImportOpen && (
        <ImportDialog<EditableSkuField, { insertedIds: number[]; refusedRowsFile: { fileName: string; mimeType: string; dataBase64: string } | null }>
          title={t('catalogue.importTitle')}
          fields={EDITABLE_SKU_FIELDS}
          fieldLabel={(field) => t(`catalogue.fields.${field}`)}
          preview={(file) => api.catalogue.importPreview(file)}
          commit={(file) => api.catalogue.importCommit(file)}
          onClose={() => setImportOpen(false)}
          onImported={(result) => {
            setImportOpen(false)
            void actions.onImported(result.insertedIds, result.refusedRowsFile)
          }}
        />
      )}
    </section>
  )
}
