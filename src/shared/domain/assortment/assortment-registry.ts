/**
 * Every editable field of an account's assortment line 品项, declared once: parsers, repository
 * columns and paste handling derive from this list. The account and the SKU of a line are chosen
 * when it is added (assortment:add), not typed into it.
 */
import type { FieldSpec } from '../field-registry'
import { ASSORTMENT_STATUSES } from '../sku/sku'
import { MAX_UNIT_PRICE_FEN } from '../catalogue/sku-registry'

export const MAX_ANNUAL_UNITS = 1_000_000_000
/** A margin target must stay below 100% (the solver refuses 100%); 99.9999% is the largest typed. */
export const MAX_MARGIN_TARGET_PPM = 999_999

const unitPrice = { type: 'money', maxFen: MAX_UNIT_PRICE_FEN } as const
const units = { type: 'count', max: MAX_ANNUAL_UNITS } as const

export const ASSORTMENT_FIELDS = [
  {
    field: 'status',
    column: 'status',
    kind: {
      type: 'option',
      values: ASSORTMENT_STATUSES,
      optionGroup: 'assortmentStatus',
      extraAliases: { listed: ['上架', '在架', '已进场', '在售'], proposed: ['拟上架', '待进场', '计划进场', '新品'], delisted: ['下架', '清退', '已清退'] }
    },
    isRequired: true,
    headerSynonyms: ['进场状态', '状态', 'status'],
    totals: 'none'
  },
  {
    field: 'supplyPriceFen',
    column: 'supply_price_fen',
    kind: unitPrice,
    isRequired: false,
    headerSynonyms: ['供货价', '客户供货价', 'supplyprice'],
    totals: 'none'
  },
  {
    field: 'retailPriceFen',
    column: 'retail_price_fen',
    kind: unitPrice,
    isRequired: false,
    headerSynonyms: ['零售价', '门店零售价', 'retailprice'],
    totals: 'none'
  },
  {
    field: 'plannedAnnualUnits',
    column: 'planned_annual_units',
    kind: units,
    isRequired: false,
    headerSynonyms: ['计划年销量', '年销量', '计划销量', 'plannedannualunits', 'plannedunits'],
    totals: 'sum'
  },
  {
    field: 'marginTargetPpm',
    column: 'margin_target_ppm',
    kind: { type: 'percent', maxPpm: MAX_MARGIN_TARGET_PPM },
    isRequired: false,
    headerSynonyms: ['目标毛利率', '目标毛利', 'margintarget'],
    totals: 'none'
  },
  {
    field: 'lastYearUnits',
    column: 'last_year_units',
    kind: units,
    isRequired: false,
    headerSynonyms: ['去年销量', '上年销量', '实际销量', 'lastyearunits', 'unitssold'],
    totals: 'sum'
  }
] as const satisfies readonly FieldSpec[]

export type AssortmentFieldSpec = (typeof ASSORTMENT_FIELDS)[number]
