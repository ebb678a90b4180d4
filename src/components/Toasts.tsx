import { useTranslation } from 'react-i18next'
import { dismissToast, useToasts } from './toast-store'

export function Toasts(): React.JSX.Element {
  const toasts = useToasts()
  const { t } = useTranslation()
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
          <div className="toast-text">{toast.text}</div>
          {toast.detail && (
            <ul className="toast-detail">
              {toast.detail.slice(0, 8).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
              {toast.detail.length > 8 && <li>…</li>}
            </ul>
          )}
          <button className="toast-close" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
