import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface ConfirmDialogProps {
  title: string
  message: string
  confirmLabel: string
  isDanger?: boolean
  onConfirm(): void
  onCancel(): void
}

export function ConfirmDialog({ title, message, confirmLabel, isDanger, onConfirm, onCancel }: ConfirmDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => confirmRef.current?.focus(), [])
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div className="modal modal-small" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{title}</h2>
        <p>{message}</p>
        <div className="modal-actions">
          <button className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button ref={confirmRef} className={`button ${isDanger ? 'button-danger' : 'button-primary'}`} onClick={onConfirm} data-testid="confirm-ok">
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
