import type { CustomCellEditorProps } from 'ag-grid-react'
import type { PlaceLanguage } from '../../shared/domain/regions'
import { TerritoryPicker } from './TerritoryPicker'

export interface TerritoryEditorParams {
  language: PlaceLanguage
}

/** The clause grid's territory cell: the picker in a popup; choosing a division ends the edit with its code. */
export function TerritoryCellEditor<Row>({ value, onValueChange, stopEditing, language }: CustomCellEditorProps<Row, string | null> & TerritoryEditorParams): React.JSX.Element {
  return (
    <div className="territory-cell-editor">
      <TerritoryPicker
        value={value ?? null}
        onChoose={(region) => {
          onValueChange(region.code)
          setTimeout(() => stopEditing(), 0)
        }}
        testId="territory-cell-picker"
        language={language}
      />
    </div>
  )
}
