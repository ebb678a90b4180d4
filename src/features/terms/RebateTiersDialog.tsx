import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REBATE_TIER_MODES, type ConditionalRebate, type RebateTierMode, type TermSide } from '../../shared/domain/terms'
import { MAX_REBATE_TIERS } from '../../shared/contract/terms'
import { fenToTyped, ppmToTypedPercent } from './terms-format'

export interface TypedRebate {
  mode: RebateTierMode
  tiers: { threshold: string; rate: string }[]
}

interface RebateTiersDialogProps {
  label: string
  side: TermSide
  rebate: ConditionalRebate | null
  /** Stores the tiers (an empty list clears the side); false keeps the dialog open (refused). */
  onSave(typed: TypedRebate): Promise<boolean>
  onClose(): void
}

/** The typed form of stored tiers: yuan and % as a person would type them. */
export const typedRebateOf = (rebate: ConditionalRebate | null): TypedRebate =>
  rebate === null
    ? { mode: 'whole', tiers: [{ threshold: '', rate: '' }] }
    : { mode: rebate.mode, tiers: rebate.tiers.map((tier) => ({ threshold: fenToTyped(tier.thresholdFen), rate: ppmToTypedPercent(tier.ratePpm) })) }

/** 有条件返利档位: the mode (全额累进 / 超额累进) and the tiers, thresholds in yuan, rates in %. */
export function RebateTiersDialog({ label, side, rebate, onSave, onClose }: RebateTiersDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [typed, setTyped] = useState<TypedRebate>(() => typedRebateOf(rebate))
  const [isBusy, setBusy] = useState(false)
  const setTier = (index: number, key: 'threshold' | 'rate', text: string) =>
    setTyped((current) => ({ ...current, tiers: current.tiers.map((tier, at) => (at === index ? { ...tier, [key]: text } : tier)) }))
  const save = async (next: TypedRebate) => {
    setBusy(true)
    const isDone = await onSave(next)
    setBusy(false)
    if (isDone) onClose()
  }
  const filled = typed.tiers.filter((tier) => tier.threshold.trim() !== '' || tier.rate.trim() !== '')
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="tiers-title" data-testid="tiers-dialog">
        <h2 id="tiers-title">{t('terms.page.tiersTitle', { label, side: t(`terms.sides.${side}`) })}</h2>
        <div className="solver-form">
          <fieldset>
            <legend>{t('terms.cells.mode')}</legend>
            {REBATE_TIER_MODES.map((mode) => (
              <label key={mode} title={t(`terms.tierModeHelp.${mode}`)}>
                <input type="radio" name="tier-mode" checked={typed.mode === mode} onChange={() => setTyped((current) => ({ ...current, mode }))} data-testid={`tier-mode-${mode}`} />
                {t(`terms.tierModes.${mode}`)}
              </label>
            ))}
          </fieldset>
          <p className="muted terms-tier-help">{t(`terms.tierModeHelp.${typed.mode}`)}</p>
        </div>
        <table className="summary-table terms-tier-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('terms.page.tierThreshold')}</th>
              <th>{t('terms.page.tierRate')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {typed.tiers.map((tier, index) => (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>
                  <span className="input-with-suffix">
                    <input value={tier.threshold} inputMode="decimal" onChange={(event) => setTier(index, 'threshold', event.target.value)} data-testid={`tier-threshold-${index}`} />
                    <span>¥</span>
                  </span>
                </td>
                <td>
                  <span className="input-with-suffix">
                    <input value={tier.rate} inputMode="decimal" onChange={(event) => setTier(index, 'rate', event.target.value)} data-testid={`tier-rate-${index}`} />
                    <span>%</span>
                  </span>
                </td>
                <td>
                  <button className="icon-button" aria-label={t('terms.page.removeTier')} onClick={() => setTyped((current) => ({ ...current, tiers: current.tiers.filter((_, at) => at !== index) }))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          className="button"
          disabled={typed.tiers.length >= MAX_REBATE_TIERS}
          onClick={() => setTyped((current) => ({ ...current, tiers: [...current.tiers, { threshold: '', rate: '' }] }))}
          data-testid="tier-add"
        >
          {t('terms.page.addTier')}
        </button>
        <div className="modal-actions">
          {rebate !== null && (
            <button className="button button-danger" onClick={() => void save({ mode: typed.mode, tiers: [] })} disabled={isBusy} data-testid="tiers-clear">
              {t('terms.page.clearSide')}
            </button>
          )}
          <span className="toolbar-spacer" />
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void save({ mode: typed.mode, tiers: filled })} disabled={isBusy || filled.length === 0} data-testid="tiers-save">
            {t('terms.page.save')}
          </button>
        </div>
      </div>
    </div>
  )
}
