import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column, GridApi } from 'ag-grid-community'
import { Icon } from '../components/Icon'
import { useDismiss } from './use-dismiss'

interface ColumnChooserProps<Row> {
  getApi(): GridApi<Row> | undefined
  onReset(): void
  testId: string
}

/** Show or hide columns (AG Grid's own column tool panel is Enterprise-only). */
export function ColumnChooser<Row>({ getApi, onReset, testId }: ColumnChooserProps<Row>): React.JSX.Element {
  const { t } = useTranslation()
  const [columns, setColumns] = useState<Column[] | null>(null)
  const [, setVersion] = useState(0)
  // As MenuButton does: opened from the right half of the window it opens leftwards, so it stays
  // inside the window wherever the toolbar wrapped the button.
  const [isAlignedRight, setAlignedRight] = useState(true)
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setColumns(null), [])
  useDismiss(ref, columns !== null, close)
  const open = () => {
    setAlignedRight((ref.current?.getBoundingClientRect().left ?? 0) > window.innerWidth / 2)
    const grid = getApi()
    setColumns(grid ? (grid.getColumns()?.filter((column) => !column.getColId().startsWith('ag-Grid-')) ?? []) : [])
  }
  return (
    <div className={isAlignedRight ? 'dropdown dropdown-right' : 'dropdown'} ref={ref}>
      {/* An icon named for screen readers and in its tooltip: a grid's toolbar stays on one line. */}
      <button className="button button-icon" onClick={() => (columns ? close() : open())} aria-expanded={columns !== null} aria-label={t('grid.columns')} title={t('grid.columns')} data-testid={testId}>
        <Icon name="columns" size={16} />
      </button>
      {columns && (
        <div className="dropdown-menu column-chooser">
          {columns.map((column) => (
            <label key={column.getColId()} className="column-option">
              <input
                type="checkbox"
                checked={column.isVisible()}
                onChange={(event) => {
                  getApi()?.setColumnsVisible([column.getColId()], event.target.checked)
                  setVersion((version) => version + 1)
                }}
              />
              {column.getColDef().headerName}
            </label>
          ))}
          <button
            className="column-reset"
            onClick={() => {
              onReset()
              close()
            }}
          >
            {t('grid.resetColumns')}
          </button>
        </div>
      )}
    </div>
  )
}
