import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column, GridApi } from 'ag-grid-community'
import { Icon } from '../../components/Icon'
import type { AccountRow } from './account-rows'

interface ColumnChooserProps {
  getApi(): GridApi<AccountRow> | undefined
  onReset(): void
}

/** Show or hide columns (AG Grid's own column tool panel is Enterprise-only). */
export function ColumnChooser({ getApi, onReset }: ColumnChooserProps): React.JSX.Element {
  const { t } = useTranslation()
  const [columns, setColumns] = useState<Column[] | null>(null)
  const [, setVersion] = useState(0)
  const open = () => {
    const grid = getApi()
    setColumns(grid ? grid.getColumns()?.filter((column) => !column.getColId().startsWith('ag-Grid-')) ?? [] : [])
  }
  return (
    <div className="dropdown dropdown-right">
      <button className="button" onClick={() => (columns ? setColumns(null) : open())} aria-expanded={columns !== null} data-testid="accounts-columns">
        <Icon name="columns" size={16} /> {t('accounts.columns')}
      </button>
      {columns && (
        <div className="dropdown-menu column-chooser" onMouseLeave={() => setColumns(null)}>
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
              setColumns(null)
            }}
          >
            {t('accounts.resetColumns')}
          </button>
        </div>
      )}
    </div>
  )
}
