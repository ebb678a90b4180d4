/**
 * Regional protection 区域保护: clauses that promise an account exclusive listing 独家 or price
 * protection 价格保护 for SKUs in a territory for a period, and the conflicts between accounts.
 *
 * Territories are GB/T 2260 division codes written by their significant digits: province 2
 * (31 上海), city 4 (3101), county 6 (310115 浦东新区). The six-digit forms 310000 and 310100 are
 * read as 31 and 3101, so one territory contains another exactly when its code is a prefix.
 */
import type { Ppm } from '../rate'
import { dayNumberToIsoDate, dayRange, intersectRanges, type DayRange, type IsoDate } from './dates'

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
}

/** A stable key of the unordered pair, for the UI to remember a conflict as resolved. */
export function protectionConflictKey(conflict: Pick<ProtectionConflict, 'clauseId' | 'otherClauseId'>): string {
  return [conflict.clauseId, conflict.otherClauseId].sort().join('|')
}

/**
 * Conflicts across all accounts' proposals: two EXCLUSIVE clauses of DIFFERENT accounts whose SKUs,
 * territories and periods all overlap. Price protection promises a price, not sole supply, so it
 * never conflicts. Clauses are grouped by province (no territory crosses one) and swept by start
 * date inside it, so only clauses that can overlap are compared.
 */
export function findProtectionConflicts(clauses: readonly ProtectionClause[]): ProtectionConflictReport {
  const invalidClauses: ProtectionConflictReport['invalidClauses'] = []
  const byProvince = new Map<string, CheckedClause[]>()
  for (const clause of clauses) {
    const territory = normalizeTerritoryCode(clause.territoryCode)
    const period = dayRange(clause.startDate, clause.endDate)
    if (territory === null) invalidClauses.push({ clauseId: clause.id, problem: 'invalid_territory' })
    else if (period === null) invalidClauses.push({ clauseId: clause.id, problem: 'invalid_period' })
    if (territory === null || period === null || clause.type !== 'exclusive') continue
    const province = territory.slice(0, 2)
    const group = byProvince.get(province) ?? []
    group.push({ clause, territory, period })
    byProvince.set(province, group)
  }
  const conflicts: ProtectionConflict[] = []
  for (const group of byProvince.values()) {
    group.sort((a, b) => a.period.start - b.period.start)
    for (let i = 0; i < group.length; i += 1) {
      const a = group[i]!
      // Later clauses start no earlier; once one starts after a ends, none of the rest overlap a.
      for (let j = i + 1; j < group.length && group[j]!.period.start <= a.period.end; j += 1) {
        const b = group[j]!
        if (a.clause.accountId === b.clause.accountId) continue
        const territoryCode = overlappingTerritory(a.territory, b.territory)
        if (territoryCode === null) continue
        const skus = overlappingSkus(a.clause.skus, b.clause.skus)
        const shared = intersectRanges(a.period, b.period)
        if (skus === null || shared === null) continue
        const startDate = dayNumberToIsoDate(shared.start)
        const endDate = dayNumberToIsoDate(shared.end)
        conflicts.push(
          { clauseId: a.clause.id, accountId: a.clause.accountId, otherClauseId: b.clause.id, otherAccountId: b.clause.accountId, skus, territoryCode, startDate, endDate },
          { clauseId: b.clause.id, accountId: b.clause.accountId, otherClauseId: a.clause.id, otherAccountId: a.clause.accountId, skus, territoryCode, startDate, endDate }
        )
      }
    }
  }
  return { conflicts, invalidClauses }
}
