/**
 * 关键人与拜访: per account, the people who decide, influence and use (with the seed's needs of
 * their department as a checklist, their own words, implicit needs and the relationship ladder),
 * a talk card for each, the visits with their next steps, and the negotiation preparation sheets.
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError, onWorkspaceChange } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import type { Language } from '../../shared/i18n'
import type { Account } from '../../shared/domain/accounts/account'
import {
  DECISION_WEIGHTS,
  DEPARTMENTS,
  IMPLICIT_NEED_KINDS,
  RELATIONSHIP_GUIDANCE,
  RELATIONSHIP_STAGES,
  needsOfDepartment,
  nextRelationshipStage,
  relationshipStageIndex,
  TALK_FIGURE_UNITS,
  type Department,
  type TalkPoint
} from '../../shared/domain/pipeline'
import { ACTIVITY_KINDS, type ActivityValues, type StakeholderValues, type StoredActivity, type StoredNegotiation, type StoredStakeholder, type TalkCard } from '../../shared/contract/pipeline'
import { AccountPicker } from '../assortment/AccountPicker'
import { takeNavigationTarget } from '../../app/navigation-target'
import { fenText, localIsoDate, ppmText, useKeyText } from './pipeline-ui'
import { NegotiationEditor } from './NegotiationEditor'
import { StakeholdersExportDialog } from './StakeholdersExportDialog'
import { formatMessageParams } from '../proposal/proposal-text'
import '../catalogue/catalogue.css'
import './pipeline.css'

const failed = (error: unknown) => showToast('error', error instanceof ApiError ? error.message : String(error))

const emptyStakeholder = (): StakeholderValues => ({
  name: '',
  department: 'purchasing',
  decisionWeight: 'influence',
  relationship: { stage: 'acquainted', reachedOn: { acquainted: localIsoDate() } },
  tickedNeedIds: [],
  ownWordsNeeds: [],
  implicitNeeds: [],
  contact: { phone: '', mobile: '', email: '', wechat: '', address: '' },
  talkCardText: null,
  notes: ''
})

/** What the editor edits of a stored stakeholder. */
function valuesOf(person: StoredStakeholder): StakeholderValues {
  const { id: _id, accountId: _account, updatedAt: _at, implicitNeeds, ...values } = person
  return { ...values, implicitNeeds: implicitNeeds ?? [] }
}

export function RelationshipsPage({ language }: { language: Language }): React.JSX.Element {
  const { t } = useTranslation()
  const [accounts, setAccounts] = useState<Account[]>([])
  const [accountId, setAccountId] = useState<number | null>(() => takeNavigationTarget()?.accountId ?? null)
  const [people, setPeople] = useState<StoredStakeholder[]>([])
  const [activities, setActivities] = useState<StoredActivity[]>([])
  const [negotiations, setNegotiations] = useState<StoredNegotiation[]>([])
  const [editing, setEditing] = useState<{ id?: number; values: StakeholderValues } | null>(null)
  const [isExporting, setExporting] = useState(false)

  useEffect(() => {
    void api.accounts.list({}).then((list) => {
      setAccounts(list)
      setAccountId((current) => current ?? list[0]?.id ?? null)
    }, failed)
  }, [])

  const load = useCallback(async () => {
    if (accountId === null) return
    try {
      const [stakeholders, visits, sheets] = await Promise.all([
        api.pipeline.stakeholders({ accountId }),
        api.pipeline.activities({ accountId }),
        api.pipeline.negotiations({ accountId })
      ])
      setPeople(stakeholders)
      setActivities(visits)
      setNegotiations(sheets)
    } catch (error) {
      failed(error)
    }
  }, [accountId])
  useEffect(() => {
    void load()
    return onWorkspaceChange((change) => {
      if (['stakeholders', 'activities', 'negotiations'].includes(change.entity)) void load()
    })
  }, [load])

  const account = accounts.find((entry) => entry.id === accountId) ?? null
  const selected = editing?.id !== undefined ? people.find((person) => person.id === editing.id) : undefined

  return (
    <div className="page pipeline-page" data-testid="relationships-page">
      <header className="page-header">
        <div>
          <h1>{t('pipeline.ui.relationshipsTitle')}</h1>
          <p className="page-subtitle">{t('pipeline.ui.relationshipsSubtitle')}</p>
        </div>
        <AccountPicker accounts={accounts} account={account} onChoose={(id) => (setAccountId(id), setEditing(null))} testId="relationships-account" />
      </header>
      {accountId !== null && isExporting && <StakeholdersExportDialog accountId={accountId} language={language} onClose={() => setExporting(false)} />}
      {accountId !== null && (
        <>
          <div className="pipeline-columns">
            <section className="pipeline-card" style={{ flex: 1 }}>
              <div className="toolbar">
                <h2>{t('pipeline.ui.stakeholders')}</h2>
                <span className="toolbar-spacer" />
                <button className="button" onClick={() => setExporting(true)} disabled={people.length === 0} data-testid="stakeholders-export-open">
                  {t('pipeline.ui.exportStakeholders')}
                </button>
                <button className="button button-primary" onClick={() => setEditing({ values: emptyStakeholder() })} data-testid="stakeholder-new">
                  {t('pipeline.ui.newStakeholder')}
                </button>
              </div>
              {people.length === 0 ? (
                <p className="muted">{t('pipeline.ui.noStakeholders')}</p>
              ) : (
                <div className="people-grid" data-testid="stakeholder-cards">
                  {people.map((person) => (
                    <PersonCard key={person.id} person={person} isSelected={editing?.id === person.id} onOpen={() => setEditing({ id: person.id, values: valuesOf(person) })} />
                  ))}
                </div>
              )}
            </section>
            {editing && (
              <StakeholderEditor
                key={editing.id ?? 'new'}
                accountId={accountId}
                id={editing.id}
                initial={editing.values}
                stored={selected}
                language={language}
                onSaved={(saved) => {
                  setEditing({ id: saved.id, values: valuesOf(saved) })
                  void load()
                }}
                onClose={() => setEditing(null)}
              />
            )}
          </div>
          <Activities accountId={accountId} people={people} activities={activities} onChanged={() => void load()} />
          <section className="pipeline-card">
            <div className="toolbar">
              <h2>{t('pipeline.ui.negotiations')}</h2>
            </div>
            <NegotiationEditor accountId={accountId} negotiations={negotiations} language={language} onChanged={() => void load()} />
          </section>
        </>
      )}
    </div>
  )
}

function PersonCard({ person, isSelected, onOpen }: { person: StoredStakeholder; isSelected: boolean; onOpen(): void }): React.JSX.Element {
  const k = useKeyText()
  const rung = relationshipStageIndex(person.relationship.stage)
  const department = person.department === 'custom' ? (person.customDepartmentLabel ?? '') : k(`pipeline.departments.${person.department}`)
  return (
    <button className={`person-card ${isSelected ? 'person-selected' : ''}`} onClick={onOpen} data-testid={`stakeholder-${person.id}`}>
      <span className="person-name">{person.name}</span>
      <span className="muted">
        {department}
        {person.title ? ` · ${person.title}` : ''} · {k(`pipeline.decisionWeights.${person.decisionWeight}`)}
      </span>
      <span className="ladder" title={k(`pipeline.relationshipStages.${person.relationship.stage}`)}>
        {RELATIONSHIP_STAGES.map((stage, index) => (
          <span key={stage} className={index <= rung ? 'ladder-on' : ''} />
        ))}
      </span>
      <span>{k(`pipeline.relationshipStages.${person.relationship.stage}`)}</span>
    </button>
  )
}

interface EditorProps {
  accountId: number
  id: number | undefined
  initial: StakeholderValues
  stored: StoredStakeholder | undefined
  language: Language
  onSaved(saved: StoredStakeholder): void
  onClose(): void
}

function StakeholderEditor({ accountId, id, initial, stored, language, onSaved, onClose }: EditorProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [values, setValues] = useState<StakeholderValues>(initial)
  const [problem, setProblem] = useState<string | null>(null)
  const set = <K extends keyof StakeholderValues>(key: K, value: StakeholderValues[K]) => setValues((current) => ({ ...current, [key]: value }))
  const save = () => {
    if (values.name.trim() === '') return setProblem(t('pipeline.ui.required', { field: t('pipeline.ui.name') }))
    void api.pipeline.stakeholderSave({ accountId, ...(id !== undefined ? { id } : {}), values }).then(
      (saved) => {
        setProblem(null)
        showToast('success', t('pipeline.ui.saved'))
        onSaved(saved)
      },
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : String(error))
    )
  }
  const next = nextRelationshipStage(values.relationship.stage)
  const needs = values.department === 'custom' ? [] : needsOfDepartment(values.department)
  const toggleNeed = (needId: string, isTicked: boolean) =>
    set('tickedNeedIds', isTicked ? [...values.tickedNeedIds, needId] : values.tickedNeedIds.filter((entry) => entry !== needId))
  return (
    <aside className="pipeline-card pipeline-panel" data-testid="stakeholder-editor">
      <div className="form-grid">
        <label htmlFor="sh-name">{t('pipeline.ui.name')}</label>
        <input id="sh-name" value={values.name} onChange={(event) => set('name', event.target.value)} data-testid="stakeholder-name" />
        <label htmlFor="sh-department">{t('pipeline.ui.department')}</label>
        <select id="sh-department" value={values.department} onChange={(event) => set('department', event.target.value as Department)} data-testid="stakeholder-department">
          {DEPARTMENTS.map((department) => (
            <option key={department} value={department}>
              {k(`pipeline.departments.${department}`)}
            </option>
          ))}
        </select>
        {values.department === 'custom' && (
          <>
            <label htmlFor="sh-custom">{t('pipeline.ui.customDepartment')}</label>
            <input id="sh-custom" value={values.customDepartmentLabel ?? ''} onChange={(event) => set('customDepartmentLabel', event.target.value)} />
          </>
        )}
        <label htmlFor="sh-title">{t('pipeline.ui.title')}</label>
        <input id="sh-title" value={values.title ?? ''} onChange={(event) => set('title', event.target.value)} />
        <label htmlFor="sh-weight">{t('pipeline.ui.decisionWeight')}</label>
        <select id="sh-weight" value={values.decisionWeight} onChange={(event) => set('decisionWeight', event.target.value as StakeholderValues['decisionWeight'])}>
          {DECISION_WEIGHTS.map((weight) => (
            <option key={weight} value={weight}>
              {k(`pipeline.decisionWeights.${weight}`)}
            </option>
          ))}
        </select>
        <label>{t('pipeline.ui.relationship')}</label>
        <div>
          <strong>{k(`pipeline.relationshipStages.${values.relationship.stage}`)}</strong>{' '}
          <span className="muted">{values.relationship.reachedOn[values.relationship.stage] ? t('pipeline.ui.reachedOn', { date: values.relationship.reachedOn[values.relationship.stage] }) : ''}</span>
          {next && (
            <button
              className="button"
              style={{ marginLeft: 8 }}
              onClick={() => set('relationship', { stage: next, reachedOn: { ...values.relationship.reachedOn, [next]: localIsoDate() } })}
              data-testid="stakeholder-advance"
            >
              {t('pipeline.ui.advanceRelationship', { stage: k(`pipeline.relationshipStages.${next}`) })}
            </button>
          )}
          <p className="muted" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {k(`pipeline.relationshipGuidance.${RELATIONSHIP_GUIDANCE[values.relationship.stage]}`)}
          </p>
        </div>
        {needs.length > 0 && (
          <>
            <label className="form-span">{t('pipeline.ui.needs')}</label>
            <div className="form-span needs-list" data-testid="stakeholder-needs">
              {needs.map((need) => (
                <label key={need.id} className="evidence-item">
                  <input type="checkbox" checked={values.tickedNeedIds.includes(need.id)} onChange={(event) => toggleNeed(need.id, event.target.checked)} />
                  {k(`pipeline.needs.${need.id}`)}
                </label>
              ))}
            </div>
          </>
        )}
        <label htmlFor="sh-words">{t('pipeline.ui.ownWords')}</label>
        <textarea
          id="sh-words"
          rows={2}
          placeholder={t('pipeline.ui.ownWordsHint')}
          value={values.ownWordsNeeds.join('\n')}
          onChange={(event) => set('ownWordsNeeds', event.target.value.split('\n'))}
        />
        <label>{t('pipeline.ui.implicitNeeds')}</label>
        <div>
          {IMPLICIT_NEED_KINDS.map((kind) => {
            const entry = values.implicitNeeds.find((need) => need.kind === kind)
            return (
              <input
                key={kind}
                style={{ width: '100%', marginBottom: 4 }}
                placeholder={k(`pipeline.needKinds.${kind}`)}
                title={t('pipeline.ui.implicitHint')}
                value={entry?.note ?? ''}
                onChange={(event) =>
                  set('implicitNeeds', [...values.implicitNeeds.filter((need) => need.kind !== kind), ...(event.target.value ? [{ kind, note: event.target.value }] : [])])
                }
              />
            )
          })}
        </div>
        <label className="form-span muted">{t('pipeline.ui.contact')}</label>
        {(['mobile', 'phone', 'email', 'wechat'] as const).map((field) => (
          <ContactField key={field} field={field} value={values.contact[field]} onChange={(value) => set('contact', { ...values.contact, [field]: value })} />
        ))}
        <label htmlFor="sh-notes">{t('pipeline.ui.notes')}</label>
        <textarea id="sh-notes" rows={2} value={values.notes} onChange={(event) => set('notes', event.target.value)} />
      </div>
      {problem && <p className="alert alert-error">{problem}</p>}
      <div className="toolbar">
        <button className="button button-primary" onClick={save} data-testid="stakeholder-save">
          {t('pipeline.ui.save')}
        </button>
        <button className="button" onClick={onClose}>
          {t('pipeline.ui.cancel')}
        </button>
        <span className="toolbar-spacer" />
        {id !== undefined && (
          <button
            className="button"
            onClick={() => {
              if (window.confirm(t('pipeline.ui.confirmDelete', { name: values.name }))) void api.pipeline.stakeholderDelete({ id }).then(onClose, failed)
            }}
          >
            {t('pipeline.ui.delete')}
          </button>
        )}
      </div>
      {stored && <TalkCardView stored={stored} language={language} onSaved={onSaved} />}
    </aside>
  )
}

function ContactField({ field, value, onChange }: { field: 'mobile' | 'phone' | 'email' | 'wechat'; value: string; onChange(value: string): void }): React.JSX.Element {
  const k = useKeyText()
  return (
    <>
      <label htmlFor={`sh-${field}`}>{k(`pipeline.ui.${field}`)}</label>
      <input id={`sh-${field}`} value={value} onChange={(event) => onChange(event.target.value)} />
    </>
  )
}

/** Department value items name no account or territory; the formatter asks anyway. */
const NO_NAMES = { accountName: (id: string) => id, territoryName: (code: string) => code }

/** A talk point's text: the seed's sentence with the proposal's figures put in, formatted by unit. */
function usePointText(language: Language): (point: TalkPoint) => string {
  const { t } = useTranslation()
  const k = useKeyText()
  return (point) => {
    const params: Record<string, string> = {}
    for (const [key, value] of Object.entries(point.params)) {
      const unit = TALK_FIGURE_UNITS[key as keyof typeof TALK_FIGURE_UNITS]
      params[key] =
        typeof value === 'number' && unit === 'fen' ? fenText(language, value) : typeof value === 'number' && unit === 'ppm' ? ppmText(language, value) : String(value)
    }
    for (const missing of point.missingFigures) params[missing] = t('pipeline.talk.figureMissing')
    // The proposal's own sentence for what it gives the department (the same words as its 部门价值 cards).
    if (point.source === 'proposal_value') return k(`proposal.department.item.${point.code}`, formatMessageParams(point.params, language, t, NO_NAMES))
    return k(`pipeline.${point.code}`, params)
  }
}

/**
 * The talk card: assembled from the person's needs and the account's figures, or the manager's own
 * wording once edited (kept with the stakeholder; "reassemble" goes back to the generated card).
 */
function TalkCardView({ stored, language, onSaved }: { stored: StoredStakeholder; language: Language; onSaved(saved: StoredStakeholder): void }): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [card, setCard] = useState<TalkCard | null>(null)
  const [draft, setDraft] = useState<string | null>(null)
  const [isPrintingContact, setPrintingContact] = useState(false)
  const pointText = usePointText(language)
  useEffect(() => void api.pipeline.talkCard({ id: stored.id }).then(setCard, failed), [stored.id, stored.updatedAt])
  if (!card) return <></>
  const generated = card.points.map((point, index) => `${index + 1}. ${pointText(point)}`).join('\n')
  const saveText = (talkCardText: string | null) =>
    void api.pipeline.stakeholderSave({ accountId: stored.accountId, id: stored.id, values: { ...valuesOf(stored), talkCardText } }).then((saved) => {
      setDraft(null)
      onSaved(saved)
    }, failed)
  // Only the card prints (the editor beside it holds the contact details); they join it when ticked.
  const print = () => {
    document.body.classList.add('printing-talk-card')
    const done = () => {
      document.body.classList.remove('printing-talk-card')
      window.removeEventListener('afterprint', done)
    }
    window.addEventListener('afterprint', done)
    window.print()
  }
  const contactLines = isPrintingContact
    ? (['mobile', 'phone', 'email', 'wechat', 'address'] as const).flatMap((field) => (stored.contact[field] ? [`${k(`pipeline.ui.${field}`)}：${stored.contact[field]}`] : []))
    : []
  const bySource = new Map<string, string[]>()
  for (const [figure, source] of Object.entries(card.figureSources)) bySource.set(source, [...(bySource.get(source) ?? []), k(`pipeline.ui.talkFigureNames.${figure}`)])
  const origin = card.proposal
    ? t('pipeline.ui.talkFromProposal', { name: card.proposal.name, year: card.proposal.year })
    : card.termSheetYear !== null
      ? t('pipeline.ui.talkFromTermSheet', { year: card.termSheetYear })
      : null
  return (
    <div className="talk-card" data-testid="talk-card">
      <div className="talk-print-header" data-testid="talk-print-header">
        <h2>
          {stored.name}
          {stored.title ? ` · ${stored.title}` : ''}
        </h2>
        {contactLines.length > 0 && <p data-testid="talk-print-contact">{contactLines.join('　')}</p>}
      </div>
      <div className="toolbar">
        <h3>{t('pipeline.ui.talkCard')}</h3>
        <span className="toolbar-spacer" />
        {draft === null ? (
          <>
            <button className="button no-print" onClick={() => setDraft(card.editedText ?? generated)} data-testid="talk-card-edit">
              {t('pipeline.ui.edit')}
            </button>
            {card.editedText !== null && (
              <button className="button no-print" onClick={() => saveText(null)}>
                {t('pipeline.ui.reassemble')}
              </button>
            )}
            <label className="chip-check no-print">
              <input type="checkbox" checked={isPrintingContact} onChange={(event) => setPrintingContact(event.target.checked)} data-testid="talk-card-print-contact" />
              {t('pipeline.ui.printWithContact')}
            </label>
            <button className="button no-print" onClick={print} data-testid="talk-card-print">
              {t('pipeline.ui.print')}
            </button>
          </>
        ) : (
          <>
            <button className="button button-primary no-print" onClick={() => saveText(draft.trim() === '' ? null : draft)} data-testid="talk-card-save">
              {t('pipeline.ui.save')}
            </button>
            <button className="button no-print" onClick={() => setDraft(null)}>
              {t('pipeline.ui.cancel')}
            </button>
          </>
        )}
      </div>
      {draft !== null ? (
        <textarea className="agreed-text" rows={10} value={draft} onChange={(event) => setDraft(event.target.value)} data-testid="talk-card-text" />
      ) : card.editedText ? (
        <p style={{ whiteSpace: 'pre-wrap' }}>{card.editedText}</p>
      ) : (
        <ol>
          {card.points.map((point, index) => (
            <li key={index} data-source={point.source}>
              {pointText(point)}
            </li>
          ))}
        </ol>
      )}
      <div className="talk-sources muted" data-testid="talk-sources">
        {origin === null ? (
          t('pipeline.ui.talkNoFigures')
        ) : (
          <>
            {t('pipeline.ui.talkSources')}：{origin}
            {bySource.size > 0 && (
              <ul>
                {[...bySource].map(([source, figures]) => (
                  <li key={source}>
                    {k(`pipeline.ui.talkFigureSource.${source}`)}：{figures.join('、')}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  )
}

interface ActivitiesProps {
  accountId: number
  people: StoredStakeholder[]
  activities: StoredActivity[]
  onChanged(): void
}

const emptyActivity = (): ActivityValues => ({
  kind: 'visit',
  occurredOn: localIsoDate(),
  stakeholderId: null,
  opportunityId: null,
  purpose: '',
  outcome: '',
  nextStep: '',
  nextStepDueOn: null,
  nextStepDoneOn: null,
  ownerName: ''
})

function Activities({ accountId, people, activities, onChanged }: ActivitiesProps): React.JSX.Element {
  const { t } = useTranslation()
  const k = useKeyText()
  const [draft, setDraft] = useState<ActivityValues | null>(null)
  const set = <K extends keyof ActivityValues>(key: K, value: ActivityValues[K]) => setDraft((current) => (current ? { ...current, [key]: value } : current))
  const save = () => {
    if (!draft) return
    void api.pipeline.activitySave({ accountId, values: draft }).then(() => (setDraft(null), onChanged()), failed)
  }
  const markDone = (activity: StoredActivity) => {
    const { id, accountId: owner, accountName: _name, stakeholderName: _person, opportunityName: _deal, updatedAt: _at, ...values } = activity
    void api.pipeline.activitySave({ accountId: owner, id, values: { ...values, nextStepDoneOn: localIsoDate() } }).then(onChanged, failed)
  }
  const today = localIsoDate()
  return (
    <section className="pipeline-card" data-testid="activities">
      <div className="toolbar">
        <h2>{t('pipeline.ui.activities')}</h2>
        <span className="toolbar-spacer" />
        <button className="button" onClick={() => setDraft(emptyActivity())} data-testid="activity-new">
          {t('pipeline.ui.newActivity')}
        </button>
      </div>
      {draft && (
        <div className="form-grid" data-testid="activity-form" style={{ gridTemplateColumns: 'max-content 1fr max-content 1fr' }}>
          <label>{t('pipeline.ui.kind')}</label>
          <select value={draft.kind} onChange={(event) => set('kind', event.target.value as ActivityValues['kind'])}>
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {k(`pipeline.ui.activityKinds.${kind}`)}
              </option>
            ))}
          </select>
          <label>{t('pipeline.ui.date')}</label>
          <input type="date" value={draft.occurredOn} onChange={(event) => set('occurredOn', event.target.value)} />
          <label>{t('pipeline.ui.person')}</label>
          <select value={draft.stakeholderId ?? ''} onChange={(event) => set('stakeholderId', event.target.value ? Number(event.target.value) : null)}>
            <option value="">{t('pipeline.ui.nobody')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <label>{t('pipeline.ui.owner')}</label>
          <input value={draft.ownerName} onChange={(event) => set('ownerName', event.target.value)} />
          <label>{t('pipeline.ui.purpose')}</label>
          <input value={draft.purpose} onChange={(event) => set('purpose', event.target.value)} data-testid="activity-purpose" />
          <label>{t('pipeline.ui.outcome')}</label>
          <input value={draft.outcome} onChange={(event) => set('outcome', event.target.value)} />
          <label>{t('pipeline.ui.nextStep')}</label>
          <input value={draft.nextStep} onChange={(event) => set('nextStep', event.target.value)} data-testid="activity-next-step" />
          <label>{t('pipeline.ui.dueOn')}</label>
          <input type="date" value={draft.nextStepDueOn ?? ''} onChange={(event) => set('nextStepDueOn', event.target.value || null)} data-testid="activity-due" />
          <div className="form-span toolbar">
            <button className="button button-primary" onClick={save} data-testid="activity-save">
              {t('pipeline.ui.save')}
            </button>
            <button className="button" onClick={() => setDraft(null)}>
              {t('pipeline.ui.cancel')}
            </button>
          </div>
        </div>
      )}
      {activities.length === 0 ? (
        <p className="muted">{t('pipeline.ui.noActivities')}</p>
      ) : (
        <table className="summary-table" data-testid="activity-table">
          <thead>
            <tr>
              <th>{t('pipeline.ui.date')}</th>
              <th>{t('pipeline.ui.kind')}</th>
              <th>{t('pipeline.ui.person')}</th>
              <th>{t('pipeline.ui.purpose')}</th>
              <th>{t('pipeline.ui.outcome')}</th>
              <th>{t('pipeline.ui.nextStep')}</th>
              <th>{t('pipeline.ui.dueOn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {activities.map((activity) => {
              const isOpen = activity.nextStep !== '' && activity.nextStepDoneOn === null
              const dueClass = isOpen && activity.nextStepDueOn !== null ? (activity.nextStepDueOn < today ? 'due-overdue' : activity.nextStepDueOn === today ? 'due-today' : '') : ''
              return (
                <tr key={activity.id}>
                  <td>{activity.occurredOn}</td>
                  <td>{k(`pipeline.ui.activityKinds.${activity.kind}`)}</td>
                  <td>{activity.stakeholderName ?? ''}</td>
                  <td className="cell-wrap">{activity.purpose}</td>
                  <td className="cell-wrap">{activity.outcome}</td>
                  <td className="cell-wrap">{activity.nextStep}</td>
                  <td className={dueClass}>{activity.nextStepDoneOn ? `✓ ${activity.nextStepDoneOn}` : (activity.nextStepDueOn ?? '')}</td>
                  <td>
                    {isOpen && (
                      <button className="link-button" onClick={() => markDone(activity)}>
                        {t('pipeline.ui.markDone')}
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

