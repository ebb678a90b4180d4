import type { CustomCellRendererProps } from 'ag-grid-react'
import { useTranslation } from 'react-i18next'
import type { TermSide } from '../../shared/domain/terms'
import type { TermRow } from './term-rows'
import { rebateSummary } from './term-columns'

type RebateCellProps = CustomCellRendererProps<TermRow> & { side: TermSide; onEditTiers(row: TermRow, side: TermSide): void }

/** The conditional rebate's tiers in one line ("全额累进 · 3 档"), with the button that opens the tier editor. */
export function RebateCell({ data, side, onEditTiers }: RebateCellProps): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!data || data.category !== 'conditionalRebate') return null
  return (
    <span className="rebate-cell">
      <span className="rebate-summary">{rebateSummary(data, side, t)}</span>
      <button className="rebate-edit" onClick={() => onEditTiers(data, side)} data-testid={`tiers-edit-${side}`} title={t('terms.page.editTiers')}>
        {t('terms.page.tiersButton')}
      </button>
    </span>
  )
}
