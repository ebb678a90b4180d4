import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

interface ConfirmDialogProps {
  title: string
  message: string
  /** More lines under the message (e.g. the names of what is deleted). */
  details?: React.ReactNode
  confirmLabel: string
  isDanger?: boolean
  onConfirm(): void
  onCancel(): void
}

export function ConfirmDialog({ title, message, details, confirmLabel, isDanger, onConfirm, onCancel }: ConfirmDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const cancelRef = useRef<HTMLButtonElement>(null)
  // Cancel is the default: Enter on a dangerous question must not delete anything.
  useEffect(() => cancelRef.current?.focus(), [])
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div className="modal modal-small" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{title}</h2>
        <p>{message}</p>
        {details}
        <div className="modal-actions">
          <button ref={cancelRef} className="button" onClick={onCancel} data-testid="confirm-cancel">
            {t('common.cancel')}
          </button>
          <button className={`button ${isDanger ? 'button-danger' : 'button-primary'}`} onClick={onConfirm} data-testid="confirm-ok">
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
