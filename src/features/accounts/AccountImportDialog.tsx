import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { EDITABLE_ACCOUNT_FIELDS, type Account, type EditableAccountField } from '../../shared/domain/accounts/account'
import type { ImportPreview } from '../../shared/contract'
import { ImportDialog, type ImportFile } from '../../grid/ImportDialog'

/** What an import did: accounts added, accounts updated by 客户编码 (as now, and as they were). */
export interface ImportedAccounts {
  inserted: Account[]
  updated: Account[]
  previous: Account[]
}

interface AccountImportDialogProps {
  onClose(): void
  onImported(imported: ImportedAccounts): void
}

/** The rows sorted by 客户编码 against the live accounts: new, changed (old → new), unchanged; likely duplicates. */
function AccountImportClassification({ preview }: { preview: ImportPreview }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <>
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
    </>
  )
}

/**
 * Import of accounts on the generic dialog: it updates by 客户编码, so the preview also says which
 * rows are new, changed or unchanged, and the confirmation counts only the rows it will write.
 */
export function AccountImportDialog({ onClose, onImported }: AccountImportDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const commit = async (file: ImportFile & { mapping: (EditableAccountField | null)[] }): Promise<ImportedAccounts> => {
    const result = await api.accounts.importCommit(file)
    const read = (ids: number[]) => (ids.length === 0 ? Promise.resolve([]) : api.accounts.list({ ids }))
    const [inserted, updated] = await Promise.all([read(result.insertedIds), read(result.updatedIds)])
    return { inserted, updated, previous: result.previous }
  }
  return (
    <ImportDialog<EditableAccountField, ImportedAccounts, ImportPreview>
      title={t('import.title')}
      fields={EDITABLE_ACCOUNT_FIELDS}
      fieldLabel={(field) => t(`fields.${field}`)}
      preview={(file) => api.accounts.importPreview(file)}
      commit={commit}
      renderDetails={(preview) => <AccountImportClassification preview={preview} />}
      importableRows={(preview) => preview.newRows + preview.changedRows}
      onClose={onClose}
      onImported={onImported}
    />
  )
}
