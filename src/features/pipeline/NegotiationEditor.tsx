/**
 * 谈判准备单 per round: objectives and walk-away limits in the proposal's terms, the buyer's
 * tactics with our planned response, our tactics, the planned concessions (each give paired with a
 * get), the question plan from the seed's patterns, the prerequisites; checked by the domain and
 * exported as a one-page Word sheet.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'
import {
  BUYER_TACTICS,
  NEGOTIATED_TERMS,
  NEGOTIATION_PREREQUISITES,
  OUR_TACTICS,
  QUESTION_TEMPLATES,
  QUESTION_TYPES,
  TERM_UNITS,
  type NegotiatedTerm,
  type PreparationSheet
} from '../../shared/domain/pipeline'
import type { NegotiationValues, StoredNegotiation } from '../../shared/contract/pipeline'
import { useKeyText, yuanTextToFen } from './pipeline-ui'

const failed = (error: unknown) => showToast('error', error instanceof ApiError ? error.message : String(error))

const emptySheet = (): PreparationSheet => ({
  limits: [
    { term: 'supply_price', objective: null, walkAway: null },
    { term: 'payment_days', objective: null, walkAway: null }
  ],
  expectedBuyerTactics: [],
  ourTactics: [],
  concessions: [{ give: '', get: '', valueFen: null }],
  questionPlan: QUESTION_TYPES.map((type) => ({ type, templateId: QUESTION_TEMPLATES[type][0] })),
  prerequisitesMet: []
})

/** A limit as typed (元 for money, % for rates, days) ↔ its stored unit (fen, ppm, days). */
function limitToText(term: NegotiatedTerm, value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const unit = TERM_UNITS[term]
  return unit === 'fen' ? String(value / 100) : unit === 'ppm' ? String(value / 10_000) : String(value)
}
function textToLimit(term: NegotiatedTerm, text: string): number | null {
  if (text.trim() === '') return null
  const unit = TERM_UNITS[term]
  if (unit === 'fen') return yuanTextToFen(text)
  const number = Number(text.replace('%', ''))
  if (!Number.isFinite(number) || number < 0) return null
  return unit === 'ppm' ? Math.round(number * 10_000) : Math.round(number)
}

interface Props {
  accountId: number
  negotiations: StoredNegotiation[]
  language: Language
  onChanged(): void
}

export function NegotiationEditor({ accountId, negotiations, language, onChanged }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [selectedId, setSelectedId] = useState<number | 'new' | null>(negotiations[0]?.id ?? null)
  useEffect(() => {
    setSelectedId((current) => (current === 'new' || negotiations.some((entry) => entry.id === current) ? current : (negotiations[0]?.id ?? null)))
  }, [negotiations])
  const selected = typeof selectedId === 'number' ? negotiations.find((entry) => entry.id === selectedId) : undefined
  const nextRound = Math.max(0, ...negotiations.map((entry) => entry.round)) + 1
  return (
    <div data-testid="negotiations">
      <div className="toolbar">
        {negotiations.map((entry) => (
          <button key={entry.id} className={`button ${entry.id === selectedId ? 'button-primary' : ''}`} onClick={() => setSelectedId(entry.id)}>
            {t('pipeline.ui.round', { round: entry.round })}
          </button>
        ))}
        <button className="button" onClick={() => setSelectedId('new')} data-testid="negotiation-new">
          {t('pipeline.ui.newNegotiation')}
        </button>
      </div>
      {selectedId !== null && (
        <SheetForm
          key={selectedId}
          accountId={accountId}
          stored={selected}
          initial={
            selected
              ? { round: selected.round, meetingOn: selected.meetingOn, opportunityId: selected.opportunityId, sheet: selected.sheet, agreedText: selected.agreedText, proposalVersion: selected.proposalVersion }
              : { round: nextRound, meetingOn: null, opportunityId: null, sheet: emptySheet(), agreedText: '', proposalVersion: null }
          }
          language={language}
          onSaved={(saved) => {
            setSelectedId(saved.id)
            onChanged()
          }}
        />
      )}
    </div>
  )
}

interface FormProps {
  accountId: number
  stored: StoredNegotiation | undefined
  initial: NegotiationValues
  language: Language
  onSaved(saved: StoredNegotiation): void
}

function SheetForm({ accountId, stored, initial, language, onSaved }: FormProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [values, setValues] = useState<NegotiationValues>(initial)
  const [limitTexts, setLimitTexts] = useState(() => initial.sheet.limits.map((limit) => ({ objective: limitToText(limit.term, limit.objective), walkAway: limitToText(limit.term, limit.walkAway) })))
  const sheet = values.sheet
  const setSheet = (patch: Partial<PreparationSheet>) => setValues((current) => ({ ...current, sheet: { ...current.sheet, ...patch } }))
  const n = (key: string, params: Record<string, unknown> = {}) => k(`pipeline.negotiation.${key}`, params)

  const save = () => {
    const limits = sheet.limits.map((limit, index) => ({
      ...limit,
      objective: textToLimit(limit.term, limitTexts[index]?.objective ?? ''),
      walkAway: textToLimit(limit.term, limitTexts[index]?.walkAway ?? '')
    }))
    const concessions = sheet.concessions.filter((entry) => entry.give.trim() !== '')
    void api.pipeline.negotiationSave({ accountId, ...(stored ? { id: stored.id } : {}), values: { ...values, sheet: { ...sheet, limits, concessions } } }).then((saved) => {
      showToast('success', t('pipeline.ui.saved'))
      onSaved(saved)
    }, failed)
  }
  const exportDocx = () => {
    if (!stored) return
    void api.pipeline.negotiationExport({ id: stored.id, language }).then((file) => {
      downloadBase64(file.fileName, file.mimeType, file.dataBase64)
      showToast('success', t('pipeline.ui.exported', { file: file.fileName }))
    }, failed)
  }
  const toggle = <T extends string>(list: { tactic: T }[], tactic: T, isOn: boolean, make: (tactic: T) => { tactic: T }) =>
    isOn ? [...list, make(tactic)] : list.filter((entry) => entry.tactic !== tactic)

  return (
    <div className="negotiation-form" data-testid="negotiation-form">
      <div className="form-grid" style={{ gridTemplateColumns: 'max-content 120px max-content 180px' }}>
        <label>{t('pipeline.ui.round', { round: '' }).trim()}</label>
        <input type="number" min={1} value={values.round} onChange={(event) => setValues({ ...values, round: Math.max(1, Number(event.target.value) || 1) })} />
        <label>{t('pipeline.ui.meetingOn')}</label>
        <input type="date" value={values.meetingOn ?? ''} onChange={(event) => setValues({ ...values, meetingOn: event.target.value || null })} />
      </div>
      <h3>{n('sheet.limits')}</h3>
      <table className="summary-table">
        <thead>
          <tr>
            <th>{n('sheet.term')}</th>
            <th>{n('limits.objective')}</th>
            <th>{n('limits.walkAway')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sheet.limits.map((limit, index) => (
            <tr key={index}>
              <td>
                <select
                  value={limit.term}
                  onChange={(event) => setSheet({ limits: sheet.limits.map((entry, at) => (at === index ? { ...entry, term: event.target.value as NegotiatedTerm } : entry)) })}
                >
                  {NEGOTIATED_TERMS.map((term) => (
                    <option key={term} value={term}>
                      {n(`terms.${term}`)} ({TERM_UNITS[term] === 'fen' ? '元' : TERM_UNITS[term] === 'ppm' ? '%' : n('sheet.days', { days: '' }).trim()})
                    </option>
                  ))}
                </select>
              </td>
              {(['objective', 'walkAway'] as const).map((field) => (
                <td key={field}>
                  <input
                    value={limitTexts[index]?.[field] ?? ''}
                    data-testid={`limit-${index}-${field}`}
                    onChange={(event) => setLimitTexts(limitTexts.map((entry, at) => (at === index ? { ...entry, [field]: event.target.value } : entry)))}
                  />
                </td>
              ))}
              <td>
                <button className="link-button" onClick={() => (setSheet({ limits: sheet.limits.filter((_, at) => at !== index) }), setLimitTexts(limitTexts.filter((_, at) => at !== index)))}>
                  {t('pipeline.ui.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        className="link-button"
        onClick={() => (setSheet({ limits: [...sheet.limits, { term: 'fixed_fees', objective: null, walkAway: null }] }), setLimitTexts([...limitTexts, { objective: '', walkAway: '' }]))}
      >
        + {t('pipeline.ui.add')}
      </button>

      <h3>{n('sheet.expectedBuyerTactics')}</h3>
      {BUYER_TACTICS.map((tactic) => {
        const entry = sheet.expectedBuyerTactics.find((item) => item.tactic === tactic)
        return (
          <div key={tactic} className="tactic-row">
            <label className="evidence-item" title={n(`buyerTactics.${tactic}.gist`)}>
              <input
                type="checkbox"
                checked={entry !== undefined}
                onChange={(event) => setSheet({ expectedBuyerTactics: toggle(sheet.expectedBuyerTactics, tactic, event.target.checked, (value) => ({ tactic: value, plannedResponse: '' })) as PreparationSheet['expectedBuyerTactics'] })}
              />
              {n(`buyerTactics.${tactic}.name`)}
            </label>
            {entry && (
              <input
                className="tactic-note"
                placeholder={n('sheet.response')}
                value={entry.plannedResponse}
                onChange={(event) => setSheet({ expectedBuyerTactics: sheet.expectedBuyerTactics.map((item) => (item.tactic === tactic ? { ...item, plannedResponse: event.target.value } : item)) })}
              />
            )}
          </div>
        )
      })}

      <h3>{n('sheet.ourTactics')}</h3>
      {OUR_TACTICS.map((tactic) => {
        const entry = sheet.ourTactics.find((item) => item.tactic === tactic)
        return (
          <div key={tactic} className="tactic-row">
            <label className="evidence-item" title={n(`ourTactics.${tactic}.gist`)}>
              <input
                type="checkbox"
                checked={entry !== undefined}
                onChange={(event) => setSheet({ ourTactics: toggle(sheet.ourTactics, tactic, event.target.checked, (value) => ({ tactic: value, note: '' })) as PreparationSheet['ourTactics'] })}
              />
              {n(`ourTactics.${tactic}.name`)}
            </label>
            {entry && (
              <input
                className="tactic-note"
                placeholder={n('sheet.note')}
                value={entry.note}
                onChange={(event) => setSheet({ ourTactics: sheet.ourTactics.map((item) => (item.tactic === tactic ? { ...item, note: event.target.value } : item)) })}
              />
            )}
          </div>
        )
      })}

      <h3>{n('sheet.concessions')}</h3>
      <table className="summary-table" data-testid="negotiation-concessions">
        <thead>
          <tr>
            <th>{n('sheet.give')}</th>
            <th>{n('sheet.get')}</th>
            <th className="num">{n('sheet.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.concessions.map((entry, index) => (
            <tr key={index}>
              {(['give', 'get'] as const).map((field) => (
                <td key={field}>
                  <input
                    value={entry[field]}
                    data-testid={`concession-${index}-${field}`}
                    onChange={(event) => setSheet({ concessions: sheet.concessions.map((item, at) => (at === index ? { ...item, [field]: event.target.value } : item)) })}
                  />
                </td>
              ))}
              <td className="num">
                <input
                  defaultValue={entry.valueFen === null || entry.valueFen === undefined ? '' : String(entry.valueFen / 100)}
                  onBlur={(event) => setSheet({ concessions: sheet.concessions.map((item, at) => (at === index ? { ...item, valueFen: yuanTextToFen(event.target.value) } : item)) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button className="link-button" onClick={() => setSheet({ concessions: [...sheet.concessions, { give: '', get: '', valueFen: null }] })}>
        + {t('pipeline.ui.add')}
      </button>

      <h3>{n('sheet.questionPlan')}</h3>
      {sheet.questionPlan.map((entry, index) => (
        <div key={index} className="tactic-row">
          <span className="question-type">{n(`questionTypes.${entry.type}`)}</span>
          <select
            value={entry.templateId ?? ''}
            onChange={(event) => setSheet({ questionPlan: sheet.questionPlan.map((item, at) => (at === index ? { ...item, templateId: event.target.value } : item)) })}
          >
            {QUESTION_TEMPLATES[entry.type].map((id) => {
              const [type, number] = id.split('.')
              return (
                <option key={id} value={id}>
                  {n(`questions.${type}.${number}`, { topic: '…' })}
                </option>
              )
            })}
          </select>
          <input
            className="tactic-note"
            placeholder="{{topic}}"
            value={entry.topic ?? ''}
            onChange={(event) => setSheet({ questionPlan: sheet.questionPlan.map((item, at) => (at === index ? { ...item, topic: event.target.value } : item)) })}
          />
        </div>
      ))}

      <h3>{n('sheet.prerequisites')}</h3>
      {NEGOTIATION_PREREQUISITES.map((id) => (
        <label key={id} className="evidence-item">
          <input
            type="checkbox"
            checked={sheet.prerequisitesMet.includes(id)}
            onChange={(event) => setSheet({ prerequisitesMet: event.target.checked ? [...sheet.prerequisitesMet, id] : sheet.prerequisitesMet.filter((item) => item !== id) })}
          />
          {n(`prerequisites.${id}`)}
        </label>
      ))}

      <h3>{n('sheet.agreed')}</h3>
      <textarea className="agreed-text" rows={2} value={values.agreedText} onChange={(event) => setValues({ ...values, agreedText: event.target.value })} />

      {stored && (
        <div className="negotiation-issues" data-testid="negotiation-issues">
          <h3>{t('pipeline.ui.issues')}</h3>
          {stored.issues.length === 0 ? (
            <p className="muted">{t('pipeline.ui.noIssues')}</p>
          ) : (
            <ul>
              {stored.issues.map((issue, index) => (
                <li key={index} className={issue.severity === 'error' ? 'due-overdue' : ''}>
                  {k(`pipeline.${issue.code}`, translatedParams(k, issue.params))}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="toolbar">
        <button className="button button-primary" onClick={save} data-testid="negotiation-save">
          {t('pipeline.ui.save')}
        </button>
        <button className="button" disabled={!stored} onClick={exportDocx} data-testid="negotiation-export">
          {t('pipeline.ui.exportDocx')}
        </button>
      </div>
    </div>
  )
}

/** Issue params name tactics, terms and prerequisites by id: show them by name. */
function translatedParams(k: (key: string) => string, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params }
  if (typeof params.tactic === 'string') out.tactic = k(`pipeline.negotiation.buyerTactics.${params.tactic}.name`)
  if (typeof params.term === 'string') out.term = k(`pipeline.negotiation.terms.${params.term}`)
  if (typeof params.type === 'string') out.type = k(`pipeline.negotiation.questionTypes.${params.type}`)
  if (typeof params.prerequisite === 'string') out.prerequisite = k(`pipeline.negotiation.prerequisites.${params.prerequisite}`)
  return out
}
