import { describe, expect, it } from 'vitest'
import { emptyAccountValues, type Account } from '../../src/shared/domain/accounts/account'
import { toAccountRow } from '../../src/features/accounts/account-rows'
import { summariseAccounts } from '../../src/features/accounts/account-group-summary'

let nextId = 1
function row(overrides: Partial<Account>) {
  const id = nextId++
  return toAccountRow({ ...emptyAccountValues(`KA-${id}`, `客户 ${id}`), id, updatedAt: '2025-01-01T00:00:00.000Z', ...overrides }, null)
}

/*
 * Three accounts in 上海 (31…), one in 浙江 (33…), one without a region:
 *            region   stores  top3   HQ    area   sales (fen)     verdict
 *   A        310115     30    yes    yes   1,000  200,000,000     符合 (all three met)
 *   B        310101     10    yes    yes   3,000  100,000,000     不符合 (fewer than 25 stores)
 *   C        310101     40    null   yes    null   50,000,000     待定 (top-3 unknown)
 *   D        330100     30    yes    yes   500     10,000,000     符合
 *   E        null        -    -      -     -            -        待定
 */
const rows = () => [
  row({ regionCode: '310115', directStores: 30, isTopThreeInRegion: true, hasStrongHqExecution: true, salesAreaM2: 1000, annualSalesFen: 200_000_000 }),
  row({ regionCode: '310101', directStores: 10, isTopThreeInRegion: true, hasStrongHqExecution: true, salesAreaM2: 3000, annualSalesFen: 100_000_000 }),
  row({ regionCode: '310101', directStores: 40, hasStrongHqExecution: true, annualSalesFen: 50_000_000 }),
  row({ regionCode: '330100', directStores: 30, isTopThreeInRegion: true, hasStrongHqExecution: true, salesAreaM2: 500, annualSalesFen: 10_000_000 }),
  row({})
]

describe('the summary by group beside the grid', () => {
  it('counts 符合 / 待定 / 不符合 per province, largest first and the unknown region last', () => {
    const byProvince = summariseAccounts(rows(), 'province')
    expect(byProvince.map((group) => [group.key, group.totals.count, group.verdicts])).toEqual([
      ['310000', 3, { qualified: 1, pending: 1, not_qualified: 1 }],
      ['330000', 1, { qualified: 1, pending: 0, not_qualified: 0 }],
      ['', 1, { qualified: 0, pending: 1, not_qualified: 0 }]
    ])
  })

  it('sums and weights like the totals row: 坪效 is Σ sales ÷ Σ area over rows with both', () => {
    const shanghai = summariseAccounts(rows(), 'province')[0]
    // Sales: 200,000,000 + 100,000,000 + 50,000,000 = 350,000,000 fen.
    expect(shanghai?.totals.annualSalesFen).toBe(350_000_000)
    // 坪效 over A and B only (C has no area): (200,000,000 + 100,000,000) ÷ (1,000 + 3,000) = 75,000 fen/m².
    // The plain average of A's 200,000 and B's 33,333 would be 116,667: a different, wrong figure.
    expect(shanghai?.totals.salesPerM2Fen).toBe(75_000)
  })

  it('groups by city within the province (4 significant digits)', () => {
    const byCity = summariseAccounts(rows(), 'city')
    expect(byCity.map((group) => [group.key, group.totals.count])).toEqual([
      ['310100', 3],
      ['330100', 1],
      ['', 1]
    ])
  })
})
