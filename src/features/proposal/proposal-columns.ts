import type { ColDef, EditableCallbackParams } from 'ag-grid-community'
import type { Language } from '../../shared/i18n'
import { ppmToPercentText } from '../../shared/domain/sku'
import { formatCount, formatFen } from '../../lib/format'

/**
 * Column builders shared by the proposal grids. Values live in the rows as integers (fen, ppm);
 * the grid filters and sorts on yuan and percent numbers, and an editor opens on the text a
 * person would type (yuan with two decimals, percent).
 */
type Getter<Row> = (row: Row) => number | null
type Editable<Row> = boolean | ((params: EditableCallbackParams<Row>) => boolean)

export function moneyColumn<Row>(colId: string, headerName: string, get: Getter<Row>, language: Language, width: number, editable: Editable<Row> = false): ColDef<Row> {
  return {
    colId,
    headerName,
    valueGetter: (params) => {
      const fen = params.data ? get(params.data) : null
      return fen === null ? null : fen / 100
    },
    valueFormatter: (params) => {
      const value = params.value as number | null | undefined
      if (value === null || value === undefined) return ''
      return formatFen(language, Math.round(value * 100))
    },
    editable,
    cellEditor: 'agTextCellEditor',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    cellClass: editable ? undefined : 'cell-computed',
    width
  }
}

export function percentColumn<Row>(colId: string, headerName: string, get: Getter<Row>, width: number, editable: Editable<Row> = false): ColDef<Row> {
  return {
    colId,
    headerName,
    valueGetter: (params) => {
      const ppm = params.data ? get(params.data) : null
      return ppm === null ? null : ppm / 10_000
    },
    valueFormatter: (params) => (params.value === null || params.value === undefined ? '' : ppmToPercentText(Math.round((params.value as number) * 10_000))),
    editable,
    cellEditor: 'agTextCellEditor',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    cellClass: editable ? undefined : 'cell-computed',
    width
  }
}

export function countColumn<Row>(colId: string, headerName: string, get: Getter<Row>, language: Language, width: number, editable: Editable<Row> = false): ColDef<Row> {
  return {
    colId,
    headerName,
    valueGetter: (params) => (params.data ? get(params.data) : null),
    valueFormatter: (params) => formatCount(language, params.value as number | null),
    editable,
    cellEditor: 'agTextCellEditor',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    cellClass: editable ? undefined : 'cell-computed',
    width
  }
}

export function textColumn<Row>(colId: string, headerName: string, get: (row: Row) => string, width: number, editable: Editable<Row> = false): ColDef<Row> {
  return {
    colId,
    headerName,
    valueGetter: (params) => (params.data ? get(params.data) : ''),
    editable,
    cellEditor: 'agTextCellEditor',
    filter: 'agTextColumnFilter',
    cellClass: editable ? undefined : 'cell-computed',
    width
  }
}

/** A coded value (a kind, a type) shown by its label and edited with a select of the labels. */
export function choiceColumn<Row, Code extends string>(
  colId: string,
  headerName: string,
  get: (row: Row) => Code,
  codes: readonly Code[],
  label: (code: Code) => string,
  width: number,
  editable: Editable<Row> = true
): ColDef<Row> {
  return {
    colId,
    headerName,
    valueGetter: (params) => (params.data ? get(params.data) : null),
    editable,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [...codes] },
    refData: Object.fromEntries(codes.map((code) => [code, label(code)])),
    getQuickFilterText: (params) => (params.value ? label(params.value as Code) : ''),
    filter: 'agTextColumnFilter',
    width
  }
}
