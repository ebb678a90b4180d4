import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { KEY_FIGURE_CODES, type ReadinessItem, type ReadinessSection } from '../../shared/domain/proposal'
import { AccountPicker } from '../assortment/AccountPicker'
import { Icon } from '../../components/Icon'
import { useProposalData } from './use-proposal-data'
import { ReadinessChecklist } from './ReadinessChecklist'
import { keyFigureText, proposalNames, type ProposalNames } from './proposal-text'
import { useTerritoryLookup } from './territory-list'
import { ProductsTab, toSkuRows } from './ProductsTab'
import { ProtectionTab, toClauseRows } from './ProtectionTab'
import { PromotionsTab, toEventRows } from './PromotionsTab'
import { ConcessionsTab, toConcessionRows } from './ConcessionsTab'
import { SellThroughTab, toActivityRows } from './SellThroughTab'
import { VersionsTab } from './VersionsTab'
import { ExportButton } from './ExportButton'
import '../catalogue/catalogue.css'
import './proposal.css'

const TABS = ['skus', 'protection', 'promotions', 'concessions', 'sellThrough', 'versions'] as const
type Tab = (typeof TABS)[number]

/** The checklist's sections, by the tab that fixes them (terms are set against concessions). */
const TAB_OF_SECTION: Record<ReadinessSection, Tab> = { skus: 'skus', terms: 'concessions', protection: 'protection', promotions: 'promotions', concessions: 'concessions' }

/** The planner page 进场方案: the account's proposal with its key figures, the checklist, and a tab per part. */
export function ProposalPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const data = useProposalData(t)
  const { detail, reload } = data
  const [tab, setTab] = useState<Tab>('skus')
  const [highlight, setHighlight] = useState<{ tab: Tab; itemId: string | null; at: number } | null>(null)
  const [isChecklistOpen, setChecklistOpen] = useState(true)
  const territories = useTerritoryLookup()

  // Rows are derived once per load, so each grid gets a new array only when the proposal was read again.
  const skuRows = useMemo(() => (detail ? toSkuRows(detail) : []), [detail])
  const clauseRows = useMemo(() => (detail ? toClauseRows(detail) : []), [detail])
  const eventRows = useMemo(() => (detail ? toEventRows(detail) : []), [detail])
  const concessionRows = useMemo(() => (detail ? toConcessionRows(detail) : []), [detail])
  const activityRows = useMemo(() => (detail ? toActivityRows(detail) : []), [detail])

  const names = useMemo<ProposalNames>(
    () => proposalNames(new Map((data.accounts ?? []).map((account) => [String(account.id), account.name])), territories, language),
    [data.accounts, territories, language]
  )

  const goTo = useCallback((target: ReadinessItem['target']) => {
    const next = TAB_OF_SECTION[target.section]
    setTab(next)
    setHighlight({ tab: next, itemId: target.itemId, at: Date.now() })
  }, [])
  const highlightFor = (which: Tab) => (highlight?.tab === which ? highlight.itemId : null)
  const blockersBySection = useMemo(() => {
    const counts = new Map<Tab, number>()
    for (const item of detail?.readiness.items ?? []) {
      if (item.severity !== 'blocker') continue
      const which = TAB_OF_SECTION[item.target.section]
      counts.set(which, (counts.get(which) ?? 0) + 1)
    }
    return counts
  }, [detail])

  return (
    <section className="page proposal-page" data-testid="proposal-page">
      <header className="page-header">
        <div>
          <h1>{t('proposal.title')}</h1>
          <p className="page-subtitle">{t('proposal.page.subtitle')}</p>
        </div>
        <div className="proposal-header-controls">
          {data.accounts && data.accounts.length > 0 && <AccountPicker accounts={data.accounts} account={data.account} onChoose={data.chooseAccount} testId="proposal-account" />}
          {detail && <span className="muted">{t('proposal.page.year', { year: detail.proposal.year })}</span>}
          {detail && (
            <button className="button" onClick={() => setChecklistOpen((isOpen) => !isOpen)} aria-pressed={isChecklistOpen} data-testid="readiness-toggle">
              <Icon name="check" size={16} /> {isChecklistOpen ? t('proposal.page.readinessHide') : t('proposal.page.readinessOpen')}
            </button>
          )}
          {detail && <ExportButton detail={detail} language={language} />}
        </div>
      </header>

      {data.accounts && data.accounts.length === 0 ? (
        <p className="muted">{t('proposal.page.noAccounts')}</p>
      ) : detail === undefined ? (
        <p className="muted">{t('proposal.page.loading')}</p>
      ) : detail === null ? (
        <div className="proposal-card proposal-empty" data-testid="proposal-empty">
          <h3>{t('proposal.page.createTitle', { accountName: data.account?.name ?? '' })}</h3>
          <p className="muted">{t('proposal.page.createBody')}</p>
          <button
            className="button button-primary"
            onClick={() => void data.createProposal(`${data.account?.name ?? ''} ${t('proposal.title')}`)}
            disabled={!data.account}
            data-testid="proposal-create"
          >
            <Icon name="add" size={16} /> {t('proposal.page.create')}
          </button>
        </div>
      ) : (
        <>
          <div className="proposal-figures" data-testid="proposal-key-figures" aria-label={t('proposal.page.keyFigures')}>
            {KEY_FIGURE_CODES.map((code) => {
              const value = detail.figures.keyFigures[code]
              return (
                <div key={code} className="proposal-figure" data-code={code}>
                  <span className="proposal-figure-label" title={t(`proposal.keyFigure.${code}`)}>
                    {t(`proposal.keyFigure.${code}`)}
                  </span>
                  <span className={value === null ? 'proposal-figure-value is-missing' : 'proposal-figure-value'} title={detail.figures.keyFigureNullReasons[code] ?? undefined}>
                    {keyFigureText(code, value, language, t)}
                  </span>
                </div>
              )
            })}
          </div>
          {detail.figures.termSheet === null && <p className="alert">{t('proposal.page.noTermSheet', { year: detail.proposal.year })}</p>}
          <div className={isChecklistOpen ? 'proposal-body' : 'proposal-body no-checklist'}>
            <div className="proposal-main">
              <nav className="proposal-tabs" role="tablist">
                {TABS.map((which) => (
                  <button key={which} role="tab" aria-selected={tab === which} onClick={() => setTab(which)} data-testid={`proposal-tab-${which}-button`}>
                    {t(`proposal.page.tab.${which}`)}
                    {(blockersBySection.get(which) ?? 0) > 0 && <span className="tab-badge">{blockersBySection.get(which)}</span>}
                  </button>
                ))}
              </nav>
              {tab === 'skus' && <ProductsTab detail={detail} rows={skuRows} language={language} reload={reload} highlightId={highlightFor('skus')} />}
              {tab === 'protection' && <ProtectionTab detail={detail} rows={clauseRows} language={language} reload={reload} highlightId={highlightFor('protection')} names={names} />}
              {tab === 'promotions' && <PromotionsTab detail={detail} rows={eventRows} language={language} reload={reload} highlightId={highlightFor('promotions')} />}
              {tab === 'concessions' && <ConcessionsTab detail={detail} rows={concessionRows} language={language} reload={reload} highlightId={highlightFor('concessions')} />}
              {tab === 'sellThrough' && <SellThroughTab detail={detail} rows={activityRows} language={language} reload={reload} names={names} />}
              {tab === 'versions' && <VersionsTab detail={detail} language={language} reload={reload} names={names} />}
            </div>
            {isChecklistOpen && <ReadinessChecklist readiness={detail.readiness} language={language} names={names} onGoTo={goTo} />}
          </div>
        </>
      )}
    </section>
  )
}
