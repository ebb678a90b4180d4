/**
 * Value per department 部门价值: what the proposal gives each of the retailer's departments, in the
 * terms the seed says each one cares about (部门需求: 总经理, 采购中心, 营运中心/店长, 驻店药师/营业员/促销员).
 * Items are codes with raw params (fen, ppm, counts); an item whose figures are unknown is left
 * out rather than shown empty, so the page and the Word document only claim what is computed.
 */
import { roundHalfUp } from '../money'
import { ratioToPpm, type Ppm } from '../rate'
import { promotionPlanResult, type PromotionEvent, type PromotionKind } from './promotion'

export type RetailerDepartment = 'general_manager' | 'purchasing' | 'store_operations' | 'store_staff'
export const RETAILER_DEPARTMENTS: readonly RetailerDepartment[] = ['general_manager', 'purchasing', 'store_operations', 'store_staff']

export type PaymentTermKind = 'invoice' | 'monthly_statement' | 'consignment'

export const DAYS_PER_YEAR = 365
/** A monthly statement is settled on average half a month after delivery (ka-domain.md: N + 15). */
export const MONTHLY_STATEMENT_EXTRA_DAYS = 15

export interface DepartmentValueInputs {
  /** G, V, G·D%, F and P of the proposal (from the trade-terms economics), fen. */
  grossPurchaseValueFen: number | null
  retailValueFen: number | null
  percentageTermsFen: number | null
  fixedFeesFen: number | null
  promotionFundingFen: number | null
  paymentTerms: { kind: PaymentTermKind; days: number } | null
  /** The account's days of inventory, for consignment. */
  inventoryDays: number | null
  salesAreaM2: number | null
  employees: number | null
  skuCount: number
  keySkuCount: number
  /** Planned sell-through rate 动销率 of the new items, and the days of stock planned for them. */
  sellThroughTargetPpm: Ppm | null
  newItemStockDays: number | null
  promotionEvents: readonly PromotionEvent[]
  /** Sell-through plan 动销上量方案. */
  trainingSessionsPerYear: number | null
  promoterCount: number | null
  /** 挂金: commission per unit sold paid to the clerk or pharmacist, fen. */
  commissionPerUnitFen: number | null
}

export const DEPARTMENT_VALUE_CODES = [
  'gross_margin',
  'cash_flow',
  'sales_per_m2',
  'sales_per_employee',
  'promotion_effect',
  'sku_structure',
  'front_margin',
  'new_item_sell_through',
  'new_item_stock',
  'other_income',
  'settlement',
  'settlement_effective_days',
  'sell_through',
  'traffic',
  'ticket',
  'conversion',
  'training',
  'commission',
  'product_knowledge',
  'store_promotion'
] as const
export type DepartmentValueCode = (typeof DEPARTMENT_VALUE_CODES)[number]

export interface DepartmentValueItem {
  code: DepartmentValueCode
  /** Raw figures; names ending in Fen / Ppm tell the UI how to format them. */
  params: Record<string, string | number>
}

export interface DepartmentValue {
  department: RetailerDepartment
  items: DepartmentValueItem[]
}

/** Effective financing days (ka-domain.md): N for invoice, N + 15 for a monthly statement, N + inventory days for consignment. */
export function effectivePaymentDays(kind: PaymentTermKind, days: number, inventoryDays: number | null): number | null {
  if (kind === 'invoice') return days
  if (kind === 'monthly_statement') return days + MONTHLY_STATEMENT_EXTRA_DAYS
  return inventoryDays === null ? null : days + inventoryDays
}

const TRAFFIC_KINDS: readonly PromotionKind[] = ['price_off', 'flyer', 'member_price']
const TICKET_KINDS: readonly PromotionKind[] = ['buy_x_get_y', 'spend_and_save']
const CONVERSION_KINDS: readonly PromotionKind[] = ['sampling', 'floor_stack_end_cap']

const isKnown = (value: number | null): value is number => value !== null

export function departmentValue(inputs: DepartmentValueInputs): DepartmentValue[] {
  const { grossPurchaseValueFen: g, retailValueFen: v, percentageTermsFen, fixedFeesFen, promotionFundingFen: p } = inputs
  const countKinds = (kinds: readonly PromotionKind[]): number => inputs.promotionEvents.filter((event) => kinds.includes(event.kind)).length
  const items = (...entries: Array<DepartmentValueItem | null>): DepartmentValueItem[] => entries.filter((entry) => entry !== null)

  // The retailer's comprehensive margin (ka-domain.md): front margin V − G plus everything the supplier pays it.
  const hasEconomics = isKnown(g) && isKnown(v) && isKnown(percentageTermsFen) && isKnown(fixedFeesFen) && isKnown(p)
  const grossMarginFen = hasEconomics ? v - g + percentageTermsFen + fixedFeesFen + p : null
  const frontMarginPpm = isKnown(g) && isKnown(v) ? ratioToPpm(v - g, v) : null
  const otherIncomeFen = isKnown(percentageTermsFen) && isKnown(fixedFeesFen) ? percentageTermsFen + fixedFeesFen : null
  const effectiveDays = inputs.paymentTerms ? effectivePaymentDays(inputs.paymentTerms.kind, inputs.paymentTerms.days, inputs.inventoryDays) : null
  const plan = promotionPlanResult(inputs.promotionEvents)

  const generalManager = items(
    grossMarginFen !== null && isKnown(v)
      ? { code: 'gross_margin', params: { grossMarginFen, grossMarginPpm: ratioToPpm(grossMarginFen, v) ?? 0 } }
      : null,
    // The supplier's money the retailer holds on average: a year's purchases spread over the days it waits to pay.
    isKnown(effectiveDays) && isKnown(g)
      ? { code: 'cash_flow', params: { effectiveDays, cashHeldFen: roundHalfUp((g * effectiveDays) / DAYS_PER_YEAR) } }
      : null,
    isKnown(v) && isKnown(inputs.salesAreaM2) && inputs.salesAreaM2 > 0
      ? { code: 'sales_per_m2', params: { salesPerM2Fen: roundHalfUp(v / inputs.salesAreaM2) } }
      : null,
    isKnown(v) && isKnown(inputs.employees) && inputs.employees > 0
      ? { code: 'sales_per_employee', params: { salesPerEmployeeFen: roundHalfUp(v / inputs.employees) } }
      : null,
    // Only a plan whose every event is costed: a partial total would understate the promotion money.
    inputs.promotionEvents.length > 0 && plan.incompleteEventIds.length === 0
      ? { code: 'promotion_effect', params: { eventCount: inputs.promotionEvents.length, incrementalUnits: plan.incrementalUnits, supplierFundingFen: plan.costFen } }
      : null
  )

  const purchasing = items(
    inputs.skuCount > 0 ? { code: 'sku_structure', params: { skuCount: inputs.skuCount, keySkuCount: inputs.keySkuCount } } : null,
    frontMarginPpm !== null && isKnown(g) && isKnown(v) ? { code: 'front_margin', params: { frontMarginPpm, frontMarginFen: v - g } } : null,
    isKnown(inputs.sellThroughTargetPpm) ? { code: 'new_item_sell_through', params: { sellThroughTargetPpm: inputs.sellThroughTargetPpm } } : null,
    isKnown(inputs.newItemStockDays) ? { code: 'new_item_stock', params: { stockDays: inputs.newItemStockDays } } : null,
    otherIncomeFen !== null && isKnown(fixedFeesFen) && isKnown(percentageTermsFen)
      ? { code: 'other_income', params: { otherIncomeFen, fixedFeesFen, percentageTermsFen } }
      : null,
    inputs.paymentTerms
      ? effectiveDays === null
        ? { code: 'settlement', params: { paymentTermKind: inputs.paymentTerms.kind, paymentDays: inputs.paymentTerms.days } }
        : { code: 'settlement_effective_days', params: { paymentTermKind: inputs.paymentTerms.kind, paymentDays: inputs.paymentTerms.days, effectiveDays } }
      : null
  )

  const storeOperations = items(
    isKnown(inputs.sellThroughTargetPpm) ? { code: 'sell_through', params: { sellThroughTargetPpm: inputs.sellThroughTargetPpm } } : null,
    countKinds(TRAFFIC_KINDS) > 0 ? { code: 'traffic', params: { eventCount: countKinds(TRAFFIC_KINDS) } } : null,
    countKinds(TICKET_KINDS) > 0 ? { code: 'ticket', params: { eventCount: countKinds(TICKET_KINDS) } } : null,
    countKinds(CONVERSION_KINDS) > 0 || (inputs.promoterCount ?? 0) > 0
      ? { code: 'conversion', params: { eventCount: countKinds(CONVERSION_KINDS), promoterCount: inputs.promoterCount ?? 0 } }
      : null,
    isKnown(inputs.trainingSessionsPerYear) && inputs.trainingSessionsPerYear > 0
      ? { code: 'training', params: { sessionsPerYear: inputs.trainingSessionsPerYear } }
      : null
  )

  const storeStaff = items(
    isKnown(inputs.commissionPerUnitFen) && inputs.commissionPerUnitFen > 0
      ? { code: 'commission', params: { commissionPerUnitFen: inputs.commissionPerUnitFen } }
      : null,
    isKnown(inputs.trainingSessionsPerYear) && inputs.trainingSessionsPerYear > 0
      ? { code: 'product_knowledge', params: { sessionsPerYear: inputs.trainingSessionsPerYear } }
      : null,
    countKinds(['sampling']) > 0 || (inputs.promoterCount ?? 0) > 0
      ? { code: 'store_promotion', params: { samplingEventCount: countKinds(['sampling']), promoterCount: inputs.promoterCount ?? 0 } }
      : null
  )

  return [
    { department: 'general_manager', items: generalManager },
    { department: 'purchasing', items: purchasing },
    { department: 'store_operations', items: storeOperations },
    { department: 'store_staff', items: storeStaff }
  ]
}
