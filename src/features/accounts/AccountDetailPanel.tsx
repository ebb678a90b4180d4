import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { ACCOUNT_FIELDS, type EditableAccountField } from '../../shared/domain/accounts/account'
import type { FieldKind } from '../../shared/domain/field-registry'
import type { AccountHistoryEntry } from '../../shared/contract'
import type { MoneyUnit } from '../../shared/domain/money'
import type { Language } from '../../shared/i18n'
import type { CellInput } from '../../grid/spreadsheet-source'
import { errorMessage } from '../../grid/grid-errors'
import type { RegionLookup } from '../../shared/domain/regions'
import { accountRegionName, rawCellValue, type AccountRow } from './account-rows'
import { accountCellText, type CellTextSettings } from './account-cell-text'

interface Props {
  row: AccountRow
  language: Language
  regions: { lookup: RegionLookup | null }
  moneyUnit: MoneyUnit
  /** Stores one field through the grid (same save, same undo stack); throws what the save throws. */
  onEdit(field: EditableAccountField, value: CellInput): Promise<unknown>
  onClose(): void
}

/** The screening criteria and the field each is read from (screening.ts). */
const CRITERION_FIELDS = [
  ['topThreeInRegion', 'isTopThreeInRegion'],
  ['directStores', 'directStores'],
  ['hqExecution', 'hasStrongHqExecution']
] as const

// Every registry field is a form row, so a new field appears here by itself; notes come last, full width.
const FORM_FIELDS = ACCOUNT_FIELDS.filter((spec) => spec.kind.type !== 'notes')
const NOTES_FIELDS = ACCOUNT_FIELDS.filter((spec) => spec.kind.type === 'notes')

/** A stored value as the grid shows it, in the language and money unit of the page. */
function valueText(row: AccountRow, field: string, value: AccountHistoryEntry['oldValue'], settings: CellTextSettings): string {
  if (value === null || value === '') return settings.t('accounts.detail.emptyValue')
  // A place changed in the history reads as its code and its name in the page's language.
  if (field === 'regionCode' && typeof value === 'string') {
    const name = accountRegionName({ regionCode: value, regionName: '' }, settings.regions.lookup, settings.language)
    return name === '' ? value : `${value} ${name}`
  }
  const text = accountCellText({ ...row, [field]: value }, field, settings)
  return text === '' ? String(value) : text
}

function FieldEditor({ field, kind, isRequired, row, placeName, onEdit }: { field: EditableAccountField; kind: FieldKind; isRequired: boolean; row: AccountRow; placeName: string; onEdit: Props['onEdit'] }) {
  const { t } = useTranslation()
  const stored = rawCellValue(row, field)
  const storedText = stored === null ? '' : String(stored)
  const [draft, setDraft] = useState(storedText)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setDraft(storedText), [storedText])

  const save = async (value: CellInput) => {
    if ((value ?? '') === storedText && typeof value !== 'boolean') return
    setError(null)
    try {
      await onEdit(field, value)
    } catch (caught) {
      setError(errorMessage(caught, t))
      setDraft(storedText)
    }
  }
  const id = `account-detail-${field}`
  const common = { id, 'data-testid': id, 'aria-invalid': error !== null }
  let input: React.JSX.Element
  if (kind.type === 'option') {
    input = (
      <select {...common} value={storedText} onChange={(event) => void save(event.target.value === '' ? null : event.target.value)}>
        {!isRequired && <option value="">—</option>}
        {kind.values.map((value) => (
          <option key={value} value={value}>
            {t(`enums.${kind.optionGroup}.${value}` as never) as string}
          </option>
        ))}
      </select>
    )
  } else if (kind.type === 'flag') {
    input = (
      <select {...common} value={stored === null ? '' : stored ? 'yes' : 'no'} onChange={(event) => void save(event.target.value === '' ? null : event.target.value === 'yes')}>
        <option value="">{t('accounts.detail.flagUnknown')}</option>
        <option value="yes">{t('enums.flag.yes')}</option>
        <option value="no">{t('enums.flag.no')}</option>
      </select>
    )
  } else if (kind.type === 'notes') {
    input = <textarea {...common} rows={4} value={draft} onChange={(event) => setDraft(event.target.value)} onBlur={() => void save(draft)} />
  } else {
    input = (
      <input
        {...common}
        type="text"
        value={draft}
        inputMode={kind.type === 'count' || kind.type === 'money' ? 'decimal' : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save(draft.trim() === '' ? null : draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur()
          if (event.key === 'Escape') setDraft(storedText)
        }}
      />
    )
  }
  return (
    <div className={kind.type === 'notes' ? 'detail-field detail-field-wide' : 'detail-field'}>
      <label htmlFor={id}>
        {t(`fields.${field}` as never) as string}
      </label>
      {input}
      {kind.type === 'region' && placeName !== '' && (
        <span className="detail-hint" data-testid="account-detail-place">
          {placeName}
        </span>
      )}
      {error && (
        <p className="detail-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** One account beside the grid: every field as a form, its screening, its notes and its change history. */
export function AccountDetailPanel({ row, language, regions, moneyUnit, onEdit, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const textSettings: CellTextSettings = { moneyUnit, t, language, regions }
  const [history, setHistory] = useState<AccountHistoryEntry[] | null>(null)
  useEffect(() => {
    let isCurrent = true
    api.accounts.history({ id: row.id }).then(
      (entries) => isCurrent && setHistory(entries),
      () => isCurrent && setHistory([])
    )
    return () => {
      isCurrent = false
    }
    // updatedAt: an edit (here, in the grid, an undo) adds history.
  }, [row.id, row.updatedAt])

  const unknownCriteria = CRITERION_FIELDS.filter(([criterion]) => row.screening[criterion] === 'unknown').map(([, field]) => t(`fields.${field}`))
  const timeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })

  return (
    <aside className="summary-panel detail-panel" aria-label={t('accounts.detail.title')} data-testid="account-detail">
      <header className="summary-header">
        <h2>
          {t('accounts.detail.title')} · {row.name} <span className="detail-code">{row.code}</span>
        </h2>
        <button className="icon-button" onClick={onClose} aria-label={t('common.close')} data-testid="account-detail-close">
          ×
        </button>
      </header>
      <div className="detail-body">
        <section>
          <h3>{t('accounts.detail.screening')}</h3>
          <ul className="detail-criteria" data-testid="account-detail-screening">
            {CRITERION_FIELDS.map(([criterion, field]) => (
              <li key={criterion} className={`criterion-${row.screening[criterion]}`}>
                <span>{t(`fields.${field}`)}</span>
                <strong>{t(`enums.criterion.${row.screening[criterion]}`)}</strong>
              </li>
            ))}
            <li className={`verdict-${row.screening.verdict}`}>
              <span>{t('accounts.detail.verdict')}</span>
              <strong>{t(`enums.verdict.${row.screening.verdict}`)}</strong>
            </li>
          </ul>
          {unknownCriteria.length > 0 && <p className="detail-hint">{t('accounts.detail.unknownCriteria', { fields: unknownCriteria.join(language === 'zh-CN' ? '、' : ', ') })}</p>}
        </section>
        <section>
          <h3>{t('accounts.detail.fields')}</h3>
          <div className="detail-form">
            {[...FORM_FIELDS, ...NOTES_FIELDS].map((spec) => (
              <FieldEditor
                key={spec.field}
                field={spec.field}
                kind={spec.kind}
                isRequired={spec.isRequired}
                row={row}
                placeName={accountRegionName(row, regions.lookup, language)}
                onEdit={onEdit}
              />
            ))}
          </div>
        </section>
        <section>
          <h3>{t('accounts.detail.history')}</h3>
          {history !== null && history.length === 0 && <p className="detail-hint">{t('accounts.detail.noHistory')}</p>}
          <ol className="detail-history" data-testid="account-detail-history">
            {(history ?? []).map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.changedAt}>{timeFormat.format(new Date(entry.changedAt))}</time>
                {entry.action === 'update' && entry.field !== null ? (
                  <span>
                    <strong>{t(`fields.${entry.field}` as never) as string}</strong> {valueText(row, entry.field, entry.oldValue, textSettings)} →{' '}
                    {valueText(row, entry.field, entry.newValue, textSettings)}
                  </span>
                ) : (
                  <span>{t(`accounts.detail.historyAction.${entry.action}`)}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </aside>
  )
}
