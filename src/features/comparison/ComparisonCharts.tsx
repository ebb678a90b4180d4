import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { EChart } from '../../components/EChart'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import type { MoneyUnit } from '../../shared/domain/money'
import type { ComparisonRow, TermSide, WaterfallStep } from '../../shared/domain/terms'
import type { Language } from '../../shared/i18n'
import { scatterOption, scatterPoints, waterfallOption } from './comparison-charts'

interface ComparisonChartsProps {
  language: Language
  year: number
  side: TermSide
  moneyUnit: MoneyUnit
  /** The accounts compared, in the comparison's order. */
  accounts: { id: number; name: string }[]
  rows: readonly ComparisonRow[]
  /** Changes whenever the comparison was fetched again, so the waterfall follows. */
  version: number
}

/**
 * The waterfall of one account (chosen here) from gross purchase value to contribution, from
 * terms:economics (the domain's economicsWaterfall), and trade spend against payment days across
 * the accounts compared.
 */
export function ComparisonCharts({ language, year, side, moneyUnit, accounts, rows, version }: ComparisonChartsProps): React.JSX.Element {
  const { t } = useTranslation()
  const [chosenId, setChosenId] = useState<number | null>(null)
  const accountId = accounts.some((account) => account.id === chosenId) ? chosenId : (accounts[0]?.id ?? null)
  const [waterfall, setWaterfall] = useState<{ accountId: number; steps: WaterfallStep[] | null } | null>(null)

  useEffect(() => {
    if (accountId === null) return
    let isCurrent = true
    api.terms
      .economics({ accountId, year })
      .then((economics) => isCurrent && setWaterfall({ accountId, steps: economics.sides[side].waterfall }))
      .catch((error: unknown) => isCurrent && showToast('error', errorMessage(error, t)))
    return () => {
      isCurrent = false
    }
  }, [accountId, year, side, version, t])

  const steps = waterfall?.accountId === accountId ? waterfall.steps : undefined
  const waterfallChart = useMemo(() => (steps ? waterfallOption(steps, moneyUnit, t, language) : null), [steps, moneyUnit, t, language])
  const names = useMemo(() => new Map(accounts.map((account) => [account.id, account.name])), [accounts])
  const points = useMemo(
    () =>
      scatterPoints(
        accounts.map((account) => account.id),
        rows,
        (id) => names.get(id) ?? String(id)
      ),
    [accounts, rows, names]
  )
  const scatterChart = useMemo(() => scatterOption(points, t), [points, t])

  return (
    <div className="comparison-charts">
      <section className="comparison-chart-card" data-testid="comparison-waterfall">
        <header>
          <h2>{t('comparison.waterfall.title')}</h2>
          <select
            value={accountId ?? ''}
            onChange={(event) => setChosenId(Number(event.target.value))}
            aria-label={t('comparison.waterfall.account')}
            data-testid="comparison-waterfall-account"
          >
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </header>
        {steps === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : waterfallChart ? (
          <EChart option={waterfallChart} height={230} testId="comparison-waterfall-chart" ariaLabel={t('comparison.waterfall.title')} />
        ) : (
          <p className="muted comparison-chart-empty">{t('comparison.waterfall.empty')}</p>
        )}
      </section>
      <section className="comparison-chart-card" data-testid="comparison-scatter">
        <header>
          <h2>{t('comparison.scatter.title')}</h2>
          <span className="muted">{t(`terms.sides.${side}`)}</span>
        </header>
        {points.length === 0 ? (
          <p className="muted comparison-chart-empty">{t('comparison.scatter.empty')}</p>
        ) : (
          <EChart option={scatterChart} height={230} testId="comparison-scatter-chart" ariaLabel={t('comparison.scatter.title')} />
        )}
      </section>
    </div>
  )
}
