import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { formatFen } from '../../lib/format'
import { ppmToPercentText } from '../../shared/domain/sku'
import { COUNTED_FEE_BASES, ECONOMICS_FIGURES, type AccountEconomics, type ConditionalRebate, type EconomicsFigureKey, type FigureUnit } from '../../shared/domain/terms'
import { MAX_SCENARIO_NAME_LENGTH, type ScenarioEconomics, type StoredPayment, type StoredTermLine, type TermLineValue, type TermScenario, type TermSideCells } from '../../shared/contract/terms'
import { fenToTyped, formatFigure, formatFigureDelta, ppmToTypedPercent, termLineLabel } from './terms-format'
import { figureOf } from './EconomicsPanel'
import { SidePayment } from './PaymentEditor'
import { RebateTiersDialog } from './RebateTiersDialog'
import { lineKeyOf, scenarioValueOf } from './scenario-values'
import { ConfirmDialog } from '../../components/ConfirmDialog'

const UNIT_OF = new Map<EconomicsFigureKey, FigureUnit>(ECONOMICS_FIGURES.map((figure) => [figure.key, figure.unit]))
const PREFERENCE_OF = new Map(ECONOMICS_FIGURES.map((figure) => [figure.key, figure.supplierPreference]))

interface ScenariosPanelProps {
  language: Language
  lines: StoredTermLine[]
  scenarios: TermScenario[]
  computed: Map<number, ScenarioEconomics>
  onCreate(name: string): Promise<boolean>
  /** False when the service refused the value (the toast says why). */
  onUpdateLine(scenario: TermScenario, line: StoredTermLine, cells: TermSideCells | null): Promise<boolean>
  onUpdatePayment(scenario: TermScenario, payment: StoredPayment | null): Promise<void>
  onPromote(scenario: TermScenario): Promise<void>
  onDelete(scenario: TermScenario): Promise<void>
}

const asRebate = (value: TermLineValue | null): ConditionalRebate | null => (value !== null && typeof value === 'object' && 'tiers' in value ? value : null)

/** Whether a delta is good or bad for the supplier (its figure's preference), for colour. */
function deltaTone(key: EconomicsFigureKey, delta: number | null): string {
  const preference = PREFERENCE_OF.get(key)
  if (delta === null || delta === 0 || !preference) return ''
  return (delta > 0) === (preference === 'higher') ? 'delta-good' : 'delta-bad'
}

/** 方案测算: named copies of the offer, their every figure against the offer, side by side; promote one to the offer. */
export function ScenariosPanel(props: ScenariosPanelProps): React.JSX.Element {
  const { language, lines, scenarios, computed } = props
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [editingId, setEditingId] = useState<number | null>(null)
  const [deleting, setDeleting] = useState<TermScenario | null>(null)
  const editing = scenarios.find((scenario) => scenario.id === editingId) ?? scenarios[scenarios.length - 1] ?? null
  const create = async () => {
    const trimmed = name.trim()
    if (trimmed === '') return
    if (await props.onCreate(trimmed)) setName('')
  }
  const base = scenarios.length > 0 ? computed.get(scenarios[0]?.id ?? 0)?.base : undefined
  const hasTiers = (base?.tierProgress ?? null) !== null || scenarios.some((scenario) => (computed.get(scenario.id)?.economics.tierProgress ?? null) !== null)

  return (
    <aside className="summary-panel terms-panel terms-scenarios" data-testid="terms-scenarios">
      <div className="summary-header">
        <h2>{t('terms.page.scenariosTitle')}</h2>
      </div>
      <div className="terms-panel-body">
        <div className="terms-scenario-create">
          <input value={name} maxLength={MAX_SCENARIO_NAME_LENGTH} placeholder={t('terms.page.scenarioName')} onChange={(event) => setName(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && void create()} data-testid="scenario-name" />
          <button className="button button-primary" disabled={name.trim() === ''} onClick={() => void create()} data-testid="scenario-create">
            {t('terms.page.createScenario')}
          </button>
        </div>
        {scenarios.length === 0 ? (
          <p className="muted">{t('terms.page.noScenarios')}</p>
        ) : (
          <>
            <div className="summary-table-wrap terms-figures-wrap">
              <table className="summary-table terms-figures terms-scenario-table" data-testid="scenario-table">
                <thead>
                  <tr>
                    <th />
                    <th className="num">{t('terms.page.baseOffer')}</th>
                    {scenarios.map((scenario) => (
                      <th key={scenario.id} className={`num${scenario.id === editing?.id ? ' scenario-editing' : ''}`} data-testid="scenario-column">
                        <button className="link-button" onClick={() => setEditingId(scenario.id)} title={t('terms.page.editScenario')}>
                          {scenario.name}
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ECONOMICS_FIGURES.map(({ key }) => {
                    const unit = UNIT_OF.get(key) ?? 'fen'
                    const baseValue = base ? figureOf(base, key).value : null
                    return (
                      <Fragment key={key}>
                        <tr>
                          <td>{t(`terms.figures.${key}`)}</td>
                          <td className="num">{formatFigure(language, unit, baseValue)}</td>
                          {scenarios.map((scenario) => {
                            const result = computed.get(scenario.id)
                            const value = result ? result.economics[key] : null
                            const delta = result ? result.delta[key] : null
                            return (
                              <td key={scenario.id} className="num" data-testid={`scenario-${key}`}>
                                <span>{value === null ? '—' : formatFigure(language, unit, value)}</span>
                                {delta !== null && delta !== 0 && (
                                  <span className={`scenario-delta ${deltaTone(key, delta)}`} data-testid={`scenario-delta-${key}`}>
                                    {formatFigureDelta(language, unit, delta)}
                                  </span>
                                )}
                              </td>
                            )
                          })}
                        </tr>
                        {key === 'percentageTermsPpm' && hasTiers && <TierRows language={language} base={base ?? null} scenarios={scenarios} computed={computed} />}
                      </Fragment>
                    )
                  })}
                  <tr className="scenario-actions">
                    <td />
                    <td />
                    {scenarios.map((scenario) => (
                      <td key={scenario.id} className="num">
                        <button className="button button-small" onClick={() => void props.onPromote(scenario)} data-testid="scenario-promote" title={t('terms.page.promoteHelp')}>
                          {t('terms.page.promote')}
                        </button>
                        <button className="icon-button" onClick={() => setDeleting(scenario)} data-testid="scenario-delete" aria-label={t('terms.page.deleteScenario')} title={t('terms.page.deleteScenario')}>
                          ×
                        </button>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
            {editing && (
              <ScenarioEditor
                key={editing.id}
                language={language}
                scenario={editing}
                lines={lines}
                lineDelta={computed.get(editing.id)?.lineDelta ?? {}}
                onUpdateLine={(line, cells) => props.onUpdateLine(editing, line, cells)}
                onUpdatePayment={(payment) => props.onUpdatePayment(editing, payment)}
              />
            )}
          </>
        )}
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('terms.page.deleteScenario')}
          message={t('terms.page.confirmDeleteScenario', { name: deleting.name })}
          confirmLabel={t('terms.page.deleteScenario')}
          isDanger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null)
            void props.onDelete(deleting)
          }}
        />
      )}
    </aside>
  )
}

/**
 * Under D%: the conditional-rebate tier each reaches and how far G is from the next one, with the
 * change against the offer (a gap that shrinks is good: the next tier is nearer).
 */
function TierRows({ language, base, scenarios, computed }: { language: Language; base: AccountEconomics | null; scenarios: TermScenario[]; computed: Map<number, ScenarioEconomics> }): React.JSX.Element {
  const { t } = useTranslation()
  const reachedText = (economics: AccountEconomics | null | undefined): string => {
    const progress = economics?.tierProgress ?? null
    if (!progress) return '—'
    return progress.reachedTierIndex === null ? t('terms.page.noTierReached') : t('terms.page.tierReachedValue', { tier: progress.reachedTierIndex + 1, rate: ppmToPercentText(progress.reachedRatePpm) })
  }
  const gapOf = (economics: AccountEconomics | null | undefined): number | null => economics?.tierProgress?.gapToNextTierFen ?? null
  const gapText = (economics: AccountEconomics | null | undefined): string => {
    if (!economics?.tierProgress) return '—'
    const gap = gapOf(economics)
    return gap === null ? t('terms.page.topTierReached') : formatFen(language, gap)
  }
  const baseGap = gapOf(base)
  return (
    <>
      <tr className="figure-sub">
        <td>{t('terms.figures.tierReached')}</td>
        <td className="num">{reachedText(base)}</td>
        {scenarios.map((scenario) => (
          <td key={scenario.id} className="num" data-testid="scenario-tierReached">
            {reachedText(computed.get(scenario.id)?.economics)}
          </td>
        ))}
      </tr>
      <tr className="figure-sub">
        <td>{t('terms.figures.gapToNextTierFen')}</td>
        <td className="num">{gapText(base)}</td>
        {scenarios.map((scenario) => {
          const economics = computed.get(scenario.id)?.economics
          const gap = gapOf(economics)
          const delta = gap !== null && baseGap !== null ? gap - baseGap : null
          return (
            <td key={scenario.id} className="num" data-testid="scenario-gapToNextTierFen">
              <span>{gapText(economics)}</span>
              {delta !== null && delta !== 0 && (
                <span className={`scenario-delta ${delta < 0 ? 'delta-good' : 'delta-bad'}`} data-testid="scenario-delta-gapToNextTierFen">
                  {formatFigureDelta(language, 'fen', delta)}
                </span>
              )}
            </td>
          )
        })}
      </tr>
    </>
  )
}

interface ScenarioEditorProps {
  language: Language
  scenario: TermScenario
  lines: StoredTermLine[]
  lineDelta: Record<string, number | null>
  onUpdateLine(line: StoredTermLine, cells: TermSideCells | null): Promise<boolean>
  onUpdatePayment(payment: StoredPayment | null): Promise<void>
}

/** The scenario's own values, line by line, beside the offer's; a change is stored when the field is left. */
function ScenarioEditor({ language, scenario, lines, lineDelta, onUpdateLine, onUpdatePayment }: ScenarioEditorProps): React.JSX.Element {
  const { t } = useTranslation()
  const [tiersOf, setTiersOf] = useState<StoredTermLine | null>(null)
  const offerText = (line: StoredTermLine): string => {
    const value = line.values.offer as TermLineValue | null
    return valueText(line, value)
  }
  const valueText = (line: StoredTermLine, value: TermLineValue | null): string => {
    if (value === null) return ''
    if (line.category === 'fixed' && typeof value === 'object' && 'unitFen' in value) return COUNTED_FEE_BASES.includes(line.basis) ? `${formatFen(language, value.unitFen)} × ${value.count}` : formatFen(language, value.unitFen)
    if (typeof value === 'number') return ppmToPercentText(value)
    if (typeof value === 'object' && 'tiers' in value) return t('terms.page.tierSummary', { mode: t(`terms.page.tierModeShort.${value.mode}`), count: value.tiers.length })
    return ''
  }
  return (
    <section className="terms-scenario-editor" data-testid="scenario-editor">
      <h3>{t('terms.page.scenarioLines', { name: scenario.name })}</h3>
      <div className="summary-table-wrap">
        <table className="summary-table">
          <thead>
            <tr>
              <th>{t('terms.page.columns.name')}</th>
              <th className="num">{t('terms.sides.offer')}</th>
              <th className="num">{t('terms.page.scenarioValue')}</th>
              <th className="num">{t('terms.scenario.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const value = scenarioValueOf(scenario, line)
              const delta = lineDelta[lineKeyOf(line)] ?? null
              return (
                <tr key={line.id} data-testid="scenario-line">
                  <td>{termLineLabel(line, t)}</td>
                  <td className="num">{offerText(line)}</td>
                  <td className="num">
                    {line.category === 'conditionalRebate' ? (
                      <span className="rebate-cell">
                        <span className="rebate-summary">{valueText(line, value)}</span>
                        <button className="rebate-edit" onClick={() => setTiersOf(line)} data-testid={`scenario-tiers-${line.id}`} title={t('terms.page.editTiers')}>
                          {t('terms.page.tiersButton')}
                        </button>
                      </span>
                    ) : (
                      // Keyed by the value: an undo or another window's change shows in the field.
                      <ScenarioValueInputs key={JSON.stringify(value)} line={line} value={value} onSave={(cells) => onUpdateLine(line, cells)} />
                    )}
                  </td>
                  <td className={`num ${delta !== null && delta !== 0 ? (delta > 0 ? 'delta-bad' : 'delta-good') : ''}`}>{formatFigureDelta(language, 'fen', delta)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="terms-scenario-payment">
        <SidePayment key={JSON.stringify(scenario.payment)} side="offer" value={scenario.payment} onSave={(payment) => void onUpdatePayment(payment)} />
      </div>
      {tiersOf && (
        <RebateTiersDialog
          label={`${scenario.name} · ${termLineLabel(tiersOf, t)}`}
          side="offer"
          rebate={asRebate(scenarioValueOf(scenario, tiersOf))}
          onSave={(typed) => onUpdateLine(tiersOf, typed.tiers.length === 0 ? null : { mode: typed.mode, tiers: typed.tiers })}
          onClose={() => setTiersOf(null)}
        />
      )}
    </section>
  )
}

function ScenarioValueInputs({ line, value, onSave }: { line: StoredTermLine; value: TermLineValue | null; onSave(cells: TermSideCells | null): Promise<boolean> }): React.JSX.Element {
  const fixed = line.category === 'fixed' && value !== null && typeof value === 'object' && 'unitFen' in value ? value : null
  const initial = line.category === 'fixed' ? (fixed ? fenToTyped(fixed.unitFen) : '') : typeof value === 'number' ? ppmToTypedPercent(value).replace('%', '') : ''
  const initialCount = fixed ? String(fixed.count) : ''
  const [text, setText] = useState(initial)
  const [count, setCount] = useState(initialCount)
  const isCounted = line.category === 'fixed' && COUNTED_FEE_BASES.includes(line.basis)
  const save = () => {
    if (text === initial && count === initialCount) return
    if (text.trim() === '') return void onSave(null)
    const cells: TermSideCells = line.category === 'fixed' ? { amount: text, ...(isCounted && count.trim() !== '' ? { count } : {}) } : { rate: text }
    void onSave(cells)
  }
  const onKey = (event: React.KeyboardEvent<HTMLInputElement>) => event.key === 'Enter' && event.currentTarget.blur()
  return (
    <span className="scenario-inputs">
      <span className="input-with-suffix">
        <input value={text} inputMode="decimal" onChange={(event) => setText(event.target.value)} onBlur={save} onKeyDown={onKey} data-testid={`scenario-value-${line.id}`} />
        <span>{line.category === 'fixed' ? '¥' : '%'}</span>
      </span>
      {isCounted && (
        <span className="input-with-suffix input-count">
          <span>×</span>
          <input value={count} inputMode="numeric" onChange={(event) => setCount(event.target.value)} onBlur={save} onKeyDown={onKey} data-testid={`scenario-count-${line.id}`} />
        </span>
      )}
    </span>
  )
}
