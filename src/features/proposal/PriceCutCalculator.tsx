import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { comparePriceCutWithFreeGoods } from '../../shared/domain/proposal'
import { yuanTextToFen } from '../../shared/domain/money'
import { percentTextToPpm, ppmToRatio } from '../../shared/domain/rate'
import { formatCount, formatFen, formatPercent } from '../../lib/format'

interface PriceCutCalculatorProps {
  language: Language
  /** Starting values (a SKU of the proposal), fen; the person may change them. */
  initialRetailPriceFen?: number | null
  initialUnitCostFen?: number | null
}

const fenText = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : (fen / 100).toFixed(2))

/**
 * 少降多送: a price cut against free goods of the same shopper value, and what each costs the
 * supplier (comparePriceCutWithFreeGoods). A what-if beside the plan: nothing here is stored.
 */
export function PriceCutCalculator({ language, initialRetailPriceFen, initialUnitCostFen }: PriceCutCalculatorProps): React.JSX.Element {
  const { t } = useTranslation()
  const [retailText, setRetailText] = useState(fenText(initialRetailPriceFen ?? 2990))
  const [cutText, setCutText] = useState('20')
  const [costText, setCostText] = useState(fenText(initialUnitCostFen ?? 1200))
  const [unitsText, setUnitsText] = useState('1000')

  const retailPriceFen = yuanTextToFen(retailText.trim())
  const unitCostFen = yuanTextToFen(costText.trim())
  const priceCutPpm = percentTextToPpm(cutText)
  const units = /^\d+$/.test(unitsText.trim()) ? Number(unitsText.trim()) : null
  const isComplete = retailPriceFen !== null && unitCostFen !== null && priceCutPpm !== null && units !== null
  const result = isComplete ? comparePriceCutWithFreeGoods({ retailPriceFen, unitCostFen, priceCutPpm, unitsTakenHome: units }) : null

  const field = (label: string, value: string, set: (text: string) => void, suffix: string, testId: string) => (
    <label className="calculator-field">
      <span>{label}</span>
      <span className="input-with-suffix">
        <input value={value} onChange={(event) => set(event.target.value)} inputMode="decimal" data-testid={testId} />
        <span>{suffix}</span>
      </span>
    </label>
  )

  return (
    <section className="price-cut-calculator" data-testid="price-cut-calculator">
      <h3>{t('proposal.priceCutVsFreeGoods.title')}</h3>
      <p className="muted">{t('proposal.calculator.hint')}</p>
      <div className="calculator-inputs">
        {field(t('proposal.priceCutVsFreeGoods.retailPrice'), retailText, setRetailText, '¥', 'calculator-retail')}
        {field(t('proposal.priceCutVsFreeGoods.priceCut'), cutText, setCutText, '%', 'calculator-cut')}
        {field(t('proposal.priceCutVsFreeGoods.unitCost'), costText, setCostText, '¥', 'calculator-cost')}
        {field(t('proposal.priceCutVsFreeGoods.unitsTakenHome'), unitsText, setUnitsText, t('proposal.calculator.unitsSuffix'), 'calculator-units')}
      </div>
      {result && !result.isValid && <p className="form-error">{t(`proposal.priceCutVsFreeGoods.invalid.${result.reason}`)}</p>}
      {result?.isValid && (
        <div className="calculator-result" data-testid="calculator-result">
          <div className="calculator-side">
            <span className="calculator-label">{t('proposal.priceCutVsFreeGoods.priceCutCost')}</span>
            <strong>{formatFen(language, result.priceCutCostFen)}</strong>
            <span className="muted">{t('proposal.calculator.perUnit', { amount: formatFen(language, result.priceCutPerUnitFen) })}</span>
          </div>
          <div className="calculator-side">
            <span className="calculator-label">{t('proposal.priceCutVsFreeGoods.freeGoodsCost')}</span>
            <strong>{formatFen(language, result.freeGoodsCostFen)}</strong>
            <span className="muted">
              {t('proposal.priceCutVsFreeGoods.freeUnits')} {formatCount(language, result.freeUnits)}
            </span>
          </div>
          <div className="calculator-side calculator-saving">
            <span className="calculator-label">{t('proposal.priceCutVsFreeGoods.saving')}</span>
            <strong data-testid="calculator-saving">{formatFen(language, result.savingFen)}</strong>
            {result.savingPpm !== null && <span className="muted">{t('proposal.calculator.savingShare', { share: formatPercent(language, ppmToRatio(result.savingPpm)) })}</span>}
          </div>
          <div className="calculator-offers">
            <span className="calculator-label">{t('proposal.calculator.offersTitle')}</span>
            <ul>
              {result.equivalentOffers.map((offer) => (
                <li key={`${offer.buyQuantity}:${offer.getQuantity}`}>
                  {t('proposal.priceCutVsFreeGoods.offer', {
                    buy: offer.buyQuantity,
                    get: offer.getQuantity,
                    discountPpm: formatPercent(language, ppmToRatio(offer.shopperDiscountPpm))
                  })}
                  <span className="muted"> · {formatFen(language, offer.costFen)}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  )
}
