import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { downloadBase64 } from '../../lib/download'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import type { Language } from '../../shared/i18n'
import type { TermSheetIssue, TermSide } from '../../shared/domain/terms'
import { FEE_SCHEDULE_FIELDS, type FeeScheduleField, type FeeScheduleImportResult, type StoredTermLine, type StoredTermSheet } from '../../shared/contract/terms'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { UndoButtons } from '../../grid/UndoButtons'
import { IconButton } from '../../grid/IconButton'
import { ImportDialog } from '../../grid/ImportDialog'
import { errorMessage } from '../../grid/grid-errors'
import { AccountPicker } from '../assortment/AccountPicker'
import { toTermRows, type TermCellField, type TermRow } from './term-rows'
import { termColumns, type TermsGridLayout } from './term-columns'
import { createTermsSource } from './terms-source'
import { useTermsData } from './use-terms-data'
import { useTermsActions } from './use-terms-actions'
import { useTermsFollow } from './use-terms-follow'
import { EconomicsPanel } from './EconomicsPanel'
import { useSheetWarnings, WarningsPanel } from './WarningsPanel'
import { PaymentEditor } from './PaymentEditor'
import { RebateTiersDialog } from './RebateTiersDialog'
import { AddLineDialog } from './AddLineDialog'
import { NewSheetDialog, type SheetStart } from './NewSheetDialog'
import { ScenariosPanel } from './ScenariosPanel'
import { TermsSettingsMenu } from './TermsSettingsMenu'
import { displayParams, termLineLabel } from './terms-format'
import './terms.css'

type Dialog = { kind: 'tiers'; row: TermRow; side: TermSide } | { kind: 'add' } | { kind: 'new-sheet'; year: number } | { kind: 'import' } | null

/** The term sheet 合同条款: one account's contract year on the spreadsheet layer, its economics, warnings and scenarios. */
export function TermsPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const data = useTermsData(t)
  const { sheet, economics, refreshFigures } = data
  // One undo stack per sheet: Ctrl+Z never undoes another account's or year's change unseen.
  const gridId = `terms:${sheet?.id ?? 0}`
  const grid = useRef<SpreadsheetController<TermRow> | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [panel, setPanel] = useState<'economics' | 'scenarios'>('economics')
  // Hidden, the grid takes the whole width and shows every side's value, count and amount.
  const [isPanelShown, setPanelShown] = useState(true)
  const showPanel = (next: 'economics' | 'scenarios') => {
    setPanel(next)
    setPanelShown(true)
  }
  const layout: TermsGridLayout = !isPanelShown ? 'full' : panel === 'economics' ? 'values' : 'offer'
  const [lines, setLines] = useState<StoredTermLine[]>([])
  const [payment, setPayment] = useState<StoredTermSheet['payment'] | null>(null)

  // The grid owns the rows once a sheet is loaded; the economics only refresh their amounts.
  const rows = useMemo(() => (sheet ? toTermRows(sheet.lines, null) : sheet === null ? [] : undefined), [sheet])
  useEffect(() => setPayment(sheet?.payment ?? null), [sheet])
  const economicsRef = useRef(economics)
  economicsRef.current = economics
  useEffect(() => {
    const controller = grid.current
    if (!economics || !controller || economics.sheetId !== sheet?.id) return
    const current: TermRow[] = []
    controller.api()?.forEachNode((node) => {
      if (node.data) current.push(node.data)
    })
    controller.putRows(toTermRows(current, economics), 'update')
  }, [economics, sheet])

  // A stored line as a row, with its amounts from the latest economics until the next ones arrive.
  const toRow = useCallback((line: StoredTermLine): TermRow => toTermRows([line], economicsRef.current)[0] as TermRow, [])
  const source = useMemo(
    () =>
      createTermsSource({
        t,
        language,
        rowOf: (id) => grid.current?.rowById(id),
        toRow,
        onWritten: refreshFigures,
        sheetLines: async () => (sheet ? (await api.terms.get({ accountId: sheet.accountId, year: sheet.year })).lines : [])
      }),
    [t, language, toRow, refreshFigures, sheet]
  )
  const actions = useTermsActions({ t, sheet, grid, toRow, setPayment, refreshFigures })
  useTermsFollow({ sheet, grid, toRow, payment, setPayment, scenarios: data.scenarios, refreshFigures, reloadYears: data.reloadYears })

  const issuesRef = useRef<TermSheetIssue[]>([])
  issuesRef.current = economics?.issues ?? []
  const onEditTiers = useCallback((row: TermRow, side: TermSide) => setDialog({ kind: 'tiers', row, side }), [])
  const columns = useMemo(
    () =>
      termColumns({
        layout,
        t,
        language,
        onEditTiers,
        issuesOf: (lineId, side) => issuesRef.current.filter((issue) => issue.lineId === String(lineId) && (side === null || issue.side === side)),
        issueText: (issue) => t(`terms.issues.${issue.code}`, displayParams(issue.params, language, t))
      }),
    [layout, t, language, onEditTiers]
  )
  const onShownRowsChanged = useCallback(() => {
    const every: StoredTermLine[] = []
    grid.current?.api()?.forEachNode((node) => {
      if (node.data) every.push(node.data)
    })
    setLines(every.sort((a, b) => a.position - b.position))
  }, [])

  const warnings = useSheetWarnings(economics, data.settings?.tradeSpendThresholdPpm ?? null, language)

  const createSheet = async (year: number, start: SheetStart): Promise<boolean> => {
    const account = data.account
    if (!account) return false
    try {
      const from = start.kind === 'previous-year' ? 'previous-year' : start.kind === 'account' ? { accountId: start.accountId, year: start.year } : 'empty'
      await trackSave(api.terms.createSheet({ accountId: account.id, year, from }))
      await data.reloadYears()
      data.chooseYear(year)
      await data.reloadSheet()
      showToast('success', t('terms.page.done.sheetCreated', { account: account.name, year }))
      if (start.kind === 'fee-schedule') setTimeout(() => setDialog({ kind: 'import' }), 0)
      return true
    } catch (error) {
      showToast('error', errorMessage(error, t))
      return false
    }
  }

  const onImported = async (result: FeeScheduleImportResult) => {
    setDialog(null)
    try {
      await actions.syncSheet()
      showToast(result.refusedRowsFile ? 'error' : 'success', t('terms.page.done.imported', { added: result.addedLineIds.length, updated: result.updatedLineIds.length, skipped: result.skipped }))
      if (result.refusedRowsFile) downloadBase64(result.refusedRowsFile.fileName, result.refusedRowsFile.mimeType, result.refusedRowsFile.dataBase64)
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }

  const years = data.years ?? []
  const yearOptions = [...new Set([...years.map((entry) => entry.year), ...(data.year === null ? [] : [data.year])])].sort((a, b) => b - a)
  const nextYear = (years[years.length - 1]?.year ?? new Date().getFullYear() - 1) + 1
  const hasEarlierSheet = (year: number) => years.some((entry) => entry.year < year)
  const isReady = sheet !== undefined && sheet !== null

  return (
    <section
      className="page terms-page"
      data-testid="terms-page"
      // The sheet chosen (account:year) and the one the grid shows: a script or a test waits for them to agree.
      data-chosen-sheet={data.account && data.year !== null ? `${data.account.id}:${data.year}` : undefined}
      data-shown-sheet={sheet ? `${sheet.accountId}:${sheet.year}` : undefined}
    >
      <header className="page-header">
        <div>
          <h1>{t('terms.page.title')}</h1>
          <p className="page-subtitle">{t('terms.page.subtitle')}</p>
        </div>
        <div className="assortment-header-controls">
          {data.accounts && data.accounts.length > 0 && <AccountPicker accounts={data.accounts} account={data.account} onChoose={data.chooseAccount} testId="terms-account" />}
          <label className="terms-year">
            {t('terms.page.contractYear')}
            <select value={data.year ?? ''} onChange={(event) => data.chooseYear(Number(event.target.value))} data-testid="terms-year">
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {years.some((entry) => entry.year === year) ? year : t('terms.page.yearWithoutSheet', { year })}
                </option>
              ))}
            </select>
          </label>
          <button className="button" onClick={() => setDialog({ kind: 'new-sheet', year: nextYear })} disabled={!data.account} data-testid="terms-new-sheet">
            <Icon name="add" size={16} /> {t('terms.page.newYear')}
          </button>
          <TermsSettingsMenu
            settings={data.settings}
            onSaved={(settings) => {
              data.setSettings(settings)
              refreshFigures()
            }}
          />
        </div>
      </header>

      {data.accounts && data.accounts.length === 0 ? (
        <p className="muted">{t('terms.page.noAccounts')}</p>
      ) : sheet === null ? (
        <div className="terms-empty" data-testid="terms-no-sheet">
          <p>{t('terms.page.noSheet', { account: data.account?.name ?? '', year: data.year ?? '' })}</p>
          <button className="button button-primary" onClick={() => setDialog({ kind: 'new-sheet', year: data.year ?? nextYear })} data-testid="terms-start-sheet">
            {t('terms.page.startSheet', { year: data.year ?? nextYear })}
          </button>
        </div>
      ) : (
        <>
          <div className="toolbar" role="toolbar">
            <button className="button button-primary" onClick={() => setDialog({ kind: 'add' })} disabled={!isReady} data-testid="terms-add-line">
              <Icon name="add" size={16} /> {t('terms.page.addLine')}
            </button>
            <button className="button" onClick={() => void actions.removeLines(grid.current?.targetRows() ?? [])} disabled={!isReady} data-testid="terms-remove-lines">
              <Icon name="trash" size={16} /> {t('terms.page.removeLines')}
            </button>
            <button className="button" onClick={() => setDialog({ kind: 'import' })} disabled={!isReady} data-testid="terms-import">
              <Icon name="upload" size={16} /> {t('terms.page.importFeeSchedule')}
            </button>
            <span className="toolbar-separator" />
            <UndoButtons gridId={gridId} testIdPrefix="terms" />
            <span className="toolbar-spacer" />
            {warnings.offer.length > 0 && (
              <span className="terms-warning-count" data-testid="terms-warning-count">
                {t('terms.page.warningCount', { count: warnings.offer.length })}
              </span>
            )}
            <div className="segmented" role="group">
              <button className={isPanelShown && panel === 'economics' ? 'active' : ''} onClick={() => showPanel('economics')} data-testid="terms-panel-economics">
                {t('terms.page.economicsTab')}
              </button>
              <button className={isPanelShown && panel === 'scenarios' ? 'active' : ''} onClick={() => showPanel('scenarios')} data-testid="terms-panel-scenarios">
                {t('terms.page.scenariosTab', { count: data.scenarios.length })}
              </button>
            </div>
            <IconButton
              icon="columns"
              label={t(isPanelShown ? 'terms.page.hidePanel' : 'terms.page.showPanel')}
              hint={t('terms.page.panelHint')}
              isPressed={isPanelShown}
              onClick={() => setPanelShown((shown) => !shown)}
              testId="terms-panel-toggle"
            />
          </div>

          <div className={`grid-with-panel terms-layout terms-layout-${isPanelShown ? panel : 'none'}`}>
            <div className="terms-main">
              <SpreadsheetGrid<TermRow, TermCellField>
                key={gridId}
                gridId={gridId}
                testId="terms-grid"
                language={language}
                columns={columns}
                source={source}
                rows={rows}
                isComplete={isReady}
                emptyText={t('terms.page.empty')}
                isTotalsRow={() => false}
                onShownRowsChanged={onShownRowsChanged}
                quickSearch=""
                controllerRef={grid}
                moneyUnit="yuan"
              />
              {payment && <PaymentEditor payment={payment} onSave={({ side, payment: next }) => void actions.savePayment(side, next, payment[side])} />}
            </div>
            {!isPanelShown ? null : panel === 'economics' ? (
              <EconomicsPanel economics={economics} language={language} skuById={data.skuById} warningsSlot={<WarningsPanel warnings={warnings} />} />
            ) : (
              <ScenariosPanel
                language={language}
                lines={lines}
                scenarios={data.scenarios}
                computed={data.scenarioEconomics}
                onCreate={actions.createScenario}
                onUpdateLine={actions.updateScenarioLine}
                onUpdatePayment={actions.updateScenarioPayment}
                onPromote={actions.promoteScenario}
                onDelete={actions.deleteScenario}
              />
            )}
          </div>
        </>
      )}

      {dialog?.kind === 'tiers' && (
        <RebateTiersDialog
          label={termLineLabel(dialog.row, t)}
          side={dialog.side}
          rebate={dialog.row.category === 'conditionalRebate' ? dialog.row.values[dialog.side] : null}
          onSave={(typed) => actions.saveTiers(dialog.row, dialog.side, typed)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'add' && <AddLineDialog onAdd={actions.addLine} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'new-sheet' && data.account && data.accounts && (
        <NewSheetDialog
          accounts={data.accounts}
          account={data.account}
          defaultYear={dialog.year}
          hasEarlierSheet={hasEarlierSheet(dialog.year)}
          onCreate={createSheet}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && sheet && (
        <ImportDialog<FeeScheduleField, FeeScheduleImportResult>
          title={t('terms.page.importTitle')}
          fields={FEE_SCHEDULE_FIELDS}
          fieldLabel={(field) => t(`terms.importFields.${field}`)}
          preview={async (file) => ({ ...(await api.terms.importPreview(file)), encoding: null })}
          // A fee schedule is what the retailer asks for: it fills the ask.
          commit={(file) => api.terms.importCommit({ ...file, sheetId: sheet.id, side: 'ask' })}
          onClose={() => setDialog(null)}
          onImported={(result) => void onImported(result)}
        />
      )}
    </section>
  )
}
