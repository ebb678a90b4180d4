import { describe, expect, it } from 'vitest'
import {
  accountKpis,
  averageStoreAreaM2,
  averageTicketFen,
  conversionRate,
  salesPerEmployeeFen,
  salesPerEmployeePerDayFen,
  salesPerM2Fen,
  salesPerM2PerDayFen,
  storeClass,
  totalStores
} from '../../src/shared/domain/accounts/kpis'

describe('storeClass (卖场等级, hypermarkets only)', () => {
  it('classes a hypermarket by its average store area: A ≥ 5,000 m², B ≥ 2,000 m², C below', () => {
    // 391,000 m² / 46 stores = 8,500 m² a store
    expect(storeClass('hypermarket', 391_000, 46)).toBe('A')
    // 130,200 m² / 42 stores = 3,100 m²
    expect(storeClass('hypermarket', 130_200, 42)).toBe('B')
    // 108,000 m² / 60 stores = 1,800 m²
    expect(storeClass('hypermarket', 108_000, 60)).toBe('C')
  })

  it('puts exactly 5,000 m² in A and 4,999.9 m² in B', () => {
    // 50,000 / 10 = 5,000.0; 49,999 / 10 = 4,999.9
    expect(storeClass('hypermarket', 50_000, 10)).toBe('A')
    expect(storeClass('hypermarket', 49_999, 10)).toBe('B')
  })

  it('puts exactly 2,000 m² in B and 1,999.9 m² in C', () => {
    // 20,000 / 10 = 2,000.0; 19,999 / 10 = 1,999.9
    expect(storeClass('hypermarket', 20_000, 10)).toBe('B')
    expect(storeClass('hypermarket', 19_999, 10)).toBe('C')
  })

  it('does not round an average of 4,999.95 m² up into class A', () => {
    // 99,999 m² / 20 stores = 4,999.95 m² < 5,000 → B (the one-decimal display may show 5,000.0)
    expect(storeClass('hypermarket', 99_999, 20)).toBe('B')
  })

  it('does not round an average of 1,999.95 m² up into class B', () => {
    // 39,999 m² / 20 stores = 1,999.95 m² < 2,000 → C
    expect(storeClass('hypermarket', 39_999, 20)).toBe('C')
  })

  it('gives no class without stores or area', () => {
    expect(storeClass('hypermarket', 391_000, 0)).toBeNull()
    expect(storeClass('hypermarket', 391_000, null)).toBeNull()
    expect(storeClass('hypermarket', null, 46)).toBeNull()
    expect(storeClass('hypermarket', 0, 46)).toBeNull()
    expect(storeClass('hypermarket', null, null)).toBeNull()
  })

  it('gives no class to formats other than hypermarket, however big the stores', () => {
    expect(storeClass('supermarket', 391_000, 46)).toBeNull()
    expect(storeClass('convenience', 391_000, 46)).toBeNull()
    expect(storeClass('pharmacy', 391_000, 46)).toBeNull()
  })
})

describe('averageStoreAreaM2 (店均面积)', () => {
  it('divides the total area by the direct stores, to one decimal', () => {
    // 391,000 / 46 = 8,500 exactly
    expect(averageStoreAreaM2(391_000, 46)).toBe(8500)
    // 1,000 / 3 = 333.33… → 333.3; 2,000 / 3 = 666.66… → 666.7
    expect(averageStoreAreaM2(1000, 3)).toBe(333.3)
    expect(averageStoreAreaM2(2000, 3)).toBe(666.7)
    // 1,530 / 18 = 85
    expect(averageStoreAreaM2(1530, 18)).toBe(85)
  })

  it('is 0 for zero area and null without stores or area', () => {
    expect(averageStoreAreaM2(0, 5)).toBe(0)
    expect(averageStoreAreaM2(1000, 0)).toBeNull()
    expect(averageStoreAreaM2(1000, null)).toBeNull()
    expect(averageStoreAreaM2(null, 5)).toBeNull()
  })
})

describe('salesPerM2Fen (坪效 = sales / area)', () => {
  it('works out 坪效 in fen per m², rounded half up', () => {
    // ¥96亿 = 9,600,000,000 yuan = 960,000,000,000 fen over 391,000 m²
    // = 2,455,242.967 fen/m² → 2,455,243 fen (¥24,552.43 per m²)
    expect(salesPerM2Fen(960_000_000_000, 391_000)).toBe(2_455_243)
    // ¥52亿 = 520,000,000,000 fen / 202,400 m² = 2,569,169.96 → 2,569,170
    expect(salesPerM2Fen(520_000_000_000, 202_400)).toBe(2_569_170)
  })

  it('rounds an exact half up', () => {
    // 5 / 2 = 2.5 → 3; 7 / 2 = 3.5 → 4; 9 / 4 = 2.25 → 2
    expect(salesPerM2Fen(5, 2)).toBe(3)
    expect(salesPerM2Fen(7, 2)).toBe(4)
    expect(salesPerM2Fen(9, 4)).toBe(2)
  })

  it('is null without a positive area or without sales', () => {
    expect(salesPerM2Fen(960_000_000_000, 0)).toBeNull()
    expect(salesPerM2Fen(960_000_000_000, null)).toBeNull()
    expect(salesPerM2Fen(null, 391_000)).toBeNull()
  })

  it('is 0 for zero sales over a known area', () => {
    expect(salesPerM2Fen(0, 391_000)).toBe(0)
  })
})

describe('salesPerEmployeeFen (人效 = sales / employees)', () => {
  it('works out 人效 in fen per employee', () => {
    // 960,000,000,000 fen / 18,400 employees = 52,173,913.04 → 52,173,913 fen (¥521,739.13)
    expect(salesPerEmployeeFen(960_000_000_000, 18_400)).toBe(52_173_913)
    // 42,000,000 yuan = 4,200,000,000 fen / 96 = 43,750,000 exactly
    expect(salesPerEmployeeFen(4_200_000_000, 96)).toBe(43_750_000)
    // 3 / 2 = 1.5 → 2 (half up)
    expect(salesPerEmployeeFen(3, 2)).toBe(2)
  })

  it('is null without employees or sales', () => {
    expect(salesPerEmployeeFen(960_000_000_000, 0)).toBeNull()
    expect(salesPerEmployeeFen(960_000_000_000, null)).toBeNull()
    expect(salesPerEmployeeFen(null, 18_400)).toBeNull()
  })
})

describe('averageTicketFen (客单价 = annual sales / (daily transactions × 365))', () => {
  it('turns daily transactions into annual ones with 365 trading days', () => {
    // 174,800 transactions a day × 365 = 63,802,000 a year;
    // 960,000,000,000 fen / 63,802,000 = 15,046.55 → 15,047 fen (¥150.47)
    expect(averageTicketFen(960_000_000_000, 174_800)).toBe(15_047)
    // 1 transaction a day, ¥3,650 a year = 365,000 fen → 1,000 fen a ticket
    expect(averageTicketFen(365_000, 1)).toBe(1000)
  })

  it('rounds half up', () => {
    // 1,095 fen / (2 × 365) = 1.5 → 2; 1,094 / 730 = 1.4986 → 1
    expect(averageTicketFen(1095, 2)).toBe(2)
    expect(averageTicketFen(1094, 2)).toBe(1)
  })

  it('is null without transactions or sales', () => {
    expect(averageTicketFen(960_000_000_000, 0)).toBeNull()
    expect(averageTicketFen(960_000_000_000, null)).toBeNull()
    expect(averageTicketFen(null, 174_800)).toBeNull()
  })
})

describe('conversionRate (成交率 = transactions / traffic)', () => {
  it('is the share of visitors who buy, as a ratio', () => {
    // 1 of 4 visitors buys → 0.25
    expect(conversionRate(1, 4)).toBe(0.25)
    // 27,000 / 54,000 = 0.5
    expect(conversionRate(27_000, 54_000)).toBe(0.5)
    // 174,800 / 414,000 = 0.42222…
    expect(conversionRate(174_800, 414_000)).toBeCloseTo(0.422222, 6)
    expect(conversionRate(0, 100)).toBe(0)
  })

  it('is null without traffic or transactions', () => {
    expect(conversionRate(10, 0)).toBeNull()
    expect(conversionRate(10, null)).toBeNull()
    expect(conversionRate(null, 100)).toBeNull()
  })
})

describe('accountKpis', () => {
  it('gives every KPI of one account at once (沃尔玛华南 demo figures)', () => {
    const kpis = accountKpis({
      format: 'hypermarket',
      directStores: 46,
      franchiseStores: 0,
      salesAreaM2: 391_000,
      annualSalesFen: 960_000_000_000,
      employees: 18_400,
      dailyTraffic: 414_000,
      dailyTransactions: 174_800
    })
    expect(kpis).toEqual({
      totalStores: 46,
      averageStoreAreaM2: 8500,
      storeClass: 'A',
      salesPerM2Fen: 2_455_243,
      salesPerEmployeeFen: 52_173_913,
      // 960,000,000,000 ÷ 391,000 ÷ 365 = 6,726.69… → 6,727 fen (¥67.27 per m² a day).
      salesPerM2PerDayFen: 6_727,
      // 960,000,000,000 ÷ 18,400 ÷ 365 = 142,942.22… → 142,942 fen (¥1,429.42 per person a day).
      salesPerEmployeePerDayFen: 142_942,
      averageTicketFen: 15_047,
      conversionRate: 174_800 / 414_000
    })
  })

  it('gives all nulls for an account with no figures', () => {
    expect(
      accountKpis({
        format: 'pharmacy',
        directStores: null,
        franchiseStores: null,
        salesAreaM2: null,
        annualSalesFen: null,
        employees: null,
        dailyTraffic: null,
        dailyTransactions: null
      })
    ).toEqual({
      totalStores: null,
      averageStoreAreaM2: null,
      storeClass: null,
      salesPerM2Fen: null,
      salesPerEmployeeFen: null,
      salesPerM2PerDayFen: null,
      salesPerEmployeePerDayFen: null,
      averageTicketFen: null,
      conversionRate: null
    })
  })
})

describe('totalStores (门店总数 = 直营 + 加盟)', () => {
  it('adds franchise stores to direct stores', () => {
    // 老百姓大药房-like: 8,000 direct + 1,900 franchise = 9,900 stores.
    expect(totalStores(8000, 1900)).toBe(9900)
    expect(totalStores(46, 0)).toBe(46)
  })

  it('is unknown when either count is: a blank franchise count is not zero', () => {
    expect(totalStores(46, null)).toBeNull()
    expect(totalStores(null, 12)).toBeNull()
  })
})

describe('日坪效 / 日人效: the annual figure per trading day', () => {
  it('divides by 365 once, rounding the fen half up at the end', () => {
    // ¥3,650,000 a year on 100 m²: 365,000,000 fen ÷ 100 ÷ 365 = 10,000 fen = ¥100 per m² a day,
    // while 坪效 is 3,650,000 fen = ¥36,500 per m² a year.
    expect(salesPerM2Fen(365_000_000, 100)).toBe(3_650_000)
    expect(salesPerM2PerDayFen(365_000_000, 100)).toBe(10_000)
    // 100,000 fen ÷ 1 person ÷ 365 = 273.97… → 274 fen.
    expect(salesPerEmployeePerDayFen(100_000, 1)).toBe(274)
    // 182,500 fen ÷ 1,000 m² ÷ 365 = 0.5 fen exactly → half up to 1.
    expect(salesPerM2PerDayFen(182_500, 1000)).toBe(1)
  })

  it('is null without a positive area or headcount', () => {
    expect(salesPerM2PerDayFen(100, 0)).toBeNull()
    expect(salesPerEmployeePerDayFen(100, null)).toBeNull()
    expect(salesPerM2PerDayFen(null, 10)).toBeNull()
  })
})
