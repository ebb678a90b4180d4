import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import type { AppInfo } from '../shared/contract'
import { showToast } from '../components/toast-store'

interface WelcomePageProps {
  info: AppInfo
  onChoose(kind: 'demo' | 'empty'): Promise<void>
}

/** First launch: a demo workspace to explore, or an empty one to fill. */
export function WelcomePage({ info, onChoose }: WelcomePageProps): React.JSX.Element {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<'demo' | 'empty' | null>(null)
  const choose = async (kind: 'demo' | 'empty') => {
    setBusy(kind)
    try {
      await onChoose(kind)
    } catch (error) {
      showToast('error', error instanceof Error ? error.message : String(error))
      setBusy(null)
    }
  }
  return (
    <section className="welcome" data-testid="welcome">
      <div className="welcome-inner">
        <h1>{t('welcome.title')}</h1>
        <p className="welcome-subtitle">{t('welcome.subtitle')}</p>
        <div className="welcome-cards">
          <button className="welcome-card welcome-card-primary" disabled={busy !== null} onClick={() => void choose('demo')} data-testid="welcome-demo">
            <Icon name="accounts" size={28} />
            <h2>{t('welcome.demoTitle')}</h2>
            <p>{t('welcome.demoBody')}</p>
            <span className="welcome-action">{busy === 'demo' ? t('welcome.preparing') : t('welcome.demoAction')} →</span>
          </button>
          <button className="welcome-card" disabled={busy !== null} onClick={() => void choose('empty')} data-testid="welcome-empty">
            <Icon name="file" size={28} />
            <h2>{t('welcome.emptyTitle')}</h2>
            <p>{t('welcome.emptyBody')}</p>
            <span className="welcome-action">{busy === 'empty' ? t('welcome.preparing') : t('welcome.emptyAction')} →</span>
          </button>
        </div>
        <p className="welcome-location">{t('welcome.dataLocation', { path: info.databaseFile })}</p>
      </div>
    </section>
  )
}
