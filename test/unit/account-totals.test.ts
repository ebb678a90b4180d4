import { describe, expect, it } from 'vitest'
import { emptyAccountValues, type Account } from '../../src/shared/domain/accounts/account'
import { accountTotals } from '../../src/shared/domain/accounts/totals'

let nextId = 1
function account(overrides: Partial<Account>): Account {
  const id = nextId++
  return { ...emptyAccountValues(`KA-${id}`, `客户 ${id}`), id, updatedAt: '2025-01-01T00:00:00.000Z', rowVersion: 1, ...overrides }
}

/*
 * Four accounts with gaps, figures chosen so that the weighted ratio and the plain average of
 * the rows' ratios differ:
 *            stores  area   sales (fen)   employees  traffic  transactions
 *   A           2     100   100,000,000      10       1,000       400
 *   B          10   1,000   300,000,000      40       3,000       600
 *   C        null     500          null    null       2,000      null
 *   D           1    null    50,000,000       5        null       100
 */
const rows = (): Account[] => [
  account({
    directStores: 2,
    salesAreaM2: 100,
    annualSalesFen: 100_000_000,
    employees: 10,
    dailyTraffic: 1000,
    dailyTransactions: 400
  }),
  account({
    directStores: 10,
    salesAreaM2: 1000,
    annualSalesFen: 300_000_000,
    employees: 40,
    dailyTraffic: 3000,
    dailyTransactions: 600
  }),
  account({ salesAreaM2: 500, dailyTraffic: 2000 }),
  account({ directStores: 1, annualSalesFen: 50_000_000, employees: 5, dailyTransactions: 100 })
]

describe('accountTotals', () => {
  it('sums each figure, skipping unknown cells', () => {
    const totals = accountTotals(rows())
    expect(totals.count).toBe(4)
    expect(totals.directStores).toBe(13) // 2 + 10 + 1
    expect(totals.salesAreaM2).toBe(1600) // 100 + 1,000 + 500
    expect(totals.annualSalesFen).toBe(450_000_000) // 100m + 300m + 50m
    expect(totals.employees).toBe(55) // 10 + 40 + 5
    expect(totals.dailyTraffic).toBe(6000) // 1,000 + 3,000 + 2,000
    expect(totals.dailyTransactions).toBe(1100) // 400 + 600 + 100
  })

  it('computes 坪效 of the totals as Σsales / Σarea over rows with both, not the average of the rows’ 坪效', () => {
    const totals = accountTotals(rows())
    // Rows with both sales and area: A and B. (100,000,000 + 300,000,000) / (100 + 1,000)
    // = 363,636.36 → 363,636 fen/m². The average of the rows' ratios would be
    // (1,000,000 + 300,000) / 2 = 650,000: a different, wrong figure.
    expect(totals.salesPerM2Fen).toBe(363_636)
    expect(totals.salesPerM2Fen).not.toBe(650_000)
    // Neither the area of C (no sales) nor the sales of D (no area) enter the ratio:
    // the plain sums would give 450,000,000 / 1,600 = 281,250.
    expect(totals.salesPerM2Fen).not.toBe(281_250)
  })

  it('computes 店均面积 of the totals over rows with both area and direct stores, as the other ratios', () => {
    // A and B only: (100 + 1,000) m² ÷ (2 + 10) stores = 91.67 → 91.7 m². Dividing every area by
    // every store count (1,600 ÷ 13 = 123.1) would count C's 500 m² against nobody's stores.
    const totals = accountTotals(rows())
    expect(totals.averageStoreAreaM2).toBe(91.7)
    expect(totals.averageStoreAreaM2).not.toBe(123.1)
    expect(accountTotals([account({ salesAreaM2: 500 })]).averageStoreAreaM2).toBeNull()
  })

  it('sums franchise stores, and 门店总数 over rows where both counts are known', () => {
    const totals = accountTotals([
      account({ directStores: 8000, franchiseStores: 1900 }),
      account({ directStores: 46, franchiseStores: 0 }),
      // Franchise count unknown: its 12 direct stores are in 直营 but not in 门店总数.
      account({ directStores: 12 })
    ])
    expect(totals.directStores).toBe(8058) // 8,000 + 46 + 12
    expect(totals.franchiseStores).toBe(1900)
    expect(totals.totalStores).toBe(9946) // (8,000 + 1,900) + (46 + 0)
  })

  it('gives 日坪效 of the totals as Σsales ÷ Σarea ÷ 365, rounded once', () => {
    // A and B: 400,000,000 ÷ 1,100 ÷ 365 = 996.26 → 996 fen per m² a day.
    expect(accountTotals(rows()).salesPerM2PerDayFen).toBe(996)
    // A, B and D: 450,000,000 ÷ 55 ÷ 365 = 22,415.94 → 22,416 fen per person a day.
    expect(accountTotals(rows()).salesPerEmployeePerDayFen).toBe(22_416)
  })

  it('computes 人效 of the totals as Σsales / Σemployees over rows with both', () => {
    // A, B and D: 450,000,000 / (10 + 40 + 5) = 8,181,818.18 → 8,181,818 fen
    // (average of ratios: (10,000,000 + 7,500,000 + 10,000,000) / 3 = 9,166,667)
    expect(accountTotals(rows()).salesPerEmployeeFen).toBe(8_181_818)
  })

  it('computes 客单价 of the totals as Σsales / Σ(transactions × 365) over rows with both', () => {
    // A, B and D: 450,000,000 / ((400 + 600 + 100) × 365 = 401,500) = 1,120.797 → 1,121 fen
    expect(accountTotals(rows()).averageTicketFen).toBe(1121)
  })

  it('computes 成交率 of the totals as Σtransactions / Σtraffic over rows with both', () => {
    // A and B: (400 + 600) / (1,000 + 3,000) = 0.25; the average of the rows' rates would be
    // (0.4 + 0.2) / 2 = 0.3, and the plain sums 1,100 / 6,000 = 0.1833.
    const totals = accountTotals(rows())
    expect(totals.conversionRate).toBe(0.25)
    expect(totals.conversionRate).not.toBeCloseTo(0.3, 5)
  })

  it('leaves a row with zero area out of 坪效 but keeps its sales in the sum', () => {
    const totals = accountTotals([
      account({ salesAreaM2: 1000, annualSalesFen: 300_000_000 }),
      account({ salesAreaM2: 0, annualSalesFen: 100_000_000 })
    ])
    expect(totals.annualSalesFen).toBe(400_000_000)
    // 300,000,000 / 1,000 = 300,000
    expect(totals.salesPerM2Fen).toBe(300_000)
  })

  it('gives null ratios when no row has both figures', () => {
    const totals = accountTotals([account({ annualSalesFen: 100_000_000 }), account({ salesAreaM2: 500, dailyTraffic: 10 })])
    expect(totals.salesPerM2Fen).toBeNull()
    expect(totals.salesPerEmployeeFen).toBeNull()
    expect(totals.averageTicketFen).toBeNull()
    expect(totals.conversionRate).toBeNull()
  })

  it('gives zero sums and null ratios for an empty list', () => {
    expect(accountTotals([])).toEqual({
      count: 0,
      directStores: 0,
      franchiseStores: 0,
      totalStores: 0,
      averageStoreAreaM2: null,
      salesPerM2PerDayFen: null,
      salesPerEmployeePerDayFen: null,
      salesAreaM2: 0,
      annualSalesFen: 0,
      employees: 0,
      dailyTraffic: 0,
      dailyTransactions: 0,
      salesPerM2Fen: null,
      salesPerEmployeeFen: null,
      averageTicketFen: null,
      conversionRate: null
    })
  })
})
