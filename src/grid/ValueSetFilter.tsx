import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react'
import type { IDoesFilterPassParams } from 'ag-grid-community'
import { describeValueSet, doesValuePass, toggleValue, type ValueSetModel, type ValueSetOption } from './value-set-filter'

export interface ValueSetFilterParams<Row> {
  options: ValueSetOption[]
  /** The stored value of a row in this column ('' when empty). */
  valueOf(row: Row): string
}

/** A checkbox list of a category column's values: a custom Community filter component. */
export function ValueSetFilter<Row>(props: CustomFilterProps<Row, unknown, ValueSetModel> & ValueSetFilterParams<Row>): React.JSX.Element {
  const { t } = useTranslation()
  const { model, onModelChange, options, valueOf } = props
  const doesFilterPass = useCallback((params: IDoesFilterPassParams<Row>) => doesValuePass(model, params.data ? valueOf(params.data) : ''), [model, valueOf])
  const getModelAsString = useCallback(() => describeValueSet(model, options), [model, options])
  useGridFilter({ doesFilterPass, getModelAsString })
  return (
    <div className="value-set-filter" data-testid="value-set-filter">
      <label className="value-set-option value-set-all">
        <input type="checkbox" checked={model === null} onChange={(event) => onModelChange(event.target.checked ? null : { values: [] })} />
        {t('grid.filterAll')}
      </label>
      {options.map((option) => (
        <label key={option.value} className="value-set-option">
          <input type="checkbox" checked={doesValuePass(model, option.value)} onChange={(event) => onModelChange(toggleValue(model, options, option.value, event.target.checked))} />
          {option.label}
        </label>
      ))}
    </div>
  )
}
