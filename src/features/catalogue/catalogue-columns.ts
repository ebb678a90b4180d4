import type { ColDef, ITooltipParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import { SKU_STATUSES, issueParamsForDisplay, type CatalogueWarningCode } from '../../shared/domain/sku'
import { fenToYuanText } from '../../shared/domain/money'
import { formatCount, formatFen } from '../../lib/format'
import type { GridColumn } from '../../grid/grid-columns'
import { ValueSetFilter, type ValueSetFilterParams } from '../../grid/ValueSetFilter'
import type { EditableSkuField } from '../../shared/domain/catalogue/sku'
import type { CatalogueRow } from './catalogue-rows'

/** Which cell carries which warning's marker: the price the warning is about. */
const WARNING_CELL: Record<CatalogueWarningCode, EditableSkuField> = {
  costAboveSupplyPrice: 'unitCostFen',
  retailBelowSupplyPrice: 'suggestedRetailPriceFen'
}

export function catalogueWarningText(row: CatalogueRow, field: EditableSkuField, t: TFunction): string | undefined {
  const texts = row.check.warnings
    .filter((warning) => WARNING_CELL[warning.code] === field)
    .map((warning) => t(`sku.warnings.${warning.code}`, issueParamsForDisplay(warning.params)))
  return texts.length > 0 ? texts.join('\n') : undefined
}

interface ColumnContext {
  t: TFunction
  language: Language
}

/** The Catalogue grid's columns; the spreadsheet layer sizes them and adds its cell classes. */
export function buildCatalogueColumns({ t, language }: ColumnContext): GridColumn<CatalogueRow>[] {
  const header = (field: EditableSkuField) => t(`catalogue.fields.${field}`)
  const text = (field: 'code' | 'barcode' | 'name' | 'spec' | 'unit' | 'category' | 'brand', width: number, extra: Partial<ColDef<CatalogueRow>> = {}): ColDef<CatalogueRow> => ({
    colId: field,
    field,
    headerName: header(field),
    editable: true,
    filter: 'agTextColumnFilter',
    width,
    ...extra
  })
  const money = (field: 'unitCostFen' | 'listSupplyPriceFen' | 'suggestedRetailPriceFen', width: number): ColDef<CatalogueRow> => ({
    colId: field,
    headerName: header(field),
    // Yuan for sorting and number filters; stored as integer fen.
    valueGetter: (params) => {
      const fen = params.data?.[field]
      return fen === null || fen === undefined ? null : fen / 100
    },
    valueFormatter: (params) => formatFen(language, params.data?.[field]),
    editable: true,
    cellEditor: 'agTextCellEditor',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    cellClassRules: { 'cell-warning': (params) => params.data !== undefined && catalogueWarningText(params.data, field, t) !== undefined },
    tooltipValueGetter: (params: ITooltipParams<CatalogueRow>) => (params.data ? catalogueWarningText(params.data, field, t) : undefined),
    width
  })
  const statusOptions = SKU_STATUSES.map((status) => ({ value: status, label: t(`sku.skuStatus.${status}`) }))
  return [
    text('code', 110, { pinned: 'left' }),
    text('name', 200, { pinned: 'left' }),
    text('barcode', 140),
    text('spec', 110),
    text('unit', 70),
    text('category', 110),
    text('brand', 110),
    {
      colId: 'casePack',
      field: 'casePack',
      headerName: header('casePack'),
      editable: true,
      cellEditor: 'agTextCellEditor',
      valueFormatter: (params) => formatCount(language, params.value as number | null),
      filter: 'agNumberColumnFilter',
      type: 'rightAligned',
      width: 90
    },
    money('unitCostFen', 110),
    money('listSupplyPriceFen', 130),
    money('suggestedRetailPriceFen', 130),
    {
      colId: 'isKeySku',
      headerName: header('isKeySku'),
      valueGetter: (params) => (params.data?.isKeySku ? 'yes' : 'no'),
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['yes', 'no'] },
      refData: { yes: t('common.yes'), no: t('common.no') },
      cellClassRules: { 'cell-key-sku': (params) => params.data?.isKeySku === true },
      filter: ValueSetFilter,
      filterParams: {
        options: [
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') }
        ],
        valueOf: (row) => (row.isKeySku ? 'yes' : 'no')
      } satisfies ValueSetFilterParams<CatalogueRow>,
      width: 90
    },
    {
      colId: 'status',
      field: 'status',
      headerName: header('status'),
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...SKU_STATUSES] },
      refData: Object.fromEntries(statusOptions.map((option) => [option.value, option.label])),
      getQuickFilterText: (params) => t(`sku.skuStatus.${params.value as 'active'}`),
      filter: ValueSetFilter,
      filterParams: { options: statusOptions, valueOf: (row) => row.status } satisfies ValueSetFilterParams<CatalogueRow>,
      width: 100
    },
    {
      colId: 'notes',
      field: 'notes',
      headerName: header('notes'),
      editable: true,
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { maxLength: 2000, rows: 6, cols: 40 },
      filter: 'agTextColumnFilter',
      width: 200
    }
  ]
}

/** A cell as Excel should receive it: labels in the current language, money as plain yuan. */
export function catalogueCellText(row: CatalogueRow, colId: string, t: TFunction): string {
  switch (colId) {
    case 'unitCostFen':
    case 'listSupplyPriceFen':
    case 'suggestedRetailPriceFen': {
      const fen = row[colId]
      return fen === null ? '' : fenToYuanText(fen)
    }
    case 'isKeySku':
      return row.isKeySku ? t('common.yes') : t('common.no')
    case 'status':
      return t(`sku.skuStatus.${row.status}`)
    default: {
      const value = (row as unknown as Record<string, unknown>)[colId]
      return value === null || value === undefined ? '' : String(value)
    }
  }
}
