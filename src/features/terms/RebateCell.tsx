import type { CustomCellRendererProps } from 'ag-grid-react'
import { useTranslation } from 'react-i18next'
import type { TermSide } from '../../shared/domain/terms'
import type { TermRow } from './term-rows'
import { rebateSummary } from './term-columns'

type RebateCellProps = CustomCellRendererProps<TermRow> & { side: TermSide; onEditTiers(row: TermRow, side: TermSide): void }

/**
 * The conditional rebate's tiers in a few words ("全额 3 档"), as the button that opens the tier
 * editor: one control, so it fits the narrow value column beside the economics panel.
 */
export function RebateCell({ data, side, onEditTiers }: RebateCellProps): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!data || data.category !== 'conditionalRebate') return null
  const summary = rebateSummary(data, side, t)
  return (
    <button className="rebate-edit" onClick={() => onEditTiers(data, side)} data-testid={`tiers-edit-${side}`} title={t('terms.page.editTiers')}>
      {summary === '' ? t('terms.page.tiersButton') : summary}
    </button>
  )
}
