import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import type { Language } from '../../shared/i18n'
import type { EditableAssortmentField } from '../../shared/domain/assortment/assortment-line'
import { ppmToPercentText, resolveMarginTarget } from '../../shared/domain/sku'
import type { Ppm } from '../../shared/domain/rate'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { UndoButtons } from '../../grid/UndoButtons'
import { ColumnChooser } from '../../grid/ColumnChooser'
import { MoneyUnitSwitch } from '../../grid/MoneyUnitSwitch'
import { SavedViewsMenu } from '../../grid/SavedViewsMenu'
import { useFindShortcut } from '../../grid/use-find-shortcut'
import { resetGridColumns } from '../../grid/grid-store'
import { errorMessage } from '../../grid/grid-errors'
import { useGridLayout } from '../../grid/use-grid-store'
import { assortmentTotalsRow, isAssortmentTotalsRow, type AssortmentRow } from './assortment-rows'
import { assortmentColumns } from './assortment-columns'
import { createAssortmentSource } from './assortment-source'
import { useAssortmentData } from './use-assortment-data'
import { useAssortmentActions } from './use-assortment-actions'
import { useAssortmentFollow } from './use-assortment-follow'
import { AccountPicker } from './AccountPicker'
import { MarginTargetField } from './MarginTargetField'
import { SolverDialog, type SolverMode } from './SolverDialog'
import type { SolverTerms } from '../../shared/contract'
import { BulkPriceDialog } from './BulkPriceDialog'
import { CopyAssortmentDialog } from './CopyAssortmentDialog'
import { StructurePanel } from './StructurePanel'
import { AssortmentMatrix } from './AssortmentMatrix'
import '../catalogue/catalogue.css'

/** The money unit and saved views are the page's, whichever account it shows (the undo stack is per account). */
const LAYOUT_ID = 'assortment'

type Dialog = { kind: 'solver' | 'bulk'; rows: AssortmentRow[] } | { kind: 'copy' } | null

/** The Assortment page 客户品项: one account's lines on the spreadsheet layer, the solver, the structure panel and the matrix. */
export function AssortmentPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const data = useAssortmentData(t)
  // One undo stack per account: Ctrl+Z never undoes another account's change unseen.
  const gridId = `assortment:${data.account?.id ?? 0}`
  const grid = useRef<SpreadsheetController<AssortmentRow> | null>(null)
  const { moneyUnit } = useGridLayout(LAYOUT_ID)
  const searchRef = useRef<HTMLInputElement>(null)
  useFindShortcut(searchRef)
  const [view, setView] = useState<'grid' | 'matrix'>('grid')
  const [search, setSearch] = useState('')
  const [isSummaryOpen, setSummaryOpen] = useState(true)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [allRows, setAllRows] = useState<AssortmentRow[]>([])
  const [solverTerms, setSolverTerms] = useState<SolverTerms | undefined>(undefined)
  const [belowTargetCount, setBelowTargetCount] = useState(0)
  const { reloadWhitespace } = data

  useAssortmentFollow({ grid, skuById: data.skuById, target: data.target, toRowWith: data.toRowWith, mergeCatalogue: data.mergeCatalogue, reloadWhitespace })
  const actions = useAssortmentActions({ t, accountId: data.account?.id ?? null, grid, toRow: data.toRow, onLinesChanged: reloadWhitespace })
  const accountId = data.account?.id ?? null
  const source = useMemo(() => createAssortmentSource(t, accountId, data.toRow), [t, accountId, data.toRow])
  const columns = useMemo(() => assortmentColumns({ t, language, moneyUnit }), [t, language, moneyUnit])
  const makeTotalsRow = useCallback((shown: AssortmentRow[]) => assortmentTotalsRow(shown, shown[0] ?? allRows[0] ?? (undefined as never)), [allRows])
  // The structure panel and the below-target count follow every change the grid shows.
  const onShownRowsChanged = useCallback((shown: AssortmentRow[]) => {
    const every: AssortmentRow[] = []
    grid.current?.api()?.forEachNode((node) => {
      if (node.data && !isAssortmentTotalsRow(node.data)) every.push(node.data)
    })
    setAllRows(every)
    setBelowTargetCount(shown.filter((row) => row.figures.isPlanned && row.figures.meetsMarginTarget === false).length)
  }, [])

  const selected = (): AssortmentRow[] | null => {
    const rows = grid.current?.targetRows() ?? []
    if (rows.length === 0) {
      showToast('info', t('assortment.selectFirst'))
      return null
    }
    return rows
  }
  const open = (kind: 'solver' | 'bulk') => {
    const rows = selected()
    if (!rows) return
    setDialog({ kind, rows })
    if (kind !== 'solver' || accountId === null) return
    // Read afresh each time: the term sheet may have changed on its page since.
    setSolverTerms(undefined)
    api.assortment
      .solverTerms({ accountId })
      .then(setSolverTerms)
      .catch((error: unknown) => showToast('error', errorMessage(error, t)))
  }

  const saveTarget = async (targetPpm: Ppm | null) => {
    const account = data.account
    if (!account) return
    try {
      const plan = await trackSave(api.assortment.planSet({ accountId: account.id, marginTargetPpm: targetPpm }))
      data.setPlan(plan)
      // Every line's figures against the new target, in place (the grid keeps edits and scroll).
      const context = { accountTargetPpm: plan.marginTargetPpm, format: account.format }
      grid.current?.putRows(allRows.map((row) => data.toRowWith(row, context)), 'update')
      if (plan.effectiveMarginTargetPpm !== null) showToast('success', t('assortment.marginTargetSaved', { target: ppmToPercentText(plan.effectiveMarginTargetPpm) }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }

  const applySolved = (direction: 'supplyFromRetail' | 'retailFromSupply', mode: SolverMode, patches: { id: number; priceYuan: string }[], targetPpm: Ppm) => {
    const field = direction === 'supplyFromRetail' ? 'supplyPriceFen' : 'retailPriceFen'
    const target = ppmToPercentText(targetPpm)
    const isSupply = direction === 'supplyFromRetail'
    const label =
      mode === 'comprehensive'
        ? isSupply
          ? 'assortment.action.solveComprehensive'
          : 'assortment.action.solveRetailComprehensive'
        : isSupply
          ? 'assortment.action.solve'
          : 'assortment.action.solveRetail'
    return actions.applyLinePatches(
      patches.map(({ id, priceYuan }) => ({ id, patch: { [field]: priceYuan } })),
      t(label, { count: patches.length, target }),
      t(isSupply ? 'assortment.done.solve' : 'assortment.done.solveRetail', { count: patches.length })
    )
  }

  const targetSource = resolveMarginTarget({ accountTargetPpm: data.plan?.marginTargetPpm, format: data.account?.format }).source
  const isReady = data.rows !== undefined && data.account !== null
  // The account whose lines the grid shows (loaded, and no line of the previous account left):
  // what a script or a test waits for after choosing an account.
  const shownAccountId = isReady && data.plan?.accountId === accountId && allRows.every((row) => row.accountId === accountId) ? accountId : null

  return (
    <section className="page assortment-page" data-testid="assortment-page" data-shown-account={shownAccountId ?? undefined}>
      <header className="page-header">
        <div>
          <h1>{t('assortment.title')}</h1>
          <p className="page-subtitle">{t('assortment.subtitle')}</p>
        </div>
        <div className="assortment-header-controls">
          {data.accounts && data.accounts.length > 0 && view === 'grid' && (
            <AccountPicker accounts={data.accounts} account={data.account} onChoose={data.chooseAccount} testId="assortment-account" />
          )}
          <div className="segmented" role="group">
            <button className={view === 'grid' ? 'active' : ''} onClick={() => setView('grid')} data-testid="assortment-view-grid">
              {t('assortment.viewGrid')}
            </button>
            <button className={view === 'matrix' ? 'active' : ''} onClick={() => setView('matrix')} data-testid="assortment-view-matrix">
              {t('assortment.viewMatrix')}
            </button>
          </div>
        </div>
      </header>

      {data.accounts && data.accounts.length === 0 ? (
        <p className="muted">{t('assortment.noAccounts')}</p>
      ) : view === 'matrix' ? (
        <AssortmentMatrix
          accounts={data.accounts ?? []}
          skuById={data.skuById}
          onOpenAccount={(id) => {
            data.chooseAccount(id)
            setView('grid')
          }}
        />
      ) : (
        <>
          <div className="toolbar" role="toolbar">
            <MarginTargetField plan={data.plan} source={targetSource} onSave={saveTarget} />
            <span className="toolbar-separator" />
            <button className="button button-primary" onClick={() => open('solver')} disabled={!isReady} data-testid="assortment-solve">
              {t('assortment.solve')}
            </button>
            <button className="button" onClick={() => open('bulk')} disabled={!isReady} data-testid="assortment-bulk-price">
              {t('assortment.bulkPrice')}
            </button>
            <button className="button" onClick={() => setDialog({ kind: 'copy' })} disabled={!isReady} data-testid="assortment-copy">
              <Icon name="copy" size={16} /> {t('assortment.copyFrom')}
            </button>
            <button
              className="button"
              onClick={() => {
                const rows = selected()
                if (rows) void actions.markProposed(rows)
              }}
              disabled={!isReady}
              data-testid="assortment-mark-proposed"
            >
              {t('assortment.markProposed')}
            </button>
            <span className="toolbar-separator" />
            <UndoButtons gridId={gridId} testIdPrefix="assortment" />
            <span className="toolbar-spacer" />
            {belowTargetCount > 0 && (
              <span className="below-target-count" data-testid="assortment-below-target">
                {t('assortment.belowTargetMarked', { count: belowTargetCount })}
              </span>
            )}
            <div className="search-box search-box-small">
              <Icon name="search" size={16} />
              <input ref={searchRef} type="search" value={search} placeholder={t('assortment.search')} onChange={(event) => setSearch(event.target.value)} data-testid="assortment-search" />
            </div>
            <button className="button" onClick={() => setSummaryOpen((isOpen) => !isOpen)} aria-pressed={isSummaryOpen} data-testid="structure-toggle">
              <Icon name="database" size={16} /> {t('assortment.summary')}
            </button>
            <MoneyUnitSwitch gridId={LAYOUT_ID} />
            <SavedViewsMenu gridId={LAYOUT_ID} getApi={() => grid.current?.api()} quickSearch={search} onQuickSearch={setSearch} />
            <ColumnChooser getApi={() => grid.current?.api()} onReset={() => (grid.current?.api()?.resetColumnState(), resetGridColumns(gridId))} testId="assortment-columns" />
          </div>

          <div className={isSummaryOpen ? 'grid-with-panel assortment-layout' : 'grid-alone'}>
            <SpreadsheetGrid<AssortmentRow, EditableAssortmentField>
              key={gridId}
              gridId={gridId}
              testId="assortment-grid"
              language={language}
              columns={columns}
              source={source}
              rows={data.rows}
              isComplete={isReady}
              emptyText={t('assortment.empty')}
              totalsRow={makeTotalsRow}
              isTotalsRow={isAssortmentTotalsRow}
              onShownRowsChanged={onShownRowsChanged}
              quickSearch={search}
              controllerRef={grid}
              moneyUnit={moneyUnit}
            />
            {isSummaryOpen && data.catalogue && (
              <StructurePanel
                rows={allRows}
                catalogue={data.catalogue}
                skuById={data.skuById}
                target={data.target}
                whitespace={data.whitespace}
                language={language}
                onAddWhitespace={actions.addFromWhitespace}
                onClose={() => setSummaryOpen(false)}
              />
            )}
          </div>
        </>
      )}

      {dialog?.kind === 'solver' && (
        <SolverDialog
          rows={dialog.rows}
          language={language}
          defaultTargetPpm={data.plan?.effectiveMarginTargetPpm ?? null}
          terms={solverTerms}
          onApply={applySolved}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkPriceDialog count={dialog.rows.length} onApply={(field, mode, amount) => actions.bulkPrice(dialog.rows, field, mode, amount)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'copy' && data.account && data.accounts && (
        <CopyAssortmentDialog
          accounts={data.accounts}
          toAccountId={data.account.id}
          onApply={(from, mode) => actions.copyFrom(from.id, from.name, mode)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  )
}
