import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { TERM_SIDES, termWarnings, type TermSide, type TermWarning } from '../../shared/domain/terms'
import type { TermsEconomics } from '../../shared/contract/terms'
import { warningText } from './terms-format'

export interface ShownWarning {
  warning: TermWarning
  text: string
}

/** The warnings of each side, from the domain's one rule list, translated with their figures formatted. */
export function useSheetWarnings(economics: TermsEconomics | null, tradeSpendThresholdPpm: number | null, language: Language): Record<TermSide, ShownWarning[]> {
  const { t } = useTranslation()
  return useMemo(() => {
    const bySide: Record<TermSide, ShownWarning[]> = { ask: [], offer: [], agreed: [] }
    if (!economics) return bySide
    for (const side of TERM_SIDES) {
      bySide[side] = termWarnings(economics.sides[side].economics, { tradeSpendThresholdPpm }).map((warning) => ({ warning, text: warningText(warning, language, t) }))
    }
    return bySide
  }, [economics, tradeSpendThresholdPpm, language, t])
}

/** 预警: a side's warnings (our offer first), each with its reason and its source. */
export function WarningsPanel({ warnings }: { warnings: Record<TermSide, ShownWarning[]> }): React.JSX.Element {
  const { t } = useTranslation()
  const [side, setSide] = useState<TermSide>('offer')
  const shown = warnings[side]
  return (
    <section className="terms-warnings" data-testid="terms-warnings" aria-label={t('terms.page.warningsTitle')}>
      <div className="terms-warnings-header">
        <h3>{t('terms.page.warningsTitle')}</h3>
        <div className="segmented segmented-small" role="group">
          {TERM_SIDES.map((option) => (
            <button key={option} className={option === side ? 'active' : ''} onClick={() => setSide(option)} data-testid={`warnings-side-${option}`}>
              {t(`terms.sides.${option}`)} <span className={warnings[option].length > 0 ? 'warning-tally' : 'muted'}>{warnings[option].length}</span>
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('terms.page.noWarnings')}</p>
      ) : (
        <ul>
          {shown.map(({ warning, text }, index) => (
            <li key={`${warning.code}-${index}`} className={`terms-warning terms-warning-${warning.severity}`} data-testid="terms-warning" data-code={warning.code}>
              <span className="terms-warning-badge">{t(`terms.severities.${warning.severity}`)}</span>
              <div>
                <p>{text}</p>
                <p className="terms-warning-meta">{t('terms.page.source', { sources: warning.sources.map((source) => t(`terms.sources.${source}`)).join('；') })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
