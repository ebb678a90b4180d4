import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, onWorkspaceChange } from '../../lib/api'
import { downloadBase64 } from '../../lib/download'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import type { Language } from '../../shared/i18n'
import type { Account } from '../../shared/domain/accounts/account'
import { TERM_SIDES, type TermSide } from '../../shared/domain/terms'
import type { TermsComparison } from '../../shared/contract/terms'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { MoneyUnitSwitch } from '../../grid/MoneyUnitSwitch'
import { MenuButton } from '../../grid/MenuButton'
import { errorMessage } from '../../grid/grid-errors'
import { useGridLayout } from '../../grid/use-grid-store'
import { ComparisonAccountPicker, MAX_COMPARED_ACCOUNTS } from './ComparisonAccountPicker'
import { chosenAfterChoices } from './comparison-choices'
import { ComparisonCharts } from './ComparisonCharts'
import { buildComparisonColumns } from './comparison-columns'
import { toComparisonRows, type ComparisonGridRow } from './comparison-rows'
import { createComparisonSource } from './comparison-source'
import './comparison.css'

const GRID_ID = 'terms-comparison'
const isTotalsRow = (): boolean => false
/**
 * Writes elsewhere that change what is compared: term sheets and the terms settings (the terms
 * service's termSheets, termsSettings; a scenario is not the offer until promoted, which is a
 * termSheets change), plans and prices (assortment, catalogue/SKUs) and accounts' store counts.
 */
const isComparedEntity = (entity: string): boolean =>
  entity === 'accounts' || (entity.startsWith('term') && entity !== 'termScenarios') || /^(assortment|catalogue|sku)/i.test(entity)

/**
 * 结算方式与进场费比对: the chosen accounts' term lines and computed figures side by side (one
 * column each, best and worst per row marked), per ¥100 of purchases on request, with the
 * waterfall of one account and trade spend against payment days. Every number is terms:compare's.
 */
export function ComparisonPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<ComparisonGridRow> | null>(null)
  const { moneyUnit } = useGridLayout(GRID_ID)
  const [year, setYear] = useState(() => new Date().getFullYear())
  const [years, setYears] = useState<number[]>([])
  const [side, setSide] = useState<TermSide>('offer')
  const [isPerHundredYuan, setPerHundredYuan] = useState(false)
  const [accounts, setAccounts] = useState<Account[] | undefined>(undefined)
  const [withSheet, setWithSheet] = useState<ReadonlySet<number>>(new Set())
  /** Null until the year's choices arrive: then every account with a sheet that year. */
  const [chosen, setChosen] = useState<number[] | null>(null)
  const [comparison, setComparison] = useState<TermsComparison | null>(null)
  const [version, setVersion] = useState(0)
  const [isExporting, setExporting] = useState(false)
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  // Asked again when accounts change elsewhere: a new account with a sheet must be in the picker.
  const loadAccounts = useCallback(() => {
    api.accounts.list({}).then(setAccounts, (error: unknown) => {
      setAccounts((previous) => previous ?? [])
      fail(error)
    })
  }, [fail])
  useEffect(() => loadAccounts(), [loadAccounts])

  /**
   * The year the chosen accounts were taken for: the choices are asked again when the language
   * changes or another window adds a sheet, and only a new year replaces what the user chose.
   */
  const chosenForYear = useRef<number | null>(null)
  const withSheetRef = useRef<ReadonlySet<number>>(new Set())
  const [choicesVersion, setChoicesVersion] = useState(0)
  useEffect(() => {
    let isCurrent = true
    api.terms.compareChoices({ year }).then((choices) => {
      if (!isCurrent) return
      const isSameYear = chosenForYear.current === year
      const before = withSheetRef.current
      chosenForYear.current = year
      withSheetRef.current = new Set(choices.accountIds)
      setYears(choices.years)
      setWithSheet(withSheetRef.current)
      setChosen((previous) => chosenAfterChoices({ chosen: isSameYear ? previous : null, withSheet: before }, choices.accountIds, MAX_COMPARED_ACCOUNTS))
    }, fail)
    return () => {
      isCurrent = false
    }
  }, [year, fail, choicesVersion])

  /**
   * Only the latest request may show: a comparison asked for before a write elsewhere can answer
   * after the one asked for after it, and must not put the old figures back on screen.
   */
  const latestRequest = useRef(0)
  const load = useCallback(() => {
    if (chosen === null) return
    const request = ++latestRequest.current
    if (chosen.length === 0) {
      setComparison({ accountIds: [], missingAccountIds: [], rows: [] })
      return
    }
    api.terms.compare({ accountIds: chosen, year, side, isPerHundredYuan }).then(
      (next) => {
        if (request !== latestRequest.current) return
        setComparison(next)
        setVersion((previous) => previous + 1)
      },
      (error: unknown) => request === latestRequest.current && fail(error)
    )
  }, [chosen, year, side, isPerHundredYuan, fail])
  useEffect(() => {
    load()
    return () => {
      latestRequest.current += 1
    }
  }, [load])

  // Another window (or the term-sheet page) may change a term: compare again when told, and
  // when this window comes back to the front.
  useEffect(() => {
    const reload = () => load()
    const unsubscribe = onWorkspaceChange((change) => {
      if (!isComparedEntity(change.entity)) return
      if (change.entity === 'accounts') loadAccounts()
      // A sheet created or gone (an account to the bin or back) changes who can be compared.
      if ((change.entity === 'termSheets' && change.created.length > 0) || change.entity === 'accounts') setChoicesVersion((previous) => previous + 1)
      reload()
    })
    window.addEventListener('focus', reload)
    return () => {
      unsubscribe()
      window.removeEventListener('focus', reload)
    }
  }, [load, loadAccounts])

  const names = useMemo(() => new Map((accounts ?? []).map((account) => [account.id, account.name])), [accounts])
  const compared = useMemo(() => (comparison?.accountIds ?? []).map((id) => ({ id, name: names.get(id) ?? String(id) })), [comparison, names])
  const indexOf = useMemo(() => new Map(compared.map((account, index) => [account.id, index])), [compared])
  const source = useMemo(() => createComparisonSource(t, (id) => indexOf.get(id) ?? -1), [t, indexOf])
  const columns = useMemo(() => buildComparisonColumns({ t, language, moneyUnit, accounts: compared }), [t, language, moneyUnit, compared])
  const rows = useMemo(() => (comparison && accounts ? toComparisonRows(comparison.rows, t, moneyUnit) : undefined), [comparison, accounts, t, moneyUnit])
  const yearChoices = useMemo(() => [...new Set([year, new Date().getFullYear(), ...years])].sort((a, b) => b - a), [year, years])

  const exportXlsx = async () => {
    if (!chosen || chosen.length === 0) return
    setExporting(true)
    try {
      const file = await api.terms.compareExport({ accountIds: chosen, year, side, isPerHundredYuan, moneyUnit, language })
      downloadBase64(file.fileName, file.mimeType, file.dataBase64)
      showToast('success', t('export.done', { count: file.rowCount, file: file.fileName }))
    } catch (error) {
      fail(error)
    } finally {
      setExporting(false)
    }
  }

  const hasCompared = compared.length > 0
  const missingCount = comparison?.missingAccountIds.length ?? 0

  return (
    <section className="page comparison-page" data-testid="comparison-page">
      <header className="page-header">
        <div>
          <h1>{t('comparison.title')}</h1>
          <p className="page-subtitle">{t('comparison.subtitle')}</p>
        </div>
      </header>

      <div className="toolbar" role="toolbar">
        <label className="comparison-field">
          <span>{t('comparison.year')}</span>
          <select value={year} onChange={(event) => setYear(Number(event.target.value))} data-testid="comparison-year">
            {yearChoices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
        {accounts && <ComparisonAccountPicker accounts={accounts} withSheet={withSheet} chosen={chosen ?? []} onChange={setChosen} />}
        <span className="toolbar-separator" />
        <span className="comparison-field-label">{t('comparison.side')}</span>
        <div className="segmented" role="radiogroup" aria-label={t('comparison.side')} data-testid="comparison-side">
          {TERM_SIDES.map((choice) => (
            <button key={choice} role="radio" aria-checked={choice === side} className={choice === side ? 'active' : ''} onClick={() => setSide(choice)} data-testid={`comparison-side-${choice}`}>
              {t(`terms.sides.${choice}`)}
            </button>
          ))}
        </div>
        <label className="comparison-toggle" title={t('comparison.perHundredYuanHelp')}>
          <input type="checkbox" checked={isPerHundredYuan} onChange={(event) => setPerHundredYuan(event.target.checked)} data-testid="comparison-per-hundred" />
          {t('comparison.perHundredYuan')}
        </label>
        <MoneyUnitSwitch gridId={GRID_ID} />
        <span className="toolbar-spacer" />
        <MenuButton
          icon="copy"
          label={t('grid.copyRows')}
          testId="grid-copy-rows"
          isDisabled={!hasCompared}
          items={[
            { label: t('grid.copyRowsWithHeader'), testId: 'copy-rows-header', onSelect: () => grid.current?.copyRows(true) },
            { label: t('grid.copyRowsOnly'), testId: 'copy-rows-plain', onSelect: () => grid.current?.copyRows(false) }
          ]}
        />
        <button className="button" onClick={() => load()} disabled={chosen === null} title={t('comparison.refresh')} data-testid="comparison-refresh">
          <Icon name="redo" size={16} /> {t('comparison.refresh')}
        </button>
        <button className="button button-primary" onClick={() => void exportXlsx()} disabled={!hasCompared || isExporting} data-testid="comparison-export">
          <Icon name="download" size={16} /> {isExporting ? t('export.exporting') : t('comparison.export')}
        </button>
      </div>

      {(missingCount > 0 || hasCompared) && (
        <p className="comparison-notes">
          {hasCompared && (
            <span className="comparison-legend">
              <span className="comparison-legend-best">▲ {t('comparison.best')}</span>
              <span className="comparison-legend-worst">▼ {t('comparison.worst')}</span>
              <span className="muted">{t('comparison.legend')}</span>
            </span>
          )}
          {missingCount > 0 && (
            <span className="comparison-missing-note" data-testid="comparison-missing">
              {t('comparison.missing', { count: missingCount, year })}
            </span>
          )}
        </p>
      )}

      {comparison && !hasCompared ? (
        <p className="comparison-empty muted" data-testid="comparison-empty">
          {withSheet.size === 0 ? t('comparison.empty', { year }) : t('comparison.noneChosen')}
        </p>
      ) : (
        <div className="comparison-body">
          <div className="grid-alone comparison-grid">
            <SpreadsheetGrid<ComparisonGridRow, never>
              gridId={GRID_ID}
              testId="comparison-grid"
              language={language}
              columns={columns}
              source={source}
              rows={rows}
              isComplete={rows !== undefined}
              emptyText={t('comparison.noneChosen')}
              isTotalsRow={isTotalsRow}
              quickSearch=""
              controllerRef={grid}
              moneyUnit={moneyUnit}
            />
          </div>
          {hasCompared && comparison && (
            <ComparisonCharts language={language} year={year} side={side} moneyUnit={moneyUnit} accounts={compared} rows={comparison.rows} version={version} />
          )}
        </div>
      )}
    </section>
  )
}
