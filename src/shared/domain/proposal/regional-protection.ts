/**
 * Regional protection 区域保护: clauses that promise an account exclusive listing 独家 or price
 * protection 价格保护 for SKUs in a territory for a period, and the conflicts between accounts.
 *
 * Territories are GB/T 2260 division codes written by their significant digits: province 2
 * (31 上海), city 4 (3101), county 6 (310115 浦东新区). The six-digit forms 310000 and 310100 are
 * read as 31 and 3101, so one territory contains another exactly when its code is a prefix.
 */
import type { Ppm } from '../rate'
import { dayNumberToIsoDate, isoDateToDayNumber, type DayRange, type IsoDate } from './dates'

export const PROTECTION_TYPES = ['exclusive', 'price_protection'] as const
export type ProtectionType = (typeof PROTECTION_TYPES)[number]

/** What happens when the account misses the conditions. `other` carries the user's own text. */
export const PROTECTION_CONSEQUENCES = ['protection_lapses', 'becomes_non_exclusive', 'territory_reduced', 'penalty', 'other'] as const
export type ProtectionConsequence = (typeof PROTECTION_CONSEQUENCES)[number]

export const ALL_SKUS = 'all'
/** A list of SKU codes, or every SKU of the supplier. */
export type ProtectedSkus = readonly string[] | typeof ALL_SKUS

export interface ProtectionClause {
  id: string
  accountId: string
  skus: ProtectedSkus
  /** GB/T 2260 code: 2, 4 or 6 significant digits, or the six-digit form. */
  territoryCode: string
  type: ProtectionType
  startDate: IsoDate
  /** Inclusive. */
  endDate: IsoDate
  conditions: {
    /** Minimum purchase value over the period, fen. */
    minimumPurchaseFen: number | null
    sellThroughRatePpm: Ppm | null
  }
  consequence: ProtectionConsequence
  consequenceText: string
}

/**
 * A territory code by its significant digits (31, 3101, 310115), or null when it is not one:
 * 310000 → 31, 310100 → 3101, 3101 → 3101. A six-digit code ending in 00 names the city or province.
 */
export function normalizeTerritoryCode(code: string): string | null {
  const trimmed = code.trim()
  if (!/^\d+$/.test(trimmed)) return null
  if (trimmed.length === 2 || trimmed.length === 4) return trimmed === '00' || trimmed.endsWith('00') ? null : trimmed
  if (trimmed.length !== 6) return null
  if (trimmed.startsWith('00')) return null
  if (trimmed.endsWith('0000')) return trimmed.slice(0, 2)
  if (trimmed.endsWith('00')) return trimmed.slice(0, 4)
  return trimmed
}

/** The inner of two territories when one contains the other (or they are the same), else null. */
export function overlappingTerritory(a: string, b: string): string | null {
  if (a.startsWith(b)) return a
  if (b.startsWith(a)) return b
  return null
}

/** SKUs both clauses name: all ∩ anything = that thing. Null when they share none. */
export function overlappingSkus(a: ProtectedSkus, b: ProtectedSkus): ProtectedSkus | null {
  if (a === ALL_SKUS) return b === ALL_SKUS ? ALL_SKUS : b.length > 0 ? [...new Set(b)].sort() : null
  if (b === ALL_SKUS) return a.length > 0 ? [...new Set(a)].sort() : null
  const inB = new Set(b)
  const shared = [...new Set(a)].filter((code) => inB.has(code)).sort()
  return shared.length > 0 ? shared : null
}

/** One conflict seen from one clause's side (each conflict is reported on both sides). */
export interface ProtectionConflict {
  clauseId: string
  accountId: string
  otherClauseId: string
  otherAccountId: string
  skus: ProtectedSkus
  /** The inner of the two territories: where both promises apply. */
  territoryCode: string
  /** The days both periods cover (inclusive). */
  startDate: IsoDate
  endDate: IsoDate
}

export type ProtectionClauseProblem = 'invalid_territory' | 'invalid_period'

export interface ProtectionConflictReport {
  conflicts: ProtectionConflict[]
  /** Clauses that could not be checked. */
  invalidClauses: Array<{ clauseId: string; problem: ProtectionClauseProblem }>
}

interface CheckedClause {
  clause: ProtectionClause
  territory: string
  period: DayRange
  /** Its SKUs sorted without repeats, as a set too; null for all SKUs. */
  skus: readonly string[] | null
  skuSet: ReadonlySet<string> | null
}

/** A stable key of the unordered pair, for the UI to remember a conflict as resolved. */
export function protectionConflictKey(conflict: Pick<ProtectionConflict, 'clauseId' | 'otherClauseId'>): string {
  const { clauseId, otherClauseId } = conflict
  // The two ids in text order (as a sort would put them), without building an array per conflict.
  return clauseId < otherClauseId ? `${clauseId}|${otherClauseId}` : `${otherClauseId}|${clauseId}`
}

/** The SKUs two checked clauses share (as overlappingSkus), from their prepared sets. */
function sharedSkus(a: CheckedClause, b: CheckedClause): ProtectedSkus | null {
  if (a.skus === null) return b.skus === null ? ALL_SKUS : b.skus.length > 0 ? b.skus : null
  if (b.skus === null || b.skuSet === null) return a.skus.length > 0 ? a.skus : null
  // Most pairs share nothing: look before building a list.
  const inB = b.skuSet
  let shared: string[] | null = null
  for (const code of a.skus) if (inB.has(code)) (shared ??= []).push(code)
  return shared
}

/** Memoised for one check: a few hundred distinct dates stand behind thousands of clauses and conflicts. */
function cached<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>()
  return (key) => {
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as V
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}

/**
 * Conflicts across all accounts' proposals: two EXCLUSIVE clauses of DIFFERENT accounts whose SKUs,
 * territories and periods all overlap. Price protection promises a price, not sole supply, so it
 * never conflicts.
 *
 * Only clauses whose territories nest are compared: clauses are grouped by their exact territory,
 * and with the codes sorted as text every territory inside `t` (a code starting with `t`) follows
 * `t` directly, so each group meets only itself and the block of groups after it that it contains.
 * Two districts never meet, nor two cities. SKU sets are built once per clause, not per pair.
 */
export function findProtectionConflicts(clauses: readonly ProtectionClause[]): ProtectionConflictReport {
  const invalidClauses: ProtectionConflictReport['invalidClauses'] = []
  const byTerritory = new Map<string, CheckedClause[]>()
  const dayOf = cached(isoDateToDayNumber)
  const isoDateOf = cached(dayNumberToIsoDate)
  const territoryOf = cached(normalizeTerritoryCode)
  for (const clause of clauses) {
    const territory = territoryOf(clause.territoryCode)
    const start = dayOf(clause.startDate)
    const end = dayOf(clause.endDate)
    const period = start === null || end === null || end < start ? null : { start, end }
    if (territory === null) invalidClauses.push({ clauseId: clause.id, problem: 'invalid_territory' })
    else if (period === null) invalidClauses.push({ clauseId: clause.id, problem: 'invalid_period' })
    if (territory === null || period === null || clause.type !== 'exclusive') continue
    const skus = clause.skus === ALL_SKUS ? null : [...new Set(clause.skus)].sort()
    const checked = { clause, territory, period, skus, skuSet: skus === null ? null : new Set(skus) }
    const group = byTerritory.get(territory)
    if (group) group.push(checked)
    else byTerritory.set(territory, [checked])
  }
  const conflicts: ProtectionConflict[] = []
  const compare = (a: CheckedClause, b: CheckedClause, territoryCode: string): void => {
    if (a.clause.accountId === b.clause.accountId) return
    if (a.period.start > b.period.end || b.period.start > a.period.end) return
    const skus = sharedSkus(a, b)
    if (skus === null) return
    const startDate = isoDateOf(Math.max(a.period.start, b.period.start))
    const endDate = isoDateOf(Math.min(a.period.end, b.period.end))
    conflicts.push(
      { clauseId: a.clause.id, accountId: a.clause.accountId, otherClauseId: b.clause.id, otherAccountId: b.clause.accountId, skus, territoryCode, startDate, endDate },
      { clauseId: b.clause.id, accountId: b.clause.accountId, otherClauseId: a.clause.id, otherAccountId: a.clause.accountId, skus, territoryCode, startDate, endDate }
    )
  }
  const territories = [...byTerritory.keys()].sort()
  territories.forEach((outer, index) => {
    const outerGroup = byTerritory.get(outer) ?? []
    for (let i = 0; i < outerGroup.length; i += 1) {
      for (let j = i + 1; j < outerGroup.length; j += 1) compare(outerGroup[i]!, outerGroup[j]!, outer)
    }
    for (let next = index + 1; next < territories.length && territories[next]!.startsWith(outer); next += 1) {
      const inner = territories[next]!
      // Where both promises apply is the inner territory.
      for (const a of outerGroup) for (const b of byTerritory.get(inner) ?? []) compare(a, b, inner)
    }
  })
  return { conflicts, invalidClauses }
}
