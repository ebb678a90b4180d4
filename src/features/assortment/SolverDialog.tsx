import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { percentTextToPpm, type Ppm } from '../../shared/domain/rate'
import { FRONT_MARGIN, issueParamsForDisplay, ppmToPercentText, type MarginBasis } from '../../shared/domain/sku'
import type { SolverTerms } from '../../shared/contract'
import { fenToYuanText } from '../../shared/domain/money'
import { formatFen } from '../../lib/format'
import type { AssortmentRow } from './assortment-rows'
import { changedPrices, solverPreview, type SolveDirection } from './solver-preview'

export type SolverMode = MarginBasis['mode']

interface SolverDialogProps {
  rows: AssortmentRow[]
  language: Language
  defaultTargetPpm: Ppm | null
  /** The account's terms for the comprehensive mode; undefined while they load. */
  terms: SolverTerms | undefined
  onApply(direction: SolveDirection, mode: SolverMode, patches: { id: number; priceYuan: string }[], targetPpm: Ppm): Promise<boolean>
  onClose(): void
}

const basisOf = (mode: SolverMode, terms: SolverTerms | undefined): MarginBasis =>
  mode === 'comprehensive' && terms?.isAvailable
    ? { mode: 'comprehensive', percentageTermsPpm: terms.percentageTermsPpm, fixedFeesPerUnitFen: terms.fixedFeePerUnitFen }
    : FRONT_MARGIN

/**
 * 毛利测算: a target margin in, the price that meets it out, as a preview (old → new price and
 * margin per line, lines below unit cost marked) that is stored only on Apply, as one undo step.
 */
export function SolverDialog({ rows, language, defaultTargetPpm, terms, onApply, onClose }: SolverDialogProps): React.JSX.Element {
  const { t } = useTranslation()
  const [direction, setDirection] = useState<SolveDirection>('supplyFromRetail')
  const [chosenMode, setMode] = useState<SolverMode>('front')
  const mode: SolverMode = terms?.isAvailable ? chosenMode : 'front'
  const basis = useMemo(() => basisOf(mode, terms), [mode, terms])
  const [targetText, setTargetText] = useState(defaultTargetPpm === null ? '' : String(defaultTargetPpm / 10_000))
  const [isBusy, setBusy] = useState(false)
  const targetPpm = percentTextToPpm(targetText)
  const isTargetValid = targetPpm !== null && targetPpm >= 0 && targetPpm < 1_000_000
  const preview = useMemo(() => (isTargetValid ? solverPreview(rows, direction, targetPpm, basis) : []), [rows, direction, targetPpm, isTargetValid, basis])
  const changed = changedPrices(preview)
  const fen = (value: number | null) => (value === null ? '—' : formatFen(language, value))
  const percent = (value: number | null) => (value === null ? '—' : ppmToPercentText(value))

  const termsNote =
    terms === undefined
      ? t('assortment.solver.termsLoading')
      : terms.isAvailable
        ? t('assortment.solver.termsInUse', {
            year: terms.year,
            side: t(`assortment.solver.side.${terms.side}`),
            rate: ppmToPercentText(terms.percentageTermsPpm),
            fee: formatFen(language, terms.fixedFeePerUnitFen)
          })
        : t(`assortment.solver.termsMissing.${terms.reason}`, { year: terms.year ?? '' })

  const apply = async () => {
    if (!isTargetValid) return
    setBusy(true)
    const isDone = await onApply(direction, mode, changed.map((row) => ({ id: row.id, priceYuan: fenToYuanText(row.newPriceFen ?? 0) })), targetPpm)
    setBusy(false)
    if (isDone) onClose()
  }

  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && !isBusy && onClose()}>
      <div className="modal modal-large" role="dialog" aria-modal="true" aria-labelledby="solver-title" data-testid="solver-dialog">
        <header className="modal-header">
          <h2 id="solver-title">{t('assortment.solver.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('common.close')} disabled={isBusy}>
            ×
          </button>
        </header>
        <div className="solver-form">
          <fieldset>
            <legend>{t('assortment.solver.direction')}</legend>
            {(['supplyFromRetail', 'retailFromSupply'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="solver-direction" checked={direction === option} onChange={() => setDirection(option)} data-testid={`solver-${option}`} />
                {t(`assortment.solver.${option}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('assortment.solver.mode')}</legend>
            <label>
              <input type="radio" name="solver-mode" checked={mode === 'front'} onChange={() => setMode('front')} data-testid="solver-mode-front" />
              {t('sku.solver.modeFront')}
            </label>
            <label className={terms?.isAvailable ? undefined : 'is-disabled'} title={termsNote ?? undefined}>
              <input
                type="radio"
                name="solver-mode"
                checked={mode === 'comprehensive'}
                disabled={!terms?.isAvailable}
                onChange={() => setMode('comprehensive')}
                data-testid="solver-mode-comprehensive"
              />
              {t('sku.solver.modeComprehensive')}
              <span className="muted solver-reason" data-testid="solver-terms-note">
                {termsNote}
              </span>
            </label>
          </fieldset>
          <label className="solver-target">
            {t('sku.solver.target')}
            <span className="input-with-suffix">
              <input value={targetText} onChange={(event) => setTargetText(event.target.value)} inputMode="decimal" data-testid="solver-target" aria-invalid={!isTargetValid} />
              <span>%</span>
            </span>
          </label>
        </div>
        {!isTargetValid && <div className="alert alert-error">{t('assortment.marginTargetInvalid')}</div>}
        <p className="muted">
          {t('assortment.solver.rows', { count: rows.length })} · {t(direction === 'supplyFromRetail' ? 'sku.solver.roundedDown' : 'sku.solver.roundedUp')}
        </p>
        <div className="mapping-table-wrap solver-table-wrap">
          <table className="mapping-table solver-table" data-testid="solver-preview">
            <thead>
              <tr>
                <th>{t('sku.fields.code')}</th>
                <th>{t('sku.fields.name')}</th>
                <th className="num">{direction === 'supplyFromRetail' ? t('sku.solver.oldPrice') : t('assortment.solver.oldRetail')}</th>
                <th className="num">{direction === 'supplyFromRetail' ? t('sku.solver.newPrice') : t('assortment.solver.newRetail')}</th>
                <th className="num">{t('sku.solver.oldMargin')}</th>
                <th className="num">{t('sku.solver.newMargin')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {preview.map((row) => (
                <tr key={row.id} className={row.isBelowUnitCost ? 'solver-below-cost' : undefined} data-testid="solver-row">
                  <td>{row.skuCode}</td>
                  <td>{row.name}</td>
                  <td className="num">{fen(row.oldPriceFen)}</td>
                  <td className="num strong">{row.newPriceFen === row.oldPriceFen && row.newPriceFen !== null ? t('assortment.solver.unchanged') : fen(row.newPriceFen)}</td>
                  <td className="num">{percent(row.oldMarginPpm)}</td>
                  <td className="num">{percent(row.newMarginPpm)}</td>
                  <td className="solver-note">
                    {row.issue === 'noRetailPrice'
                      ? t('assortment.solver.noRetailPrice')
                      : row.issue
                        ? t(`sku.issues.${row.issue.code}`, issueParamsForDisplay(row.issue.params))
                        : row.isBelowUnitCost
                          ? t('sku.solver.belowCost')
                          : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <footer className="modal-actions">
          <button className="button" onClick={onClose} disabled={isBusy}>
            {t('common.cancel')}
          </button>
          <button className="button button-primary" onClick={() => void apply()} disabled={isBusy || changed.length === 0 || !isTargetValid} data-testid="solver-apply">
            {changed.length === 0
              ? t('assortment.solver.nothingToApply')
              : t(direction === 'supplyFromRetail' ? 'assortment.solver.applySupply' : 'assortment.solver.applyRetail', { count: changed.length })}
          </button>
        </footer>
      </div>
    </div>
  )
}
