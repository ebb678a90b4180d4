/**
 * 工作台首页 (the landing page): what needs attention today — next steps due and overdue, proposals
 * not ready, protection conflicts, warnings on the current term sheets, deals whose evidence no
 * longer holds, the weighted pipeline and the funnel — every item a link to its place.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError, onWorkspaceChange } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { EChart } from '../../components/EChart'
import type { Language } from '../../shared/i18n'
import type { Page } from '../../app/NavRail'
import { setNavigationTarget } from '../../app/navigation-target'
import type { HomeTermsWarnings, NextSteps, PipelineHealth } from '../../shared/contract/pipeline'
import { warningText } from '../terms/terms-format'

/** How many terms warnings the home page names (the count says how many there are). */
const TERMS_WARNINGS_LISTED = 10
import type { ProposalSummary, ProtectionConflictView } from '../../shared/contract/proposal'
import { fenText, ppmText, useKeyText } from '../pipeline/pipeline-ui'
import '../pipeline/pipeline.css'

interface HomeData {
  due: NextSteps
  termsWarnings: HomeTermsWarnings
  health: PipelineHealth
  /** Proposals with something missing before they can go out (the readiness checklist). */
  notReady: ProposalSummary[]
  conflicts: ProtectionConflictView[]
}

export function HomePage({ language, onNavigate }: { language: Language; onNavigate(page: Page): void }): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [data, setData] = useState<HomeData | null>(null)
  useEffect(() => {
    const load = () =>
      void Promise.all([
        api.pipeline.nextSteps({ limit: 50 }),
        api.pipeline.termsWarnings({ limit: TERMS_WARNINGS_LISTED }),
        api.pipeline.health({}),
        api.proposal.list({}),
        api.proposal.conflicts({})
      ]).then(
        ([due, termsWarnings, health, proposals, report]) =>
          setData({
            due,
            termsWarnings,
            health,
            notReady: proposals.filter((summary) => !summary.readiness.isReady),
            conflicts: report.conflicts
          }),
        (error: unknown) => showToast('error', error instanceof ApiError ? error.message : String(error))
      )
    load()
    return onWorkspaceChange((change) => {
      if (['activities', 'opportunities', 'funnelSettings', 'proposals', 'assortment', 'terms'].includes(change.entity)) load()
    })
  }, [])
  const go = (page: Page, target: { accountId?: number; opportunityId?: number }) => {
    setNavigationTarget(target)
    onNavigate(page)
  }
  const funnelOption = useMemo(
    () =>
      data && {
        tooltip: { trigger: 'axis' },
        grid: { left: 24, right: 110, top: 6, bottom: 8, containLabel: true },
        // The bars carry their amounts; the axis would only repeat them in crowded ticks.
        xAxis: { type: 'value', axisLabel: { show: false } },
        yAxis: { type: 'category', inverse: true, data: data.health.volume.map((entry) => k(`pipeline.funnel.stages.${entry.stage}`)) },
        series: [{ type: 'bar', barWidth: '55%', data: data.health.volume.map((entry) => entry.valueFen / 100), label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => fenText(language, value * 100) } }]
      },
    [data, language, k]
  )
  if (!data) return <div className="page" data-testid="home-page" />
  const urgentCount = data.due.counts.overdue + data.due.counts.due_today
  return (
    <div className="page pipeline-page" data-testid="home-page">
      <header className="page-header">
        <div>
          <h1>{t('pipeline.ui.homeTitle')}</h1>
          <p className="page-subtitle">{t('pipeline.ui.homeSubtitle')}</p>
        </div>
      </header>
      <div className="kpi-strip">
        <button className="kpi link-card" onClick={() => onNavigate('funnel')} data-testid="home-weighted">
          <span className="kpi-label">{t('pipeline.ui.totalWeighted')}</span>
          <span className="kpi-value">{fenText(language, data.health.total.weightedFen)}</span>
        </button>
        <div className="kpi">
          <span className="kpi-label">{t('pipeline.ui.openDeals')}</span>
          <span className="kpi-value">{data.health.total.count}</span>
        </div>
        <div className="kpi" data-testid="home-due-count">
          <span className="kpi-label">{t('pipeline.ui.dueToday')}</span>
          <span className={`kpi-value ${urgentCount > 0 ? 'due-overdue' : ''}`}>{urgentCount}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('pipeline.ui.evenness')}</span>
          <span className="kpi-value">{ppmText(language, data.health.distribution.evennessPpm)}</span>
        </div>
      </div>
      <div className="home-grid">
        <section className="pipeline-card" data-testid="home-next-steps">
          <h2>{t('pipeline.ui.nextSteps')}</h2>
          {data.due.steps.length === 0 ? (
            <p className="muted">{t('pipeline.ui.noNextSteps')}</p>
          ) : (
            <table className="summary-table">
              <tbody>
                {data.due.steps.map((entry) => (
                  <tr key={entry.activityId}>
                    <td className={entry.urgency === 'overdue' ? 'due-overdue' : entry.urgency === 'due_today' ? 'due-today' : ''}>
                      {entry.urgency === 'overdue'
                        ? t('pipeline.activities.overdueDays', { days: -entry.daysUntilDue })
                        : entry.urgency === 'due_today'
                          ? t('pipeline.activities.urgency.due_today')
                          : t('pipeline.activities.dueInDays', { days: entry.daysUntilDue })}
                    </td>
                    <td className="cell-wrap">{entry.activity.title}</td>
                    <td>
                      <button className="link-button" onClick={() => go('relationships', { accountId: entry.accountId })}>
                        {entry.accountName}
                      </button>
                    </td>
                    <td className="muted">{entry.activity.ownerName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.due.counts.overdue + data.due.counts.due_today + data.due.counts.upcoming > data.due.steps.length && (
            <p className="muted">
              {t('pipeline.ui.moreSteps', { count: data.due.counts.overdue + data.due.counts.due_today + data.due.counts.upcoming - data.due.steps.length })}
            </p>
          )}
          <h3>{t('pipeline.ui.proposalsNotReady')}</h3>
          {data.notReady.length === 0 ? (
            <p className="muted">{t('pipeline.ui.allProposalsReady')}</p>
          ) : (
            <ul data-testid="home-not-ready">
              {data.notReady.map((summary) => (
                <li key={summary.proposal.id}>
                  <button className="link-button" onClick={() => go('proposal', { accountId: summary.proposal.accountId })}>
                    {summary.accountName} · {summary.proposal.name}
                  </button>{' '}
                  <span className="due-overdue">{t('pipeline.ui.blockers', { count: summary.readiness.blockerCount })}</span>
                  {summary.readiness.warningCount > 0 && <span className="muted"> · {t('pipeline.ui.warnings', { count: summary.readiness.warningCount })}</span>}
                </li>
              ))}
            </ul>
          )}
          <h3>
            {t('pipeline.ui.termsWarnings')}
            {data.termsWarnings.count > 0 && (
              <span className="muted"> · {t('pipeline.ui.termsWarningsCount', { count: data.termsWarnings.count, accounts: data.termsWarnings.accountCount })}</span>
            )}
          </h3>
          <div data-testid="home-terms-warnings">
            {data.termsWarnings.warnings.length === 0 ? (
              <p className="muted">{t('pipeline.ui.noTermsWarnings')}</p>
            ) : (
              <ul>
                {data.termsWarnings.warnings.map((entry, index) => (
                  <li key={`${entry.accountId}-${entry.warning.code}-${index}`} data-code={entry.warning.code}>
                    <span className={`home-warning-badge ${entry.warning.severity}`}>{t(`terms.severities.${entry.warning.severity}`)}</span>
                    <button className="link-button" onClick={() => go('terms', { accountId: entry.accountId })} data-testid="home-terms-warning-link">
                      {entry.accountName} · {t('pipeline.ui.termsWarningSheet', { year: entry.year })}
                    </button>{' '}
                    <span className="muted">{warningText(entry.warning, language, t)}</span>
                  </li>
                ))}
              </ul>
            )}
            {data.termsWarnings.count > data.termsWarnings.warnings.length && (
              <p className="muted">{t('pipeline.ui.moreTermsWarnings', { count: data.termsWarnings.count - data.termsWarnings.warnings.length })}</p>
            )}
          </div>
          {data.conflicts.length > 0 && (
            <>
              <h3>{t('pipeline.ui.protectionConflicts')}</h3>
              <ul data-testid="home-conflicts">
                {data.conflicts.map((conflict) => (
                  <li key={`${conflict.key}-${conflict.clauseId}`}>
                    <button className="link-button" onClick={() => go('proposal', { accountId: conflict.accountId })}>
                      {conflict.territoryName}
                    </button>{' '}
                    <span className="muted">
                      {t('pipeline.ui.conflictWith', { account: conflict.otherAccountName, from: conflict.startDate, to: conflict.endDate })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.health.lapseCount > 0 && (
            <>
              <h3>
                {t('pipeline.ui.lapses')} ({data.health.lapseCount})
              </h3>
              <ul>
                {data.health.lapses.slice(0, 10).map((entry) => (
                  <li key={entry.opportunityId}>
                    <button className="link-button" onClick={() => go('funnel', { opportunityId: entry.opportunityId })}>
                      {entry.accountName} · {entry.name}
                    </button>{' '}
                    <span className="muted">{t('pipeline.funnel.lapse', { stage: k(`pipeline.funnel.stages.${entry.stage}`) })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="pipeline-card">
          <h2>{t('pipeline.ui.funnelTitle')}</h2>
          {funnelOption && <EChart option={funnelOption} height={240} ariaLabel={t('pipeline.ui.funnelTitle')} testId="home-funnel-chart" />}
          <table className="summary-table">
            <tbody>
              {data.health.groups.owner.map((group) => (
                <tr key={group.key}>
                  <td>{group.key || t('pipeline.pipeline.ungrouped')}</td>
                  <td className="num">{group.count}</td>
                  <td className="num">{fenText(language, group.weightedFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  )
}
