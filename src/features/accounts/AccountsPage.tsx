import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onMenuCommand } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import type { Language } from '../../shared/i18n'
import type { EditableAccountField } from '../../shared/domain/accounts/account'
import { accountTotals } from '../../shared/domain/accounts/totals'
import { useFindShortcut } from '../../grid/use-find-shortcut'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { UndoButtons } from '../../grid/UndoButtons'
import { ColumnChooser } from '../../grid/ColumnChooser'
import { MoneyUnitSwitch } from '../../grid/MoneyUnitSwitch'
import { MenuButton } from '../../grid/MenuButton'
import { IconButton } from '../../grid/IconButton'
import { SavedViewsMenu } from '../../grid/SavedViewsMenu'
import { resetGridColumns } from '../../grid/grid-store'
import { runGridUndo } from '../../grid/run-undo'
import { useGridLayout } from '../../grid/use-grid-store'
import { toAccountRow, type AccountRow } from './account-rows'
import { buildAccountColumns, isTotalsRow, totalsRow } from './account-columns'
import { createAccountSource } from './account-source'
import { useAccountsLoad } from './use-accounts-load'
import { useAccountActions } from './use-account-actions'
import { setRowCounts } from './row-counts'
import { AccountImportDialog } from './AccountImportDialog'
import { DeleteAccountsDialog } from './DeleteAccountsDialog'
import { GroupSummaryPanel } from './GroupSummaryPanel'
import { AccountSettingsMenu } from './AccountSettingsMenu'
import { useAccountSettings } from './account-settings'
import { screenAccount } from '../../shared/domain/accounts/screening'
import { AccountDetailPanel } from './AccountDetailPanel'
import { RecycleBinDialog } from './RecycleBinDialog'

const GRID_ID = 'accounts'

/** The Accounts page: its columns and toolbar on the spreadsheet layer (src/grid). */
export function AccountsPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<AccountRow> | null>(null)
  const { moneyUnit, kpiPeriod } = useGridLayout(GRID_ID)
  const { screeningFormats, salesTaxBasis } = useAccountSettings()
  const load = useAccountsLoad(t)
  const actions = useAccountActions({ t, language, moneyUnit, grid, regions: load.regions })
  const [search, setSearch] = useState('')
  const [isImportOpen, setImportOpen] = useState(false)
  const [isSummaryOpen, setSummaryOpen] = useState(false)
  const [isBinOpen, setBinOpen] = useState(false)
  const [shownRows, setShownRows] = useState<AccountRow[]>([])
  const [detailId, setDetailId] = useState<number | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  const source = useMemo(() => createAccountSource(t, language, load.regions), [t, language, load.regions])
  const columns = useMemo(
    () => buildAccountColumns({ t, language, regions: load.regions, moneyUnit, kpiPeriod, salesTaxBasis }),
    [t, language, load.regions, moneyUnit, kpiPeriod, salesTaxBasis]
  )
  // The rule now covers other formats (or fewer): every row's verdict again, where it is.
  const screenedFormats = useRef(screeningFormats)
  useEffect(() => {
    if (screenedFormats.current === screeningFormats) return
    screenedFormats.current = screeningFormats
    const controller = grid.current
    const rows: AccountRow[] = []
    controller?.api()?.forEachNode((node) => {
      if (node.data) rows.push(node.data)
    })
    controller?.putRows(
      rows.map((row) => ({ ...row, screening: screenAccount(row, screeningFormats) })),
      'update'
    )
  }, [screeningFormats])
  const makeTotalsRow = useCallback((shown: AccountRow[]) => totalsRow(accountTotals(shown), t('accounts.totals')), [t])
  const onShownRowsChanged = useCallback((shown: AccountRow[], total: number) => {
    setRowCounts({ shown: shown.length, total })
    setShownRows(shown)
  }, [])
  const isReady = load.isComplete
  const detailRow = detailId === null ? undefined : (shownRows.find((row) => row.id === detailId) ?? grid.current?.rowById(detailId))
  const openDetail = () => {
    const [focused] = grid.current?.targetRows() ?? []
    if (focused) setDetailId(focused.id)
    else showToast('info', t('grid.selectFirst'))
  }
  // While the panel is open it follows the focused row, as an inspector beside a list does.
  const isDetailOpen = detailId !== null
  useEffect(() => {
    const gridApi = grid.current?.api()
    if (!isDetailOpen || !gridApi) return
    const follow = () => {
      const focused = gridApi.getFocusedCell()
      const node = focused && focused.rowPinned == null ? gridApi.getDisplayedRowAtIndex(focused.rowIndex) : undefined
      if (node?.data && !isTotalsRow(node.data)) setDetailId(node.data.id)
    }
    gridApi.addEventListener('cellFocused', follow)
    return () => gridApi.removeEventListener('cellFocused', follow)
  }, [isDetailOpen])
  const { addAccount, exportRows } = actions

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (!isReady) return
        if (command === 'undo' || command === 'redo') void runGridUndo(GRID_ID, command, t)
        else if (command === 'import') setImportOpen(true)
        else if (command === 'export-xlsx') void exportRows('xlsx')
        else if (command === 'export-csv') void exportRows('csv')
        else if (command === 'add-account') void addAccount()
      }),
    [isReady, t, exportRows, addAccount]
  )
  useFindShortcut(searchRef)

  return (
    <section className="page accounts-page" data-testid="accounts-page">
      <header className="page-header">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p className="page-subtitle">{t('accounts.subtitle')}</p>
        </div>
        <div className="search-box">
          <Icon name="search" size={16} />
          <input ref={searchRef} type="search" value={search} placeholder={t('accounts.search')} onChange={(event) => setSearch(event.target.value)} data-testid="accounts-search" />
        </div>
      </header>

      <div className="toolbar" role="toolbar">
        <button className="button button-primary" onClick={() => void addAccount()} disabled={!isReady} data-testid="accounts-add">
          <Icon name="add" size={16} /> {t('accounts.add')}
        </button>
        <button className="button" onClick={() => void actions.duplicateSelected()} disabled={!isReady} title={t('accounts.duplicateHint')} data-testid="accounts-duplicate">
          <Icon name="add" size={16} /> {t('accounts.duplicate')}
        </button>
        <button className="button" onClick={actions.askDelete} disabled={!isReady} data-testid="accounts-delete">
          <Icon name="trash" size={16} /> {t('accounts.delete')}
        </button>
        <IconButton icon="binRestore" label={t('accounts.bin.open')} onClick={() => setBinOpen(true)} testId="accounts-bin" />
        <span className="toolbar-separator" />
        <UndoButtons gridId={GRID_ID} testIdPrefix="accounts" />
        <span className="toolbar-separator" />
        <button className="button" onClick={() => setImportOpen(true)} disabled={!isReady} data-testid="accounts-import">
          <Icon name="upload" size={16} /> {t('accounts.import')}
        </button>
        <MenuButton
          icon="download"
          label={t('accounts.export')}
          testId="accounts-export"
          isDisabled={!isReady}
          items={[
            { label: t('accounts.exportXlsx'), testId: 'export-xlsx', onSelect: () => void exportRows('xlsx') },
            { label: t('accounts.exportCsv'), testId: 'export-csv', onSelect: () => void exportRows('csv') }
          ]}
        />
        <MenuButton
          icon="copy"
          label={t('grid.copyRows')}
          testId="grid-copy-rows"
          isCompact
          isDisabled={!isReady}
          items={[
            { label: t('grid.copyRowsWithHeader'), testId: 'copy-rows-header', onSelect: () => grid.current?.copyRows(true) },
            { label: t('grid.copyRowsOnly'), testId: 'copy-rows-plain', onSelect: () => grid.current?.copyRows(false) }
          ]}
        />
        <span className="toolbar-spacer" />
        {actions.busyText && <span className="busy">{actions.busyText}</span>}
        <MoneyUnitSwitch gridId={GRID_ID} />
        <IconButton icon="file" label={t('accounts.detail.open')} hint={t('accounts.detail.openHint')} onClick={() => (isDetailOpen ? setDetailId(null) : openDetail())} isPressed={isDetailOpen} isDisabled={!isReady} testId="account-detail-toggle" />
        <IconButton icon="database" label={t('summary.title')} onClick={() => setSummaryOpen((open) => !open)} isPressed={isSummaryOpen} isDisabled={!isReady} testId="group-summary-toggle" />
        <AccountSettingsMenu gridId={GRID_ID} />
        <SavedViewsMenu gridId={GRID_ID} getApi={() => grid.current?.api()} quickSearch={search} onQuickSearch={setSearch} />
        <ColumnChooser getApi={() => grid.current?.api()} onReset={() => (grid.current?.api()?.resetColumnState(), resetGridColumns(GRID_ID))} testId="accounts-columns" />
      </div>

      <div className={isSummaryOpen || detailRow ? 'grid-with-panel' : 'grid-alone'}>
        <SpreadsheetGrid<AccountRow, EditableAccountField>
          gridId={GRID_ID}
          testId="accounts-grid"
          language={language}
          columns={columns}
          source={source}
          rows={load.rows}
          isComplete={load.isComplete}
          emptyText={t('accounts.empty')}
          totalsRow={makeTotalsRow}
          isTotalsRow={isTotalsRow}
          onShownRowsChanged={onShownRowsChanged}
          onFirstRowsRendered={load.onFirstRowsRendered}
          quickSearch={search}
          controllerRef={grid}
          moneyUnit={moneyUnit}
        />
        {detailRow && (
          <AccountDetailPanel
            row={detailRow}
            language={language}
            regions={load.regions}
            moneyUnit={moneyUnit}
            onEdit={async (field, value) => grid.current?.editCell(detailRow.id, field, value)}
            onClose={() => setDetailId(null)}
          />
        )}
        {isSummaryOpen && <GroupSummaryPanel rows={shownRows} moneyUnit={moneyUnit} language={language} regions={load.regions} onClose={() => setSummaryOpen(false)} />}
      </div>

      {actions.confirmDelete && (
        <DeleteAccountsDialog
          rows={actions.confirmDelete.rows}
          shownIds={actions.confirmDelete.shownIds}
          onCancel={actions.cancelDelete}
          onConfirm={() => void actions.deleteRows(actions.confirmDelete?.rows ?? [])}
        />
      )}
      {isBinOpen && (
        <RecycleBinDialog
          language={language}
          onClose={() => setBinOpen(false)}
          onRestored={(accounts) => {
            grid.current?.putRows(
              accounts.map((account) => toAccountRow(account, load.regions.lookup, screeningFormats)),
              'add-top'
            )
            grid.current?.flashRows(accounts.map((account) => account.id))
          }}
        />
      )}
      {isImportOpen && (
        <AccountImportDialog
          onClose={() => setImportOpen(false)}
          onImported={(accounts) => {
            setImportOpen(false)
            actions.onImported(accounts)
          }}
        />
      )}
    </section>
  )
}
