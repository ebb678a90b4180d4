import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { percentTextToPpm, type Ppm } from '../../shared/domain/rate'
import { MAX_MARGIN_TARGET_PPM } from '../../shared/domain/assortment/assortment-registry'
import { ppmToPercentText, type MarginTargetSource } from '../../shared/domain/sku'
import type { AccountPlan } from '../../shared/domain/assortment/assortment-line'

interface MarginTargetFieldProps {
  plan: AccountPlan | null
  source: MarginTargetSource
  onSave(targetPpm: Ppm | null): Promise<void>
}

/** The account's margin target 目标毛利率, editable on the page; empty falls back to the format default (60% for pharmacy chains). */
export function MarginTargetField({ plan, source, onSave }: MarginTargetFieldProps): React.JSX.Element {
  const { t } = useTranslation()
  const ownText = plan?.marginTargetPpm === null || plan?.marginTargetPpm === undefined ? '' : String(plan.marginTargetPpm / 10_000)
  const [text, setText] = useState(ownText)
  useEffect(() => setText(ownText), [ownText])
  const ppm = text.trim() === '' ? null : percentTextToPpm(text)
  const isValid = text.trim() === '' || (ppm !== null && ppm >= 0 && ppm <= MAX_MARGIN_TARGET_PPM)
  const effective = plan?.effectiveMarginTargetPpm ?? null
  const save = () => {
    if (!isValid || text === ownText) return
    void onSave(ppm)
  }
  return (
    <label className="margin-target" title={isValid ? undefined : t('assortment.marginTargetInvalid')}>
      <span>{t('assortment.marginTarget')}</span>
      <span className="input-with-suffix">
        <input
          value={text}
          placeholder={effective === null ? '' : ppmToPercentText(effective).replace('%', '')}
          onChange={(event) => setText(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === 'Enter' && save()}
          aria-invalid={!isValid}
          disabled={!plan}
          inputMode="decimal"
          data-testid="assortment-margin-target"
        />
        <span>%</span>
      </span>
      {source !== 'account' && effective !== null && <span className="muted">{t('assortment.marginTargetSource', { source: t(`sku.marginTargetSource.${source}`) })}</span>}
    </label>
  )
}
