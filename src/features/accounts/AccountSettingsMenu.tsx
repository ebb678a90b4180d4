import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { showToast } from '../../components/toast-store'
import { useDismiss } from '../../grid/use-dismiss'
import { setGridKpiPeriod } from '../../grid/grid-store'
import { useGridLayout } from '../../grid/use-grid-store'
import { errorMessage } from '../../grid/grid-errors'
import { ACCOUNT_FORMATS } from '../../shared/domain/accounts/account'
import { KPI_PERIODS, SALES_TAX_BASES } from '../../shared/domain/accounts/kpis'
import { setSalesTaxBasis, setScreeningFormats, useAccountSettings } from './account-settings'

/**
 * How the Accounts grid reads its figures: which formats the seed's screening rule applies to,
 * whether annual sales include VAT (workspace settings), and 坪效 / 人效 per year or per day
 * (remembered with the grid's layout).
 */
export function AccountSettingsMenu({ gridId }: { gridId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const [isOpen, setOpen] = useState(false)
  // As the toolbar's menus (MenuButton): leftwards from the right half of the window, else
  // rightwards, so it stays inside the window wherever the toolbar wrapped the button.
  const [isAlignedRight, setAlignedRight] = useState(true)
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, isOpen, close)
  const { screeningFormats, salesTaxBasis } = useAccountSettings()
  const { kpiPeriod } = useGridLayout(gridId)
  const fail = (error: unknown) => showToast('error', errorMessage(error, t))
  return (
    <div className={isAlignedRight ? 'dropdown dropdown-right' : 'dropdown'} ref={ref}>
      <button
        className="button"
        onClick={() => {
          setAlignedRight((ref.current?.getBoundingClientRect().left ?? 0) > window.innerWidth / 2)
          setOpen((open) => !open)
        }} aria-expanded={isOpen} data-testid="accounts-settings">
        <Icon name="check" size={16} /> {t('accountsGrid.settings')}
      </button>
      {isOpen && (
        <div className="dropdown-menu account-settings" role="dialog" aria-label={t('accountsGrid.settingsTitle')} data-testid="accounts-settings-panel">
          <fieldset>
            <legend>{t('accountsGrid.screeningFormats')}</legend>
            {ACCOUNT_FORMATS.map((format) => (
              <label key={format} className="column-option">
                <input
                  type="checkbox"
                  checked={screeningFormats.includes(format)}
                  data-testid={`screening-format-${format}`}
                  onChange={(event) => {
                    const next = event.target.checked ? [...screeningFormats, format] : screeningFormats.filter((other) => other !== format)
                    setScreeningFormats(ACCOUNT_FORMATS.filter((candidate) => next.includes(candidate))).catch(fail)
                  }}
                />
                {t(`enums.format.${format}`)}
              </label>
            ))}
            <p className="settings-hint">{t('accountsGrid.screeningFormatsHint')}</p>
          </fieldset>
          <fieldset>
            <legend>{t('accountsGrid.salesTaxBasis')}</legend>
            <div className="segmented" role="radiogroup" aria-label={t('accountsGrid.salesTaxBasis')}>
              {SALES_TAX_BASES.map((basis) => (
                <button
                  key={basis}
                  role="radio"
                  aria-checked={basis === salesTaxBasis}
                  className={basis === salesTaxBasis ? 'active' : ''}
                  onClick={() => setSalesTaxBasis(basis).catch(fail)}
                  data-testid={`sales-tax-basis-${basis}`}
                >
                  {t(`enums.salesTaxBasis.${basis}`)}
                </button>
              ))}
            </div>
            <p className="settings-hint">{t('accountsGrid.salesTaxBasisHint')}</p>
          </fieldset>
          <fieldset>
            <legend>{t('accountsGrid.kpiPeriod')}</legend>
            <div className="segmented" role="radiogroup" aria-label={t('accountsGrid.kpiPeriod')}>
              {KPI_PERIODS.map((period) => (
                <button
                  key={period}
                  role="radio"
                  aria-checked={period === kpiPeriod}
                  className={period === kpiPeriod ? 'active' : ''}
                  onClick={() => setGridKpiPeriod(gridId, period)}
                  data-testid={`kpi-period-${period}`}
                >
                  {t(`enums.kpiPeriod.${period}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      )}
    </div>
  )
}
