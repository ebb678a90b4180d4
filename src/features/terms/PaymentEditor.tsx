import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAYMENT_MODES, TERM_SIDES, type PaymentMode, type TermSide, type TermValues } from '../../shared/domain/terms'
import type { StoredPayment } from '../../shared/contract/terms'

export interface PaymentChange {
  side: TermSide
  payment: StoredPayment | null
}

interface PaymentEditorProps {
  payment: TermValues<StoredPayment>
  onSave(change: PaymentChange): void
}

/** Whole days as typed, or null when it is not one (the field is then marked and nothing is saved). */
const typedDays = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null)

/** 结算方式 per side: 票到 N 天, 月结 N 天, or 代销 with the days of inventory. */
export function PaymentEditor({ payment, onSave }: PaymentEditorProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="terms-payment" data-testid="terms-payment" title={t('terms.paymentHelp')}>
      <span className="terms-payment-title">{t('terms.page.paymentTitle')}</span>
      {TERM_SIDES.map((side) => (
        <SidePayment key={side} side={side} value={payment[side]} onSave={(next) => onSave({ side, payment: next })} />
      ))}
    </div>
  )
}

export function SidePayment({ side, value, onSave }: { side: TermSide; value: StoredPayment | null; onSave(payment: StoredPayment | null): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [days, setDays] = useState(value ? String(value.days) : '')
  const [inventoryDays, setInventoryDays] = useState(value?.inventoryDays === null || !value ? '' : String(value.inventoryDays))
  useEffect(() => {
    setDays(value ? String(value.days) : '')
    setInventoryDays(value?.inventoryDays === null || !value ? '' : String(value.inventoryDays))
  }, [value])
  const save = (mode: PaymentMode | null, daysText: string, inventoryText: string) => {
    if (mode === null) return onSave(null)
    const parsedDays = typedDays(daysText === '' ? '0' : daysText)
    const parsedInventory = inventoryText.trim() === '' ? null : typedDays(inventoryText)
    if (parsedDays === null || (inventoryText.trim() !== '' && parsedInventory === null)) return
    if (value && value.mode === mode && value.days === parsedDays && value.inventoryDays === parsedInventory) return
    onSave({ mode, days: parsedDays, inventoryDays: parsedInventory })
  }
  const mode = value?.mode ?? null
  const onKey = (event: React.KeyboardEvent<HTMLInputElement>) => event.key === 'Enter' && event.currentTarget.blur()
  return (
    <label className={`terms-payment-side side-${side}`}>
      <span className="terms-payment-side-name">{t(`terms.sides.${side}`)}</span>
      <select value={mode ?? ''} onChange={(event) => save(event.target.value === '' ? null : (event.target.value as PaymentMode), days, inventoryDays)} data-testid={`payment-mode-${side}`}>
        <option value="">{t('terms.page.paymentNone')}</option>
        {PAYMENT_MODES.map((option) => (
          <option key={option} value={option}>
            {t(`terms.paymentModeNames.${option}`)}
          </option>
        ))}
      </select>
      {mode !== null && (
        <span className="input-with-suffix">
          <input
            value={days}
            inputMode="numeric"
            aria-invalid={typedDays(days === '' ? '0' : days) === null}
            onChange={(event) => setDays(event.target.value)}
            onBlur={() => save(mode, days, inventoryDays)}
            onKeyDown={onKey}
            data-testid={`payment-days-${side}`}
          />
          <span>{t('terms.page.days')}</span>
        </span>
      )}
      {mode === 'consignment' && (
        <span className="input-with-suffix" title={t('terms.page.inventoryDaysHelp')}>
          <input
            value={inventoryDays}
            inputMode="numeric"
            placeholder={t('terms.page.inventoryDays')}
            onChange={(event) => setInventoryDays(event.target.value)}
            onBlur={() => save(mode, days, inventoryDays)}
            onKeyDown={onKey}
            data-testid={`payment-inventory-${side}`}
          />
          <span>{t('terms.page.inventoryDaysSuffix')}</span>
        </span>
      )}
    </label>
  )
}
