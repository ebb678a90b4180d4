/**
 * Readiness checklist: what is missing before a proposal can go out. Each item is a code with
 * params (the UI translates it) and a target (section + item id) the UI links to. Blockers stop the
 * document going out; warnings are shown and may be accepted.
 */
import { ratioToPpm, type Ppm } from '../rate'
import { dayRange } from './dates'
import { promotionCalendar, promotionEventResult } from './promotion'
import { normalizeTerritoryCode, protectionConflictKey, type ProtectionConflict } from './regional-protection'
import type { ProposalSnapshot } from './snapshot'

export type ReadinessSection = 'skus' | 'terms' | 'protection' | 'promotions' | 'concessions'
export type ReadinessSeverity = 'blocker' | 'warning'

export const READINESS_CODES = [
  'no_skus',
  'sku_without_supply_price',
  'sku_without_retail_price',
  'sku_without_unit_cost',
  'sku_without_volume',
  'sku_margin_below_target',
  'term_without_offer',
  'concession_unpaired',
  'protection_conflict',
  'protection_invalid_territory',
  'protection_invalid_period',
  'protection_without_conditions',
  'promotion_invalid_dates',
  'promotion_without_skus',
  'promotion_without_baseline',
  'promotion_without_buy_get',
  'promotion_sku_not_in_proposal',
  'promotion_overlap'
] as const
export type ReadinessCode = (typeof READINESS_CODES)[number]

export interface ReadinessItem {
  code: ReadinessCode
  severity: ReadinessSeverity
  /** Raw figures (fen, ppm, codes, dates); names ending in Fen / Ppm tell the UI how to format them. */
  params: Record<string, string | number>
  target: { section: ReadinessSection; itemId: string | null }
}

export interface ReadinessInput {
  snapshot: ProposalSnapshot
  /** The retailer margin target for SKUs without their own (the seed's 60% for pharmacy chains by default). */
  defaultMarginTargetPpm: Ppm
  /** Conflicts across all accounts (findProtectionConflicts); only this proposal's clauses count. */
  protectionConflicts: readonly ProtectionConflict[]
  /** Conflicts the user has settled (protectionConflictKey), e.g. the other account's clause lapses first. */
  resolvedConflictKeys: readonly string[]
}

export interface Readiness {
  items: ReadinessItem[]
  isReady: boolean
  blockerCount: number
  warningCount: number
}

function skuItems(snapshot: ProposalSnapshot, defaultMarginTargetPpm: Ppm): ReadinessItem[] {
  if (snapshot.skus.length === 0) return [{ code: 'no_skus', severity: 'blocker', params: {}, target: { section: 'skus', itemId: null } }]
  return snapshot.skus.flatMap((sku): ReadinessItem[] => {
    const target = { section: 'skus', itemId: sku.skuCode } as const
    const params = { skuCode: sku.skuCode, skuName: sku.name }
    const items: ReadinessItem[] = []
    if (sku.supplyPriceFen === null) items.push({ code: 'sku_without_supply_price', severity: 'blocker', params, target })
    if (sku.retailPriceFen === null) items.push({ code: 'sku_without_retail_price', severity: 'blocker', params, target })
    if (sku.unitCostFen === null) items.push({ code: 'sku_without_unit_cost', severity: 'warning', params, target })
    if (sku.plannedAnnualUnits === null) items.push({ code: 'sku_without_volume', severity: 'warning', params, target })
    if (sku.supplyPriceFen !== null && sku.retailPriceFen !== null && sku.retailPriceFen > 0) {
      // Front margin (r − s) / r: the per-SKU margin the buyer checks line by line.
      const marginPpm = ratioToPpm(sku.retailPriceFen - sku.supplyPriceFen, sku.retailPriceFen) ?? 0
      const targetPpm = sku.retailerMarginTargetPpm ?? defaultMarginTargetPpm
      if (marginPpm < targetPpm) items.push({ code: 'sku_margin_below_target', severity: 'blocker', params: { ...params, marginPpm, targetPpm }, target })
    }
    return items
  })
}

function termItems(snapshot: ProposalSnapshot): ReadinessItem[] {
  return snapshot.termLines
    .filter((line) => line.askValue !== null && line.offerValue === null)
    .map((line) => ({ code: 'term_without_offer', severity: 'blocker', params: { termCode: line.termCode }, target: { section: 'terms', itemId: line.termCode } }))
}

function concessionItems(snapshot: ProposalSnapshot): ReadinessItem[] {
  return snapshot.concessions
    .filter((entry) => entry.get === null)
    .map((entry) => ({
      code: 'concession_unpaired',
      severity: 'blocker',
      params: { description: entry.give.description, costFen: entry.give.costFen },
      target: { section: 'concessions', itemId: entry.id }
    }))
}

function protectionItems(input: ReadinessInput): ReadinessItem[] {
  const { snapshot } = input
  const ownClauseIds = new Set(snapshot.protectionClauses.map((clause) => clause.id))
  const resolved = new Set(input.resolvedConflictKeys)
  const items: ReadinessItem[] = []
  for (const clause of snapshot.protectionClauses) {
    const target = { section: 'protection', itemId: clause.id } as const
    if (normalizeTerritoryCode(clause.territoryCode) === null) {
      items.push({ code: 'protection_invalid_territory', severity: 'blocker', params: { territoryCode: clause.territoryCode }, target })
    }
    if (dayRange(clause.startDate, clause.endDate) === null) {
      items.push({ code: 'protection_invalid_period', severity: 'blocker', params: { startDate: clause.startDate, endDate: clause.endDate }, target })
    }
    // An exclusive promise with nothing asked in return cannot be taken back when sales disappoint.
    if (clause.type === 'exclusive' && clause.conditions.minimumPurchaseFen === null && clause.conditions.sellThroughRatePpm === null) {
      items.push({ code: 'protection_without_conditions', severity: 'warning', params: { territoryCode: clause.territoryCode }, target })
    }
  }
  for (const conflict of input.protectionConflicts) {
    if (!ownClauseIds.has(conflict.clauseId) || resolved.has(protectionConflictKey(conflict))) continue
    items.push({
      code: 'protection_conflict',
      severity: 'blocker',
      params: {
        otherAccountId: conflict.otherAccountId,
        territoryCode: conflict.territoryCode,
        skuCodes: conflict.skus === 'all' ? 'all' : conflict.skus.join(', '),
        // The domain knows the SKUs only as the clauses name them; the service puts their names here.
        skuNames: conflict.skus === 'all' ? 'all' : conflict.skus.join(', '),
        startDate: conflict.startDate,
        endDate: conflict.endDate
      },
      target: { section: 'protection', itemId: conflict.clauseId }
    })
  }
  return items
}

const PROMOTION_REASON_CODES = {
  invalid_dates: 'promotion_invalid_dates',
  no_skus: 'promotion_without_skus',
  no_baseline: 'promotion_without_baseline',
  no_buy_get_quantities: 'promotion_without_buy_get'
} as const satisfies Record<string, ReadinessCode>

function promotionItems(snapshot: ProposalSnapshot): ReadinessItem[] {
  const proposedSkus = new Set(snapshot.skus.map((sku) => sku.skuCode))
  const items: ReadinessItem[] = []
  for (const event of snapshot.promotionEvents) {
    const target = { section: 'promotions', itemId: event.id } as const
    const reason = promotionEventResult(event).missingReason
    // A free event (no cost, so no ROI) is not a gap in the proposal.
    if (reason !== null && reason !== 'no_cost') items.push({ code: PROMOTION_REASON_CODES[reason], severity: 'blocker', params: { eventName: event.name }, target })
    for (const line of event.skus) {
      if (!proposedSkus.has(line.skuCode)) {
        items.push({ code: 'promotion_sku_not_in_proposal', severity: 'warning', params: { eventName: event.name, skuCode: line.skuCode, skuName: line.skuCode }, target })
      }
    }
  }
  const names = new Map(snapshot.promotionEvents.map((event) => [event.id, event.name]))
  const skuNames = new Map(snapshot.skus.map((sku) => [sku.skuCode, sku.name]))
  for (const overlap of promotionCalendar(snapshot.promotionEvents).overlaps) {
    items.push({
      code: 'promotion_overlap',
      severity: 'warning',
      params: {
        skuCode: overlap.skuCode,
        skuName: skuNames.get(overlap.skuCode) ?? overlap.skuCode,
        eventName: names.get(overlap.eventIds[0]) ?? overlap.eventIds[0],
        otherEventName: names.get(overlap.eventIds[1]) ?? overlap.eventIds[1],
        startDate: overlap.startDate,
        endDate: overlap.endDate
      },
      target: { section: 'promotions', itemId: overlap.eventIds[1] }
    })
  }
  return items
}

/** The checklist, in the order of the proposal's sections. */
export function proposalReadiness(input: ReadinessInput): Readiness {
  const items = [
    ...skuItems(input.snapshot, input.defaultMarginTargetPpm),
    ...termItems(input.snapshot),
    ...protectionItems(input),
    ...promotionItems(input.snapshot),
    ...concessionItems(input.snapshot)
  ]
  const blockerCount = items.filter((item) => item.severity === 'blocker').length
  return { items, isReady: blockerCount === 0, blockerCount, warningCount: items.length - blockerCount }
}
