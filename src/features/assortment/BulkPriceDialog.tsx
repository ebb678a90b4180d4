import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BulkPriceField, BulkPriceMode } from '../../shared/domain/assortment/assortment-line'

interface BulkPriceDialogProps {
  count: number
  onApply(field: BulkPriceField, mode: BulkPriceMode, amount: string): Promise<boolean>
  onClose(): void
}

/** Price change on the ticked lines, in % or in yuan: the service computes and stores it in one transaction. */
export function BulkPriceDialog({ count, onApply, onClose }: BulkPriceDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [field, setField] = useState<BulkPriceField>('supplyPrice')
  const [mode, setMode] = useState<BulkPriceMode>('percent')
  const [amount, setAmount] = useState('')
  const [isBusy, setBusy] = useState(false)
  const apply = async () => {
    setBusy(true)
    const isDone = await onApply(field, mode, amount)
    setBusy(false)
    if (isDone) onClose()
  }
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal modal-small" role="dialog" aria-modal="true" aria-labelledby="bulk-title" data-testid="bulk-price-dialog">
        <h2 id="bulk-title">{t('assortment.bulk.title')}</h2>
        <p className="muted">{t('assortment.bulk.rows', { count })}</p>
        <div className="solver-form">
          <fieldset>
            <legend>{t('assortment.bulk.price')}</legend>
            {(['supplyPrice', 'retailPrice'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="bulk-field" checked={field === option} onChange={() => setField(option)} />
                {t(option === 'supplyPrice' ? 'assortment.bulk.supply' : 'assortment.bulk.retail')}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('assortment.bulk.by')}</legend>
            {(['percent', 'yuan'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="bulk-mode" checked={mode === option} onChange={() => setMode(option)} data-testid={`bulk-mode-${option}`} />
                {t(`assortment.bulk.${option}`)}
              </label>
            ))}
          </fieldset>
          <label className="solver-target">
            {t('assortment.bulk.amount')}
            <span className="input-with-suffix">
              <input autoFocus value={amount} onChange={(event) => setAmount(event.target.value)} inputMode="decimal" data-testid="bulk-amount" />
              <span>{mode === 'percent' ? '%' : '¥'}</span>
            </span>
          </label>
          <p className="muted">{t('assortment.bulk.amountHint')}</p>
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void apply()} disabled={isBusy || amount.trim() === ''} data-testid="bulk-apply">
            {t('assortment.bulk.apply')}
          </button>
        </div>
      </div>
    </div>
  )
}
