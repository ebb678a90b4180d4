import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, onWorkspaceChange } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { errorMessage } from '../../grid/grid-errors'
import type { Account, BinnedAccount } from '../../shared/domain/accounts/account'
import type { Language } from '../../shared/i18n'

interface RecycleBinDialogProps {
  language: Language
  onClose(): void
  /** Accounts taken out of the bin, for the grid to show again. */
  onRestored(accounts: Account[]): void
}

/**
 * The recycle bin (回收站): deleted accounts with when, each restorable; emptied only by the
 * person, after a confirmation. Follows other windows' deletes and restores while open.
 */
export function RecycleBinDialog({ language, onClose, onRestored }: RecycleBinDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [binned, setBinned] = useState<BinnedAccount[] | null>(null)
  const [isConfirmingEmpty, setConfirmingEmpty] = useState(false)
  const [isBusy, setBusy] = useState(false)

  const reload = useCallback(() => {
    api.accounts
      .listBin({})
      .then(setBinned)
      .catch((error: unknown) => showToast('error', errorMessage(error, t)))
  }, [t])
  useEffect(() => {
    reload()
    return onWorkspaceChange((change) => {
      if (change.entity === 'accounts') reload()
    })
  }, [reload])

  const restore = async (accounts: BinnedAccount[]) => {
    setBusy(true)
    try {
      const restored = await trackSave(api.accounts.restore({ ids: accounts.map((a) => a.id), baseVersions: accounts.map((a) => a.rowVersion) }))
      onRestored(restored)
      showToast('success', t('accounts.bin.restored', { count: restored.length }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    } finally {
      setBusy(false)
      reload()
    }
  }

  const emptyBin = async () => {
    setConfirmingEmpty(false)
    setBusy(true)
    try {
      const { purgedCount } = await trackSave(api.accounts.emptyBin({ ids: (binned ?? []).map((a) => a.id) }))
      showToast('success', t('accounts.bin.emptied', { count: purgedCount }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    } finally {
      setBusy(false)
      reload()
    }
  }

  const whenDeleted = (iso: string) => new Date(iso).toLocaleString(language)
  const count = binned?.length ?? 0
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isConfirmingEmpty && onClose()}>
      <div className="modal modal-large" role="dialog" aria-modal="true" aria-labelledby="bin-title" data-testid="bin-dialog">
        <header className="modal-header">
          <h2 id="bin-title">{t('accounts.bin.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('common.close')}>
            ×
          </button>
        </header>
        <p className="muted">{t('accounts.bin.intro')}</p>
        {binned !== null && count === 0 && <p data-testid="bin-empty">{t('accounts.bin.empty')}</p>}
        {count > 0 && (
          <table className="mapping-table" data-testid="bin-table">
            <thead>
              <tr>
                <th>{t('fields.code')}</th>
                <th>{t('fields.name')}</th>
                <th>{t('accounts.bin.deletedAt')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {binned?.map((account) => (
                <tr key={account.id} data-testid="bin-row">
                  <td>{account.code}</td>
                  <td>{account.name}</td>
                  <td>{whenDeleted(account.deletedAt)}</td>
                  <td>
                    <button className="button" disabled={isBusy} onClick={() => void restore([account])} data-testid="bin-restore">
                      {t('accounts.bin.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="modal-actions">
          <button className="button button-danger" disabled={isBusy || count === 0} onClick={() => setConfirmingEmpty(true)} data-testid="bin-empty-button">
            {t('accounts.bin.emptyBin')}
          </button>
          <button className="button" onClick={onClose} data-testid="bin-close">
            {t('common.close')}
          </button>
        </div>
      </div>
      {isConfirmingEmpty && (
        <ConfirmDialog
          title={t('accounts.bin.confirmEmptyTitle')}
          message={t('accounts.bin.confirmEmpty', { count })}
          confirmLabel={t('accounts.bin.confirmEmptyOk')}
          isDanger
          onCancel={() => setConfirmingEmpty(false)}
          onConfirm={() => void emptyBin()}
        />
      )}
    </div>
  )
}
