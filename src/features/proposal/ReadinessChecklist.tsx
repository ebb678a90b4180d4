import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { Readiness, ReadinessItem } from '../../shared/domain/proposal'
import { Icon } from '../../components/Icon'
import { readinessText, type ProposalNames } from './proposal-text'

interface ReadinessChecklistProps {
  readiness: Readiness
  language: Language
  names: ProposalNames
  /** Switches to the tab of the item's section and brings its row into view. */
  onGoTo(target: ReadinessItem['target']): void
}

/** 发出前检查: what must be fixed (blockers) and checked (warnings) before the proposal goes out, each a link to its place. */
export function ReadinessChecklist({ readiness, language, names, onGoTo }: ReadinessChecklistProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <aside className="readiness-checklist" data-testid="readiness-checklist" aria-label={t('proposal.readiness.title')}>
      <header>
        <h3>{t('proposal.readiness.title')}</h3>
        {readiness.isReady && readiness.warningCount === 0 ? (
          <span className="readiness-ready">
            <Icon name="check" size={16} /> {t('proposal.readiness.ready')}
          </span>
        ) : (
          <span className={readiness.isReady ? 'readiness-summary' : 'readiness-summary has-blockers'} data-testid="readiness-summary">
            {t('proposal.readiness.summary', { blockerCount: readiness.blockerCount, warningCount: readiness.warningCount })}
          </span>
        )}
      </header>
      <ol className="readiness-items">
        {readiness.items.map((item, index) => (
          <li key={`${item.code}:${item.target.itemId ?? ''}:${index}`} className={`readiness-item readiness-${item.severity}`} data-code={item.code}>
            <span className="readiness-severity">{t(`proposal.readiness.severity.${item.severity}`)}</span>
            <a
              href="#"
              className="readiness-link"
              onClick={(event) => {
                event.preventDefault()
                onGoTo(item.target)
              }}
              title={t('proposal.page.goTo')}
            >
              {readinessText(item, language, t, names)}
            </a>
          </li>
        ))}
      </ol>
    </aside>
  )
}
