import { describe, expect, it } from 'vitest'
import {
  classifyAbc,
  priceBandIndex,
  structureSummary,
  whitespace,
  type StructureSummary
} from '../../src/shared/domain/sku/structure'
import type { AssortmentLine, CatalogueSku } from '../../src/shared/domain/sku/sku'

const sku = (code: string, category: string, supplyFen: number, retailFen: number, overrides: Partial<CatalogueSku> = {}): CatalogueSku => ({
  code,
  barcode: null,
  name: code,
  spec: '',
  unit: '盒',
  category,
  brand: '康泰',
  casePack: null,
  unitCostFen: null,
  listSupplyPriceFen: supplyFen,
  suggestedRetailPriceFen: retailFen,
  isKeySku: false,
  status: 'active',
  ...overrides
})

const line = (skuCode: string, status: AssortmentLine['status'], plannedAnnualUnits: number | null, overrides: Partial<AssortmentLine> = {}): AssortmentLine => ({
  skuCode,
  status,
  supplyPriceFen: null,
  retailPriceFen: null,
  plannedAnnualUnits,
  ...overrides
})

describe('classifyAbc (ABC 分类)', () => {
  it('breaks ties by code and gives a SKU that straddles a cut-off the higher class', () => {
    // total 1,000; sorted X 600, then P1 / P2 (150 each, by code), then Z 100
    // X:  before 0%   → A (cumulative 60%)
    // P1: before 60%  < 70% → A, though it runs to 75% (straddles the A line)
    // P2: before 75%  < 90% → B (cumulative 90%); same value as P1, later code
    // Z:  before 90%, not < 90% → C (starts exactly on the B line)
    const classified = classifyAbc([
      { skuCode: 'Z', valueFen: 100 },
      { skuCode: 'P2', valueFen: 150 },
      { skuCode: 'X', valueFen: 600 },
      { skuCode: 'P1', valueFen: 150 }
    ])
    expect(classified.map((item) => [item.skuCode, item.abcClass, item.cumulativeSharePpm])).toEqual([
      ['X', 'A', 600_000],
      ['P1', 'A', 750_000],
      ['P2', 'B', 900_000],
      ['Z', 'C', 1_000_000]
    ])
  })

  it('gives the same classes whatever the input order', () => {
    const items = [
      { skuCode: 'P2', valueFen: 150 },
      { skuCode: 'P1', valueFen: 150 },
      { skuCode: 'X', valueFen: 600 },
      { skuCode: 'Z', valueFen: 100 }
    ]
    expect(classifyAbc(items)).toEqual(classifyAbc([...items].reverse()))
  })

  it('puts a single SKU above 70% in A and follows configured cut-offs', () => {
    // X 80% → A; Y starts at 80% → B (to 95%); W starts at 95% → C
    const threeSkus = [
      { skuCode: 'X', valueFen: 800 },
      { skuCode: 'Y', valueFen: 150 },
      { skuCode: 'W', valueFen: 50 }
    ]
    expect(classifyAbc(threeSkus).map((item) => item.abcClass)).toEqual(['A', 'B', 'C'])
    // 80 / 15 / 5: P2 starts at 75% < 80% → A; Z starts at 90% < 95% → B
    const classified = classifyAbc(
      [
        { skuCode: 'X', valueFen: 600 },
        { skuCode: 'P1', valueFen: 150 },
        { skuCode: 'P2', valueFen: 150 },
        { skuCode: 'Z', valueFen: 100 }
      ],
      { aSharePpm: 800_000, bSharePpm: 150_000 }
    )
    expect(classified.map((item) => item.abcClass)).toEqual(['A', 'A', 'A', 'B'])
  })

  it('classes nothing when there is no value', () => {
    expect(classifyAbc([])).toEqual([])
    expect(classifyAbc([{ skuCode: 'X', valueFen: 0 }])).toEqual([])
  })
})

describe('priceBandIndex (价格带)', () => {
  it('puts a price on a bound into the band above it (default < ¥10, 10–20, 20–50, 50–100, ≥ ¥100)', () => {
    expect(priceBandIndex(999)).toBe(0)
    expect(priceBandIndex(1000)).toBe(1)
    expect(priceBandIndex(1999)).toBe(1)
    expect(priceBandIndex(2000)).toBe(2)
    expect(priceBandIndex(4999)).toBe(2)
    expect(priceBandIndex(5000)).toBe(3)
    expect(priceBandIndex(9999)).toBe(3)
    expect(priceBandIndex(10000)).toBe(4)
    expect(priceBandIndex(1_000_000)).toBe(4)
  })

  it('follows configured bounds', () => {
    expect(priceBandIndex(499, [500, 1500])).toBe(0)
    expect(priceBandIndex(500, [500, 1500])).toBe(1)
    expect(priceBandIndex(1500, [500, 1500])).toBe(2)
  })
})

describe('structureSummary (产品结构分析)', () => {
  const catalogue = [
    sku('S001', '感冒药', 1200, 2990, { isKeySku: true }),
    sku('S002', '感冒药', 500, 1000),
    sku('S003', '维生素', 3000, 9999),
    sku('S004', '维生素', 5000, 10000),
    sku('S005', '肠胃药', 800, 1800),
    sku('S006', '肠胃药', 400, 999)
  ]
  const lines = [
    line('S001', 'listed', 1000, { unitsSold: 500 }), // 1,000 × ¥12.00 = 1,200,000 fen
    line('S002', 'proposed', 1000), // 1,000 × ¥5.00 = 500,000
    line('S003', 'listed', 100, { unitsSold: 0 }), // 100 × ¥30.00 = 300,000
    line('S004', 'listed', null, { unitsSold: null }), // no planned units: no value
    line('S005', 'delisted', 100),
    line('S006', 'listed', 0), // 0 units: value 0; sales not known
    line('X999', 'listed', 10) // not in the catalogue
  ]
  const summary = (): StructureSummary => {
    const result = structureSummary(lines, catalogue)
    if (!result.ok) throw new Error(result.code)
    return result.value
  }

  it('counts SKUs by status and adds up the planned value of listed + proposed lines', () => {
    // 1,200,000 + 500,000 + 300,000 + 0 = 2,000,000 fen
    expect(summary()).toMatchObject({
      statusCounts: { listed: 4, proposed: 1, delisted: 1 },
      plannedSkuCount: 5,
      plannedValueFen: 2_000_000,
      skusWithoutValue: 1,
      unknownSkuCodes: ['X999']
    })
  })

  it('classes the planned SKUs A/B/C by value', () => {
    // S001 60% → A; S002 before 60% → A (to 85%); S003 before 85% → B; S006 before 100% → C; S004 unvalued: no class
    const { abc } = summary()
    expect(abc.bySku.map((item) => [item.skuCode, item.abcClass])).toEqual([
      ['S001', 'A'],
      ['S002', 'A'],
      ['S003', 'B'],
      ['S006', 'C']
    ])
    expect(abc.classes).toEqual({
      A: { skuCount: 2, plannedValueFen: 1_700_000, sharePpm: 850_000 },
      B: { skuCount: 1, plannedValueFen: 300_000, sharePpm: 150_000 },
      C: { skuCount: 1, plannedValueFen: 0, sharePpm: 0 }
    })
    expect(abc.nullReason).toBeNull()
  })

  it('groups by category, largest value first', () => {
    expect(summary().byCategory).toEqual([
      { category: '感冒药', skuCount: 2, plannedValueFen: 1_700_000, sharePpm: 850_000 },
      { category: '维生素', skuCount: 2, plannedValueFen: 300_000, sharePpm: 150_000 },
      { category: '肠胃药', skuCount: 1, plannedValueFen: 0, sharePpm: 0 }
    ])
  })

  it('groups by price band with ¥10.00 and ¥100.00 in the band above', () => {
    // S006 ¥9.99 → < ¥10; S002 ¥10.00 → 10–20; S001 ¥29.90 → 20–50; S003 ¥99.99 → 50–100; S004 ¥100.00 → ≥ 100
    expect(summary().byPriceBand).toEqual([
      { minFen: null, maxFen: 1000, skuCount: 1, plannedValueFen: 0, sharePpm: 0 },
      { minFen: 1000, maxFen: 2000, skuCount: 1, plannedValueFen: 500_000, sharePpm: 250_000 },
      { minFen: 2000, maxFen: 5000, skuCount: 1, plannedValueFen: 1_200_000, sharePpm: 600_000 },
      { minFen: 5000, maxFen: 10000, skuCount: 1, plannedValueFen: 300_000, sharePpm: 150_000 },
      { minFen: 10000, maxFen: null, skuCount: 1, plannedValueFen: 0, sharePpm: 0 }
    ])
    expect(summary().unpriced.skuCount).toBe(0)
  })

  it('gives the key-SKU share of value', () => {
    // S001 1,200,000 / 2,000,000 = 60%
    expect(summary().keySkus).toEqual({ skuCount: 1, plannedValueFen: 1_200_000, sharePpm: 600_000, nullReason: null })
  })

  it('works out 动销率 over the listed SKUs whose sales are known', () => {
    // listed: S001 (sold 500), S003 (sold 0), S004 (unknown), S006 (unknown) → 1 of 2 known = 50%
    expect(summary().sellThrough).toEqual({
      ratePpm: 500_000,
      nullReason: null,
      listedSkuCount: 4,
      skusWithKnownSales: 2,
      skusWithSales: 1
    })
  })

  it('says why 动销率 and shares are missing', () => {
    const proposedOnly = structureSummary([line('S001', 'proposed', null)], catalogue)
    expect(proposedOnly.ok && proposedOnly.value.sellThrough).toMatchObject({ ratePpm: null, nullReason: 'noListedSkus' })
    expect(proposedOnly.ok && proposedOnly.value.keySkus).toMatchObject({ sharePpm: null, nullReason: 'noPlannedValue' })
    expect(proposedOnly.ok && proposedOnly.value.abc.nullReason).toBe('noPlannedValue')
    const unknownSales = structureSummary([line('S001', 'listed', 10)], catalogue)
    expect(unknownSales.ok && unknownSales.value.sellThrough).toMatchObject({ ratePpm: null, nullReason: 'salesUnknown' })
  })

  it('refuses cut-offs over 100% and bounds that are not ascending', () => {
    expect(structureSummary(lines, catalogue, { abcCutoffs: { aSharePpm: 800_000, bSharePpm: 300_000 } })).toMatchObject({
      ok: false,
      code: 'abcCutoffsInvalid'
    })
    expect(structureSummary(lines, catalogue, { priceBandBoundsFen: [2000, 1000] })).toMatchObject({
      ok: false,
      code: 'priceBandBoundsInvalid'
    })
    expect(structureSummary(lines, catalogue, { priceBandBoundsFen: [1000, 1000] })).toMatchObject({ ok: false })
  })
})

describe('whitespace (空白品项)', () => {
  const catalogue = [
    sku('S001', '感冒药', 1200, 2990),
    sku('S002', '感冒药', 500, 1000),
    sku('S003', '维生素', 3000, 9999),
    sku('S004', '维生素', 5000, 10000, { isKeySku: true }),
    sku('S005', '肠胃药', 800, 1800),
    sku('S006', '肠胃药', 400, 999),
    sku('S007', '肠胃药', 400, 999, { status: 'discontinued' }),
    sku('S008', '肠胃药', 400, 999)
  ]
  // This account carries S001 (listed) and S002 (proposed); it delisted S005.
  const ours = [line('S001', 'listed', 100), line('S002', 'proposed', 100), line('S005', 'delisted', 100)]
  const others = [
    {
      accountId: 'B',
      lines: [
        line('S003', 'listed', 100), // 100 × ¥30.00 = 300,000
        line('S004', 'listed', 10), // 10 × ¥50.00 = 50,000
        line('S006', 'proposed', 1000) // proposed elsewhere: not carried
      ]
    },
    {
      accountId: 'C',
      lines: [
        line('S004', 'listed', 50), // 50 × ¥50.00 = 250,000
        line('S003', 'listed', null), // carried, value unknown
        line('S005', 'listed', 100), // 100 × ¥8.00 = 80,000
        line('S007', 'listed', 100) // discontinued: never whitespace
      ]
    },
    { accountId: 'D', lines: [line('S005', 'listed', 100), line('S006', 'listed', 0)] }
  ]

  it('ranks the SKUs the account does not carry by value, then carrying accounts, then code', () => {
    // S003: 300,000 in 2 accounts; S004: 50,000 + 250,000 = 300,000 in 2 → tie, by code
    // S005: 80,000 + 80,000 = 160,000 in 2; S006: 0 in 1 (D); S008: 0 in 0
    expect(whitespace(ours, catalogue, others)).toEqual([
      { skuCode: 'S003', isKeySku: false, carryingAccountCount: 2, plannedValueFen: 300_000, carryingAccountsWithoutValue: 1, isDelistedHere: false },
      { skuCode: 'S004', isKeySku: true, carryingAccountCount: 2, plannedValueFen: 300_000, carryingAccountsWithoutValue: 0, isDelistedHere: false },
      { skuCode: 'S005', isKeySku: false, carryingAccountCount: 2, plannedValueFen: 160_000, carryingAccountsWithoutValue: 0, isDelistedHere: true },
      { skuCode: 'S006', isKeySku: false, carryingAccountCount: 1, plannedValueFen: 0, carryingAccountsWithoutValue: 0, isDelistedHere: false },
      { skuCode: 'S008', isKeySku: false, carryingAccountCount: 0, plannedValueFen: 0, carryingAccountsWithoutValue: 0, isDelistedHere: false }
    ])
  })

  it("uses each carrying account's own supply price", () => {
    // S003 at C for ¥25.00 × 40 = 100,000; at B 300,000 → 400,000
    const withPrice = [others[0]!, { accountId: 'C', lines: [line('S003', 'listed', 40, { supplyPriceFen: 2500 })] }]
    expect(whitespace(ours, catalogue, withPrice)[0]).toMatchObject({ skuCode: 'S003', plannedValueFen: 400_000, carryingAccountCount: 2 })
  })
})
