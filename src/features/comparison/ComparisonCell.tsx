import type { ICellRendererParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import { extremeOf, type ComparisonGridRow } from './comparison-rows'

function extremeTooltip(t: TFunction, row: ComparisonGridRow['row'], extreme: 'best' | 'worst' | null): string | undefined {
  if (extreme === null || row.supplierPreference === null) return undefined
  const which = row.supplierPreference === 'higher' ? 'Higher' : 'Lower'
  return t(`comparison.${extreme}${which}`)
}

export interface ComparisonCellParams extends ICellRendererParams<ComparisonGridRow> {
  accountIndex: number
  t: TFunction
}

/** The figure with ▲ (best) or ▼ (worst) before it; a dash where the figure cannot be computed. */
export function ComparisonCell({ data, valueFormatted, accountIndex, t }: ComparisonCellParams): React.JSX.Element | null {
  if (!data) return null
  const value = data.row.cells[accountIndex] ?? null
  if (value === null)
    return (
      <span className="comparison-missing" title={t('comparison.notComputable')}>
        —
      </span>
    )
  const extreme = extremeOf(data.row, accountIndex)
  return (
    <span className="comparison-cell" title={extremeTooltip(t, data.row, extreme)} data-extreme={extreme ?? undefined}>
      {extreme && (
        <svg className={`comparison-mark comparison-mark-${extreme}`} width="10" height="10" viewBox="0 0 10 10" aria-label={t(`comparison.${extreme}`)} role="img">
          <path d={extreme === 'best' ? 'M5 1l4 7H1z' : 'M5 9L1 2h8z'} />
        </svg>
      )}
      {valueFormatted}
    </span>
  )
}
