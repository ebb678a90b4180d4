import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import type { Language } from '../shared/i18n'

interface NavRailProps {
  language: Language
  isWorkspaceOpen: boolean
  onLanguage(language: Language): void
}

/** The product's areas; only the ones built so far are listed. */
export function NavRail({ language, isWorkspaceOpen, onLanguage }: NavRailProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <nav className="nav-rail" aria-label={t('app.title')}>
      <div className="nav-brand" title={t('app.title')}>
        <img src="./favicon.svg" alt="" width={34} height={34} />
      </div>
      <ul className="nav-items">
        <li>
          <button
            className={`nav-item ${isWorkspaceOpen ? 'nav-item-active' : ''}`}
            aria-current={isWorkspaceOpen ? 'page' : undefined}
            disabled={!isWorkspaceOpen}
            data-testid="nav-accounts"
          >
            <Icon name="accounts" size={22} />
            <span>{t('nav.accounts')}</span>
          </button>
        </li>
      </ul>
      <div className="nav-bottom">
        <button
          className="nav-item nav-language"
          data-testid="language-toggle"
          title={t('nav.language')}
          onClick={() => onLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          <Icon name="globe" size={20} />
          <span>{language === 'zh-CN' ? t('nav.switchToEnglish') : t('nav.switchToChinese')}</span>
        </button>
      </div>
    </nav>
  )
}
