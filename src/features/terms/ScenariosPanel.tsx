import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { formatFen } from '../../lib/format'
import { ppmToPercentText } from '../../shared/domain/sku'
import { COUNTED_FEE_BASES, ECONOMICS_FIGURES, type EconomicsFigureKey, type FigureUnit } from '../../shared/domain/terms'
import { MAX_SCENARIO_NAME_LENGTH, type ScenarioEconomics, type StoredPayment, type StoredTermLine, type TermLineValue, type TermScenario, type TermSideCells } from '../../shared/contract/terms'
import { fenToTyped, formatFigure, formatFigureDelta, ppmToTypedPercent, termLineLabel } from './terms-format'
import { figureOf } from './EconomicsPanel'
import { SidePayment } from './PaymentEditor'

const UNIT_OF = new Map<EconomicsFigureKey, FigureUnit>(ECONOMICS_FIGURES.map((figure) => [figure.key, figure.unit]))
const PREFERENCE_OF = new Map(ECONOMICS_FIGURES.map((figure) => [figure.key, figure.supplierPreference]))

interface ScenariosPanelProps {
  language: Language
  lines: StoredTermLine[]
  scenarios: TermScenario[]
  computed: Map<number, ScenarioEconomics>
  onCreate(name: string): Promise<boolean>
  onUpdateLine(scenarioId: number, lineId: number, cells: TermSideCells | null): Promise<void>
  onUpdatePayment(scenarioId: number, payment: StoredPayment | null): Promise<void>
  onPromote(scenario: TermScenario): Promise<void>
  onDelete(scenario: TermScenario): Promise<void>
}

/** The line's key as the domain compares lines (its kind, or a custom line's name). */
const lineKeyOf = (line: StoredTermLine) => (line.kind === 'customFixed' || line.kind === 'customPercentage' ? `${line.kind}:${line.name ?? ''}` : line.kind)

function scenarioValue(scenario: TermScenario, line: StoredTermLine): TermLineValue | null {
  const own = scenario.values.find((entry) => entry.lineId === line.id)
  return own ? own.value : (line.values.offer as TermLineValue | null)
}

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
  const editing = scenarios.find((scenario) => scenario.id === editingId) ?? scenarios[scenarios.length - 1] ?? null
  const create = async () => {
    const trimmed = name.trim()
    if (trimmed === '') return
    if (await props.onCreate(trimmed)) setName('')
  }
  const base = scenarios.length > 0 ? computed.get(scenarios[0]?.id ?? 0)?.base : undefined

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
                      <tr key={key}>
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
                        <button className="icon-button" onClick={() => void props.onDelete(scenario)} data-testid="scenario-delete" aria-label={t('terms.page.deleteScenario')} title={t('terms.page.deleteScenario')}>
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
                onUpdateLine={(lineId, cells) => props.onUpdateLine(editing.id, lineId, cells)}
                onUpdatePayment={(payment) => props.onUpdatePayment(editing.id, payment)}
              />
            )}
          </>
        )}
      </div>
    </aside>
  )
}

interface ScenarioEditorProps {
  language: Language
  scenario: TermScenario
  lines: StoredTermLine[]
  lineDelta: Record<string, number | null>
  onUpdateLine(lineId: number, cells: TermSideCells | null): Promise<void>
  onUpdatePayment(payment: StoredPayment | null): Promise<void>
}

/** The scenario's own values, line by line, beside the offer's; a change is stored when the field is left. */
function ScenarioEditor({ language, scenario, lines, lineDelta, onUpdateLine, onUpdatePayment }: ScenarioEditorProps): React.JSX.Element {
  const { t } = useTranslation()
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
              const value = scenarioValue(scenario, line)
              const delta = lineDelta[lineKeyOf(line)] ?? null
              return (
                <tr key={line.id} data-testid="scenario-line">
                  <td>{termLineLabel(line, t)}</td>
                  <td className="num">{offerText(line)}</td>
                  <td className="num">
                    {line.category === 'conditionalRebate' ? (
                      valueText(line, value)
                    ) : (
                      <ScenarioValueInputs line={line} value={value} onSave={(cells) => onUpdateLine(line.id, cells)} />
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
        <SidePayment side="offer" value={scenario.payment} onSave={(payment) => void onUpdatePayment(payment)} />
      </div>
    </section>
  )
}

function ScenarioValueInputs({ line, value, onSave }: { line: StoredTermLine; value: TermLineValue | null; onSave(cells: TermSideCells | null): Promise<void> }): React.JSX.Element {
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
