import type { ColDef, ITooltipParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import { ASSORTMENT_STATUSES, issueParamsForDisplay, ppmToPercentText, type AssortmentLineFigures, type AssortmentTotals } from '../../shared/domain/sku'
import { fenToYuanText, type MoneyUnit } from '../../shared/domain/money'
import { formatCount, formatFen } from '../../lib/format'
import { fenInMoneyUnit, MONEY_UNIT_DECIMALS } from '../../grid/money-unit'
import type { GridColumn } from '../../grid/grid-columns'
import { ValueSetFilter, type ValueSetFilterParams } from '../../grid/ValueSetFilter'
import { isAssortmentTotalsRow, type AssortmentRow } from './assortment-rows'
import { PriceCell } from './PriceCell'

type FenFigure = 'retailerMarginPerUnitFen' | 'supplierContributionPerUnitFen' | 'plannedPurchaseValueFen' | 'retailerMarginPerYearFen'
/** The totals row's figure for a column, where the totals have one. */
const TOTAL_OF: Partial<Record<FenFigure, keyof AssortmentTotals>> = {
  plannedPurchaseValueFen: 'plannedPurchaseValueFen',
  retailerMarginPerYearFen: 'retailerMarginPerYearFen'
}
/**
 * The yearly values follow the 元/万元/亿元 switch; per-unit figures stay in 元 (a unit price in
 * 万元 is 0.0013), as the Accounts grid keeps its per-m² figures in 元.
 */
export const ASSORTMENT_VALUE_FIGURES: readonly FenFigure[] = ['plannedPurchaseValueFen', 'retailerMarginPerYearFen']

/** Money in the chosen unit: ¥1,234.56 in 元; 123.46 in 万元 (the header names the unit). */
export function formatFenIn(language: Language, fen: number | null, unit: MoneyUnit): string {
  if (fen === null) return ''
  if (unit === 'yuan') return formatFen(language, fen)
  const decimals = MONEY_UNIT_DECIMALS[unit]
  return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fenInMoneyUnit(fen, unit) ?? 0)
}

const isEditableLine = (row: AssortmentRow | undefined) => row !== undefined && !isAssortmentTotalsRow(row)

function warningText(row: AssortmentRow, t: TFunction): string | undefined {
  const issues = [...row.figures.errors, ...row.figures.warnings]
  return issues.length > 0 ? issues.map((issue) => t(issue.code in WARNING_KEYS ? `sku.warnings.${issue.code as 'costAboveSupplyPrice'}` : `sku.issues.${issue.code as 'supplyPriceNotPositive'}`, issueParamsForDisplay(issue.params))).join('\n') : undefined
}
const WARNING_KEYS = { costAboveSupplyPrice: true, retailBelowSupplyPrice: true, marginBelowTarget: true }

/** Why a figure is empty, for its tooltip ("缺少零售价"). */
const nullReasonText = (figures: AssortmentLineFigures, t: TFunction) => figures.nullReasons.map((reason) => t(`sku.nullReasons.${reason}`)).join('；')

interface ColumnContext {
  t: TFunction
  language: Language
  moneyUnit: MoneyUnit
}

/** The Assortment grid's columns: the line's own cells, the catalogue's, and the domain's figures. */
export function assortmentColumns({ t, language, moneyUnit }: ColumnContext): GridColumn<AssortmentRow>[] {
  const skuText = (colId: 'code' | 'name' | 'category', width: number, extra: Partial<ColDef<AssortmentRow>> = {}): ColDef<AssortmentRow> => ({
    colId,
    headerName: t(`sku.fields.${colId}`),
    valueGetter: (params) => (isAssortmentTotalsRow(params.data) ? (colId === 'name' ? t('assortment.totalsLabel', { count: params.data.totals.plannedLineCount }) : '') : (params.data?.sku[colId] ?? '')),
    filter: 'agTextColumnFilter',
    cellClass: 'cell-computed',
    width,
    ...extra
  })
  const price = (field: 'supplyPriceFen' | 'retailPriceFen', price: 'supply' | 'retail', width: number): ColDef<AssortmentRow> => ({
    colId: field,
    headerName: t(price === 'supply' ? 'sku.fields.supplyPrice' : 'sku.fields.retailPrice'),
    valueGetter: (params) => {
      if (!params.data || isAssortmentTotalsRow(params.data)) return null
      const fen = price === 'supply' ? params.data.figures.supplyPriceFen : params.data.figures.retailPriceFen
      return fen === null ? null : fen / 100
    },
    cellRenderer: PriceCell,
    cellRendererParams: { price, language },
    editable: (params) => isEditableLine(params.data),
    cellEditor: 'agTextCellEditor',
    // The editor starts from the price in force, as typed yuan.
    valueFormatter: (params) => (params.value === null || params.value === undefined ? '' : fenToYuanText(Math.round((params.value as number) * 100))),
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width
  })
  const fenFigure = (key: FenFigure, header: string, width: number): ColDef<AssortmentRow> => {
    // Sorting and number filters work in the unit shown ("大于 50" in 万元 is 500,000 元); stored as fen.
    const unit: MoneyUnit = ASSORTMENT_VALUE_FIGURES.includes(key) ? moneyUnit : 'yuan'
    const fenOf = (row: AssortmentRow): number | null => {
      const total = TOTAL_OF[key]
      if (isAssortmentTotalsRow(row)) return total ? (row.totals[total] as number) : null
      return row.figures[key]
    }
    return {
      colId: key,
      headerName: unit === 'yuan' ? header : t('assortment.valueIn', { field: header, unit: t(`grid.unit.${unit}`) }),
      valueGetter: (params) => (params.data ? fenInMoneyUnit(fenOf(params.data), unit) : null),
      valueFormatter: (params) => (params.data ? formatFenIn(language, fenOf(params.data), unit) : ''),
      tooltipValueGetter: (params: ITooltipParams<AssortmentRow>) =>
        params.data && !isAssortmentTotalsRow(params.data) && params.data.figures[key] === null ? nullReasonText(params.data.figures, t) : undefined,
      filter: 'agNumberColumnFilter',
      type: 'rightAligned',
      cellClass: 'cell-computed',
      width
    }
  }
  const statusOptions = ASSORTMENT_STATUSES.map((status) => ({ value: status, label: t(`sku.assortmentStatus.${status}`) }))
  const count = (field: 'plannedAnnualUnits' | 'lastYearUnits', header: string, width: number): ColDef<AssortmentRow> => ({
    colId: field,
    headerName: header,
    valueGetter: (params) => (isAssortmentTotalsRow(params.data) ? (field === 'plannedAnnualUnits' ? params.data.totals.plannedUnits : null) : (params.data?.[field] ?? null)),
    valueFormatter: (params) => formatCount(language, params.value as number | null),
    editable: (params) => isEditableLine(params.data),
    cellEditor: 'agTextCellEditor',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width
  })

  return [
    skuText('code', 110, { pinned: 'left' }),
    skuText('name', 190, { pinned: 'left', cellClassRules: { 'cell-totals-label': (params) => isAssortmentTotalsRow(params.data) } }),
    skuText('category', 100),
    {
      colId: 'status',
      field: 'status',
      headerName: t('sku.fields.assortmentStatus'),
      valueGetter: (params) => (isAssortmentTotalsRow(params.data) ? null : (params.data?.status ?? null)),
      editable: (params) => isEditableLine(params.data),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...ASSORTMENT_STATUSES] },
      refData: Object.fromEntries(statusOptions.map((option) => [option.value, option.label])),
      cellClassRules: Object.fromEntries(ASSORTMENT_STATUSES.map((status) => [`status-${status}`, (params: { value: unknown }) => params.value === status])),
      getQuickFilterText: (params) => (params.value ? t(`sku.assortmentStatus.${params.value as 'listed'}`) : ''),
      filter: ValueSetFilter,
      filterParams: { options: statusOptions, valueOf: (row) => row.status } satisfies ValueSetFilterParams<AssortmentRow>,
      width: 100
    },
    price('supplyPriceFen', 'supply', 170),
    price('retailPriceFen', 'retail', 170),
    count('plannedAnnualUnits', t('sku.fields.plannedAnnualUnits'), 120),
    {
      colId: 'frontMargin',
      headerName: t('sku.fields.frontMargin'),
      valueGetter: (params) => {
        if (!params.data) return null
        const ppm = isAssortmentTotalsRow(params.data) ? params.data.totals.frontMarginPpm : params.data.figures.frontMarginPpm
        return ppm === null ? null : ppm / 10_000
      },
      valueFormatter: (params) => (params.value === null || params.value === undefined ? '' : ppmToPercentText(Math.round((params.value as number) * 10_000))),
      tooltipValueGetter: (params: ITooltipParams<AssortmentRow>) => (params.data && !isAssortmentTotalsRow(params.data) ? warningText(params.data, t) : undefined),
      cellClassRules: {
        'cell-below-target': (params) => isEditableLine(params.data) && params.data?.figures.meetsMarginTarget === false,
        'cell-warning': (params) => isEditableLine(params.data) && (params.data?.figures.warnings.length ?? 0) + (params.data?.figures.errors.length ?? 0) > 0
      },
      filter: 'agNumberColumnFilter',
      type: 'rightAligned',
      cellClass: 'cell-computed',
      width: 110
    },
    {
      colId: 'marginTargetPpm',
      headerName: t('sku.fields.marginTarget'),
      // In percent, so the editor opens on "60" and a filter "大于 55" means 55 %.
      valueGetter: (params) => {
        const ppm = isEditableLine(params.data) ? (params.data?.figures.marginTargetPpm ?? null) : null
        return ppm === null ? null : ppm / 10_000
      },
      valueFormatter: (params) => {
        if (params.value === null || params.value === undefined || !params.data) return ''
        const text = ppmToPercentText(params.data.figures.marginTargetPpm ?? 0)
        return params.data.figures.marginTargetSource === 'sku' ? text : `${text} ${t('assortment.marginTargetSource', { source: t(`sku.marginTargetSource.${params.data.figures.marginTargetSource}`) })}`
      },
      editable: (params) => isEditableLine(params.data),
      cellEditor: 'agTextCellEditor',
      cellClassRules: { 'cell-inherited': (params) => isEditableLine(params.data) && params.data?.figures.marginTargetSource !== 'sku' },
      filter: 'agNumberColumnFilter',
      type: 'rightAligned',
      width: 140
    },
    fenFigure('retailerMarginPerUnitFen', t('sku.fields.retailerMarginPerUnit'), 130),
    fenFigure('supplierContributionPerUnitFen', t('sku.fields.supplierContributionPerUnit'), 130),
    fenFigure('plannedPurchaseValueFen', t('sku.fields.plannedPurchaseValue'), 140),
    fenFigure('retailerMarginPerYearFen', t('sku.fields.retailerMarginPerYear'), 140),
    count('lastYearUnits', t('assortment.fields.lastYearUnits'), 110)
  ]
}
