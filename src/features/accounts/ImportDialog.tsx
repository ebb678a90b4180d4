import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { readFileAsBase64 } from '../../lib/download'
import { trackSave } from '../../app/save-status'
import { EDITABLE_ACCOUNT_FIELDS, type Account, type EditableAccountField } from '../../shared/domain/accounts/account'
import type { ImportPreview } from '../../shared/contract'
import { Icon } from '../../components/Icon'

interface ImportDialogProps {
  onClose(): void
  onImported(imported: ImportedAccounts): void
}

/** What an import did: accounts added, accounts updated by 客户编码 (as now, and as they were). */
export interface ImportedAccounts {
  inserted: Account[]
  updated: Account[]
  previous: Account[]
}

interface LoadedFile {
  fileName: string
  dataBase64: string
}

/**
 * Import from .xlsx or .csv: choose a file, check the column mapping and the rows with errors,
 * then confirm. Nothing is written before the confirmation; then everything in one transaction.
 */
export function ImportDialog({ onClose, onImported }: ImportDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const inputRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<LoadedFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<(EditableAccountField | null)[]>([])
  /** The worksheet picked in a workbook with several holding data; undefined: the one the reader chose. */
  const [sheet, setSheet] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const runPreview = async (loaded: LoadedFile, nextMapping?: (EditableAccountField | null)[], nextSheet: string | undefined = sheet) => {
    setBusy(t('import.reading', { name: loaded.fileName }))
    setError(null)
    try {
      const withSheet = nextSheet === undefined ? loaded : { ...loaded, sheet: nextSheet }
      const result = await api.accounts.importPreview(nextMapping ? { ...withSheet, mapping: nextMapping } : withSheet)
      setPreview(result)
      setMapping(result.columns.map((column) => column.field))
    } catch (failure) {
      setPreview(null)
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(null)
    }
  }

  const chooseFile = async (chosen: File | undefined) => {
    if (!chosen) return
    setBusy(t('import.reading', { name: chosen.name }))
    try {
      const loaded = { fileName: chosen.name, dataBase64: await readFileAsBase64(chosen) }
      setFile(loaded)
      setSheet(undefined)
      await runPreview(loaded, undefined, undefined)
    } catch (failure) {
      setBusy(null)
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const changeMapping = (index: number, field: EditableAccountField | null) => {
    const next = mapping.map((current, position) => (position === index ? field : current === field && field !== null ? null : current))
    setMapping(next)
    if (file) void runPreview(file, next)
  }

  // Another sheet has other columns: its mapping starts again from its own headers.
  const changeSheet = (name: string) => {
    setSheet(name)
    if (file) void runPreview(file, undefined, name)
  }

  const confirm = async () => {
    if (!file || !preview) return
    setBusy(t('import.importing'))
    try {
      const result = await trackSave(api.accounts.importCommit({ ...file, mapping, ...(sheet === undefined ? {} : { sheet }) }))
      const read = (ids: number[]) => (ids.length === 0 ? Promise.resolve([]) : api.accounts.list({ ids }))
      const [inserted, updated] = await Promise.all([read(result.insertedIds), read(result.updatedIds)])
      onImported({ inserted, updated, previous: result.previous })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setBusy(null)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !busy && onClose()}>
      <div className="modal modal-large" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <header className="modal-header">
          <h2 id="import-title">{t('import.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('common.close')} disabled={busy !== null}>
            ×
          </button>
        </header>

        <div className="import-file-row">
          <button className="button" onClick={() => inputRef.current?.click()} disabled={busy !== null} data-testid="import-choose">
            <Icon name="upload" size={16} /> {t('import.chooseFile')}
          </button>
          <input
            ref={inputRef}
            type="file"
            accept=".xlsx,.csv,.txt,.tsv"
            hidden
            data-testid="import-file-input"
            onChange={(event) => {
              void chooseFile(event.target.files?.[0])
              event.target.value = ''
            }}
          />
          <span className="muted">{file ? file.fileName : t('import.supported')}</span>
        </div>

        {busy && (
          <div className="progress" role="progressbar" aria-busy="true">
            <span className="spinner" /> {busy}
          </div>
        )}
        {error && (
          <div className="alert alert-error" role="alert" data-testid="import-error">
            {error}
          </div>
        )}

        {preview && (
          <div className="import-preview">
            <div className="import-meta">
              <span>
                {t('import.file')}: <strong>{preview.fileName}</strong>
              </span>
              {preview.encoding && (
                <span>
                  {t('import.encoding')}: <strong data-testid="import-encoding">{preview.encoding}</strong>
                </span>
              )}
              {preview.sheetName && preview.sheets.length > 1 && (
                <label>
                  {t('import.sheet')}:{' '}
                  <select value={preview.sheetName} onChange={(event) => changeSheet(event.target.value)} disabled={busy !== null} data-testid="import-sheet">
                    {preview.sheets.map((option) => (
                      <option key={option.name} value={option.name}>
                        {option.isHidden ? t('import.hiddenSheet', { name: option.name }) : option.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {preview.sheetName && preview.sheets.length <= 1 && (
                <span>
                  {t('import.sheet')}: <strong>{preview.sheetName}</strong>
                </span>
              )}
            </div>
            <p className={`import-summary ${preview.invalidRows > 0 ? 'has-errors' : ''}`} data-testid="import-summary">
              {t('import.summary', { total: preview.totalRows, valid: preview.validRows, invalid: preview.invalidRows })}
            </p>
            <p className="import-summary" data-testid="import-classified">
              {preview.newRows + preview.changedRows === 0 && preview.validRows > 0
                ? t('import.nothingChanged')
                : t('import.classified', { new: preview.newRows, changed: preview.changedRows, unchanged: preview.unchangedRows })}
            </p>
            {preview.duplicates.length > 0 && (
              <div className="alert" data-testid="import-duplicates">
                <strong>{t('import.duplicatesTitle')}</strong>
                <ul className="import-errors">
                  {preview.duplicates.map((item) => (
                    <li key={item.row}>
                      {item.sameAsCode !== null
                        ? t('import.duplicateOfCode', { row: item.row, name: item.name, code: item.sameAsCode })
                        : t('import.duplicateOfRow', { row: item.row, name: item.name, other: item.sameAsRow })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {preview.changes.length > 0 && (
              <>
                <h3>{t('import.changesTitle')}</h3>
                <ul className="import-errors" data-testid="import-changes">
                  {preview.changes.map((item) => (
                    <li key={item.row}>
                      {t('import.changeItem', {
                        row: item.row,
                        code: item.code,
                        name: item.name,
                        fields: item.fields
                          .map((change) =>
                            t('import.fieldChange', {
                              field: t(`fields.${change.field}`),
                              before: change.before === '' ? t('import.blankValue') : change.before,
                              after: change.after === '' ? t('import.blankValue') : change.after
                            })
                          )
                          .join('；')
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {preview.missingRequired.length > 0 && (
              <div className="alert alert-error">{t('import.missingRequired', { fields: preview.missingRequired.map((field) => t(`fields.${field}`)).join('、') })}</div>
            )}

            <h3>{t('import.mapping')}</h3>
            <div className="mapping-table-wrap">
              <table className="mapping-table">
                <thead>
                  <tr>
                    <th>{t('import.sourceColumn')}</th>
                    <th>{t('import.targetField')}</th>
                    <th>{t('import.sample')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.columns.map((column, index) => (
                    <tr key={column.index}>
                      <td>{column.header}</td>
                      <td>
                        <select
                          value={mapping[index] ?? ''}
                          disabled={busy !== null}
                          onChange={(event) => changeMapping(index, (event.target.value || null) as EditableAccountField | null)}
                          aria-label={column.header}
                        >
                          <option value="">{t('import.ignore')}</option>
                          {EDITABLE_ACCOUNT_FIELDS.map((field) => (
                            <option key={field} value={field}>
                              {t(`fields.${field}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="muted sample">{column.samples.join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            {preview.errorCount > 0 && (
              <>
                <h3>{t('import.errorsTitle')}</h3>
                <ul className="import-errors" data-testid="import-errors">
                  {preview.errors.map((item, index) => (
                    <li key={index}>
                      {t('import.rowError', { row: item.row, field: item.field ? t(`fields.${item.field}`) : '—', message: item.message })}
                    </li>
                  ))}
                  {preview.errorCount > preview.errors.length && <li className="muted">{t('import.moreErrors', { count: preview.errorCount - preview.errors.length })}</li>}
                </ul>
              </>
            )}
          </div>
        )}

        <footer className="modal-actions">
          <button className="button" onClick={onClose} disabled={busy !== null}>
            {t('import.cancel')}
          </button>
          <button
            className="button button-primary"
            onClick={() => void confirm()}
            disabled={!preview || preview.newRows + preview.changedRows === 0 || busy !== null}
            data-testid="import-confirm"
          >
            {preview ? t('import.confirm', { count: preview.newRows + preview.changedRows }) : t('accounts.import')}
          </button>
        </footer>
      </div>
    </div>
  )
}
