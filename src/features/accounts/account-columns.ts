import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { Region, RegionLookup } from '../../shared/domain/regions'
import {
  ACCOUNT_BACKGROUNDS,
  ACCOUNT_FORMATS,
  ACCOUNT_TIERS,
  TRADE_TYPES,
  type EditableAccountField
} from '../../shared/domain/accounts/account'
import type { AccountTotals } from '../../shared/domain/accounts/totals'
import { formatCount, formatDecimal, formatFen, formatPercent } from '../../lib/format'
import type { MoneyUnit } from '../../shared/domain/money'
import type { KpiPeriod, SalesTaxBasis } from '../../shared/domain/accounts/kpis'
import { fenInMoneyUnit, MONEY_UNIT_DECIMALS, percentShown } from '../../grid/money-unit'
import type { GridColumn } from '../../grid/grid-columns'
import { ValueSetFilter, type ValueSetFilterParams } from '../../grid/ValueSetFilter'
import { ValueSetFloatingFilter } from '../../grid/ValueSetFloatingFilter'
import { accountRegionName, type AccountRow } from './account-rows'
import { RegionCellEditor } from './RegionCellEditor'
import { MarkedTextCell, type MarkedTextCellParams } from '../../grid/marked-text-cell'
import { VERDICTS, CRITERIA, STORE_CLASSES } from './account-cell-text'
import type { CriterionStatus } from '../../shared/domain/accounts/screening'

/** The pinned bottom row: sums and weighted averages, shaped like a row so the columns can read it. */
export interface TotalsRow extends AccountRow {
  isTotals: true
}

export function totalsRow(totals: AccountTotals, label: string): TotalsRow {
  return {
    isTotals: true,
    id: -1,
    rowVersion: 1,
    code: '',
    name: label,
    format: 'supermarket',
    background: null,
    tier: null,
    tradeType: null,
    regionCode: null,
    directStores: totals.directStores,
    franchiseStores: totals.franchiseStores,
    salesAreaM2: totals.salesAreaM2,
    annualSalesFen: totals.annualSalesFen,
    employees: totals.employees,
    dailyTraffic: totals.dailyTraffic,
    dailyTransactions: totals.dailyTransactions,
    isTopThreeInRegion: null,
    hasStrongHqExecution: null,
    notes: '',
    updatedAt: '',
    regionName: '',
    kpis: {
      totalStores: totals.totalStores,
      averageStoreAreaM2: totals.averageStoreAreaM2,
      storeClass: null,
      salesPerM2Fen: totals.salesPerM2Fen,
      salesPerEmployeeFen: totals.salesPerEmployeeFen,
      salesPerM2PerDayFen: totals.salesPerM2PerDayFen,
      salesPerEmployeePerDayFen: totals.salesPerEmployeePerDayFen,
      averageTicketFen: totals.averageTicketFen,
      conversionRate: totals.conversionRate
    },
    screening: { topThreeInRegion: 'unknown', directStores: 'unknown', hqExecution: 'unknown', verdict: 'pending' }
  }
}

export const isTotalsRow = (row: AccountRow | undefined): row is TotalsRow => (row as TotalsRow | undefined)?.isTotals === true

/** Column id → the account field it edits (computed columns are absent). */
export const EDITABLE_COLUMN_FIELD: Record<string, EditableAccountField> = {
  code: 'code',
  name: 'name',
  format: 'format',
  background: 'background',
  tier: 'tier',
  tradeType: 'tradeType',
  regionCode: 'regionCode',
  directStores: 'directStores',
  franchiseStores: 'franchiseStores',
  salesAreaM2: 'salesAreaM2',
  annualSalesFen: 'annualSalesFen',
  employees: 'employees',
  dailyTraffic: 'dailyTraffic',
  dailyTransactions: 'dailyTransactions',
  isTopThreeInRegion: 'isTopThreeInRegion',
  hasStrongHqExecution: 'hasStrongHqExecution',
  notes: 'notes'
}

const FLAG_VALUES = ['yes', 'no', ''] as const
const CRITERION_MARK: Record<CriterionStatus, string> = { met: '✓', not_met: '✗', unknown: '?' }
const flagKey = (value: boolean | null | undefined): (typeof FLAG_VALUES)[number] => (value === true ? 'yes' : value === false ? 'no' : '')

interface ColumnContext {
  t: TFunction
  language: Language
  /** Filled when the region list arrives; the region editor reads it when it opens. */
  regions: { list: readonly Region[]; lookup: RegionLookup | null }
  moneyUnit: MoneyUnit
  /** 坪效 / 人效 per year (as stored and documented) or per trading day. */
  kpiPeriod: KpiPeriod
  salesTaxBasis: SalesTaxBasis
}

/** The Accounts grid's columns; the spreadsheet layer sizes them to their headers and adds its cell classes. */
export function buildAccountColumns(context: ColumnContext): GridColumn<AccountRow>[] {
  return buildColumns(context)
}

/** A category column's filter: a checkbox list of its values (stored values, shown as labels). */
function valueSetFilter(options: { value: string; label: string }[], valueOf: (row: AccountRow) => string): Partial<ColDef<AccountRow>> {
  return {
    filter: ValueSetFilter,
    filterParams: { options, valueOf } satisfies ValueSetFilterParams<AccountRow>,
    floatingFilterComponent: ValueSetFloatingFilter,
    floatingFilterComponentParams: { options }
  }
}

function buildColumns({ t, language, regions, moneyUnit, kpiPeriod, salesTaxBasis }: ColumnContext): GridColumn<AccountRow>[] {
  const label = (group: 'format' | 'background' | 'tier' | 'tradeType', value: string | null | undefined) =>
    value ? (t(`enums.${group}.${value}` as never) as string) : ''

  // Pills and marked words as plain DOM (the layer's MarkedTextCell), not a React component per cell.
  const criterionCell = (criterion: 'topThreeInRegion' | 'directStores' | 'hqExecution'): Partial<ColDef<AccountRow>> => ({
    cellRenderer: MarkedTextCell,
    cellRendererParams: {
      describe: (row) => {
        if (!row || isTotalsRow(row)) return null
        const status = row.screening[criterion]
        return { text: t(`enums.criterion.${status}`), className: `criterion criterion-${status}`, mark: { text: CRITERION_MARK[status], className: 'criterion-mark' } }
      }
    } satisfies MarkedTextCellParams<AccountRow>
  })
  const pillCell = (describe: (value: string) => { text: string; className: string }): Partial<ColDef<AccountRow>> => ({
    cellRenderer: MarkedTextCell,
    cellRendererParams: {
      describe: (row, value) => (row && !isTotalsRow(row) && typeof value === 'string' && value !== '' ? describe(value) : null)
    } satisfies MarkedTextCellParams<AccountRow>
  })

  const enumColumn = (
    field: 'format' | 'background' | 'tier' | 'tradeType',
    options: readonly string[],
    isRequired: boolean,
    width: number
  ): ColDef<AccountRow> => ({
    colId: field,
    field,
    headerName: t(`fields.${field}`),
    editable: (params) => !isTotalsRow(params.data),
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: isRequired ? [...options] : ['', ...options] },
    refData: Object.fromEntries([['', '—'], ...options.map((option) => [option, label(field, option)])]),
    valueFormatter: (params: ValueFormatterParams<AccountRow>) => (isTotalsRow(params.data) ? '' : label(field, params.value as string)),
    getQuickFilterText: (params) => label(field, params.value as string),
    ...valueSetFilter(
      [...(isRequired ? [] : [{ value: '', label: t('grid.emptyValue') }]), ...options.map((option) => ({ value: option, label: label(field, option) }))],
      (row) => (row[field] as string | null) ?? ''
    ),
    // English labels are longer than the Chinese ones.
    width: language === 'en-US' ? Math.round(width * 1.4) : width
  })

  const countColumn = (field: 'directStores' | 'franchiseStores' | 'salesAreaM2' | 'employees' | 'dailyTraffic' | 'dailyTransactions', width = 120): ColDef<AccountRow> => ({
    colId: field,
    field,
    headerName: t(`fields.${field}`),
    headerTooltip: field === 'salesAreaM2' || field === 'franchiseStores' ? t(`fieldHelp.${field}`) : undefined,
    editable: (params) => !isTotalsRow(params.data),
    cellEditor: 'agTextCellEditor',
    valueFormatter: (params) => formatCount(language, params.value as number | null),
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width
  })

  const fenKpiColumn = (
    key: 'salesPerM2Fen' | 'salesPerEmployeeFen' | 'salesPerM2PerDayFen' | 'salesPerEmployeePerDayFen' | 'averageTicketFen',
    width: number
  ): ColDef<AccountRow> => ({
    colId: key,
    headerName: t(`fields.${key}`),
    headerTooltip: t(`fieldHelp.${key}`),
    valueGetter: (params: ValueGetterParams<AccountRow>) => {
      const fen = params.data?.kpis[key]
      return fen === null || fen === undefined ? null : fen / 100
    },
    valueFormatter: (params) => (params.value === null || params.value === undefined ? '' : formatFen(language, Math.round((params.value as number) * 100))),
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    cellClass: 'cell-computed',
    width
  })

  const flagColumn = (field: 'isTopThreeInRegion' | 'hasStrongHqExecution', criterion: 'topThreeInRegion' | 'hqExecution'): ColDef<AccountRow> => ({
    colId: field,
    headerName: t(`fields.${field}`),
    valueGetter: (params) => (isTotalsRow(params.data) ? null : flagKey(params.data?.[field])),
    editable: (params) => !isTotalsRow(params.data),
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [...FLAG_VALUES] },
    refData: { yes: t('enums.flag.yes'), no: t('enums.flag.no'), '': t('enums.flag.unknown') },
    ...criterionCell(criterion),
    getQuickFilterText: () => '',
    ...valueSetFilter(
      CRITERIA.map((status) => ({ value: status, label: t(`enums.criterion.${status}`) })),
      (row) => row.screening[criterion]
    ),
    width: 130
  })

  return [
    {
      headerName: t('groups.identity'),
      children: [
        {
          colId: 'code',
          field: 'code',
          headerName: t('fields.code'),
          editable: (params) => !isTotalsRow(params.data),
          pinned: 'left',
          width: 110,
          filter: 'agTextColumnFilter'
        },
        {
          colId: 'name',
          field: 'name',
          headerName: t('fields.name'),
          editable: (params) => !isTotalsRow(params.data),
          pinned: 'left',
          width: 190,
          filter: 'agTextColumnFilter',
          cellClassRules: { 'cell-totals-label': (params) => isTotalsRow(params.data) }
        }
      ]
    },
    {
      headerName: t('groups.classification'),
      children: [
        enumColumn('format', ACCOUNT_FORMATS, true, 120),
        {
          colId: 'storeClass',
          headerName: t('fields.storeClass'),
          headerTooltip: t('fieldHelp.storeClass'),
          valueGetter: (params) => params.data?.kpis.storeClass ?? null,
          ...pillCell((storeClass) => ({ text: t(`enums.storeClass.${storeClass as 'A'}`), className: `pill store-class store-class-${storeClass}` })),
          ...valueSetFilter(
            [{ value: '', label: t('grid.emptyValue') }, ...STORE_CLASSES.map((storeClass) => ({ value: storeClass, label: t(`enums.storeClass.${storeClass}`) }))],
            (row) => row.kpis.storeClass ?? ''
          ),
          cellClass: 'cell-computed',
          width: 100
        },
        enumColumn('background', ACCOUNT_BACKGROUNDS, false, 110),
        enumColumn('tier', ACCOUNT_TIERS, false, 120),
        enumColumn('tradeType', TRADE_TYPES, false, 130),
        {
          colId: 'regionCode',
          field: 'regionCode',
          headerName: t('fields.regionCode'),
          headerTooltip: t('fieldHelp.regionCode'),
          editable: (params) => !isTotalsRow(params.data),
          cellEditor: RegionCellEditor,
          cellEditorParams: { regions: () => regions, language },
          cellEditorPopup: true,
          cellEditorPopupPosition: 'under',
          // The editor's list owns the arrows and Enter while it is open.
          suppressKeyboardEvent: (params) => params.editing && ['Enter', 'ArrowUp', 'ArrowDown'].includes(params.event.key),
          filter: 'agTextColumnFilter',
          width: 110
        },
        {
          colId: 'regionName',
          field: 'regionName',
          headerName: t('fields.regionName'),
          // In English the place in pinyin (Nanshan District, Shenzhen, Guangdong); the text filter and sort read the same.
          ...(language === 'en-US'
            ? { valueGetter: (params: ValueGetterParams<AccountRow>) => (params.data ? accountRegionName(params.data, regions.lookup, language) : '') }
            : {}),
          filter: 'agTextColumnFilter',
          cellClass: 'cell-computed',
          width: 170
        }
      ]
    },
    {
      headerName: t('groups.profile'),
      children: [
        countColumn('directStores', 110),
        countColumn('franchiseStores', 110),
        {
          colId: 'totalStores',
          headerName: t('fields.totalStores'),
          headerTooltip: t('fieldHelp.totalStores'),
          valueGetter: (params) => params.data?.kpis.totalStores ?? null,
          valueFormatter: (params) => formatCount(language, params.value as number | null),
          filter: 'agNumberColumnFilter',
          type: 'rightAligned',
          cellClass: 'cell-computed',
          width: 110
        },
        countColumn('salesAreaM2', 130),
        {
          colId: 'averageStoreAreaM2',
          headerName: t('fields.averageStoreAreaM2'),
          headerTooltip: t('fieldHelp.averageStoreAreaM2'),
          valueGetter: (params) => params.data?.kpis.averageStoreAreaM2 ?? null,
          valueFormatter: (params) => formatDecimal(language, params.value as number | null),
          filter: 'agNumberColumnFilter',
          type: 'rightAligned',
          cellClass: 'cell-computed',
          width: 120
        },
        {
          colId: 'annualSalesFen',
          headerName: t('accountsGrid.annualSalesIn', { basis: t(`enums.salesTaxBasis.${salesTaxBasis}`), unit: t(`grid.unit.${moneyUnit}`) }),
          headerTooltip: t('fieldHelp.annualSalesFen'),
          // In the unit the user chose for sorting and filtering ("大于 500" in 万元 is 5,000,000 元);
          // stored and summed as integer fen.
          valueGetter: (params) => fenInMoneyUnit(params.data?.annualSalesFen, moneyUnit),
          valueFormatter: (params) => (params.data ? formatMoneyIn(language, params.data.annualSalesFen, moneyUnit) : ''),
          editable: (params) => !isTotalsRow(params.data),
          cellEditor: 'agTextCellEditor',
          filter: 'agNumberColumnFilter',
          type: 'rightAligned',
          width: 170
        },
        countColumn('employees', 100),
        countColumn('dailyTraffic', 130),
        countColumn('dailyTransactions', 130)
      ]
    },
    {
      headerName: t('groups.kpis'),
      children: [
        // Different columns per period, so a copy or an export says which figure it holds.
        ...(kpiPeriod === 'day'
          ? [fenKpiColumn('salesPerM2PerDayFen', 150), fenKpiColumn('salesPerEmployeePerDayFen', 160)]
          : [fenKpiColumn('salesPerM2Fen', 150), fenKpiColumn('salesPerEmployeeFen', 160)]),
        fenKpiColumn('averageTicketFen', 120),
        {
          colId: 'conversionRate',
          headerName: t('fields.conversionRate'),
          headerTooltip: t('fieldHelp.conversionRate'),
          valueGetter: (params) => params.data?.kpis.conversionRate ?? null,
          // Filtered in the unit shown: "大于 50" means 50 %, not a ratio of 50.
          filterValueGetter: (params) => percentShown(params.data?.kpis.conversionRate),
          valueFormatter: (params) => formatPercent(language, params.value as number | null),
          filter: 'agNumberColumnFilter',
          type: 'rightAligned',
          cellClass: 'cell-computed',
          width: 100
        }
      ]
    },
    {
      headerName: t('groups.screening'),
      children: [
        flagColumn('isTopThreeInRegion', 'topThreeInRegion'),
        {
          colId: 'directStoresCriterion',
          headerName: t('fields.directStoresCriterion'),
          valueGetter: (params) => (isTotalsRow(params.data) ? null : (params.data?.screening.directStores ?? null)),
          ...criterionCell('directStores'),
          ...valueSetFilter(
            CRITERIA.map((status) => ({ value: status, label: t(`enums.criterion.${status}`) })),
            (row) => row.screening.directStores
          ),
          cellClass: 'cell-computed',
          width: 120
        },
        flagColumn('hasStrongHqExecution', 'hqExecution'),
        {
          colId: 'screeningVerdict',
          headerName: t('fields.screeningVerdict'),
          headerTooltip: t('fieldHelp.screeningVerdict'),
          valueGetter: (params) => (isTotalsRow(params.data) ? null : (params.data?.screening.verdict ?? null)),
          ...pillCell((verdict) => ({ text: t(`enums.verdict.${verdict as 'pending'}`), className: `pill verdict-${verdict}` })),
          getQuickFilterText: (params) => (params.value ? t(`enums.verdict.${params.value as 'pending'}`) : ''),
          ...valueSetFilter(
            VERDICTS.map((verdict) => ({ value: verdict, label: t(`enums.verdict.${verdict}`) })),
            (row) => row.screening.verdict
          ),
          cellClass: 'cell-computed',
          width: 110
        }
      ]
    },
    {
      colId: 'notes',
      field: 'notes',
      headerName: t('fields.notes'),
      editable: (params) => !isTotalsRow(params.data),
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { rows: 6, cols: 40 },
      filter: 'agTextColumnFilter',
      width: 260
    },
    {
      colId: 'updatedAt',
      field: 'updatedAt',
      headerName: t('fields.updatedAt'),
      valueFormatter: (params) => (params.value ? new Date(params.value as string).toLocaleString(language, { hour12: false }) : ''),
      filter: 'agDateColumnFilter',
      cellClass: 'cell-computed',
      hide: true,
      width: 170
    }
  ]
}

/** Money in the chosen unit: ¥1,234.56 in 元; 123.46 in 万元 (the header names the unit). */
function formatMoneyIn(language: Language, fen: number | null, unit: MoneyUnit): string {
  if (fen === null) return ''
  if (unit === 'yuan') return formatFen(language, fen)
  const decimals = MONEY_UNIT_DECIMALS[unit]
  return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fenInMoneyUnit(fen, unit) ?? 0)
}
