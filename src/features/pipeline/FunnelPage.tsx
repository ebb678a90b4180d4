/**
 * 销售漏斗: the opportunities, each moved one stage on only when the next stage's evidence is ticked
 * (the seed's rule per stage), with the pipeline's health beside them: weighted value by owner,
 * format and region, and the seed's four measures (粗细, 斜率, 均匀, 流速).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError, onWorkspaceChange } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { EChart } from '../../components/EChart'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import type { Language } from '../../shared/i18n'
import type { Account } from '../../shared/domain/accounts/account'
import { FUNNEL_STAGES, type FunnelStage, type StageEvaluation } from '../../shared/domain/pipeline'
import type { PipelineHealth, StoredOpportunity } from '../../shared/contract/pipeline'
import type { ProposalSummary } from '../../shared/contract/proposal'
import { AccountPicker } from '../assortment/AccountPicker'
import { takeNavigationTarget } from '../../app/navigation-target'
import { FunnelSettingsDialog } from './FunnelSettingsDialog'
import { fenText, localIsoDate, ppmText, StagePill, useCriterionLabel, useKeyText, useProvinceNames, yuanTextToFen } from './pipeline-ui'
import '../catalogue/catalogue.css'
import './pipeline.css'

const failed = (error: unknown) => showToast('error', error instanceof ApiError ? error.message : String(error))

export function FunnelPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const [opportunities, setOpportunities] = useState<StoredOpportunity[] | null>(null)
  const [health, setHealth] = useState<PipelineHealth | null>(null)
  const [selectedId, setSelectedId] = useState<number | null>(() => takeNavigationTarget()?.opportunityId ?? null)
  const [isCreating, setCreating] = useState(false)
  const [isSettingsOpen, setSettingsOpen] = useState(false)

  const load = useCallback(async () => {
    try {
      const [list, measures] = await Promise.all([api.pipeline.opportunities({ status: 'all' }), api.pipeline.health({})])
      setOpportunities(list)
      setHealth(measures)
    } catch (error) {
      failed(error)
    }
  }, [])
  useEffect(() => {
    void load()
    return onWorkspaceChange((change) => {
      if (change.entity === 'opportunities' || change.entity === 'funnelSettings' || change.entity === 'accounts') void load()
    })
  }, [load])

  const selected = opportunities?.find((entry) => entry.id === selectedId) ?? null
  const replace = (updated: StoredOpportunity) => {
    setOpportunities((list) => list?.map((entry) => (entry.id === updated.id ? updated : entry)) ?? null)
    void api.pipeline.health({}).then(setHealth, failed)
  }

  return (
    <div className="page pipeline-page" data-testid="funnel-page">
      <header className="page-header">
        <div>
          <h1>{t('pipeline.ui.funnelTitle')}</h1>
          <p className="page-subtitle">{t('pipeline.ui.funnelSubtitle')}</p>
        </div>
        <div className="toolbar">
          <button className="button" onClick={() => setSettingsOpen(true)} data-testid="funnel-settings-open">
            {t('pipeline.ui.funnelSettings')}
          </button>
          <button className="button button-primary" onClick={() => setCreating(true)} data-testid="opportunity-new">
            {t('pipeline.ui.newOpportunity')}
          </button>
        </div>
      </header>
      {health && <KpiStrip health={health} language={language} />}
      <div className="pipeline-columns">
        <section className="pipeline-card pipeline-list">
          {opportunities === null ? null : opportunities.length === 0 ? (
            <p className="muted">{t('pipeline.ui.noOpportunities')}</p>
          ) : (
            <OpportunityTable opportunities={opportunities} language={language} selectedId={selectedId} onSelect={setSelectedId} />
          )}
        </section>
        {selected && <OpportunityPanel key={selected.id} opportunity={selected} language={language} onChanged={replace} onDeleted={() => (setSelectedId(null), void load())} />}
      </div>
      {health && <HealthSection health={health} language={language} />}
      {isSettingsOpen && (
        <FunnelSettingsDialog
          onClose={() => setSettingsOpen(false)}
          onSaved={() => {
            setSettingsOpen(false)
            void load()
          }}
        />
      )}
      {isCreating && (
        <NewOpportunityDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false)
            setSelectedId(created.id)
            void load()
          }}
        />
      )}
    </div>
  )
}

function KpiStrip({ health, language }: { health: PipelineHealth; language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const items = [
    { label: t('pipeline.ui.totalWeighted'), value: fenText(language, health.total.weightedFen), testId: 'kpi-weighted' },
    { label: t('pipeline.ui.openDeals'), value: String(health.total.count), testId: 'kpi-open' },
    { label: t('pipeline.ui.openValue'), value: fenText(language, health.total.valueFen), testId: 'kpi-value' },
    { label: t('pipeline.ui.evenness'), value: ppmText(language, health.distribution.evennessPpm), testId: 'kpi-evenness' }
  ]
  return (
    <div className="kpi-strip">
      {items.map((item) => (
        <div key={item.label} className="kpi" data-testid={item.testId}>
          <span className="kpi-label">{item.label}</span>
          <span className="kpi-value">{item.value}</span>
        </div>
      ))}
    </div>
  )
}

interface TableProps {
  opportunities: StoredOpportunity[]
  language: Language
  selectedId: number | null
  onSelect(id: number): void
}

function OpportunityTable({ opportunities, language, selectedId, onSelect }: TableProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  return (
    <div className="summary-table-wrap">
      <table className="summary-table pipeline-table" data-testid="opportunity-table">
        <thead>
          <tr>
            <th>{t('pipeline.ui.opportunity')}</th>
            <th>{t('pipeline.ui.account')}</th>
            <th>{t('pipeline.ui.stage')}</th>
            <th className="num">{t('pipeline.ui.value')}</th>
            <th className="num">{t('pipeline.ui.probability')}</th>
            <th className="num">{t('pipeline.ui.weighted')}</th>
            <th>{t('pipeline.ui.owner')}</th>
            <th>{t('pipeline.ui.expectedClose')}</th>
          </tr>
        </thead>
        <tbody>
          {opportunities.map((entry) => (
            <tr
              key={entry.id}
              className={`${entry.id === selectedId ? 'row-selected' : ''} ${entry.status !== 'open' ? 'row-closed' : ''}`}
              onClick={() => onSelect(entry.id)}
              data-testid={`opportunity-row-${entry.id}`}
            >
              <td className="cell-wrap">
                {entry.name}
                {entry.hasEvidenceLapsed && (
                  <span className="pill pill-warn" title={t('pipeline.funnel.lapse', { stage: k(`pipeline.funnel.stages.${entry.stage}`) })}>
                    {t('pipeline.ui.lapsed')}
                  </span>
                )}
              </td>
              <td>{entry.accountName}</td>
              <td>{entry.status === 'open' ? <StagePill stage={entry.stage} /> : <span className={`pill status-${entry.status}`}>{k(`pipeline.funnel.status.${entry.status}`)}</span>}</td>
              <td className="num">{fenText(language, entry.valueFen)}</td>
              <td className="num">{ppmText(language, entry.probabilityPpm)}</td>
              <td className="num">{entry.status === 'open' ? fenText(language, entry.weightedFen) : '—'}</td>
              <td>{entry.ownerName}</td>
              <td>{entry.expectedCloseOn ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Evidence ticked on screen and not yet answered by the host. */
interface PendingEvidence {
  opportunityId: number
  stage: FunnelStage
  criterionIds: string[]
}

interface PanelProps {
  opportunity: StoredOpportunity
  language: Language
  onChanged(opportunity: StoredOpportunity): void
  onDeleted(): void
}

function OpportunityPanel({ opportunity, language, onChanged, onDeleted }: PanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [isConfirming, setConfirming] = useState(false)
  const act = (promise: Promise<StoredOpportunity>) => promise.then(onChanged, failed)
  // A tick is shown at once and written in turn: each write starts from the ticks before it, so
  // two boxes ticked quickly both count (the second used to be computed from the answer-less
  // state and dropped the first).
  const [pendingEvidence, setPendingEvidence] = useState<PendingEvidence | null>(null)
  const pendingRef = useRef<PendingEvidence | null>(null)
  const writes = useRef<Promise<unknown>>(Promise.resolve())
  const tickedOf = (stage: FunnelStage, pending: PendingEvidence | null): string[] =>
    pending?.opportunityId === opportunity.id && pending.stage === stage ? pending.criterionIds : (opportunity.evidence[stage] ?? [])
  const tick = (evaluation: StageEvaluation, criterionId: string, isTicked: boolean) => {
    const ticked = new Set(tickedOf(evaluation.stage, pendingRef.current))
    if (isTicked) ticked.add(criterionId)
    else ticked.delete(criterionId)
    const pending: PendingEvidence = { opportunityId: opportunity.id, stage: evaluation.stage, criterionIds: [...ticked] }
    pendingRef.current = pending
    setPendingEvidence(pending)
    writes.current = writes.current
      .then(() => act(api.pipeline.opportunityEvidence({ id: pending.opportunityId, stage: pending.stage, criterionIds: pending.criterionIds })))
      .finally(() => {
        if (pendingRef.current !== pending) return
        pendingRef.current = null
        setPendingEvidence(null)
      })
  }
  const today = localIsoDate()
  const next = opportunity.nextEvidence
  return (
    <aside className="pipeline-card pipeline-panel" data-testid="opportunity-panel">
      <h2>{opportunity.name}</h2>
      <p className="muted">
        {opportunity.accountName} · {fenText(language, opportunity.valueFen)} · {opportunity.ownerName}
      </p>
      {opportunity.goal && <p>{opportunity.goal}</p>}
      <ProposalLink opportunity={opportunity} onChanged={onChanged} />
      <ol className="stage-path">
        {FUNNEL_STAGES.map((stage) => {
          const visit = opportunity.stageHistory.find((entry) => entry.stage === stage)
          const isCurrent = stage === opportunity.stage
          return (
            <li key={stage} className={`${visit ? 'stage-passed' : ''} ${isCurrent ? 'stage-current' : ''}`}>
              <span>{k(`pipeline.funnel.stages.${stage}`)}</span>
              {visit && <small>{t('pipeline.ui.enteredOn', { date: visit.enteredOn })}</small>}
            </li>
          )
        })}
      </ol>
      <EvidenceList title={t('pipeline.ui.currentEvidence')} evaluation={opportunity.currentEvidence} ticked={tickedOf(opportunity.stage, pendingEvidence)} onTick={tick} testId="evidence-current" />
      {opportunity.status === 'open' && next && (
        <EvidenceList title={t('pipeline.ui.nextEvidence')} evaluation={next} ticked={tickedOf(next.stage, pendingEvidence)} onTick={tick} testId="evidence-next" />
      )}
      <div className="toolbar">
        {opportunity.status === 'open' && next && (
          <button className="button button-primary" disabled={!next.isMet} onClick={() => void act(api.pipeline.opportunityAdvance({ id: opportunity.id, on: today }))} data-testid="opportunity-advance">
            {t('pipeline.ui.advanceTo', { stage: k(`pipeline.funnel.stages.${next.stage}`) })}
          </button>
        )}
        {opportunity.status === 'open' ? (
          <>
            <button className="button" onClick={() => void act(api.pipeline.opportunityClose({ id: opportunity.id, status: 'won', on: today }))}>
              {t('pipeline.ui.markWon')}
            </button>
            <button className="button" onClick={() => void act(api.pipeline.opportunityClose({ id: opportunity.id, status: 'lost', on: today }))}>
              {t('pipeline.ui.markLost')}
            </button>
          </>
        ) : (
          <button className="button" onClick={() => void act(api.pipeline.opportunityClose({ id: opportunity.id, status: 'open', on: today }))}>
            {t('pipeline.ui.reopen')}
          </button>
        )}
        <span className="toolbar-spacer" />
        <button className="button" onClick={() => setConfirming(true)}>
          {t('pipeline.ui.delete')}
        </button>
      </div>
      {isConfirming && (
        <ConfirmDialog
          title={t('pipeline.ui.delete')}
          message={t('pipeline.ui.confirmDelete', { name: opportunity.name })}
          confirmLabel={t('pipeline.ui.delete')}
          isDanger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void api.pipeline.opportunityDelete({ id: opportunity.id }).then(onDeleted, failed)
          }}
        />
      )}
    </aside>
  )
}

/** The entry proposal this deal is carried by: one of the account's proposals, or none. */
function ProposalLink({ opportunity, onChanged }: { opportunity: StoredOpportunity; onChanged(opportunity: StoredOpportunity): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [proposals, setProposals] = useState<ProposalSummary[]>([])
  useEffect(() => void api.proposal.list({ accountId: opportunity.accountId }).then(setProposals, failed), [opportunity.accountId])
  const link = (proposalId: number | null) =>
    void api.pipeline
      .opportunitySave({
        accountId: opportunity.accountId,
        id: opportunity.id,
        values: {
          name: opportunity.name,
          goal: opportunity.goal,
          valueFen: opportunity.valueFen,
          ownerName: opportunity.ownerName,
          expectedCloseOn: opportunity.expectedCloseOn,
          companySize: opportunity.companySize,
          proposalId,
          notes: opportunity.notes
        }
      })
      .then(onChanged, failed)
  return (
    <label className="evidence-item">
      {t('pipeline.ui.proposal')}
      <select value={opportunity.proposalId ?? ''} onChange={(event) => link(event.target.value ? Number(event.target.value) : null)} data-testid="opportunity-proposal">
        <option value="">{t('pipeline.ui.noProposal')}</option>
        {proposals.map((summary) => (
          <option key={summary.proposal.id} value={summary.proposal.id}>
            {summary.proposal.name}
          </option>
        ))}
      </select>
    </label>
  )
}

interface EvidenceListProps {
  title: string
  evaluation: StageEvaluation
  ticked: string[]
  onTick(evaluation: StageEvaluation, criterionId: string, isTicked: boolean): void
  testId: string
}

function EvidenceList({ title, evaluation, ticked, onTick, testId }: EvidenceListProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const criterionLabel = useCriterionLabel()
  // In the settings' order, whatever is ticked: a box never moves under the pointer.
  const position = (id: string) => {
    const index = evaluation.criterionIds.indexOf(id)
    return index === -1 ? evaluation.criterionIds.length : index
  }
  const criteria = [...evaluation.metCriterionIds, ...evaluation.missingCriterionIds.filter((id) => !evaluation.metCriterionIds.includes(id))]
  const rule = evaluation.appliedRule
  const ruleText =
    rule.kind === 'at_least'
      ? t('pipeline.funnel.rules.at_least', { count: rule.count })
      : t('pipeline.funnel.rules.all_of', { criteria: rule.criterionIds.map((id) => criterionLabel(evaluation.stage, id)).join('、') })
  const allIds = [...new Set([...criteria, ...ticked])].sort((left, right) => position(left) - position(right))
  return (
    <fieldset className="evidence" data-testid={testId}>
      <legend>
        {title}: {k(`pipeline.funnel.stages.${evaluation.stage}`)}
      </legend>
      <p className="muted evidence-rule">
        {ruleText} · {evaluation.isMet ? t('pipeline.funnel.evaluation.met') : t('pipeline.funnel.evaluation.notMet', { shortBy: evaluation.shortBy })}
      </p>
      {allIds.map((id) => (
        <label key={id} className="evidence-item">
          <input type="checkbox" checked={ticked.includes(id)} onChange={(event) => onTick(evaluation, id, event.target.checked)} />
          {criterionLabel(evaluation.stage, id)}
        </label>
      ))}
    </fieldset>
  )
}

function HealthSection({ health, language }: { health: PipelineHealth; language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const provinces = useProvinceNames()
  const stageName = (stage: string) => k(`pipeline.funnel.stages.${stage}`)
  const volumeOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 24, right: 36, top: 10, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '' },
      yAxis: { type: 'category', inverse: true, data: health.volume.map((entry) => stageName(entry.stage)) },
      series: [{ type: 'bar', data: health.volume.map((entry) => entry.count), label: { show: true, position: 'right' }, barWidth: '55%' }]
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [health, language]
  )
  const groupLabel = (grouping: 'owner' | 'format' | 'region', key: string) =>
    key === '' ? t('pipeline.pipeline.ungrouped') : grouping === 'format' ? k(`enums.format.${key}`) : grouping === 'region' ? (provinces.get(key) ?? key) : key
  return (
    <section className="pipeline-health" data-testid="pipeline-health">
      <div className="pipeline-card">
        <h3>{t('pipeline.health.measures.volume')}</h3>
        <p className="muted">{t('pipeline.health.volumeHint')}</p>
        <EChart option={volumeOption} height={220} ariaLabel={t('pipeline.health.measures.volume')} testId="funnel-chart" />
      </div>
      <div className="pipeline-card">
        <h3>{t('pipeline.health.measures.conversion')}</h3>
        <p className="muted">{t('pipeline.health.conversionHint')}</p>
        <table className="summary-table">
          <tbody>
            {health.conversion.map((entry) => (
              <tr key={entry.from}>
                <td>
                  {stageName(entry.from)} → {stageName(entry.to)}
                </td>
                <td className="num">
                  {entry.reachedTo} / {entry.reachedFrom}
                </td>
                <td className="num">{ppmText(language, entry.conversionPpm)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pipeline-card">
        <h3>{t('pipeline.health.measures.distribution')}</h3>
        <p className="muted">{t('pipeline.health.distributionHint')}</p>
        <p className="kpi-value">{ppmText(language, health.distribution.evennessPpm)}</p>
        {health.distribution.emptyStages.length > 0 && <p className="muted">{t('pipeline.health.emptyStages', { stages: health.distribution.emptyStages.map(stageName).join('、') })}</p>}
        <h3>{t('pipeline.health.measures.velocity')}</h3>
        <table className="summary-table">
          <tbody>
            {health.velocity.map((entry) => (
              <tr key={entry.stage}>
                <td>{stageName(entry.stage)}</td>
                <td className="num">{entry.medianDays === null ? '—' : t('pipeline.health.medianDays', { days: entry.medianDays })}</td>
                <td className="num">{entry.meanDays === null ? '—' : t('pipeline.health.meanDays', { days: entry.meanDays })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pipeline-card">
        {(['owner', 'format', 'region'] as const).map((grouping) => (
          <div key={grouping}>
            <h3>{k(`pipeline.ui.pipelineBy${grouping[0]!.toUpperCase()}${grouping.slice(1)}`)}</h3>
            <table className="summary-table" data-testid={`pipeline-by-${grouping}`}>
              <tbody>
                {health.groups[grouping].map((group) => (
                  <tr key={group.key}>
                    <td>{groupLabel(grouping, group.key)}</td>
                    <td className="num">{group.count}</td>
                    <td className="num">{fenText(language, group.weightedFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <h3>{t('pipeline.ui.winRates')}</h3>
        {health.winRates.isShown ? (
          <table className="summary-table">
            <tbody>
              {health.winRates.rates.map((rate) => (
                <tr key={rate.stage}>
                  <td>{stageName(rate.stage)}</td>
                  <td className="num">{ppmText(language, rate.observedPpm)}</td>
                  <td className="num muted">{ppmText(language, rate.defaultPpm)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('pipeline.health.reasons.too_few_closed', { required: 10, closed: health.winRates.closed })}</p>
        )}
      </div>
    </section>
  )
}

function NewOpportunityDialog({ onClose, onCreated }: { onClose(): void; onCreated(opportunity: StoredOpportunity): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [accounts, setAccounts] = useState<Account[]>([])
  const [accountId, setAccountId] = useState<number | null>(null)
  const [name, setName] = useState('')
  const [goal, setGoal] = useState('')
  const [value, setValue] = useState('')
  const [owner, setOwner] = useState('')
  const [closeOn, setCloseOn] = useState('')
  const [size, setSize] = useState<'' | 'small_mid' | 'large'>('')
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => void api.accounts.list({}).then(setAccounts, failed), [])
  const account = accounts.find((entry) => entry.id === accountId) ?? null
  const save = () => {
    const valueFen = yuanTextToFen(value)
    if (accountId === null) return setProblem(t('pipeline.ui.required', { field: t('pipeline.ui.account') }))
    if (name.trim() === '') return setProblem(t('pipeline.ui.required', { field: t('pipeline.ui.name') }))
    if (valueFen === null) return setProblem(t('pipeline.ui.required', { field: t('pipeline.ui.value') }))
    void api.pipeline
      .opportunitySave({ accountId, values: { name, goal, valueFen, ownerName: owner, expectedCloseOn: closeOn || null, companySize: size || null } })
      .then(onCreated, (error: unknown) => setProblem(error instanceof ApiError ? error.message : String(error)))
  }
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="new-opportunity-title" data-testid="opportunity-dialog">
        <h2 id="new-opportunity-title">{t('pipeline.ui.newOpportunity')}</h2>
        <div className="form-grid">
          <label>{t('pipeline.ui.account')}</label>
          <AccountPicker accounts={accounts} account={account} onChoose={setAccountId} testId="opportunity-account" />
          <label htmlFor="opp-name">{t('pipeline.ui.name')}</label>
          <input id="opp-name" value={name} onChange={(event) => setName(event.target.value)} data-testid="opportunity-name" />
          <label htmlFor="opp-goal">{t('pipeline.ui.goal')}</label>
          <input id="opp-goal" value={goal} onChange={(event) => setGoal(event.target.value)} />
          <label htmlFor="opp-value">{t('pipeline.ui.value')}</label>
          <input id="opp-value" value={value} placeholder="120万" onChange={(event) => setValue(event.target.value)} data-testid="opportunity-value" />
          <label htmlFor="opp-owner">{t('pipeline.ui.owner')}</label>
          <input id="opp-owner" value={owner} onChange={(event) => setOwner(event.target.value)} />
          <label htmlFor="opp-close">{t('pipeline.ui.expectedClose')}</label>
          <input id="opp-close" type="date" value={closeOn} onChange={(event) => setCloseOn(event.target.value)} />
          <label htmlFor="opp-size">{t('pipeline.ui.companySize')}</label>
          <select id="opp-size" value={size} onChange={(event) => setSize(event.target.value as typeof size)}>
            <option value="">{t('pipeline.ui.unknownSize')}</option>
            <option value="small_mid">{t('pipeline.funnel.companySize.small_mid')}</option>
            <option value="large">{t('pipeline.funnel.companySize.large')}</option>
          </select>
        </div>
        {problem && <p className="alert alert-error">{problem}</p>}
        <div className="modal-actions">
          <button className="button" onClick={onClose}>
            {t('pipeline.ui.cancel')}
          </button>
          <button className="button button-primary" onClick={save} data-testid="opportunity-save">
            {t('pipeline.ui.save')}
          </button>
        </div>
      </div>
    </div>
  )
}
