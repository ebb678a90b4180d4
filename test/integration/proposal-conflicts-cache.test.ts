import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

/**
 * proposal:conflicts keeps its report between calls; every write it is read from must show in
 * the next report. 沃尔玛 protects all SKUs in 上海市 (31) for 2026; 家乐福 protects SKU-A in
 * 浦东新区 (310115) for 2026: one overlap, seen from both clauses (2 conflict sides).
 */
async function workspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const walmart = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket' } })
  const carrefour = await call('accounts:create', { values: { code: 'KA-0002', name: '家乐福', format: 'hypermarket' } })
  const sku = await call('catalogue:create', { values: { code: 'SKU-A', name: '维C', listSupplyPriceFen: '10' } })
  const ours = await call('proposal:create', { accountId: walmart.id, name: '沃尔玛方案' })
  const theirs = await call('proposal:create', { accountId: carrefour.id, name: '家乐福方案' })
  const clause = (proposalId: number, skuIds: number[] | 'all', territoryCode: string) => ({
    proposalId,
    skuIds,
    territoryCode,
    type: 'exclusive' as const,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    minimumPurchaseFen: null,
    sellThroughRatePpm: null,
    consequence: 'becomes_non_exclusive' as const
  })
  const ourClause = await call('proposal:clause-upsert', clause(ours.id, 'all', '31'))
  const theirClause = await call('proposal:clause-upsert', clause(theirs.id, [sku.id], '310115'))
  const conflicts = () => call('proposal:conflicts', {})
  return { ...wb, walmart, carrefour, sku, ours, theirs, clause, ourClause, theirClause, conflicts }
}

describe('proposal:conflicts after each kind of write', () => {
  it('follows a clause moved away, removed and put back', async () => {
    const { call, conflicts, clause, theirs, sku, theirClause } = await workspace()
    expect((await conflicts()).conflicts).toHaveLength(2)
    // 广东省 (44) does not overlap 上海市
    await call('proposal:clause-upsert', { ...clause(theirs.id, [sku.id], '44'), id: theirClause.item.id })
    expect((await conflicts()).conflicts).toHaveLength(0)
    await call('proposal:clause-upsert', { ...clause(theirs.id, [sku.id], '310115'), id: theirClause.item.id })
    expect((await conflicts()).conflicts).toHaveLength(2)
    await call('proposal:clause-remove', { id: theirClause.item.id })
    expect((await conflicts()).conflicts).toHaveLength(0)
  })

  it('follows an account renamed, a SKU renamed, a conflict marked settled and a proposal deleted', async () => {
    const { call, conflicts, carrefour, sku, ours, theirs, ourClause } = await workspace()
    const fromOurs = async () => (await conflicts()).conflicts.find((conflict) => conflict.clauseId === ourClause.item.id)
    expect(await fromOurs()).toMatchObject({ otherAccountName: '家乐福', isResolved: false, skus: [{ skuCode: 'SKU-A', name: '维C' }] })
    await call('accounts:update', { id: carrefour.id, patch: { name: '家乐福上海' } })
    expect((await fromOurs())?.otherAccountName).toBe('家乐福上海')
    await call('catalogue:update', { id: sku.id, patch: { name: '维C 泡腾片' } })
    expect((await fromOurs())?.skus).toEqual([{ skuId: sku.id, skuCode: 'SKU-A', name: '维C 泡腾片' }])
    const key = (await fromOurs())!.key
    await call('proposal:update', { proposalId: ours.id, patch: { resolvedConflictKeys: [key] } })
    expect((await fromOurs())?.isResolved).toBe(true)
    await call('proposal:delete', { proposalId: theirs.id })
    expect((await conflicts()).conflicts).toHaveLength(0)
  })

  it('drops the conflicts of a binned account and shows them again once restored', async () => {
    const { call, conflicts, carrefour } = await workspace()
    expect((await conflicts()).conflicts).toHaveLength(2)
    const [binned] = await call('accounts:delete', { ids: [carrefour.id] })
    expect((await conflicts()).conflicts).toHaveLength(0)
    await call('accounts:restore', { ids: [carrefour.id], baseVersions: [binned!.rowVersion] })
    expect((await conflicts()).conflicts).toHaveLength(2)
  })

  it('answers one account’s side from its own entry', async () => {
    const { call, conflicts, walmart, carrefour } = await workspace()
    await conflicts()
    const ofWalmart = await call('proposal:conflicts', { accountId: walmart.id })
    expect(ofWalmart.conflicts.map((conflict) => conflict.accountId)).toEqual([walmart.id])
    const ofCarrefour = await call('proposal:conflicts', { accountId: carrefour.id })
    expect(ofCarrefour.conflicts.map((conflict) => conflict.accountId)).toEqual([carrefour.id])
  })
})
