import type { CustomCellEditorProps } from 'ag-grid-react'
import { TerritoryPicker } from './TerritoryPicker'

/** The clause grid's territory cell: the picker in a popup; choosing a division ends the edit with its code. */
export function TerritoryCellEditor<Row>({ value, onValueChange, stopEditing }: CustomCellEditorProps<Row, string | null>): React.JSX.Element {
  return (
    <div className="territory-cell-editor">
      <TerritoryPicker
        value={value ?? null}
        onChoose={(region) => {
          onValueChange(region.code)
          setTimeout(() => stopEditing(), 0)
        }}
        testId="territory-cell-picker"
      />
    </div>
  )
}
