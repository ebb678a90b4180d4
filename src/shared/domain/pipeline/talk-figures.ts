/**
 * Where a talk card's figures come from. With a proposal for the account, every figure is the
 * proposal's own (its value per department 部门价值, its promotion plan, its SKUs), each labelled
 * with the part of the proposal it came from; without one, the latest term sheet's economics
 * at our offer stand in. The two are not mixed: a proposal's figures already rest on the term
 * sheet of its own year, and a figure the proposal lacks stays "to be added" rather than being
 * taken from another year's sheet.
 */
import type { DepartmentValue, DepartmentValueCode, DepartmentValueItem, RetailerDepartment } from '../proposal/department-value'
import type { Ppm } from '../rate'
import type { Department, TalkFigureKey } from './relationships'
import type { TalkFigures } from './talk-card'

/** The part of the proposal (or the term sheet) a figure was read from. */
export type TalkFigureSource = 'proposal_terms' | 'proposal_skus' | 'proposal_promotions' | 'proposal_sell_through' | 'term_sheet'

export interface SourcedTalkFigures {
  figures: TalkFigures
  sources: Partial<Record<TalkFigureKey, TalkFigureSource>>
}

/** The figures of the proposal the talk card needs beside its value per department. */
export interface ProposalTalkInputs {
  departmentValue: readonly DepartmentValue[]
  /** V, the planned sales at retail (the proposal's key figure), fen. */
  retailValueFen: number | null
  /** The promotion plan's ROI (null while an event is not costed) and its number of events. */
  promotionRoiPpm: Ppm | null
  promotionEventCount: number
}

function itemOf(departmentValue: readonly DepartmentValue[], code: DepartmentValueCode): DepartmentValueItem | undefined {
  for (const department of departmentValue) {
    const found = department.items.find((item) => item.code === code)
    if (found) return found
  }
  return undefined
}

const numberParam = (item: DepartmentValueItem | undefined, name: string): number | null => {
  const value = item?.params[name]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

export function talkFiguresFromProposal(inputs: ProposalTalkInputs): SourcedTalkFigures {
  const figures: TalkFigures = {}
  const sources: SourcedTalkFigures['sources'] = {}
  const put = (key: TalkFigureKey, value: number | null, source: TalkFigureSource) => {
    if (value === null) return
    figures[key] = value
    sources[key] = source
  }
  const value = inputs.departmentValue
  const grossMargin = itemOf(value, 'gross_margin')
  put('marginAmountFen', numberParam(grossMargin, 'grossMarginFen'), 'proposal_terms')
  put('marginRatePpm', numberParam(grossMargin, 'grossMarginPpm'), 'proposal_terms')
  // The days the retailer really waits (N, N + 15, N + inventory days); the nominal N only when that is unknown.
  const settlement = itemOf(value, 'settlement_effective_days') ?? itemOf(value, 'settlement')
  put('paymentDays', numberParam(settlement, 'effectiveDays') ?? numberParam(settlement, 'paymentDays'), 'proposal_terms')
  put('otherIncomeFen', numberParam(itemOf(value, 'other_income'), 'otherIncomeFen'), 'proposal_terms')
  put('expectedAnnualSalesFen', inputs.retailValueFen, 'proposal_skus')
  const skus = itemOf(value, 'sku_structure')
  put('skuCount', numberParam(skus, 'skuCount'), 'proposal_skus')
  put('keySkuCount', numberParam(skus, 'keySkuCount'), 'proposal_skus')
  put('expectedSellThroughPpm', numberParam(itemOf(value, 'sell_through') ?? itemOf(value, 'new_item_sell_through'), 'sellThroughTargetPpm'), 'proposal_sell_through')
  put('trainingSessions', numberParam(itemOf(value, 'training') ?? itemOf(value, 'product_knowledge'), 'sessionsPerYear'), 'proposal_sell_through')
  put('commissionPerUnitFen', numberParam(itemOf(value, 'commission'), 'commissionPerUnitFen'), 'proposal_sell_through')
  if (inputs.promotionEventCount > 0) put('promotionEvents', inputs.promotionEventCount, 'proposal_promotions')
  put('promotionRoiPpm', inputs.promotionRoiPpm, 'proposal_promotions')
  return { figures, sources }
}

/** Every figure the term sheet gave, marked as coming from it. */
export function talkFiguresFromTermSheet(figures: TalkFigures): SourcedTalkFigures {
  const sources: SourcedTalkFigures['sources'] = {}
  for (const [key, value] of Object.entries(figures) as [TalkFigureKey, number | null | undefined][]) {
    if (value !== null && value !== undefined) sources[key] = 'term_sheet'
  }
  return { figures, sources }
}

/** Which of the proposal's department cards speaks to a stakeholder of this department (none for a custom one). */
export const RETAILER_DEPARTMENT_OF: Record<Department, RetailerDepartment | null> = {
  general_manager: 'general_manager',
  purchasing: 'purchasing',
  operations: 'store_operations',
  store_manager: 'store_operations',
  pharmacist: 'store_staff',
  clerk: 'store_staff',
  promoter: 'store_staff',
  custom: null
}

/**
 * The talk figures a department value item restates: when the person's ticked needs already
 * quoted all of them, the item would only repeat the card, so it is left out. Items with none
 * (front margin, events by kind, stock days) say something the needs do not and always stay.
 */
export const DEPARTMENT_VALUE_TALK_FIGURES: Record<DepartmentValueCode, readonly TalkFigureKey[]> = {
  gross_margin: ['marginAmountFen', 'marginRatePpm'],
  cash_flow: ['paymentDays'],
  sales_per_m2: [],
  sales_per_employee: [],
  promotion_effect: [],
  sku_structure: ['skuCount', 'keySkuCount'],
  front_margin: [],
  new_item_sell_through: ['expectedSellThroughPpm'],
  new_item_stock: [],
  other_income: ['otherIncomeFen'],
  settlement: ['paymentDays'],
  settlement_effective_days: ['paymentDays'],
  sell_through: ['expectedSellThroughPpm'],
  traffic: [],
  ticket: [],
  conversion: [],
  training: ['trainingSessions'],
  commission: ['commissionPerUnitFen'],
  product_knowledge: ['trainingSessions'],
  store_promotion: []
}

export function departmentOfferFor(department: Department, departmentValue: readonly DepartmentValue[]): DepartmentValueItem[] {
  const retailerDepartment = RETAILER_DEPARTMENT_OF[department]
  if (retailerDepartment === null) return []
  return departmentValue.find((entry) => entry.department === retailerDepartment)?.items ?? []
}
