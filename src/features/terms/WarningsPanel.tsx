import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { TERM_SIDES, termWarnings, type TermSide, type TermWarning } from '../../shared/domain/terms'
import type { TermsEconomics } from '../../shared/contract/terms'
import { warningText } from './terms-format'

interface ShownWarning {
  key: string
  warning: TermWarning
  text: string
  sides: TermSide[]
}

/**
 * The warnings of the three sides from the domain's one rule list, the same warning on several
 * sides shown once with the sides it applies to.
 */
export function useSheetWarnings(economics: TermsEconomics | null, tradeSpendThresholdPpm: number | null, language: Language): ShownWarning[] {
  const { t } = useTranslation()
  return useMemo(() => {
    if (!economics) return []
    const shown = new Map<string, ShownWarning>()
    for (const side of TERM_SIDES) {
      for (const warning of termWarnings(economics.sides[side].economics, { tradeSpendThresholdPpm })) {
        const text = warningText(warning, language, t)
        const key = `${warning.code}|${text}`
        const entry = shown.get(key)
        if (entry) entry.sides.push(side)
        else shown.set(key, { key, warning, text, sides: [side] })
      }
    }
    return [...shown.values()]
  }, [economics, tradeSpendThresholdPpm, language, t])
}

/** 预警: each warning with its reason, the sides it is on, and its source. */
export function WarningsPanel({ warnings }: { warnings: ShownWarning[] }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="terms-warnings" data-testid="terms-warnings" aria-label={t('terms.page.warningsTitle')}>
      <h3>
        {t('terms.page.warningsTitle')} <span className="muted">({warnings.length})</span>
      </h3>
      {warnings.length === 0 ? (
        <p className="muted">{t('terms.page.noWarnings')}</p>
      ) : (
        <ul>
          {warnings.map(({ key, warning, text, sides }) => (
            <li key={key} className={`terms-warning terms-warning-${warning.severity}`} data-testid="terms-warning" data-code={warning.code}>
              <span className="terms-warning-badge">{t(`terms.severities.${warning.severity}`)}</span>
              <div>
                <p>{text}</p>
                <p className="terms-warning-meta">
                  {sides.map((side) => (
                    <span key={side} className={`pill side-pill side-${side}`}>
                      {t(`terms.sides.${side}`)}
                    </span>
                  ))}
                  <span className="terms-warning-source">{t('terms.page.source', { sources: warning.sources.map((source) => t(`terms.sources.${source}`)).join('；') })}</span>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
