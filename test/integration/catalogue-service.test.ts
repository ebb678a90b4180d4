import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'

/** A workspace with one account and the two SKUs most tests start from. */
async function workspaceWithSkus(): Promise<TestWorkbench & { accountId: number; vitaminId: number; coldId: number }> {
  const wb = openTestWorkbench()
  const account = await wb.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: '连锁药店' } })
  const vitamin = await wb.call('catalogue:create', {
    values: { code: 'SKU-0001', barcode: '6937215000010', name: '维生素C片', listSupplyPriceFen: '8.70', suggestedRetailPriceFen: '16.80', isKeySku: '是' }
  })
  const cold = await wb.call('catalogue:create', { values: { code: 'SKU-0002', name: '感冒灵颗粒', listSupplyPriceFen: '10.3' } })
  return { ...wb, accountId: account.id, vitaminId: vitamin.id, coldId: cold.id }
}

describe('catalogue: create and edit', () => {
  it('stores prices typed in yuan as fen, flags and the checked barcode', async () => {
    const { call, vitaminId } = await workspaceWithSkus()
    const [vitamin] = await call('catalogue:list', {})
    expect(vitamin).toMatchObject({
      id: vitaminId,
      code: 'SKU-0001',
      barcode: '6937215000010',
      listSupplyPriceFen: 870,
      suggestedRetailPriceFen: 1680,
      unitCostFen: null,
      isKeySku: true,
      status: 'active'
    })
    // "1.2万" yuan = 12,000.00 yuan = 1,200,000 fen
    expect(await call('catalogue:update', { id: vitaminId, patch: { suggestedRetailPriceFen: '1.2万', status: '停产' } })).toMatchObject({
      suggestedRetailPriceFen: 1_200_000,
      status: 'discontinued'
    })
  })

  it('gives a new SKU the next SKU code, and refuses one without a list supply price', async () => {
    const { call, callFailing } = await workspaceWithSkus()
    expect((await call('catalogue:create', { values: { listSupplyPriceFen: '5' } })).code).toBe('SKU-0003')
    const refused = await callFailing('catalogue:create', { values: { name: '无价品' } })
    expect(refused.code).toBe('validation')
    expect(refused.message).toBe('“供货价（目录）”不能为空')
  })

  it('refuses a supply price of 0, a duplicate code in other case, a used barcode and a wrong check digit, each with its reason', async () => {
    const { callFailing, coldId } = await workspaceWithSkus()
    expect((await callFailing('catalogue:update', { id: coldId, patch: { listSupplyPriceFen: '0' } })).message).toBe('供货价必须大于 0（当前 0.00 元）')
    expect((await callFailing('catalogue:update', { id: coldId, patch: { code: 'sku-0001' } })).message).toBe('SKU 编码“sku-0001”已被使用')
    expect((await callFailing('catalogue:update', { id: coldId, patch: { barcode: '6937215000010' } })).message).toBe('条码“6937215000010”已被 SKU SKU-0001 使用')
    // 693721500001 + check digit: 6·1+9·3+3·1+7·3+2·1+1·3+5·1+0+0+0+0+1·3 = 70 → check digit 0; 7 is wrong
    expect((await callFailing('catalogue:update', { id: coldId, patch: { barcode: '6937215000017' } })).message).toBe(
      '条码“6937215000017”校验位错误：最后一位应为 0，实际为 7'
    )
  })

  it('refuses a barcode that Excel turned into a number (6.90123E+12) with that reason', async () => {
    const { callFailing, coldId } = await workspaceWithSkus()
    const refused = await callFailing('catalogue:update', { id: coldId, patch: { barcode: '6.90123E+12' } })
    expect(refused.message).toContain('被 Excel 转成了科学计数法')
  })

  it('stores a unit cost above the supply price (a warning, not an error)', async () => {
    const { call, coldId } = await workspaceWithSkus()
    expect((await call('catalogue:update', { id: coldId, patch: { unitCostFen: '12' } })).unitCostFen).toBe(1200)
  })
})

describe('catalogue: paste', () => {
  it('stores the valid cells, reports each refused cell with its reason, and creates rows past the end', async () => {
    const { call, vitaminId, coldId } = await workspaceWithSkus()
    const result = await call('catalogue:apply-changes', {
      updates: [
        { id: vitaminId, patch: { name: '维生素C咀嚼片', barcode: '6.90123E+12' } },
        { id: coldId, patch: { code: 'SKU-0001', spec: '10g×9袋' } }
      ],
      creates: [{ name: '新品A', listSupplyPriceFen: '3.5' }, { name: '没价格' }]
    })
    expect(result.appliedCount).toBe(2 + 2)
    expect(result.updated.map((sku) => [sku.name, sku.barcode, sku.code, sku.spec])).toEqual([
      ['维生素C咀嚼片', '6937215000010', 'SKU-0001', ''],
      ['感冒灵颗粒', null, 'SKU-0002', '10g×9袋']
    ])
    expect(result.created.map((sku) => [sku.code, sku.name, sku.listSupplyPriceFen])).toEqual([['SKU-0003', '新品A', 350]])
    expect(result.refused.map(({ id, createIndex, field }) => ({ id, createIndex, field }))).toEqual([
      { id: vitaminId, createIndex: undefined, field: 'barcode' },
      { id: coldId, createIndex: undefined, field: 'code' },
      { id: null, createIndex: 1, field: 'listSupplyPriceFen' }
    ])
    expect(result.refused[1]?.message).toBe('SKU 编码“SKU-0001”已被使用')
  })
})

describe('catalogue: delete and undo', () => {
  it('tells what a delete takes with it, removes the SKU with its lines, and restores both', async () => {
    const { call, accountId, vitaminId, coldId } = await workspaceWithSkus()
    const other = await call('accounts:create', { values: { code: 'KA-0002', name: '沃尔玛', format: 'hypermarket' } })
    await call('assortment:add', { accountId, skuIds: [vitaminId, coldId], status: 'listed' })
    await call('assortment:add', { accountId: other.id, skuIds: [vitaminId], status: 'proposed' })
    const [line] = await call('assortment:list', { accountId })
    await call('assortment:update', { id: line!.id, patch: { plannedAnnualUnits: '1.2万', supplyPriceFen: '8.2' } })

    expect(await call('catalogue:delete-impact', { ids: [vitaminId] })).toEqual({ skuCount: 1, assortmentLineCount: 2, accountCount: 2 })
    const removed = await call('catalogue:delete', { ids: [vitaminId] })
    expect(removed.skus.map((sku) => sku.code)).toEqual(['SKU-0001'])
    expect(removed.lines).toHaveLength(2)
    expect((await call('catalogue:list', {})).map((sku) => sku.code)).toEqual(['SKU-0002'])
    expect(await call('assortment:list', { accountId: other.id })).toEqual([])

    const restored = await call('catalogue:restore', removed)
    expect(restored.skus[0]).toMatchObject({ id: vitaminId, code: 'SKU-0001', barcode: '6937215000010' })
    const lines = await call('assortment:list', { accountId })
    expect(lines.find((l) => l.skuId === vitaminId)).toMatchObject({ id: line!.id, plannedAnnualUnits: 12_000, supplyPriceFen: 820 })
    expect(await call('assortment:list', { accountId: other.id })).toHaveLength(1)
  })

  it('refuses to restore a SKU whose barcode fails its check digit, whatever the sender claims', async () => {
    const { call, callFailing, vitaminId } = await workspaceWithSkus()
    const removed = await call('catalogue:delete', { ids: [vitaminId] })
    const tampered = { skus: removed.skus.map((sku) => ({ ...sku, barcode: '6937215000017' })), lines: [] }
    expect((await callFailing('catalogue:restore', tampered)).message).toBe('条码“6937215000017”校验位错误：最后一位应为 0，实际为 7')
  })

  it('restores nothing when one SKU cannot come back (its code was taken meanwhile)', async () => {
    const { call, callFailing, vitaminId, coldId } = await workspaceWithSkus()
    const removed = await call('catalogue:delete', { ids: [vitaminId, coldId] })
    await call('catalogue:create', { values: { code: 'SKU-0002', listSupplyPriceFen: '1' } })
    const refused = await callFailing('catalogue:restore', removed)
    expect(refused.message).toBe('SKU 编码“SKU-0002”已被使用')
    expect((await call('catalogue:list', {})).map((sku) => sku.code)).toEqual(['SKU-0002'])
  })
})

describe('the demo workspace', () => {
  it('holds the 66 SKUs of the consumer-health supplier and 470 assortment lines over the 18 demo accounts', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const skus = await call('catalogue:list', {})
    expect(skus).toHaveLength(66)
    // SKU-0001 as the file types it: cost 4.74, supply 8.70, retail 16.80, case pack 30, key SKU
    expect(skus[0]).toMatchObject({
      code: 'SKU-0001',
      barcode: '6937215000010',
      name: '华康复方氨酚烷胺片',
      casePack: 30,
      unitCostFen: 474,
      listSupplyPriceFen: 870,
      suggestedRetailPriceFen: 1680,
      isKeySku: true
    })
    const matrix = await call('assortment:matrix', {})
    expect(matrix.accountIds).toHaveLength(18)
    const carried = Object.values(matrix.statuses).join('').replace(/\./g, '')
    expect(carried).toHaveLength(470)
    // KA-0001's first line: SKU-0020 listed, 93,990 units at its own supply price 25.51
    const [first] = await call('assortment:list', { accountId: matrix.accountIds[0]! })
    expect(first).toMatchObject({ skuId: skus.find((sku) => sku.code === 'SKU-0020')!.id, status: 'listed', plannedAnnualUnits: 93_990, supplyPriceFen: 2551 })
  })
})
