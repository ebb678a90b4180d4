import { useTranslation } from 'react-i18next'
import { useSaveState } from './save-status'
import { Icon } from '../components/Icon'
import type { AppInfo } from '../shared/contract'
import { useRowCounts } from '../features/accounts/row-counts'

export function StatusBar({ info }: { info: AppInfo }): React.JSX.Element {
  const { t } = useTranslation()
  const saveState = useSaveState()
  const counts = useRowCounts()
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-item" title={info.databaseFile}>
        <Icon name="database" size={14} />
        {t('status.workspace')}: <code>{info.databaseFile}</code>
      </span>
      <span className="status-item status-mode">{t(`status.mode.${info.mode}`)}</span>
      <span className="status-spacer" />
      {counts && (
        <span className="status-item" data-testid="row-counts">
          {counts.total === null ? t('status.rowsLoading', { shown: counts.shown }) : t('status.rows', { shown: counts.shown, total: counts.total })}
        </span>
      )}
      <span className={`status-item status-save status-save-${saveState}`} data-testid="save-state">
        {saveState === 'saved' && <Icon name="check" size={14} />}
        {t(`status.${saveState === 'saved' ? 'saved' : saveState === 'saving' ? 'saving' : 'saveFailed'}`)}
      </span>
      <span className="status-item status-version">v{info.version}</span>
    </footer>
  )
}
