import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { describeDeletion } from '../../grid/describe-deletion'
import type { PendingDelete } from './use-catalogue-actions'

interface DeleteSkusDialogProps {
  pending: PendingDelete
  onConfirm(): void
  onCancel(): void
}

/**
 * Says what Delete takes with it before anything goes: the SKUs by code and name, those the filter
 * hides, and the accounts whose assortments carry them ("3 个 SKU 被 12 个客户的品项引用").
 */
export function DeleteSkusDialog({ pending, onConfirm, onCancel }: DeleteSkusDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const { rows, shownIds, impact } = pending
  const summary = describeDeletion(
    rows.map((row) => ({ id: row.id, name: `${row.code} ${row.name}` })),
    shownIds
  )
  const isOne = rows.length === 1
  return (
    <ConfirmDialog
      title={t('catalogue.deleteTitle')}
      message={isOne ? t('catalogue.deleteOne', { name: `${rows[0]?.code ?? ''} ${rows[0]?.name ?? ''}` }) : t('catalogue.deleteMany', { count: rows.length })}
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
            <p className="delete-hidden">{t('accounts.deleteHidden', { count: summary.hiddenNames.length, names: summary.hiddenNames.slice(0, 5).join('、') })}</p>
          )}
          <p className={impact && impact.assortmentLineCount > 0 ? 'delete-impact has-impact' : 'delete-impact'} data-testid="delete-impact">
            {impact === null
              ? t('common.loading')
              : impact.assortmentLineCount > 0
                ? t('catalogue.deleteImpact', { skus: impact.skuCount, accounts: impact.accountCount })
                : t('catalogue.deleteNoImpact')}
          </p>
          <p className="muted">{t('catalogue.deleteUndoHint')}</p>
        </div>
      }
      confirmLabel={t('catalogue.delete')}
      isDanger
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  )
}
