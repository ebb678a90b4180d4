import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { WorkspaceChange } from '../../src/shared/workspace-change'

/**
 * Editing a protection clause's SKUs and a promotion's SKU lines in place (issue 10, point 1):
 * each edit is one channel call that changes only that part, answers what it was before, and its
 * undo is the same channel with the previous SKUs.
 *
 * Workspace: a hypermarket with 10 direct stores and two SKUs in its assortment,
 *   A: supply 10.00, retail 15.00, cost 6.00 (listed)
 *   B: supply 20.00, retail 30.00, cost 12.00 (proposed)
 * and a 2026 term sheet whose offer has a 2 % rebate and 3 % logistics (D% = 5 %).
 * A second account has its own proposal for the conflicts.
 */
async function editWorkspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const account = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket', directStores: '10' } })
  const other = await call('accounts:create', { values: { code: 'KA-0002', name: '家乐福上海', format: 'hypermarket', directStores: '5' } })
  const skuA = await call('catalogue:create', { values: { code: 'SKU-A', name: '维C', listSupplyPriceFen: '10', suggestedRetailPriceFen: '15', unitCostFen: '6' } })
  const skuB = await call('catalogue:create', { values: { code: 'SKU-B', name: '钙片', listSupplyPriceFen: '20', suggestedRetailPriceFen: '30', unitCostFen: '12' } })
  await call('assortment:add', { accountId: account.id, skuIds: [skuA.id], status: 'listed' })
  await call('assortment:add', { accountId: account.id, skuIds: [skuB.id], status: 'proposed' })
  const sheet = await call('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' })
  for (const [kind, rate] of [
    ['unconditionalRebate', '2%'],
    ['logistics', '3']
  ] as const) {
    const line = await call('terms:add-line', { sheetId: sheet.id, kind })
    await call('terms:update-line', { id: line.id, patch: { offer: { rate } } })
  }
  const ours = await call('proposal:create', { accountId: account.id, name: '沃尔玛 2026' })
  const theirs = await call('proposal:create', { accountId: other.id, name: '家乐福 2026' })
  return { ...wb, ours, theirs, skus: { a: skuA, b: skuB } }
}

const exclusiveClause = (proposalId: number, skuIds: number[] | 'all', territoryCode: string) => ({
  proposalId,
  skuIds,
  territoryCode,
  type: 'exclusive' as const,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  minimumPurchaseFen: 50_000_000,
  sellThroughRatePpm: null,
  consequence: 'becomes_non_exclusive' as const
})

describe('a clause’s SKUs edited in place', () => {
  it('clears a conflict on both sides when the SKUs no longer overlap, and the undo brings it back', async () => {
    const { call, workbench, ours, theirs, skus } = await editWorkspace()
    // Ours: A and B in 上海市 (31); theirs: A in 浦东新区 (310115). Same year: they overlap on A.
    const our = await call('proposal:clause-upsert', exclusiveClause(ours.id, [skus.a.id, skus.b.id], '31'))
    await call('proposal:clause-upsert', exclusiveClause(theirs.id, [skus.a.id], '310115'))
    expect((await call('proposal:get', { proposalId: ours.id })).conflicts).toHaveLength(1)
    expect((await call('proposal:get', { proposalId: theirs.id })).conflicts).toHaveLength(1)

    const seen: WorkspaceChange[] = []
    workbench.onChange((change) => seen.push(change))
    // Only B protected now: nothing in common with their A.
    const edited = await call('proposal:clause-skus-set', { clauseId: our.item.id, skuIds: [skus.b.id] })
    expect(edited.previous?.skuIds).toEqual([skus.a.id, skus.b.id].sort((x, y) => x - y))
    expect(edited.item).toEqual({ ...our.item, skuIds: [skus.b.id] })
    expect(seen).toContainEqual({ entity: 'proposals', created: [], changed: [ours.id], deleted: [] })

    const oursAfter = await call('proposal:get', { proposalId: ours.id })
    expect(oursAfter.conflicts).toEqual([])
    expect(oursAfter.readiness.items.some((item) => item.code === 'protection_conflict')).toBe(false)
    expect((await call('proposal:get', { proposalId: theirs.id })).conflicts).toEqual([])

    // Undo: the same channel with the SKUs it had. The conflict is back on both sides.
    await call('proposal:clause-skus-set', { clauseId: our.item.id, skuIds: edited.previous!.skuIds })
    expect((await call('proposal:get', { proposalId: ours.id })).conflicts.map((conflict) => conflict.skus)).toEqual([[{ skuId: skus.a.id, skuCode: 'SKU-A', name: '维C' }]])
    expect((await call('proposal:get', { proposalId: theirs.id })).conflicts).toHaveLength(1)
  })

  it('leaves the other fields as stored, and refuses an unknown SKU without writing', async () => {
    const { call, callFailing, ours, skus } = await editWorkspace()
    const our = await call('proposal:clause-upsert', exclusiveClause(ours.id, [skus.a.id], '31'))
    // Another window moved the clause to 广东省 meanwhile; this window only changes the SKUs.
    await call('proposal:clause-upsert', { ...exclusiveClause(ours.id, [skus.a.id], '44'), id: our.item.id })
    const edited = await call('proposal:clause-skus-set', { clauseId: our.item.id, skuIds: 'all' })
    expect(edited.item).toMatchObject({ territoryCode: '44', skuIds: 'all' })

    expect((await callFailing('proposal:clause-skus-set', { clauseId: our.item.id, skuIds: [skus.a.id, 999_999] })).code).toBe('validation')
    expect((await callFailing('proposal:clause-skus-set', { clauseId: 999_999, skuIds: 'all' })).code).toBe('not-found')
    expect((await call('proposal:get', { proposalId: ours.id })).clauses[0]?.skuIds).toBe('all')
  })

  it('names a conflict’s SKUs by code and name in the checklist, never by id', async () => {
    const { call, ours, theirs, skus } = await editWorkspace()
    await call('proposal:clause-upsert', exclusiveClause(ours.id, [skus.a.id, skus.b.id], '31'))
    await call('proposal:clause-upsert', exclusiveClause(theirs.id, [skus.a.id, skus.b.id], '3101'))
    const item = (await call('proposal:readiness', { proposalId: ours.id })).items.find((entry) => entry.code === 'protection_conflict')
    // The workspace speaks zh-CN: 维C（SKU-A）、钙片（SKU-B）.
    expect(item?.params).toMatchObject({ otherAccountName: '家乐福上海', skuCodes: 'SKU-A, SKU-B', skuNames: '维C（SKU-A）、钙片（SKU-B）' })
  })
})

/**
 * 特价 on A at 10 stores for 14 days (2026-03-02 … 03-15), +50 %, ¥1.00 funding per unit sold,
 * ¥500 fixed fee; unit contribution = 1,000 − 5 % of 1,000 − 600 = 350 fen.
 *   baseline 10 per store-week: 10 × 10 × 2 weeks = 200; incremental 100; sold 300
 *     cost = 300 × 100 + 50,000 = 80,000; contribution = 100 × 350 = 35,000
 *     ROI = (35,000 − 80,000) / 80,000 = −56.25 % → −562,500 ppm
 *   baseline 20: 400; incremental 200; sold 600
 *     cost = 600 × 100 + 50,000 = 110,000; contribution = 200 × 350 = 70,000
 *     ROI = (70,000 − 110,000) / 110,000 = −36.3636… % → −363,636 ppm (half away from zero)
 */
describe('a promotion’s SKU lines edited in place', () => {
  it('recomputes the event’s ROI after a baseline edit, and the undo restores it', async () => {
    const { call, ours, skus } = await editWorkspace()
    const event = await call('proposal:promotion-upsert', {
      proposalId: ours.id,
      kind: 'price_off',
      name: '三月特价',
      skus: [{ skuId: skus.a.id, baselineUnitsPerStoreWeek: 10, promoRetailPriceFen: 1290, supplierFundingPerUnitFen: 100 }],
      storeCount: 10,
      startDate: '2026-03-02',
      endDate: '2026-03-15',
      upliftPpm: 500_000,
      fixedFeesFen: 50_000,
      buyQuantity: null,
      getQuantity: null
    })
    const resultOf = async () => (await call('proposal:get', { proposalId: ours.id })).promotionPlan.events[0]
    expect(await resultOf()).toMatchObject({ costFen: 80_000, incrementalContributionFen: 35_000, roiPpm: -562_500 })

    const edited = await call('proposal:promotion-skus-set', {
      promotionId: event.item.id,
      skus: [{ skuId: skus.a.id, baselineUnitsPerStoreWeek: 20, promoRetailPriceFen: 1290, supplierFundingPerUnitFen: 100 }]
    })
    expect(edited.item).toMatchObject({ name: '三月特价', storeCount: 10, upliftPpm: 500_000 })
    expect(await resultOf()).toMatchObject({ costFen: 110_000, incrementalContributionFen: 70_000, roiPpm: -363_636 })

    await call('proposal:promotion-skus-set', { promotionId: event.item.id, skus: edited.previous!.skus })
    expect(await resultOf()).toMatchObject({ costFen: 80_000, roiPpm: -562_500 })
  })

  it('adds and removes SKU lines in the order given, and refuses a SKU twice without writing', async () => {
    const { call, callFailing, ours, skus } = await editWorkspace()
    const event = await call('proposal:promotion-upsert', {
      proposalId: ours.id,
      kind: 'flyer',
      name: 'DM 海报',
      skus: [{ skuId: skus.a.id, baselineUnitsPerStoreWeek: 10, promoRetailPriceFen: null, supplierFundingPerUnitFen: 0 }],
      storeCount: 10,
      startDate: '2026-05-04',
      endDate: '2026-05-17',
      upliftPpm: 200_000,
      fixedFeesFen: 100_000,
      buyQuantity: null,
      getQuantity: null
    })
    const lineB = { skuId: skus.b.id, baselineUnitsPerStoreWeek: null, promoRetailPriceFen: null, supplierFundingPerUnitFen: 0 }
    const added = await call('proposal:promotion-skus-set', { promotionId: event.item.id, skus: [lineB, ...event.item.skus] })
    expect(added.item.skus.map((line) => line.skuId)).toEqual([skus.b.id, skus.a.id])
    // B has no baseline yet: the checklist asks for it by the event's name.
    const readiness = await call('proposal:readiness', { proposalId: ours.id })
    expect(readiness.items.find((item) => item.code === 'promotion_without_baseline')?.params).toEqual({ eventName: 'DM 海报' })

    expect((await callFailing('proposal:promotion-skus-set', { promotionId: event.item.id, skus: [lineB, lineB] })).code).toBe('validation')
    expect((await call('proposal:get', { proposalId: ours.id })).promotions[0]?.promotion.skus).toEqual(added.item.skus)

    const removed = await call('proposal:promotion-skus-set', { promotionId: event.item.id, skus: [] })
    expect(removed.item.skus).toEqual([])
    expect((await call('proposal:readiness', { proposalId: ours.id })).items.find((item) => item.target.itemId === String(event.item.id))?.code).toBe('promotion_without_skus')
  })
})
