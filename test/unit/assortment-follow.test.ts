import { describe, expect, it } from 'vitest'
import { NO_ACCOUNT_TARGET } from '../../src/shared/domain/sku'
import { assortmentTotalsRow, catalogueWithChanges, rowsWithNewSkus, toAssortmentRow } from '../../src/features/assortment/assortment-rows'
import { lineOf as line, skuOf as sku } from './sku-fixtures'

const rebuild = (rows: Parameters<typeof rowsWithNewSkus>[0], skus: ReturnType<typeof sku>[]) =>
  rowsWithNewSkus(rows, new Map(skus.map((each) => [each.id, each])), (row, target) => toAssortmentRow(row, skus.find((each) => each.id === row.skuId) ?? sku(row.skuId), target), NO_ACCOUNT_TARGET)

describe('assortment rows after a SKU changed in the catalogue elsewhere', () => {
  // SKU-1: retail ¥19.80, list supply ¥9.90, no own price on the line: front margin (1980 − 990) / 1980 = 50.0 %.
  const vitaminC = sku(1, { listSupplyPriceFen: 990, suggestedRetailPriceFen: 1980 })
  // SKU-2: the line has its own supply ¥6.50 and retail ¥12.00: (1200 − 650) / 1200 = 45.8 %.
  const ownPriced = sku(2, { listSupplyPriceFen: 700, suggestedRetailPriceFen: 1500 })
  // SKU-3: unchanged.
  const untouched = sku(3, { listSupplyPriceFen: 500, suggestedRetailPriceFen: 1000 })
  const rows = [
    toAssortmentRow(line(1, { rowVersion: 4 }), vitaminC, NO_ACCOUNT_TARGET),
    toAssortmentRow(line(2, { supplyPriceFen: 650, retailPriceFen: 1200 }), ownPriced, NO_ACCOUNT_TARGET),
    toAssortmentRow(line(3), untouched, NO_ACCOUNT_TARGET)
  ]

  it('recomputes the margin of a line on the catalogue price from the new list supply price, the line itself unchanged', () => {
    expect(rows[0]?.figures.frontMarginPpm).toBe(500_000)
    // List supply ¥9.90 → ¥7.92: (1980 − 792) / 1980 = 1188 / 1980 = 60.0 %; 100 units × ¥7.92 = ¥792.00 planned purchase value.
    const cheaper = { ...vitaminC, listSupplyPriceFen: 792, rowVersion: 2 }
    const [rebuilt, ...others] = rebuild(rows, [cheaper, ownPriced, untouched])
    expect(others).toEqual([])
    expect(rebuilt).toMatchObject({ id: 1, rowVersion: 4, supplyPriceFen: null, sku: cheaper })
    expect(rebuilt?.figures).toMatchObject({ supplyPriceFen: 792, frontMarginPpm: 600_000, plannedPurchaseValueFen: 79_200 })
  })

  it('shows the new name and status of a SKU, while a line with its own prices keeps its margin', () => {
    const renamed = { ...ownPriced, name: '维C泡腾片 新包装', status: 'discontinued' as const, listSupplyPriceFen: 900, rowVersion: 2 }
    const [rebuilt] = rebuild(rows, [vitaminC, renamed, untouched])
    expect(rebuilt?.sku).toMatchObject({ name: '维C泡腾片 新包装', status: 'discontinued' })
    // Still (1200 − 650) / 1200 = 550 / 1200 = 45.83 % → 458,333 ppm: the account's own price wins over the list price.
    expect(rebuilt?.figures).toMatchObject({ supplyPriceFen: 650, frontMarginPpm: 458_333 })
  })

  it('rebuilds no row whose SKU is the one held, nor one whose SKU the catalogue does not have, nor the totals row', () => {
    const totals = assortmentTotalsRow(rows, rows[0] ?? (undefined as never))
    expect(rebuild([...rows, totals], [vitaminC, ownPriced, untouched])).toEqual([])
    expect(rebuild(rows, [])).toEqual([])
  })
})

describe('the catalogue after changes from another window', () => {
  it('puts fresh SKUs in place, adds new ones at the end, takes gone ones out, and keeps the others as they were', () => {
    const [one, two, three] = [sku(1), sku(2), sku(3)]
    const twoRenamed = { ...two, name: '新名称', rowVersion: 2 }
    const created = sku(9)
    const after = catalogueWithChanges([one, two, three], [twoRenamed, created], [3])
    expect(after.map((each) => each.id)).toEqual([1, 2, 9])
    expect(after[0]).toBe(one)
    expect(after[1]).toBe(twoRenamed)
    // A SKU named both fresh and gone (binned after it was read) stays out.
    expect(catalogueWithChanges([one], [created], [9])).toEqual([one])
  })
})
