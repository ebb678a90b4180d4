import { useTranslation } from 'react-i18next'
import { Icon, type IconName } from '../components/Icon'
import type { Language } from '../shared/i18n'

export const PAGES = ['home', 'accounts', 'catalogue', 'assortment', 'terms', 'comparison', 'proposal', 'funnel', 'relationships'] as const
export type Page = (typeof PAGES)[number]

const PAGE_ICON: Record<Page, IconName> = {
  home: 'home',
  accounts: 'accounts',
  catalogue: 'database',
  assortment: 'columns',
  terms: 'file',
  comparison: 'compare',
  proposal: 'proposal',
  funnel: 'funnel',
  relationships: 'people'
}

interface NavRailProps {
  language: Language
  isWorkspaceOpen: boolean
  page: Page
  onNavigate(page: Page): void
  onLanguage(language: Language): void
  /** Opens 公司信息 (the company the Word proposal is printed for). */
  onCompany(): void
}

/** The product's areas; only the ones built so far are listed. */
export function NavRail({ language, isWorkspaceOpen, page, onNavigate, onLanguage, onCompany }: NavRailProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <nav className="nav-rail" aria-label={t('app.title')}>
      <div className="nav-brand" title={t('app.title')}>
        <img src="./favicon.svg" alt="" width={34} height={34} />
      </div>
      <ul className="nav-items">
        {PAGES.map((item) => {
          const isActive = isWorkspaceOpen && item === page
          return (
            <li key={item}>
              <button
                className={`nav-item ${isActive ? 'nav-item-active' : ''}`}
                aria-current={isActive ? 'page' : undefined}
                disabled={!isWorkspaceOpen}
                onClick={() => onNavigate(item)}
                data-testid={`nav-${item}`}
              >
                <Icon name={PAGE_ICON[item]} size={22} />
                <span>{t(`nav.${item}`)}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <div className="nav-bottom">
        <button className="nav-item" data-testid="company-settings-open" disabled={!isWorkspaceOpen} title={t('proposalDocument.company.title')} onClick={onCompany}>
          <Icon name="file" size={20} />
          <span>{t('proposalDocument.company.menu')}</span>
        </button>
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
