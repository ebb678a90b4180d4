import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProposalSkuView, ClauseInput } from '../../shared/contract/proposal'
import { PROTECTION_CONSEQUENCES, PROTECTION_TYPES, dayRange, type ProtectionConsequence, type ProtectionType } from '../../shared/domain/proposal'
import type { PlaceLanguage, Region } from '../../shared/domain/regions'
import { significantDivisionCode } from '../../shared/domain/regions'
import { yuanTextToFen } from '../../shared/domain/money'
import { percentTextToPpm } from '../../shared/domain/rate'
import { TerritoryPicker } from './TerritoryPicker'

interface ClauseDialogProps {
  proposalId: number
  year: number
  skus: readonly ProposalSkuView[]
  language: PlaceLanguage
  onSave(input: ClauseInput): Promise<boolean>
  onClose(): void
}

/** A new protection clause: SKUs (or all), the territory from the GB/T 2260 list, type, period, conditions and consequence. */
export function ClauseDialog({ proposalId, year, skus, language, onSave, onClose }: ClauseDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [territory, setTerritory] = useState<Region | null>(null)
  const [type, setType] = useState<ProtectionType>('exclusive')
  const [startDate, setStartDate] = useState(`${year}-01-01`)
  const [endDate, setEndDate] = useState(`${year}-12-31`)
  const [skuIds, setSkuIds] = useState<number[]>([])
  const [minimumText, setMinimumText] = useState('')
  const [rateText, setRateText] = useState('')
  const [consequence, setConsequence] = useState<ProtectionConsequence>('protection_lapses')
  const [consequenceText, setConsequenceText] = useState('')
  const [isBusy, setBusy] = useState(false)

  const minimumPurchaseFen = minimumText.trim() === '' ? null : yuanTextToFen(minimumText.trim())
  const sellThroughRatePpm = rateText.trim() === '' ? null : percentTextToPpm(rateText)
  const isValid =
    territory !== null &&
    dayRange(startDate, endDate) !== null &&
    (minimumText.trim() === '' || minimumPurchaseFen !== null) &&
    (rateText.trim() === '' || (sellThroughRatePpm !== null && sellThroughRatePpm <= 1_000_000))

  const save = async () => {
    if (!territory) return
    setBusy(true)
    const isDone = await onSave({
      proposalId,
      skuIds: skuIds.length === 0 ? 'all' : skuIds,
      territoryCode: significantDivisionCode(territory.code),
      type,
      startDate,
      endDate,
      minimumPurchaseFen,
      sellThroughRatePpm,
      consequence,
      consequenceText
    })
    setBusy(false)
    if (isDone) onClose()
  }
  const toggleSku = (skuId: number) => setSkuIds((ids) => (ids.includes(skuId) ? ids.filter((id) => id !== skuId) : [...ids, skuId]))

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal proposal-modal" role="dialog" aria-modal="true" aria-labelledby="clause-title" data-testid="clause-dialog">
        <h2 id="clause-title">{t('proposal.page.clause.add')}</h2>
        <div className="proposal-form-columns">
          <div className="proposal-form">
            <span className="proposal-form-label">{t('proposal.page.clause.territory')}</span>
            <TerritoryPicker value={territory?.code ?? null} onChoose={setTerritory} testId="clause-territory" language={language} />
          </div>
          <div className="proposal-form">
            <label>
              <span className="proposal-form-label">{t('proposal.page.clause.type')}</span>
              <select value={type} onChange={(event) => setType(PROTECTION_TYPES.find((candidate) => candidate === event.target.value) ?? 'exclusive')} data-testid="clause-type">
                {PROTECTION_TYPES.map((code) => (
                  <option key={code} value={code}>
                    {t(`proposal.protectionType.${code}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="proposal-form-row">
              <label>
                <span className="proposal-form-label">{t('proposal.page.clause.startDate')}</span>
                <input type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} data-testid="clause-start" />
              </label>
              <label>
                <span className="proposal-form-label">{t('proposal.page.clause.endDate')}</span>
                <input type="date" value={endDate} onChange={(event) => setEndDate(event.target.value)} data-testid="clause-end" />
              </label>
            </div>
            <div className="proposal-form-row">
              <label>
                <span className="proposal-form-label">{t('proposal.page.clause.minimumPurchase')}</span>
                <span className="input-with-suffix">
                  <input value={minimumText} onChange={(event) => setMinimumText(event.target.value)} inputMode="decimal" data-testid="clause-minimum" />
                  <span>¥</span>
                </span>
              </label>
              <label>
                <span className="proposal-form-label">{t('proposal.page.clause.sellThroughRate')}</span>
                <span className="input-with-suffix">
                  <input value={rateText} onChange={(event) => setRateText(event.target.value)} inputMode="decimal" data-testid="clause-rate" />
                  <span>%</span>
                </span>
              </label>
            </div>
            <label>
              <span className="proposal-form-label">{t('proposal.page.clause.consequence')}</span>
              <select value={consequence} onChange={(event) => setConsequence(PROTECTION_CONSEQUENCES.find((candidate) => candidate === event.target.value) ?? 'protection_lapses')}>
                {PROTECTION_CONSEQUENCES.map((code) => (
                  <option key={code} value={code}>
                    {t(`proposal.protectionConsequence.${code}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="proposal-form-label">{t('proposal.page.clause.consequenceText')}</span>
              <input value={consequenceText} onChange={(event) => setConsequenceText(event.target.value)} />
            </label>
            <fieldset className="proposal-sku-choice">
              <legend>{t('proposal.page.clause.chooseSkus')}</legend>
              {skus.map((sku) => (
                <label key={sku.skuId}>
                  <input type="checkbox" checked={skuIds.includes(sku.skuId)} onChange={() => toggleSku(sku.skuId)} data-testid={`clause-sku-${sku.skuCode}`} />
                  {sku.name} <span className="muted">{sku.skuCode}</span>
                </label>
              ))}
            </fieldset>
          </div>
        </div>
        <div className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('proposal.page.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void save()} disabled={isBusy || !isValid} data-testid="clause-save">
            {t('proposal.page.save')}
          </button>
        </div>
      </div>
    </div>
  )
}
