import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { formatCount, formatFen } from '../../lib/format'
import { ppmToPercentText } from '../../shared/domain/sku'
import { TERM_SIDES, type AccountEconomics, type EconomicsFigureKey, type FigureUnit, type TermSide } from '../../shared/domain/terms'
import type { TermsEconomics } from '../../shared/contract/terms'
import type { Sku } from '../../shared/domain/catalogue/sku'
import { formatFigure } from './terms-format'

type PanelFigure = EconomicsFigureKey | 'marginTargetPpm' | 'marginGapPpm'

/** The figures in the order a KA manager reads them: volume, what the terms take, what is left. */
export const PANEL_FIGURES: readonly { key: PanelFigure; unit: FigureUnit; isTotal?: boolean }[] = [
  { key: 'purchaseValueFen', unit: 'fen', isTotal: true },
  { key: 'retailValueFen', unit: 'fen' },
  { key: 'cogsFen', unit: 'fen' },
  { key: 'percentageTermsPpm', unit: 'ppm' },
  { key: 'percentageTermsFen', unit: 'fen' },
  { key: 'fixedFeesFen', unit: 'fen' },
  { key: 'promotionFundingFen', unit: 'fen' },
  { key: 'effectivePaymentDays', unit: 'days' },
  { key: 'financingCostFen', unit: 'fen' },
  { key: 'netRevenueFen', unit: 'fen', isTotal: true },
  { key: 'contributionFen', unit: 'fen', isTotal: true },
  { key: 'contributionMarginPpm', unit: 'ppm' },
  { key: 'tradeSpendRatePpm', unit: 'ppm' },
  { key: 'netNetFactorPpm', unit: 'ppm' },
  { key: 'retailerMarginPpm', unit: 'ppm' },
  { key: 'marginTargetPpm', unit: 'ppm' },
  { key: 'marginGapPpm', unit: 'ppm' },
  { key: 'breakEvenPurchaseFen', unit: 'fen' },
  { key: 'fixedFeePerUnitFen', unit: 'fen' }
]

/** A figure's value, or null with the domain's reason. */
export function figureOf(economics: AccountEconomics, key: PanelFigure): { value: number | null; reason: string | undefined } {
  const value = economics[key]
  if (value !== null) return { value, reason: undefined }
  return { value, reason: key === 'marginTargetPpm' ? 'noMarginTarget' : economics.nullReasons[key] }
}

interface EconomicsPanelProps {
  economics: TermsEconomics | null
  language: Language
  skuById: Map<number, Sku>
  warningsSlot: React.ReactNode
}

/** 账户经济测算 beside the grid: every figure for the ask, our offer and the agreed terms, side by side. */
export function EconomicsPanel({ economics, language, skuById, warningsSlot }: EconomicsPanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const cell = (side: TermSide, key: PanelFigure, unit: FigureUnit) => {
    if (!economics) return <td className="num" key={side} />
    const { value, reason } = figureOf(economics.sides[side].economics, key)
    const isBelowTarget = key === 'marginGapPpm' && value !== null && value < 0
    return (
      <td className={`num${isBelowTarget ? ' figure-bad' : ''}`} key={side} data-testid={`figure-${key}-${side}`}>
        {value === null ? <span className="figure-null" title={reason ? t(`terms.nullReasons.${reason as 'noAssortment'}`) : undefined}>— {reason ? t(`terms.nullReasons.${reason as 'noAssortment'}`) : ''}</span> : formatFigure(language, unit, value)}
      </td>
    )
  }
  const tierCells = (mode: 'reached' | 'gap') =>
    TERM_SIDES.map((side) => {
      const progress = economics?.sides[side].economics.tierProgress ?? null
      let text = ''
      if (progress) {
        if (mode === 'reached') text = progress.reachedTierIndex === null ? t('terms.page.noTierReached') : t('terms.page.tierReachedValue', { tier: progress.reachedTierIndex + 1, rate: ppmToPercentText(progress.reachedRatePpm) })
        else text = progress.gapToNextTierFen === null ? t('terms.page.topTierReached') : formatFen(language, progress.gapToNextTierFen)
      }
      return (
        <td className="num" key={side} data-testid={`tier-${mode}-${side}`}>
          {text}
        </td>
      )
    })
  const hasTiers = economics !== null && TERM_SIDES.some((side) => economics.sides[side].economics.tierProgress !== null)
  const plan = economics?.plan

  return (
    <aside className="summary-panel terms-panel" data-testid="terms-economics">
      <div className="summary-header">
        <h2>{t('terms.page.economicsTitle')}</h2>
      </div>
      <div className="terms-panel-body">
        {plan && (
          <p className="terms-plan-note" data-testid="terms-plan-note">
            {t('terms.page.planNote', {
              skus: formatCount(language, plan.skuCount),
              stores: plan.storeCount === null ? '—' : formatCount(language, plan.storeCount),
              interest: ppmToPercentText(plan.annualInterestRatePpm)
            })}
            {plan.skuIdsWithoutUnits.length + plan.skuIdsWithoutUnitCost.length + plan.skuIdsWithoutRetailPrice.length > 0 && (
              <span className="terms-plan-gaps">
                {' '}
                {t('terms.page.planGaps', { units: plan.skuIdsWithoutUnits.length, costs: plan.skuIdsWithoutUnitCost.length, prices: plan.skuIdsWithoutRetailPrice.length })}
              </span>
            )}
          </p>
        )}
        {warningsSlot}
        <div className="summary-table-wrap terms-figures-wrap">
          <table className="summary-table terms-figures terms-economics-figures" data-testid="terms-figures">
            <thead>
              <tr>
                <th />
                {TERM_SIDES.map((side) => (
                  <th className="num" key={side}>
                    {t(`terms.sides.${side}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PANEL_FIGURES.map(({ key, unit, isTotal }) => (
                <FigureRows
                  key={key}
                  figureKey={key}
                  isTotal={isTotal === true}
                  cells={TERM_SIDES.map((side) => cell(side, key, unit))}
                  extra={
                    key === 'percentageTermsPpm' &&
                    hasTiers && (
                    <>
                      <tr className="figure-sub">
                        <td>{t('terms.figures.tierReached')}</td>
                        {tierCells('reached')}
                      </tr>
                      <tr className="figure-sub">
                        <td>{t('terms.figures.gapToNextTierFen')}</td>
                        {tierCells('gap')}
                      </tr>
                    </>
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
        {economics && economics.sides.offer.netNetPrices.length > 0 && (
          <details className="terms-netnet" data-testid="terms-netnet">
            <summary>{t('terms.page.netNetTitle', { count: economics.sides.offer.netNetPrices.length })}</summary>
            <div className="summary-table-wrap">
              <table className="summary-table">
                <thead>
                  <tr>
                    <th>{t('terms.page.sku')}</th>
                    <th className="num">{t('terms.page.supplyPrice')}</th>
                    {TERM_SIDES.map((side) => (
                      <th className="num" key={side}>
                        {t(`terms.sides.${side}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {economics.sides.offer.netNetPrices.map((price, index) => {
                    const sku = skuById.get(Number(price.skuId))
                    return (
                      <tr key={price.skuId}>
                        <td>{sku ? sku.name : `#${price.skuId}`}</td>
                        <td className="num">{formatFen(language, price.supplyFen)}</td>
                        {TERM_SIDES.map((side) => {
                          const fen = economics.sides[side].netNetPrices[index]?.netNetFen ?? null
                          return (
                            <td className="num" key={side}>
                              {fen === null ? '—' : formatFen(language, fen)}
                            </td>
                          )
                        })}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </div>
    </aside>
  )
}

function FigureRows({ figureKey, isTotal, cells, extra }: { figureKey: PanelFigure; isTotal: boolean; cells: React.ReactNode; extra: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation()
  const help = figureKey in HELP_KEYS ? t(`terms.figureHelp.${figureKey as 'netRevenueFen'}`) : undefined
  return (
    <>
      <tr className={isTotal ? 'figure-total' : undefined}>
        <td title={help}>{t(`terms.figures.${figureKey}`)}</td>
        {cells}
      </tr>
      {extra}
    </>
  )
}

const HELP_KEYS = { netRevenueFen: 1, contributionMarginPpm: 1, tradeSpendRatePpm: 1, netNetFactorPpm: 1, retailerMarginPpm: 1, breakEvenPurchaseFen: 1, fixedFeePerUnitFen: 1, financingCostFen: 1 }
