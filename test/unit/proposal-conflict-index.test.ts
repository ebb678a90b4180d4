/**
 * The conflict check compares only clauses whose territories nest (an index by territory code);
 * this pins it to the definition by checking every pair the slow way on generated clauses.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dayRange,
  findProtectionConflicts,
  intersectRanges,
  dayNumberToIsoDate,
  normalizeTerritoryCode,
  overlappingSkus,
  overlappingTerritory,
  type ProtectionClause
} from '../../src/shared/domain/proposal'

/** Every pair, straight from the definition (ka-domain.md "Entry proposal"): one line per conflict side. */
function conflictsByDefinition(clauses: readonly ProtectionClause[]): string[] {
  const lines: string[] = []
  for (let i = 0; i < clauses.length; i += 1) {
    for (let j = i + 1; j < clauses.length; j += 1) {
      const a = clauses[i]!
      const b = clauses[j]!
      if (a.type !== 'exclusive' || b.type !== 'exclusive' || a.accountId === b.accountId) continue
      const [ta, tb] = [normalizeTerritoryCode(a.territoryCode), normalizeTerritoryCode(b.territoryCode)]
      const [pa, pb] = [dayRange(a.startDate, a.endDate), dayRange(b.startDate, b.endDate)]
      if (!ta || !tb || !pa || !pb) continue
      const territory = overlappingTerritory(ta, tb)
      const skus = overlappingSkus(a.skus, b.skus)
      const shared = intersectRanges(pa, pb)
      if (territory === null || skus === null || shared === null) continue
      const rest = `${JSON.stringify(skus)} ${territory} ${dayNumberToIsoDate(shared.start)}…${dayNumberToIsoDate(shared.end)}`
      lines.push(`${a.id}→${b.id} ${rest}`, `${b.id}→${a.id} ${rest}`)
    }
  }
  return lines.sort()
}

const clauseArbitrary = fc.record({
  account: fc.integer({ min: 1, max: 4 }),
  skus: fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1, maxLength: 3 })),
  territoryCode: fc.constantFrom('31', '310000', '3101', '310100', '310115', '310104', '3102', '310230', '44', '4403', '440305', '3', 'xx'),
  type: fc.constantFrom('exclusive' as const, 'price_protection' as const),
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.integer({ min: -3, max: 40 })
})

const toClauses = (drawn: readonly (typeof clauseArbitrary extends fc.Arbitrary<infer T> ? T : never)[]): ProtectionClause[] =>
  drawn.map((clause, index) => ({
    id: `c${index}`,
    accountId: `a${clause.account}`,
    skus: clause.skus,
    territoryCode: clause.territoryCode,
    type: clause.type,
    startDate: dayNumberToIsoDate(20_454 + clause.start),
    endDate: dayNumberToIsoDate(20_454 + clause.start + clause.length),
    conditions: { minimumPurchaseFen: null, sellThroughRatePpm: null },
    consequence: 'protection_lapses',
    consequenceText: ''
  }))

describe('findProtectionConflicts, indexed by territory', () => {
  it('finds exactly the conflicts that checking every pair finds', () => {
    let conflictsSeen = 0
    fc.assert(
      fc.property(fc.array(clauseArbitrary, { maxLength: 30 }), (drawn) => {
        const clauses = toClauses(drawn)
        const found = findProtectionConflicts(clauses).conflicts.map(
          (conflict) =>
            `${conflict.clauseId}→${conflict.otherClauseId} ${JSON.stringify(conflict.skus)} ${conflict.territoryCode} ${conflict.startDate}…${conflict.endDate}`
        )
        expect(found.sort()).toEqual(conflictsByDefinition(clauses))
        conflictsSeen += found.length
      }),
      { numRuns: 300 }
    )
    // The generated workspaces do nest and overlap: the comparison was not of two empty lists.
    expect(conflictsSeen).toBeGreaterThan(100)
  })
})
