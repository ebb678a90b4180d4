import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { meetsMarginTarget, solveRetailPrice, solveSupplyPrice, type MarginBasis } from '../../src/shared/domain/sku/margin-solver'

// The solver's promise, checked over many generated prices instead of a few hand-picked ones:
// the offered price meets the target and is the best whole-fen price that does.
const retailFen = fc.integer({ min: 1, max: 10_000_000 }) // up to ¥100,000 a unit
const targetPpm = fc.integer({ min: 0, max: 999_999 })
const basis: fc.Arbitrary<MarginBasis> = fc.oneof(
  fc.constant<MarginBasis>({ mode: 'front' }),
  fc.record({
    mode: fc.constant('comprehensive' as const),
    percentageTermsPpm: fc.integer({ min: 0, max: 400_000 }),
    fixedFeesPerUnitFen: fc.integer({ min: 0, max: 5_000 })
  })
)

describe('margin solver properties', () => {
  it('offers the highest whole-fen supply price that still meets the target', () => {
    fc.assert(
      fc.property(retailFen, targetPpm, basis, (r, m, terms) => {
        const result = solveSupplyPrice({ retailPriceFen: r, targetMarginPpm: m, basis: terms })
        if (!result.ok) {
          expect(result.code).toBe('solvedPriceNotPositive')
          // then even 1 fen misses the target
          expect(meetsMarginTarget(1, r, m, terms)).toBe(false)
          return
        }
        const s = result.value.supplyPriceFen
        expect(result.value.isTargetMet).toBe(true)
        expect(meetsMarginTarget(s + 1, r, m, terms)).toBe(false)
      }),
      { numRuns: 2_000 }
    )
  })

  it('offers the lowest whole-fen retail price that still meets the target', () => {
    fc.assert(
      fc.property(retailFen, targetPpm, basis, (s, m, terms) => {
        const result = solveRetailPrice({ supplyPriceFen: s, targetMarginPpm: m, basis: terms })
        if (!result.ok) {
          expect(result.code).toBe('solvedPriceNotPositive')
          return
        }
        const r = result.value.retailPriceFen
        expect(result.value.isTargetMet).toBe(true)
        if (r > 1) expect(meetsMarginTarget(s, r - 1, m, terms)).toBe(false)
      }),
      { numRuns: 2_000 }
    )
  })

  it('gives the same price above the ¥40 million fast-path limit as a BigInt check says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4_000_000_001, max: 900_000_000_000 }), targetPpm, (r, m) => {
        const result = solveSupplyPrice({ retailPriceFen: r, targetMarginPpm: m })
        if (!result.ok) return
        // floor(r·(10^6 − m) / 10^6), worked in BigInt here
        const expected = (BigInt(r) * BigInt(1_000_000 - m)) / 1_000_000n
        expect(BigInt(result.value.supplyPriceFen)).toBe(expected)
      }),
      { numRuns: 500 }
    )
  })
})
