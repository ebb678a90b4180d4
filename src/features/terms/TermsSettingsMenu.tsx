import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { trackSave } from '../../app/save-status'
import { showToast } from '../../components/toast-store'
import { errorMessage } from '../../grid/grid-errors'
import { useDismiss } from '../../grid/use-dismiss'
import { percentTextToPpm, PPM_PER_UNIT } from '../../shared/domain/rate'
import type { TermsSettingsValues } from '../../shared/contract/terms'
import { ppmToTypedPercent } from './terms-format'

const typedPercent = (ppm: number | null): string => (ppm === null ? '' : ppmToTypedPercent(ppm).replace('%', ''))
/** A typed percentage as ppm; null for blank; undefined when it is not a percentage from 0 to 100. */
function readPercent(text: string): number | null | undefined {
  if (text.trim() === '') return null
  const ppm = percentTextToPpm(text)
  return ppm === null || ppm < 0 || ppm > PPM_PER_UNIT ? undefined : ppm
}

/** The workspace's terms settings: the annual interest rate of the financing cost and the trade spend limit. */
export function TermsSettingsMenu({ settings, onSaved }: { settings: TermsSettingsValues | null; onSaved(settings: TermsSettingsValues): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [isOpen, setOpen] = useState(false)
  const [interest, setInterest] = useState('')
  const [threshold, setThreshold] = useState('')
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, isOpen, close)
  const open = () => {
    setInterest(typedPercent(settings?.annualInterestRatePpm ?? null))
    setThreshold(typedPercent(settings?.tradeSpendThresholdPpm ?? null))
    setOpen((current) => !current)
  }
  const interestPpm = readPercent(interest)
  const thresholdPpm = readPercent(threshold)
  const isValid = interestPpm !== undefined && interestPpm !== null && thresholdPpm !== undefined
  const save = async () => {
    if (!isValid) return
    try {
      const saved = await trackSave(api.terms.settingsSet({ annualInterestRatePpm: interestPpm, tradeSpendThresholdPpm: thresholdPpm }))
      onSaved(saved)
      setOpen(false)
      showToast('success', t('terms.page.settingsSaved'))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }
  return (
    <div className="dropdown dropdown-right" ref={ref}>
      <button className="button" onClick={open} aria-expanded={isOpen} data-testid="terms-settings">
        {t('terms.page.settings')}
      </button>
      {isOpen && (
        <div className="dropdown-menu terms-settings-menu" data-testid="terms-settings-menu">
          <label>
            {t('terms.page.interestRate')}
            <span className="input-with-suffix">
              <input autoFocus value={interest} aria-invalid={interestPpm === undefined || interestPpm === null} onChange={(event) => setInterest(event.target.value)} data-testid="terms-interest" />
              <span>%</span>
            </span>
          </label>
          <label>
            {t('terms.page.spendThreshold')}
            <span className="input-with-suffix">
              <input value={threshold} aria-invalid={thresholdPpm === undefined} placeholder={t('terms.page.noThreshold')} onChange={(event) => setThreshold(event.target.value)} data-testid="terms-threshold" />
              <span>%</span>
            </span>
          </label>
          <p className="muted">{t('terms.page.settingsHelp')}</p>
          <button className="button button-primary" disabled={!isValid} onClick={() => void save()} data-testid="terms-settings-save">
            {t('terms.page.save')}
          </button>
        </div>
      )}
    </div>
  )
}
