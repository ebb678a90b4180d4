import type { CustomCellRendererProps } from 'ag-grid-react'
import { useTranslation } from 'react-i18next'
import type { AccountRow } from './account-rows'
import type { CriterionStatus, ScreeningVerdict } from '../../shared/domain/accounts/screening'
import type { StoreClass } from '../../shared/domain/accounts/kpis'

const CRITERION_MARK: Record<CriterionStatus, string> = { met: '✓', not_met: '✗', unknown: '?' }

/** A screening criterion: its mark and word (met / not met / unknown). */
export function CriterionCell(props: CustomCellRendererProps<AccountRow> & { criterion: 'topThreeInRegion' | 'directStores' | 'hqExecution' }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!props.data || (props.data as { isTotals?: boolean }).isTotals) return null
  const status = props.data.screening[props.criterion]
  return (
    <span className={`criterion criterion-${status}`}>
      <span className="criterion-mark" aria-hidden="true">
        {CRITERION_MARK[status]}
      </span>
      {t(`enums.criterion.${status}`)}
    </span>
  )
}

export function VerdictCell(props: CustomCellRendererProps<AccountRow, ScreeningVerdict | null>): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!props.value) return null
  return <span className={`pill verdict-${props.value}`}>{t(`enums.verdict.${props.value}`)}</span>
}

export function StoreClassCell(props: CustomCellRendererProps<AccountRow, StoreClass | null>): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!props.value) return null
  return <span className={`pill store-class store-class-${props.value}`}>{t(`enums.storeClass.${props.value}`)}</span>
}
