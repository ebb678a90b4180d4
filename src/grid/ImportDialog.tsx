import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { readFileAsBase64 } from '../lib/download'
import { trackSave } from '../app/save-status'
import { Icon } from '../components/Icon'

export interface ImportFile {
  fileName: string
  dataBase64: string
  /** The worksheet picked in a workbook with several holding data; absent: the one the reader chose. */
  sheet?: string
}

/** What every capability's `…:import-preview` answers (accounts, catalogue…), over its own fields. */
export interface ImportPreviewOf<Field extends string> {
  fileName: string
  encoding: string | null
  sheetName: string | null
  /** The worksheets holding data, in tab order: more than one, and the dialog offers a choice. [] for text files. */
  sheets: { name: string; isHidden: boolean }[]
  columns: { index: number; header: string; samples: string[]; field: Field | null }[]
  totalRows: number
  validRows: number
  invalidRows: number
  errors: { row: number; field: Field | null; message: string }[]
  errorCount: number
  missingRequired: Field[]
}

export interface ImportDialogProps<Field extends string, Imported, Preview extends ImportPreviewOf<Field> = ImportPreviewOf<Field>> {
  title: string
  /** The fields a column can be mapped to, in the order offered. */
  fields: readonly Field[]
  fieldLabel(field: Field): string
  preview(file: ImportFile & { mapping?: (Field | null)[] }): Promise<Preview>
  commit(file: ImportFile & { mapping: (Field | null)[] }): Promise<Imported>
  /**
   * What the capability tells beyond the row counts, shown under them: the accounts' new /
   * changed / unchanged rows and likely duplicates.
   */
  renderDetails?(preview: Preview): ReactNode
  /** How many rows the commit would write (the confirm button's count); by default every valid row. */
  importableRows?(preview: Preview): number
  onClose(): void
  onImported(imported: Imported): void
}

/**
 * Import from .xlsx or .csv for any grid: choose a file, check the column mapping and the rows
 * with errors, then confirm. Nothing is written before the confirmation; the capability's commit
 * stores everything in one transaction.
 */
export function ImportDialog<Field extends string, Imported, Preview extends ImportPreviewOf<Field> = ImportPreviewOf<Field>>(
  props: ImportDialogProps<Field, Imported, Preview>
): React.JSX.Element {
  const { onClose, onImported, fieldLabel } = props
  const { t } = useTranslation()
  const inputRef = useRef<HTMLInputElement>(null)
  // The file as read, with the worksheet picked (if any): what the preview and the commit both read.
  const [file, setFile] = useState<ImportFile | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [mapping, setMapping] = useState<(Field | null)[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const importable = preview ? (props.importableRows?.(preview) ?? preview.validRows) : 0

  const runPreview = async (loaded: ImportFile, nextMapping?: (Field | null)[]) => {
    setBusy(t('import.reading', { name: loaded.fileName }))
    setError(null)
    try {
      const result = await props.preview(nextMapping ? { ...loaded, mapping: nextMapping } : loaded)
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
      await runPreview(loaded)
    } catch (failure) {
      setBusy(null)
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const changeMapping = (index: number, field: Field | null) => {
    const next = mapping.map((current, position) => (position === index ? field : current === field && field !== null ? null : current))
    setMapping(next)
    if (file) void runPreview(file, next)
  }

  // Another sheet has other columns: its mapping starts again from its own headers.
  const changeSheet = (sheet: string) => {
    if (!file) return
    const next = { ...file, sheet }
    setFile(next)
    void runPreview(next)
  }

  const confirm = async () => {
    if (!file || !preview) return
    setBusy(t('import.importing'))
    try {
      onImported(await trackSave(props.commit({ ...file, mapping })))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setBusy(null)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !busy && onClose()}>
      <div className="modal modal-large" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <header className="modal-header">
          <h2 id="import-title">{props.title}</h2>
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
            {props.renderDetails?.(preview)}
            {preview.missingRequired.length > 0 && (
              <div className="alert alert-error">{t('import.missingRequired', { fields: preview.missingRequired.map((field) => fieldLabel(field)).join('、') })}</div>
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
                          onChange={(event) => changeMapping(index, (event.target.value || null) as Field | null)}
                          aria-label={column.header}
                        >
                          <option value="">{t('import.ignore')}</option>
                          {props.fields.map((field) => (
                            <option key={field} value={field}>
                              {fieldLabel(field)}
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
                      {t('import.rowError', { row: item.row, field: item.field ? fieldLabel(item.field) : '—', message: item.message })}
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
            disabled={importable === 0 || busy !== null}
            data-testid="import-confirm"
          >
            {t('import.confirm', { count: importable })}
          </button>
        </footer>
      </div>
    </div>
  )
}
