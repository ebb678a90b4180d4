import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromotionInput, ProposalSkuView } from '../../shared/contract/proposal'
import { PROMOTION_KINDS, dayRange, type PromotionKind } from '../../shared/domain/proposal'
import { yuanTextToFen } from '../../shared/domain/money'
import { percentTextToPpm } from '../../shared/domain/rate'

interface PromotionDialogProps {
  proposalId: number
  year: number
  skus: readonly ProposalSkuView[]
  onSave(input: PromotionInput): Promise<boolean>
  onClose(): void
}

const wholeOrNull = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null)
const fenOrZero = (text: string): number | null => (text.trim() === '' ? 0 : yuanTextToFen(text.trim()))

/** A new promotion event: kind, name, dates, stores, uplift, fees, and its SKUs with one baseline and funding for each. */
export function PromotionDialog({ proposalId, year, skus, onSave, onClose }: PromotionDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [kind, setKind] = useState<PromotionKind>('price_off')
  const [name, setName] = useState('')
  const [startDate, setStartDate] = useState(`${year}-03-01`)
  const [endDate, setEndDate] = useState(`${year}-03-14`)
  const [storesText, setStoresText] = useState('10')
  const [upliftText, setUpliftText] = useState('30')
  const [feesText, setFeesText] = useState('0')
  const [buyText, setBuyText] = useState('')
  const [getText, setGetText] = useState('')
  const [baselineText, setBaselineText] = useState('')
  const [fundingText, setFundingText] = useState('0')
  const [skuIds, setSkuIds] = useState<number[]>([])
  const [isBusy, setBusy] = useState(false)

  const storeCount = wholeOrNull(storesText)
  const upliftPpm = percentTextToPpm(upliftText)
  const fixedFeesFen = fenOrZero(feesText)
  const fundingFen = fenOrZero(fundingText)
  const baseline = baselineText.trim() === '' ? null : wholeOrNull(baselineText)
  const isBuyGet = kind === 'buy_x_get_y'
  const isValid =
    name.trim() !== '' &&
    dayRange(startDate, endDate) !== null &&
    storeCount !== null &&
    upliftPpm !== null &&
    upliftPpm >= 0 &&
    fixedFeesFen !== null &&
    fundingFen !== null &&
    (baselineText.trim() === '' || baseline !== null) &&
    skuIds.length > 0 &&
    (!isBuyGet || (wholeOrNull(buyText) !== null && wholeOrNull(getText) !== null))

  const save = async () => {
    if (!isValid || storeCount === null || upliftPpm === null || fixedFeesFen === null || fundingFen === null) return
    setBusy(true)
    const isDone = await onSave({
      proposalId,
      kind,
      name: name.trim(),
      skus: skuIds.map((skuId) => ({ skuId, baselineUnitsPerStoreWeek: baseline, promoRetailPriceFen: null, supplierFundingPerUnitFen: fundingFen })),
      storeCount,
      startDate,
      endDate,
      upliftPpm,
      fixedFeesFen,
      buyQuantity: isBuyGet ? wholeOrNull(buyText) : null,
      getQuantity: isBuyGet ? wholeOrNull(getText) : null
    })
    setBusy(false)
    if (isDone) onClose()
  }
  const toggleSku = (skuId: number) => setSkuIds((ids) => (ids.includes(skuId) ? ids.filter((id) => id !== skuId) : [...ids, skuId]))
  const input = (label: string, value: string, set: (text: string) => void, testId: string, suffix?: string) => (
    <label>
      <span className="proposal-form-label">{label}</span>
      {suffix ? (
        <span className="input-with-suffix">
          <input value={value} onChange={(event) => set(event.target.value)} inputMode="decimal" data-testid={testId} />
          <span>{suffix}</span>
        </span>
      ) : (
        <input value={value} onChange={(event) => set(event.target.value)} data-testid={testId} />
      )}
    </label>
  )

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal proposal-modal" role="dialog" aria-modal="true" aria-labelledby="promotion-title" data-testid="promotion-dialog">
        <h2 id="promotion-title">{t('proposal.page.event.add')}</h2>
        <div className="proposal-form-columns">
          <div className="proposal-form">
            <label>
              <span className="proposal-form-label">{t('proposal.page.event.kind')}</span>
              <select value={kind} onChange={(event) => setKind(PROMOTION_KINDS.find((code) => code === event.target.value) ?? 'price_off')} data-testid="promotion-kind">
                {PROMOTION_KINDS.map((code) => (
                  <option key={code} value={code}>
                    {t(`proposal.promotionKind.${code}`)}
                  </option>
                ))}
              </select>
            </label>
            {input(t('proposal.page.event.name'), name, setName, 'promotion-name')}
            <div className="proposal-form-row">
              <label>
                <span className="proposal-form-label">{t('proposal.page.event.startDate')}</span>
                <input type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} data-testid="promotion-start" />
              </label>
              <label>
                <span className="proposal-form-label">{t('proposal.page.event.endDate')}</span>
                <input type="date" value={endDate} onChange={(event) => setEndDate(event.target.value)} data-testid="promotion-end" />
              </label>
            </div>
            <div className="proposal-form-row">
              {input(t('proposal.page.event.storeCount'), storesText, setStoresText, 'promotion-stores')}
              {input(t('proposal.page.event.uplift'), upliftText, setUpliftText, 'promotion-uplift', '%')}
            </div>
            <div className="proposal-form-row">
              {input(t('proposal.page.event.baseline'), baselineText, setBaselineText, 'promotion-baseline')}
              {input(t('proposal.page.event.funding'), fundingText, setFundingText, 'promotion-funding', '¥')}
            </div>
            <div className="proposal-form-row">
              {input(t('proposal.page.event.fixedFees'), feesText, setFeesText, 'promotion-fees', '¥')}
              {isBuyGet && input(t('proposal.page.event.buyQuantity'), buyText, setBuyText, 'promotion-buy')}
              {isBuyGet && input(t('proposal.page.event.getQuantity'), getText, setGetText, 'promotion-get')}
            </div>
          </div>
          <fieldset className="proposal-sku-choice">
            <legend>{t('proposal.page.event.skus')}</legend>
            {skus.map((sku) => (
              <label key={sku.skuId}>
                <input type="checkbox" checked={skuIds.includes(sku.skuId)} onChange={() => toggleSku(sku.skuId)} data-testid={`promotion-sku-${sku.skuCode}`} />
                {sku.name} <span className="muted">{sku.skuCode}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('proposal.page.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void save()} disabled={isBusy || !isValid} data-testid="promotion-save">
            {t('proposal.page.save')}
          </button>
        </div>
      </div>
    </div>
  )
}
