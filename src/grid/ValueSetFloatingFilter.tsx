import type { CustomFloatingFilterProps } from 'ag-grid-react'
import { describeValueSet, type ValueSetModel, type ValueSetOption } from './value-set-filter'

/** The floating filter row of a checkbox-list filter: the ticked values, read-only (the button opens the list). */
export function ValueSetFloatingFilter(props: CustomFloatingFilterProps & { options: ValueSetOption[] }): React.JSX.Element {
  const text = describeValueSet(props.model as ValueSetModel | null, props.options)
  return (
    <span className="value-set-floating" title={text}>
      {text}
    </span>
  )
}
