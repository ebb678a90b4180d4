import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError, onMenuCommand, takePrefetched } from '../lib/api'
import { changeLanguage, initI18n } from '../lib/i18n'
import type { AppInfo, Settings, WorkspaceStatus } from '../shared/contract'
import { DEFAULT_LANGUAGE, type Language } from '../shared/i18n'
import { NavRail, type Page } from './NavRail'
import { StatusBar } from './StatusBar'
import { WelcomePage } from './WelcomePage'
import { AccountsPage } from '../features/accounts/AccountsPage'
import { CataloguePage } from '../features/catalogue/CataloguePage'
import { AssortmentPage } from '../features/assortment/AssortmentPage'
import { TermsPage } from '../features/terms/TermsPage'
import { ComparisonPage } from '../features/comparison/ComparisonPage'
import { FunnelPage } from '../features/pipeline/FunnelPage'
import { RelationshipsPage } from '../features/pipeline/RelationshipsPage'
import { HomePage } from '../features/home/HomePage'
import { ProposalPage } from '../features/proposal/ProposalPage'
import { forgetAccountsData, prefetchAccountsData } from '../features/accounts/accounts-data'
import { Toasts } from '../components/Toasts'
import { seedGridLayouts } from '../grid/grid-store'
import { seedAccountSettings } from '../features/accounts/account-settings'
import { showToast } from '../components/toast-store'
import { CompanySettingsDialog } from '../features/settings/CompanySettingsDialog'

type Boot =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; info: AppInfo; status: WorkspaceStatus; settings: Settings }

export function App(): React.JSX.Element {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })
  const [language, setLanguage] = useState<Language>(DEFAULT_LANGUAGE)
  const [isI18nReady, setI18nReady] = useState(false)
  // 工作台首页 first: what needs attention today, each item a link to its place.
  const [page, setPage] = useState<Page>('home')
  const [isCompanyOpen, setIsCompanyOpen] = useState(false)

  const start = useCallback(async () => {
    try {
      const [settings, info, status] = await Promise.all([
        takePrefetched('settings:get') ?? api.settings.get({}),
        takePrefetched('app:info') ?? api.app.info({}),
        takePrefetched('workspace:status') ?? api.workspace.status({})
      ])
      if (status.isInitialized) prefetchAccountsData()
      seedGridLayouts(settings.gridLayouts)
      seedAccountSettings(settings)
      await initI18n(settings.language)
      setLanguage(settings.language)
      setI18nReady(true)
      setBoot({ state: 'ready', info, status, settings })
    } catch (error) {
      if (!isI18nReady) {
        await initI18n(DEFAULT_LANGUAGE)
        setI18nReady(true)
      }
      setBoot({ state: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    void start()
  }, [start])

  const switchLanguage = useCallback(async (next: Language) => {
    try {
      await api.settings.set({ key: 'language', value: next })
      await changeLanguage(next)
      setLanguage(next)
    } catch (error) {
      showToast('error', error instanceof ApiError ? error.message : String(error))
    }
  }, [])

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'language:zh-CN' || command === 'language:en-US') void switchLanguage(command.slice('language:'.length) as Language)
      }),
    [switchLanguage]
  )

  if (!isI18nReady || boot.state === 'loading') return <div className="boot-screen">KA Workbench…</div>
  if (boot.state === 'failed') return <BootFailure message={boot.message} onRetry={() => void start()} />

  const initialize = async (kind: 'demo' | 'empty') => {
    const status = await api.workspace.init({ kind })
    // What was fetched before the workspace existed is empty: drop it.
    forgetAccountsData()
    setBoot({ ...boot, status })
  }

  return (
    <div className="app-shell">
      <NavRail
        language={language}
        page={page}
        onNavigate={setPage}
        onLanguage={(next) => void switchLanguage(next)}
        onCompany={() => setIsCompanyOpen(true)}
        isWorkspaceOpen={boot.status.isInitialized}
      />
      {isCompanyOpen && <CompanySettingsDialog onClose={() => setIsCompanyOpen(false)} />}
      <main className="app-main">
        {!boot.status.isInitialized ? (
          <WelcomePage info={boot.info} onChoose={initialize} />
        ) : page === 'catalogue' ? (
          <CataloguePage language={language} />
        ) : page === 'assortment' ? (
          <AssortmentPage language={language} />
        ) : page === 'terms' ? (
          <TermsPage language={language} />
        ) : page === 'comparison' ? (
          <ComparisonPage language={language} />
        ) : page === 'funnel' ? (
          <FunnelPage language={language} />
        ) : page === 'relationships' ? (
          <RelationshipsPage language={language} />
        ) : page === 'home' ? (
          <HomePage language={language} onNavigate={setPage} />
        ) : page === 'proposal' ? (
          <ProposalPage language={language} />
        ) : (
          <AccountsPage language={language} />
        )}
      </main>
      <StatusBar info={boot.info} />
      <Toasts />
    </div>
  )
}

function BootFailure({ message, onRetry }: { message: string; onRetry(): void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="boot-screen boot-failed" role="alert">
      <h1>{t('common.error')}</h1>
      <p>{t('errors.network', { message })}</p>
      <button className="button button-primary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  )
}
