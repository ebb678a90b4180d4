import { useTranslation } from 'react-i18next'
import { MONEY_UNITS } from '../shared/domain/money'
import { setGridMoneyUnit } from './grid-store'
import { useGridLayout } from './use-grid-store'

/** 元 / 万元 / 亿元 for the grid's money cells, totals, filters and copies; remembered per grid. */
export function MoneyUnitSwitch({ gridId }: { gridId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { moneyUnit } = useGridLayout(gridId)
  return (
    <div className="segmented" role="radiogroup" aria-label={t('grid.moneyUnit')} data-testid="money-unit">
      {MONEY_UNITS.map((unit) => (
        <button key={unit} role="radio" aria-checked={unit === moneyUnit} className={unit === moneyUnit ? 'active' : ''} onClick={() => setGridMoneyUnit(gridId, unit)} data-testid={`money-unit-${unit}`}>
          {t(`grid.unit.${unit}`)}
        </button>
      ))}
    </div>
  )
}
