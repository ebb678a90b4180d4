import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../shared/domain/accounts/account'
import { AccountPicker } from './AccountPicker'

interface CopyAssortmentDialogProps {
  accounts: Account[]
  toAccountId: number
  onApply(from: Account, mode: 'add-missing' | 'replace'): Promise<boolean>
  onClose(): void
}

/** Copy another account's assortment: add what is missing, or replace the whole list (one undo step either way). */
export function CopyAssortmentDialog({ accounts, toAccountId, onApply, onClose }: CopyAssortmentDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [from, setFrom] = useState<Account | null>(null)
  const [mode, setMode] = useState<'add-missing' | 'replace'>('add-missing')
  const [isBusy, setBusy] = useState(false)
  const apply = async () => {
    if (!from) return
    setBusy(true)
    const isDone = await onApply(from, mode)
    setBusy(false)
    if (isDone) onClose()
  }
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal modal-small" role="dialog" aria-modal="true" aria-labelledby="copy-title" data-testid="copy-dialog">
        <h2 id="copy-title">{t('assortment.copy.title')}</h2>
        <div className="solver-form">
          <label className="solver-target">
            {t('assortment.copy.from')}
            <AccountPicker accounts={accounts} account={from} excludeId={toAccountId} onChoose={(id) => setFrom(accounts.find((account) => account.id === id) ?? null)} testId="copy-from" />
          </label>
          <fieldset>
            <legend>{t('assortment.copy.mode')}</legend>
            <label>
              <input type="radio" name="copy-mode" checked={mode === 'add-missing'} onChange={() => setMode('add-missing')} />
              {t('assortment.copy.addMissing')}
            </label>
            <label>
              <input type="radio" name="copy-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              {t('assortment.copy.replace')}
            </label>
          </fieldset>
          {mode === 'replace' && <p className="alert alert-error">{t('assortment.copy.replaceWarning')}</p>}
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void apply()} disabled={isBusy || !from} data-testid="copy-apply">
            {t('assortment.copy.apply')}
          </button>
        </div>
      </div>
    </div>
  )
}
