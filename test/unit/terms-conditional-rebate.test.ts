import { describe, expect, it } from 'vitest'
import {
  conditionalRebateFen,
  conditionalRebateRatePpm,
  excessRebateBands,
  rebateTierProgress,
  reachedTierIndex,
  type ConditionalRebate,
  type RebateTier
} from '../../src/shared/domain/terms'

// Tiers: from ¥1万 (1,000,000 fen) 1%, from ¥2万 2%, from ¥5万 3%.
const tiers: RebateTier[] = [
  { thresholdFen: 1_000_000, ratePpm: 10_000 },
  { thresholdFen: 2_000_000, ratePpm: 20_000 },
  { thresholdFen: 5_000_000, ratePpm: 30_000 }
]
const whole: ConditionalRebate = { mode: 'whole', tiers }
const excess: ConditionalRebate = { mode: 'excess', tiers }

describe('whole mode 全额累进: the reached tier rate on all purchases', () => {
  it('earns nothing below the first threshold', () => {
    expect(conditionalRebateFen(whole, 999_999)).toBe(0)
    expect(conditionalRebateRatePpm(whole, 999_999)).toBe(0)
  })

  it('applies a tier from its threshold exactly', () => {
    // ¥1万 × 1% = 10,000 fen; ¥2万 × 2% = 40,000 fen (not 1% + 2%)
    expect(conditionalRebateFen(whole, 1_000_000)).toBe(10_000)
    expect(conditionalRebateFen(whole, 2_000_000)).toBe(40_000)
    // one fen short of ¥2万 stays on 1%: 1,999,999 × 1% = 19,999.99 → 20,000
    expect(conditionalRebateFen(whole, 1_999_999)).toBe(20_000)
  })

  it('applies the tier between thresholds and the top tier above the last', () => {
    // ¥1.5万 × 1% = 15,000; ¥6万 × 3% = 180,000
    expect(conditionalRebateFen(whole, 1_500_000)).toBe(15_000)
    expect(conditionalRebateFen(whole, 6_000_000)).toBe(180_000)
    expect(conditionalRebateRatePpm(whole, 6_000_000)).toBe(30_000)
  })

  it('rounds the rebate half up to the fen once', () => {
    // 1,000,050 × 1% = 10,000.5 → 10,001
    expect(conditionalRebateFen(whole, 1_000_050)).toBe(10_001)
  })

  it('stays exact past 2^53 fen·ppm (¥98.8亿 at 1.2345%)', () => {
    // 987,654,321,987 × 12,345 = 12,192,592,604,929,515 → / 10^6 = 12,192,592,604.93 → 12,192,592,605
    const big: ConditionalRebate = { mode: 'whole', tiers: [{ thresholdFen: 0, ratePpm: 12_345 }] }
    expect(conditionalRebateFen(big, 987_654_321_987)).toBe(12_192_592_605)
  })
})

describe('excess mode 超额累进: each rate on its own band', () => {
  it('earns nothing below or at the first threshold', () => {
    expect(conditionalRebateFen(excess, 999_999)).toBe(0)
    // at ¥1万 the first band holds 0 fen
    expect(conditionalRebateFen(excess, 1_000_000)).toBe(0)
  })

  it('charges the part inside each band at that band rate', () => {
    // ¥1.5万: (1.5万 − 1万) × 1% = 5,000
    expect(conditionalRebateFen(excess, 1_500_000)).toBe(5_000)
    // ¥2万: the whole first band, 1,000,000 × 1% = 10,000
    expect(conditionalRebateFen(excess, 2_000_000)).toBe(10_000)
    // ¥3万: 10,000 + (3万 − 2万) × 2% = 10,000 + 20,000 = 30,000
    expect(conditionalRebateFen(excess, 3_000_000)).toBe(30_000)
    // ¥6万: 10,000 + 3,000,000 × 2% + 1,000,000 × 3% = 10,000 + 60,000 + 30,000 = 100,000
    expect(conditionalRebateFen(excess, 6_000_000)).toBe(100_000)
  })

  it('lists the bands with their bases', () => {
    expect(excessRebateBands(tiers, 6_000_000)).toEqual([
      { tierIndex: 0, fromFen: 1_000_000, toFen: 2_000_000, baseFen: 1_000_000, ratePpm: 10_000, rebateFen: 10_000 },
      { tierIndex: 1, fromFen: 2_000_000, toFen: 5_000_000, baseFen: 3_000_000, ratePpm: 20_000, rebateFen: 60_000 },
      { tierIndex: 2, fromFen: 5_000_000, toFen: null, baseFen: 1_000_000, ratePpm: 30_000, rebateFen: 30_000 }
    ])
  })

  it('gives the effective rate rebate / G in ppm', () => {
    // 100,000 / 6,000,000 = 1.6667% → 16,667 ppm; 30,000 / 3,000,000 = 1% exactly
    expect(conditionalRebateRatePpm(excess, 6_000_000)).toBe(16_667)
    expect(conditionalRebateRatePpm(excess, 3_000_000)).toBe(10_000)
  })

  it('rounds each band half up', () => {
    // 50 fen in the first band × 1% = 0.5 → 1
    expect(conditionalRebateFen(excess, 1_000_050)).toBe(1)
  })
})

describe('tiers at zero, unsorted and the ladder progress', () => {
  it('has a rate at G = 0 only when a tier starts at 0', () => {
    expect(conditionalRebateRatePpm(whole, 0)).toBe(0)
    expect(conditionalRebateRatePpm(excess, 0)).toBe(0)
    const fromZero: ConditionalRebate = { mode: 'excess', tiers: [{ thresholdFen: 0, ratePpm: 5_000 }, ...tiers] }
    expect(conditionalRebateRatePpm(fromZero, 0)).toBe(5_000)
    expect(conditionalRebateFen(fromZero, 0)).toBe(0)
  })

  it('reads tiers in threshold order whatever order they were typed in', () => {
    const shuffled: ConditionalRebate = { mode: 'whole', tiers: [tiers[2]!, tiers[0]!, tiers[1]!] }
    expect(conditionalRebateFen(shuffled, 2_500_000)).toBe(50_000)
    expect(reachedTierIndex(shuffled.tiers, 2_500_000)).toBe(1)
  })

  it('reports progress below, between and above the thresholds', () => {
    expect(rebateTierProgress(whole, 500_000)).toMatchObject({
      reachedTierIndex: null,
      reachedRatePpm: 0,
      nextTierIndex: 0,
      nextThresholdFen: 1_000_000,
      gapToNextTierFen: 500_000
    })
    // at ¥2万 exactly: second tier reached, ¥3万 more to the third
    expect(rebateTierProgress(excess, 2_000_000)).toMatchObject({
      mode: 'excess',
      reachedTierIndex: 1,
      reachedRatePpm: 20_000,
      nextTierIndex: 2,
      nextThresholdFen: 5_000_000,
      nextRatePpm: 30_000,
      gapToNextTierFen: 3_000_000
    })
    expect(rebateTierProgress(whole, 9_000_000)).toMatchObject({
      reachedTierIndex: 2,
      nextTierIndex: null,
      nextThresholdFen: null,
      gapToNextTierFen: null
    })
  })

  it('earns nothing without tiers', () => {
    const none: ConditionalRebate = { mode: 'whole', tiers: [] }
    expect(conditionalRebateFen(none, 5_000_000)).toBe(0)
    expect(rebateTierProgress(none, 5_000_000).nextThresholdFen).toBeNull()
  })
})
