/**
 * What changed between two versions of a proposal, as a buyer would ask it: which SKUs came and
 * went, which prices and volumes moved (old → new), which terms, clauses, events and concessions
 * changed, and what it all did to every key figure (delta in fen, or in ppm points).
 */
import { KEY_FIGURE_CODES, KEY_FIGURE_UNITS, type KeyFigureCode, type ProposalSkuLine, type ProposalSnapshot, type TermValueUnit } from './snapshot'

export const SKU_DIFF_FIELDS = ['supplyPriceFen', 'retailPriceFen', 'unitCostFen', 'plannedAnnualUnits', 'retailerMarginTargetPpm'] as const
export type SkuDiffField = (typeof SKU_DIFF_FIELDS)[number]

export interface SkuChange {
  skuCode: string
  field: SkuDiffField
  oldValue: number | null
  newValue: number | null
  /** new − old; null when either side is unknown. */
  delta: number | null
}

export type ItemChangeKind = 'added' | 'removed' | 'changed'

export interface TermChange {
  termCode: string
  change: ItemChangeKind
  unit: TermValueUnit
  oldAsk: number | null
  newAsk: number | null
  oldOffer: number | null
  newOffer: number | null
}

export interface ItemChange {
  id: string
  change: ItemChangeKind
  /** The top-level fields that differ (only for `changed`), e.g. `territoryCode`, `endDate`. */
  fields: string[]
}

export interface KeyFigureChange {
  code: KeyFigureCode
  unit: 'fen' | 'ppm'
  oldValue: number | null
  newValue: number | null
  /** new − old in fen, or in ppm points (10,000 = one percentage point); null when either is unknown. */
  delta: number | null
}

export interface ProposalVersionDiff {
  fromVersion: number
  toVersion: number
  skusAdded: string[]
  skusRemoved: string[]
  skuChanges: SkuChange[]
  termChanges: TermChange[]
  clauseChanges: ItemChange[]
  eventChanges: ItemChange[]
  concessionChanges: ItemChange[]
  /** Every key figure, changed or not, in the registry's order. */
  keyFigures: KeyFigureChange[]
  hasChanges: boolean
}

const deltaOf = (oldValue: number | null, newValue: number | null): number | null =>
  oldValue === null || newValue === null ? null : newValue - oldValue

/** Structural equality of plain data (what snapshots hold), whatever order the keys were written in. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => isSameValue(value, b[index]))
  return changedFields(a, b).length === 0
}

/** The own fields of two plain objects whose values differ (a field missing on one side differs unless undefined). */
function changedFields(a: object, b: object): string[] {
  const aFields = new Map<string, unknown>(Object.entries(a))
  const bFields = new Map<string, unknown>(Object.entries(b))
  return [...new Set([...aFields.keys(), ...bFields.keys()])].filter((key) => !isSameValue(aFields.get(key), bFields.get(key)))
}

function itemChanges<T extends object>(before: readonly T[], after: readonly T[], idOf: (item: T) => string): ItemChange[] {
  const beforeById = new Map(before.map((item) => [idOf(item), item]))
  const afterById = new Map(after.map((item) => [idOf(item), item]))
  const changes: ItemChange[] = []
  for (const [id, item] of afterById) {
    const old = beforeById.get(id)
    if (!old) {
      changes.push({ id, change: 'added', fields: [] })
      continue
    }
    const fields = changedFields(old, item)
    if (fields.length > 0) changes.push({ id, change: 'changed', fields })
  }
  for (const id of beforeById.keys()) if (!afterById.has(id)) changes.push({ id, change: 'removed', fields: [] })
  return changes
}

function skuChanges(before: readonly ProposalSkuLine[], after: readonly ProposalSkuLine[]): SkuChange[] {
  const beforeByCode = new Map(before.map((sku) => [sku.skuCode, sku]))
  return after.flatMap((sku) => {
    const old = beforeByCode.get(sku.skuCode)
    if (!old) return []
    return SKU_DIFF_FIELDS.filter((field) => old[field] !== sku[field]).map((field) => ({
      skuCode: sku.skuCode,
      field,
      oldValue: old[field],
      newValue: sku[field],
      delta: deltaOf(old[field], sku[field])
    }))
  })
}

function termChanges(before: ProposalSnapshot['termLines'], after: ProposalSnapshot['termLines']): TermChange[] {
  const beforeByCode = new Map(before.map((line) => [line.termCode, line]))
  const afterByCode = new Map(after.map((line) => [line.termCode, line]))
  const changes: TermChange[] = []
  for (const [termCode, line] of afterByCode) {
    const old = beforeByCode.get(termCode)
    if (old && old.askValue === line.askValue && old.offerValue === line.offerValue && old.unit === line.unit) continue
    changes.push({
      termCode,
      change: old ? 'changed' : 'added',
      unit: line.unit,
      oldAsk: old?.askValue ?? null,
      newAsk: line.askValue,
      oldOffer: old?.offerValue ?? null,
      newOffer: line.offerValue
    })
  }
  for (const [termCode, old] of beforeByCode) {
    if (afterByCode.has(termCode)) continue
    changes.push({ termCode, change: 'removed', unit: old.unit, oldAsk: old.askValue, newAsk: null, oldOffer: old.offerValue, newOffer: null })
  }
  return changes
}

export function diffProposalVersions(before: ProposalSnapshot, after: ProposalSnapshot): ProposalVersionDiff {
  const beforeCodes = new Set(before.skus.map((sku) => sku.skuCode))
  const afterCodes = new Set(after.skus.map((sku) => sku.skuCode))
  const keyFigures = KEY_FIGURE_CODES.map((code) => ({
    code,
    unit: KEY_FIGURE_UNITS[code],
    oldValue: before.keyFigures[code],
    newValue: after.keyFigures[code],
    delta: deltaOf(before.keyFigures[code], after.keyFigures[code])
  }))
  const diff = {
    fromVersion: before.version,
    toVersion: after.version,
    skusAdded: [...afterCodes].filter((code) => !beforeCodes.has(code)),
    skusRemoved: [...beforeCodes].filter((code) => !afterCodes.has(code)),
    skuChanges: skuChanges(before.skus, after.skus),
    termChanges: termChanges(before.termLines, after.termLines),
    clauseChanges: itemChanges(before.protectionClauses, after.protectionClauses, (clause) => clause.id),
    eventChanges: itemChanges(before.promotionEvents, after.promotionEvents, (event) => event.id),
    concessionChanges: itemChanges(before.concessions, after.concessions, (entry) => entry.id),
    keyFigures
  }
  const hasChanges =
    diff.skusAdded.length + diff.skusRemoved.length + diff.skuChanges.length + diff.termChanges.length +
      diff.clauseChanges.length + diff.eventChanges.length + diff.concessionChanges.length > 0 ||
    keyFigures.some((figure) => figure.oldValue !== figure.newValue)
  return { ...diff, hasChanges }
}
