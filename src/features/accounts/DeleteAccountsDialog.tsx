import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { describeDeletion } from '../../grid/describe-deletion'
import type { AccountRow } from './account-rows'

interface DeleteAccountsDialogProps {
  rows: AccountRow[]
  shownIds: ReadonlySet<number>
  onConfirm(): void
  onCancel(): void
}

/** Says what Delete deletes: the accounts by name (first few and how many more), and those the filter hides. */
export function DeleteAccountsDialog({ rows, shownIds, onConfirm, onCancel }: DeleteAccountsDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const summary = describeDeletion(rows, shownIds)
  const isOne = rows.length === 1
  return (
    <ConfirmDialog
      title={t('accounts.confirmDeleteTitle')}
      message={isOne ? t('accounts.confirmDeleteOne', { name: rows[0]?.name ?? '' }) : t('accounts.confirmDeleteMany', { count: rows.length })}
      details={
        <div className="delete-details" data-testid="delete-details">
          {!isOne && (
            <ul className="delete-names">
              {summary.names.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
              {summary.moreCount > 0 && <li className="muted">{t('accounts.deleteMore', { count: summary.moreCount })}</li>}
            </ul>
          )}
          {summary.hiddenNames.length > 0 && (
            <p className="delete-hidden" data-testid="delete-hidden">
              {t('accounts.deleteHidden', { count: summary.hiddenNames.length, names: summary.hiddenNames.slice(0, 5).join('、') })}
            </p>
          )}
        </div>
      }
      confirmLabel={t('accounts.delete')}
      isDanger
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  )
}
