import { describe, expect, it } from 'vitest'
import { concessionLedger, type ConcessionEntry } from '../../src/shared/domain/proposal/concessions'

// G = ¥1,000,000 = 100,000,000 fen.
const grossPurchaseValueFen = 100_000_000

const entries: ConcessionEntry[] = [
  {
    // 15 more payment days at 4% a year: 100,000,000 × 4% × 15 / 365 = 164,383.56 → 164,384 fen
    id: 'c1',
    give: { termCode: 'payment_days', description: '账期 30 → 45 天', costFen: 164_384 },
    get: { termCode: null, description: 'Q3 两个端架', valueFen: 600_000 }
  },
  {
    id: 'c2',
    give: { termCode: 'entry_fee', description: '进场费 +¥5,000', costFen: 500_000 },
    get: { termCode: null, description: '国庆 DM 一期', valueFen: null }
  },
  { id: 'c3', give: { termCode: 'unconditional_rebate', description: '无条件返利 +0.5%', costFen: 500_000 }, get: null }
]

describe('concessions ledger 条件置换', () => {
  it('prices each give in yuan and in contribution points (cost / G)', () => {
    const ledger = concessionLedger(entries, grossPurchaseValueFen)
    // 164,384 / 100,000,000 = 0.16% of G → 1,644 ppm (0.16 points); 500,000 / 100,000,000 = 0.5 points
    expect(ledger.lines.map((line) => [line.entryId, line.costFen, line.costContributionPpm, line.isPaired])).toEqual([
      ['c1', 164_384, 1_644, true],
      ['c2', 500_000, 5_000, true],
      ['c3', 500_000, 5_000, false]
    ])
  })

  it('totals gives against valued gets and flags the unpaired give and the unvalued get', () => {
    const ledger = concessionLedger(entries, grossPurchaseValueFen)
    // gives 164,384 + 500,000 + 500,000 = 1,164,384 = 1.164384% of G → 11,644 ppm
    expect(ledger.givesFen).toBe(1_164_384)
    expect(ledger.givesContributionPpm).toBe(11_644)
    // only c1's get has a value
    expect(ledger.getsFen).toBe(600_000)
    expect(ledger.netFen).toBe(-564_384)
    expect(ledger.unpairedEntryIds).toEqual(['c3'])
    expect(ledger.unvaluedGetEntryIds).toEqual(['c2'])
  })

  it('shows no contribution points without a purchase value, and an empty ledger is zero', () => {
    expect(concessionLedger(entries, null).givesContributionPpm).toBeNull()
    expect(concessionLedger(entries, 0).lines[0]?.costContributionPpm).toBeNull()
    expect(concessionLedger([], grossPurchaseValueFen)).toMatchObject({ givesFen: 0, getsFen: 0, netFen: 0, givesContributionPpm: 0, unpairedEntryIds: [] })
  })
})
