/**
 * 漏斗设置: per stage its win probability, owners, evidence criteria (the guide's, plus this
 * workspace's own: added, renamed, removed) and the rule for how many must hold (by company size
 * where wanted). The dialog edits overrides over the seed's defaults with the domain's edit steps;
 * each save is a new entry in the settings history, listed with what it changed.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '../../lib/api'
import {
  addStageCriterion,
  DEFAULT_FUNNEL_CONFIG,
  effectiveFunnelConfig,
  FUNNEL_STAGES,
  funnelSettingsChanges,
  OWNER_ROLES,
  removeStageCriterion,
  renameStageCriterion,
  setStageOwners,
  setStageProbability,
  setStageRule,
  stageConfig,
  type FunnelOverrides,
  type FunnelSettingChange,
  type FunnelStage,
  type SimpleStageRule,
  type StageConfig,
  type StageRule
} from '../../shared/domain/pipeline'
import type { FunnelSettings } from '../../shared/contract/pipeline'
import { useKeyText } from './pipeline-ui'

const seedPercent = (stage: FunnelStage): number => stageConfig(DEFAULT_FUNNEL_CONFIG, stage).probabilityPpm / 10_000

export function FunnelSettingsDialog({ onClose, onSaved }: { onClose(): void; onSaved(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [settings, setSettings] = useState<FunnelSettings | null>(null)
  const [overrides, setOverrides] = useState<FunnelOverrides>({})
  const [percents, setPercents] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    void api.pipeline.funnelSettingsGet({}).then((loaded) => {
      setSettings(loaded)
      setOverrides(loaded.overrides)
      setPercents(Object.fromEntries(loaded.config.stages.map((stage) => [stage.stage, String(stage.probabilityPpm / 10_000)])))
    })
  }, [])
  const config = useMemo(() => effectiveFunnelConfig(overrides).config, [overrides])
  const stageName = (stage: FunnelStage) => k(`pipeline.funnel.stages.${stage}`)
  const criterionLabel = (stage: StageConfig, id: string) => stage.criteria.find((criterion) => criterion.id === id)?.customLabel ?? k(`pipeline.funnel.criteria.${stage.stage}.${id}`)

  const save = (next: FunnelOverrides) => {
    let withProbabilities = next
    for (const stage of FUNNEL_STAGES) {
      const value = Number(percents[stage])
      if (!Number.isFinite(value) || value < 0 || value > 100 || (percents[stage] ?? '').trim() === '') return setProblem(t('pipeline.ui.probabilityRange', { stage: stageName(stage) }))
      withProbabilities = setStageProbability(withProbabilities, stage, Math.round(value * 10_000))
    }
    for (const stage of FUNNEL_STAGES) {
      const override = withProbabilities[stage]
      if (override?.extraCriteria?.some((criterion) => criterion.label.trim() === '')) return setProblem(t('pipeline.ui.criterionLabelMissing', { stage: stageName(stage) }))
      const rules = override?.rule ? (override.rule.kind === 'by_company_size' ? [override.rule.smallMid, override.rule.large] : [override.rule]) : []
      if (rules.some((rule) => rule.kind === 'all_of' && rule.criterionIds.length === 0)) return setProblem(t('pipeline.ui.ruleNeedsCriterion', { stage: stageName(stage) }))
    }
    void api.pipeline.funnelSettingsSet({ overrides: withProbabilities }).then(
      () => onSaved(),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : String(error))
    )
  }
  const reset = () => {
    if (!window.confirm(t('pipeline.ui.confirmReset'))) return
    setPercents(Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, String(seedPercent(stage))])))
    void api.pipeline.funnelSettingsSet({ overrides: {} }).then(
      () => onSaved(),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : String(error))
    )
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="modal funnel-settings" role="dialog" aria-modal="true" aria-labelledby="funnel-settings-title" data-testid="funnel-settings">
        <h2 id="funnel-settings-title">{t('pipeline.ui.funnelSettings')}</h2>
        <p className="muted">{t('pipeline.ui.funnelSettingsHint')}</p>
        <div className="funnel-settings-stages">
          {config.stages.map((stage) => (
            <StageSettings
              key={stage.stage}
              stage={stage}
              percent={percents[stage.stage] ?? ''}
              onPercent={(value) => setPercents({ ...percents, [stage.stage]: value })}
              overrides={overrides}
              onChange={setOverrides}
              criterionLabel={(id) => criterionLabel(stage, id)}
            />
          ))}
        </div>
        {settings && settings.history.length > 0 && (
          <>
            <h3>{t('pipeline.ui.settingsHistory')}</h3>
            <ul className="muted funnel-settings-history" data-testid="funnel-settings-history">
              {settings.history.slice(0, 10).map((entry, index) => (
                <li key={entry.changedAt + index}>
                  {new Date(entry.changedAt).toLocaleString()} · <ChangeList changes={funnelSettingsChanges(settings.history[index + 1]?.overrides ?? {}, entry.overrides)} overrides={entry.overrides} />
                </li>
              ))}
            </ul>
          </>
        )}
        {problem && <p className="alert alert-error">{problem}</p>}
        <div className="modal-actions">
          <button className="button" onClick={reset} data-testid="funnel-settings-reset">
            {t('pipeline.ui.resetToSeed')}
          </button>
          <span className="toolbar-spacer" />
          <button className="button" onClick={onClose}>
            {t('pipeline.ui.cancel')}
          </button>
          <button className="button button-primary" onClick={() => save(overrides)} data-testid="funnel-settings-save">
            {t('pipeline.ui.save')}
          </button>
        </div>
      </div>
    </div>
  )
}

interface StageSettingsProps {
  stage: StageConfig
  percent: string
  onPercent(value: string): void
  overrides: FunnelOverrides
  onChange(overrides: FunnelOverrides): void
  criterionLabel(id: string): string
}

function StageSettings({ stage, percent, onPercent, overrides, onChange, criterionLabel }: StageSettingsProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [newLabel, setNewLabel] = useState('')
  const name = stage.stage
  const extraLabels = new Map((overrides[name]?.extraCriteria ?? []).map((criterion) => [criterion.id, criterion.label]))
  const add = () => {
    if (newLabel.trim() === '') return
    onChange(addStageCriterion(overrides, name, newLabel).overrides)
    setNewLabel('')
  }
  const rule = stage.rule
  const isBySize = rule.kind === 'by_company_size'
  const setRule = (next: StageRule) => onChange(setStageRule(overrides, name, next))
  return (
    <section className="funnel-settings-stage" data-testid={`funnel-settings-${name}`}>
      <header>
        <h3>{k(`pipeline.funnel.stages.${name}`)}</h3>
        <label className="inline-field">
          {t('pipeline.ui.probability')}
          <input id={`probability-${name}`} className="percent-input" value={percent} onChange={(event) => onPercent(event.target.value)} data-testid={`probability-${name}`} />%
          <span className="muted">{t('pipeline.ui.seedDefault', { value: seedPercent(name) })}</span>
        </label>
      </header>
      <div className="funnel-settings-row">
        <span className="funnel-settings-label">{t('pipeline.ui.owners')}</span>
        <div className="chip-list">
          {OWNER_ROLES.map((role) => (
            <label key={role} className="chip-check">
              <input
                type="checkbox"
                checked={stage.ownerRoles.includes(role)}
                onChange={(event) => onChange(setStageOwners(overrides, name, event.target.checked ? [...stage.ownerRoles, role] : stage.ownerRoles.filter((entry) => entry !== role)))}
              />
              {k(`pipeline.funnel.owners.${role}`)}
            </label>
          ))}
        </div>
      </div>
      <div className="funnel-settings-row">
        <span className="funnel-settings-label">{t('pipeline.ui.criteria')}</span>
        <ol className="criteria-list" data-testid={`criteria-${name}`}>
          {stage.criteria.map((criterion) =>
            extraLabels.has(criterion.id) ? (
              <li key={criterion.id}>
                <input
                  className="criterion-input"
                  value={extraLabels.get(criterion.id) ?? ''}
                  aria-label={t('pipeline.ui.criteria')}
                  onChange={(event) => onChange(renameStageCriterion(overrides, name, criterion.id, event.target.value))}
                  data-testid={`criterion-${name}-${criterion.id}`}
                />
                <span className="pill pill-muted">{t('pipeline.ui.workspaceCriterion')}</span>
                <button className="link-button" onClick={() => onChange(removeStageCriterion(overrides, name, criterion.id))} aria-label={t('pipeline.ui.removeCriterion')}>
                  {t('pipeline.ui.delete')}
                </button>
              </li>
            ) : (
              <li key={criterion.id}>
                {criterionLabel(criterion.id)} <span className="pill pill-muted">{t('pipeline.ui.seedCriterion')}</span>
              </li>
            )
          )}
        </ol>
      </div>
      <div className="funnel-settings-row">
        <span />
        <div className="inline-field">
          <input
            className="criterion-input"
            value={newLabel}
            placeholder={t('pipeline.ui.newCriterionPlaceholder')}
            onChange={(event) => setNewLabel(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && add()}
            data-testid={`criterion-new-${name}`}
          />
          <button className="button" onClick={add} disabled={newLabel.trim() === ''} data-testid={`criterion-add-${name}`}>
            {t('pipeline.ui.addCriterion')}
          </button>
        </div>
      </div>
      <div className="funnel-settings-row">
        <span className="funnel-settings-label">{t('pipeline.ui.rule')}</span>
        <div>
          <label className="chip-check">
            <input
              type="checkbox"
              checked={isBySize}
              onChange={(event) =>
                setRule(
                  event.target.checked
                    ? { kind: 'by_company_size', smallMid: rule.kind === 'by_company_size' ? rule.smallMid : rule, large: rule.kind === 'by_company_size' ? rule.large : rule }
                    : rule.kind === 'by_company_size'
                      ? rule.large
                      : rule
                )
              }
              data-testid={`rule-by-size-${name}`}
            />
            {t('pipeline.ui.byCompanySize')}
          </label>
          {rule.kind === 'by_company_size' ? (
            <>
              <SimpleRuleEditor
                title={k('pipeline.funnel.companySize.small_mid')}
                testId={`rule-${name}-small_mid`}
                rule={rule.smallMid}
                stage={stage}
                criterionLabel={criterionLabel}
                onChange={(smallMid) => setRule({ ...rule, smallMid })}
              />
              <SimpleRuleEditor title={k('pipeline.funnel.companySize.large')} testId={`rule-${name}-large`} rule={rule.large} stage={stage} criterionLabel={criterionLabel} onChange={(large) => setRule({ ...rule, large })} />
            </>
          ) : (
            <SimpleRuleEditor title={null} testId={`rule-${name}`} rule={rule} stage={stage} criterionLabel={criterionLabel} onChange={setRule} />
          )}
        </div>
      </div>
    </section>
  )
}

interface SimpleRuleEditorProps {
  title: string | null
  testId: string
  rule: SimpleStageRule
  stage: StageConfig
  criterionLabel(id: string): string
  onChange(rule: SimpleStageRule): void
}

/** "At least N" or "all of the ticked ones" over the stage's criteria. */
function SimpleRuleEditor({ title, testId, rule, stage, criterionLabel, onChange }: SimpleRuleEditorProps): React.JSX.Element {
  const { t } = useTranslation()
  const count = stage.criteria.length
  return (
    <div className="rule-editor" data-testid={testId}>
      {title && <strong>{title}</strong>}
      <label className="chip-check">
        <input type="radio" checked={rule.kind === 'at_least'} onChange={() => onChange({ kind: 'at_least', count: Math.min(2, count) })} />
        {t('pipeline.ui.ruleAtLeast')}
      </label>
      {rule.kind === 'at_least' && (
        <select value={rule.count} onChange={(event) => onChange({ kind: 'at_least', count: Number(event.target.value) })} aria-label={t('pipeline.ui.ruleAtLeast')}>
          {Array.from({ length: count }, (_, index) => index + 1).map((value) => (
            <option key={value} value={value}>
              {value} {t('pipeline.ui.ruleCount')}
            </option>
          ))}
        </select>
      )}
      <label className="chip-check">
        <input type="radio" checked={rule.kind === 'all_of'} onChange={() => onChange({ kind: 'all_of', criterionIds: stage.criteria.map((criterion) => criterion.id) })} />
        {t('pipeline.ui.ruleAllOf')}
      </label>
      {rule.kind === 'all_of' && (
        <div className="chip-list">
          {stage.criteria.map((criterion) => (
            <label key={criterion.id} className="chip-check">
              <input
                type="checkbox"
                checked={rule.criterionIds.includes(criterion.id)}
                onChange={(event) =>
                  onChange({
                    kind: 'all_of',
                    // In the stage's order, whatever order they were ticked in.
                    criterionIds: stage.criteria.map((entry) => entry.id).filter((id) => (id === criterion.id ? event.target.checked : rule.criterionIds.includes(id)))
                  })
                }
              />
              {criterionLabel(criterion.id)}
            </label>
          ))}
        </div>
      )}
    </div>
  )
}

/** One history entry: what it changed, in words. */
function ChangeList({ changes, overrides }: { changes: FunnelSettingChange[]; overrides: FunnelOverrides }): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const stageName = (stage: FunnelStage) => k(`pipeline.funnel.stages.${stage}`)
  const config = effectiveFunnelConfig(overrides).config
  const ruleText = (stage: FunnelStage, rule: StageRule): string => {
    const labelOf = (id: string) => stageConfig(config, stage).criteria.find((criterion) => criterion.id === id)?.customLabel ?? k(`pipeline.funnel.criteria.${stage}.${id}`)
    const simple = (entry: SimpleStageRule) =>
      entry.kind === 'at_least' ? t('pipeline.funnel.rules.at_least', { count: entry.count }) : t('pipeline.funnel.rules.all_of', { criteria: entry.criterionIds.map(labelOf).join('、') })
    return rule.kind === 'by_company_size' ? t('pipeline.funnel.rules.by_company_size', { smallMid: simple(rule.smallMid), large: simple(rule.large) }) : simple(rule)
  }
  if (changes.length === 0) return <>{t('pipeline.ui.seedDefaults')}</>
  return (
    <>
      {changes
        .map((change) => {
          switch (change.code) {
            case 'reset_to_seed':
              return t('pipeline.ui.settingsChange.reset_to_seed')
            case 'probability':
              return t('pipeline.ui.settingsChange.probability', { stage: stageName(change.stage), from: `${change.fromPpm / 10_000}%`, to: `${change.toPpm / 10_000}%` })
            case 'owners':
              return t('pipeline.ui.settingsChange.owners', {
                stage: stageName(change.stage),
                owners: change.ownerRoles.map((role) => k(`pipeline.funnel.owners.${role}`)).join('、') || t('pipeline.ui.noOwners')
              })
            case 'criterion_added':
              return t('pipeline.ui.settingsChange.criterion_added', { stage: stageName(change.stage), label: change.label })
            case 'criterion_renamed':
              return t('pipeline.ui.settingsChange.criterion_renamed', { stage: stageName(change.stage), from: change.from, to: change.to })
            case 'criterion_removed':
              return t('pipeline.ui.settingsChange.criterion_removed', { stage: stageName(change.stage), label: change.label })
            case 'rule':
              return t('pipeline.ui.settingsChange.rule', { stage: stageName(change.stage), rule: ruleText(change.stage, change.rule) })
          }
        })
        .join('；')}
    </>
  )
}
