import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

/**
 * Two accounts (a pharmacy chain and a hypermarket) and three SKUs:
 *   SKU-0001 list supply 8.70, retail 16.80 · SKU-0002 supply 10.30, no retail · SKU-0003 supply 20.00, retail 30.00
 */
async function workspace() {
  const wb = openTestWorkbench()
  const pharmacy = await wb.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy' } })
  const hyper = await wb.call('accounts:create', { values: { code: 'KA-0002', name: '沃尔玛', format: 'hypermarket' } })
  const sku1 = await wb.call('catalogue:create', { values: { code: 'SKU-0001', name: '维C', listSupplyPriceFen: '8.70', suggestedRetailPriceFen: '16.80' } })
  const sku2 = await wb.call('catalogue:create', { values: { code: 'SKU-0002', name: '感冒灵', listSupplyPriceFen: '10.30' } })
  const sku3 = await wb.call('catalogue:create', { values: { code: 'SKU-0003', name: '钙片', listSupplyPriceFen: '20', suggestedRetailPriceFen: '30' } })
  return { ...wb, pharmacy: pharmacy.id, hyper: hyper.id, sku1: sku1.id, sku2: sku2.id, sku3: sku3.id }
}

describe('assortment lines', () => {
  it('adds SKUs with a status, skipping those the account carries, and edits a line as typed', async () => {
    const { call, pharmacy, sku1, sku2 } = await workspace()
    expect(await call('assortment:add', { accountId: pharmacy, skuIds: [sku1], status: 'listed' })).toHaveLength(1)
    const added = await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku2], status: 'proposed' })
    expect(added.map((line) => [line.skuId, line.status, line.supplyPriceFen])).toEqual([[sku2, 'proposed', null]])
    const line = await call('assortment:update', { id: added[0]!.id, patch: { supplyPriceFen: '9.9', plannedAnnualUnits: '2万', marginTargetPpm: '55%', status: '已上架' } })
    expect(line).toMatchObject({ supplyPriceFen: 990, plannedAnnualUnits: 20_000, marginTargetPpm: 550_000, status: 'listed' })
  })

  it('refuses a supply price of 0 and reports refused cells of a paste while storing the rest', async () => {
    const { call, callFailing, pharmacy, sku1, sku2, sku3 } = await workspace()
    const [line1, line2] = await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku2], status: 'listed' })
    expect((await callFailing('assortment:update', { id: line1!.id, patch: { supplyPriceFen: '0' } })).message).toBe('供货价必须大于 0（当前 0.00 元）')
    const result = await call('assortment:apply-changes', {
      updates: [{ id: line1!.id, patch: { plannedAnnualUnits: '1000', retailPriceFen: 'abc' } }, { id: line2!.id, patch: { status: '拟进场' } }],
      creates: [{ accountId: pharmacy, skuId: sku3, patch: { plannedAnnualUnits: '500' } }, { accountId: pharmacy, skuId: sku1, patch: {} }]
    })
    expect(result.appliedCount).toBe(3)
    expect(result.updated.map((line) => [line.plannedAnnualUnits, line.retailPriceFen, line.status])).toEqual([
      [1000, null, 'listed'],
      [null, null, 'proposed']
    ])
    expect(result.created.map((line) => [line.skuId, line.plannedAnnualUnits])).toEqual([[sku3, 500]])
    expect(result.refused).toEqual([
      { id: line1!.id, field: 'retailPriceFen', message: '“零售价”须为数字，收到“abc”' },
      { id: null, createIndex: 1, field: 'skuId', message: '客户已经营 SKU SKU-0001，不能重复添加' }
    ])
  })

  it('removes lines and restores them under their ids (undo)', async () => {
    const { call, pharmacy, sku1, sku2 } = await workspace()
    const lines = await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku2], status: 'listed' })
    const removed = await call('assortment:remove', { ids: lines.map((line) => line.id) })
    expect(await call('assortment:list', { accountId: pharmacy })).toEqual([])
    const restored = await call('assortment:restore', { lines: removed })
    expect(restored.map((line) => line.id)).toEqual(lines.map((line) => line.id))
  })
})

describe('bulk price', () => {
  it('raises supply prices by a percentage from the price in force, rounding each change half up to the fen', async () => {
    const { call, pharmacy, sku1, sku3 } = await workspace()
    const lines = await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku3], status: 'listed' })
    await call('assortment:update', { id: lines[1]!.id, patch: { supplyPriceFen: '19.99' } })
    const { before, after } = await call('assortment:bulk-price', { ids: lines.map((l) => l.id), field: 'supplyPrice', mode: 'percent', amount: '+5%' })
    expect(before.map((line) => line.supplyPriceFen)).toEqual([null, 1999])
    // 870 × 5% = 43.5 → 44 → 914; 1999 × 5% = 99.95 → 100 → 2099
    expect(after.map((line) => line.supplyPriceFen)).toEqual([914, 2099])
  })

  it('lowers retail prices by yuan, and one line that cannot change leaves every line unchanged', async () => {
    const { call, callFailing, pharmacy, sku1, sku2, sku3 } = await workspace()
    const lines = await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku3], status: 'listed' })
    const { after } = await call('assortment:bulk-price', { ids: lines.map((l) => l.id), field: 'retailPrice', mode: 'yuan', amount: '-0.8' })
    // 16.80 − 0.80 = 16.00; 30.00 − 0.80 = 29.20
    expect(after.map((line) => line.retailPriceFen)).toEqual([1600, 2920])

    const [noRetail] = await call('assortment:add', { accountId: pharmacy, skuIds: [sku2], status: 'listed' })
    const ids = [...lines.map((l) => l.id), noRetail!.id]
    expect((await callFailing('assortment:bulk-price', { ids, field: 'retailPrice', mode: 'percent', amount: '10' })).message).toBe('SKU SKU-0002 没有零售价，无法调整')
    // 16.00 − 20 < 0 on the first line: refused, and the second line (29.20) kept its price too
    expect((await callFailing('assortment:bulk-price', { ids: lines.map((l) => l.id), field: 'retailPrice', mode: 'yuan', amount: '-20' })).message).toBe(
      'SKU SKU-0001 调整后的零售价为 -4.00 元，必须大于 0'
    )
    expect((await call('assortment:list', { accountId: pharmacy })).map((line) => line.retailPriceFen)).toEqual([1600, 2920, null])
  })
})

describe('copy, matrix, whitespace and the margin target', () => {
  it('copies the lines the target lacks, or replaces its assortment', async () => {
    const { call, pharmacy, hyper, sku1, sku2, sku3 } = await workspace()
    await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku2], status: 'listed' })
    const [hyperLine] = await call('assortment:add', { accountId: hyper, skuIds: [sku2, sku3], status: 'proposed' })
    const added = await call('assortment:copy', { fromAccountId: pharmacy, toAccountId: hyper, mode: 'add-missing' })
    expect(added.created.map((line) => [line.skuId, line.status])).toEqual([[sku1, 'listed']])
    expect(added.removed).toEqual([])

    const replaced = await call('assortment:copy', { fromAccountId: pharmacy, toAccountId: hyper, mode: 'replace' })
    expect(replaced.removed.map((line) => line.skuId).sort()).toEqual([sku1, sku2, sku3].sort())
    expect(replaced.removed.find((line) => line.id === hyperLine!.id)?.status).toBe('proposed')
    expect((await call('assortment:list', { accountId: hyper })).map((line) => [line.skuId, line.status])).toEqual([
      [sku1, 'listed'],
      [sku2, 'listed']
    ])
  })

  it('answers the matrix one char per SKU: L listed, P proposed, D delisted, . not carried', async () => {
    const { call, pharmacy, hyper, sku1, sku2, sku3 } = await workspace()
    await call('assortment:add', { accountId: pharmacy, skuIds: [sku1], status: 'listed' })
    await call('assortment:add', { accountId: pharmacy, skuIds: [sku3], status: 'delisted' })
    await call('assortment:add', { accountId: hyper, skuIds: [sku2], status: 'proposed' })
    expect(await call('assortment:matrix', {})).toEqual({
      accountIds: [pharmacy, hyper],
      skuIds: [sku1, sku2, sku3],
      statuses: { [pharmacy]: 'L.D', [hyper]: '.P.' }
    })
  })

  it('ranks the SKUs an account lacks by what other accounts plan to buy of them', async () => {
    const { call, pharmacy, hyper, sku1, sku2, sku3 } = await workspace()
    const [, line3] = await call('assortment:add', { accountId: hyper, skuIds: [sku2, sku3], status: 'listed' })
    // hypermarket plans 100 × SKU-0003 at 20.00 = 2,000.00; SKU-0002 has no planned units (0)
    await call('assortment:update', { id: line3!.id, patch: { plannedAnnualUnits: '100' } })
    const items = await call('assortment:whitespace', { accountId: pharmacy })
    expect(items.map((item) => [item.skuId, item.carryingAccountCount, item.plannedValueFen])).toEqual([
      [sku3, 1, 200_000],
      [sku2, 1, 0],
      [sku1, 0, 0]
    ])
  })

  it('gives a pharmacy chain 60% by default and an own target when set; other formats none by default', async () => {
    const { call, pharmacy, hyper } = await workspace()
    expect(await call('assortment:plan-get', { accountId: pharmacy })).toEqual({ accountId: pharmacy, marginTargetPpm: null, effectiveMarginTargetPpm: 600_000 })
    expect(await call('assortment:plan-get', { accountId: hyper })).toEqual({ accountId: hyper, marginTargetPpm: null, effectiveMarginTargetPpm: null })
    expect(await call('assortment:plan-set', { accountId: hyper, marginTargetPpm: 250_000 })).toEqual({ accountId: hyper, marginTargetPpm: 250_000, effectiveMarginTargetPpm: 250_000 })
    expect(await call('assortment:plan-set', { accountId: pharmacy, marginTargetPpm: null })).toMatchObject({ effectiveMarginTargetPpm: 600_000 })
  })

  it('deleting an account takes its lines and plan with it', async () => {
    const { call, pharmacy, hyper, sku1 } = await workspace()
    await call('assortment:add', { accountId: pharmacy, skuIds: [sku1], status: 'listed' })
    await call('assortment:plan-set', { accountId: pharmacy, marginTargetPpm: 500_000 })
    await call('accounts:delete', { ids: [pharmacy] })
    expect(await call('assortment:matrix', {})).toEqual({ accountIds: [hyper], skuIds: [sku1, expect.any(Number), expect.any(Number)], statuses: { [hyper]: '...' } })
  })
})

describe('one transaction per bulk action', () => {
  it('adds nothing when one SKU of the list is gone, and deletes no SKU when one id is gone', async () => {
    const { call, callFailing, pharmacy, sku1, sku2 } = await workspace()
    const refused = await callFailing('assortment:add', { accountId: pharmacy, skuIds: [sku1, 9999, sku2], status: 'listed' })
    expect(refused).toMatchObject({ code: 'not-found', message: 'SKU 不存在或已被删除（ID 9999）' })
    expect(await call('assortment:list', { accountId: pharmacy })).toEqual([])
    expect((await callFailing('catalogue:delete', { ids: [sku1, 9999] })).code).toBe('not-found')
    expect(await call('catalogue:list', {})).toHaveLength(3)
  })

  it('copies nothing into an account when one line cannot be copied, and replace keeps the target as it was', async () => {
    const { call, callFailing, pharmacy, hyper, sku1, sku2 } = await workspace()
    await call('assortment:add', { accountId: pharmacy, skuIds: [sku1, sku2], status: 'listed' })
    const [hyperLine] = await call('assortment:add', { accountId: hyper, skuIds: [sku2], status: 'delisted' })
    expect((await callFailing('assortment:copy', { fromAccountId: pharmacy, toAccountId: 9999, mode: 'replace' })).code).toBe('not-found')
    expect((await callFailing('assortment:copy', { fromAccountId: hyper, toAccountId: hyper, mode: 'replace' })).message).toBe('来源客户和目标客户是同一个客户')
    expect(await call('assortment:list', { accountId: hyper })).toEqual([hyperLine])
  })
})
