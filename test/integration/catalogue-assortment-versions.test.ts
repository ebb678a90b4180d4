/**
 * Two windows never overwrite each other silently, in the catalogue and the assortment as in
 * accounts: every write of a SKU or an assortment line counts one more row version; a save, an
 * undo or a bulk change based on a version that is no longer current is refused as stale with the
 * current row; every committed write is published to the other windows.
 *
 * "Two windows" are two callers of the same workbench, each remembering the version it last saw.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { Sku } from '../../src/shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../src/shared/domain/assortment/assortment-line'
import type { WorkspaceChange } from '../../src/shared/workspace-change'

/**
 * One pharmacy chain, a second account and two SKUs, each carried at the chain:
 *   SKU-0001 维C list supply ¥8.70 retail ¥16.80 · SKU-0002 感冒灵 list supply ¥10.30, no retail.
 */
async function workspace() {
  const bench = openTestWorkbench()
  const pharmacy = await bench.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy' } })
  const other = await bench.call('accounts:create', { values: { code: 'KA-0002', name: '益丰大药房', format: 'pharmacy' } })
  const vitaminC = await bench.call('catalogue:create', { values: { code: 'SKU-0001', name: '维C', listSupplyPriceFen: '8.70', suggestedRetailPriceFen: '16.80' } })
  const coldRemedy = await bench.call('catalogue:create', { values: { code: 'SKU-0002', name: '感冒灵', listSupplyPriceFen: '10.30' } })
  const [vitaminCLine, coldRemedyLine] = (await bench.call('assortment:add', {
    accountId: pharmacy.id,
    skuIds: [vitaminC.id, coldRemedy.id],
    status: 'listed'
  })) as [AssortmentLine, AssortmentLine]
  return { ...bench, pharmacy: pharmacy.id, other: other.id, vitaminC, coldRemedy, vitaminCLine, coldRemedyLine }
}

const skuNamed = async (bench: Awaited<ReturnType<typeof workspace>>, id: number): Promise<Sku> => (await bench.call('catalogue:list', { ids: [id] }))[0] as Sku
const lineOf = async (bench: Awaited<ReturnType<typeof workspace>>, id: number): Promise<AssortmentLine> =>
  (await bench.call('assortment:list', { accountId: bench.pharmacy })).find((line) => line.id === id) as AssortmentLine

describe('SKU row versions', () => {
  it('starts a SKU at version 1 and counts every write: edit, paste, both through the channel a window uses', async () => {
    const bench = await workspace()
    expect(bench.vitaminC.rowVersion).toBe(1)
    const edited = await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { name: '维C咀嚼片' }, baseVersion: 1 })
    expect(edited.rowVersion).toBe(2)
    const pasted = await bench.call('catalogue:apply-changes', { updates: [{ id: bench.vitaminC.id, patch: { spec: '100片' }, baseVersion: 2 }], creates: [] })
    expect(pasted.updated.map((sku) => [sku.spec, sku.rowVersion])).toEqual([['100片', 3]])
  })

  it('refuses window B’s save of the same SKU once window A saved, with "Changed in another window" and A’s value, storing nothing', async () => {
    const bench = await workspace()
    await bench.call('settings:set', { key: 'language', value: 'en-US' })
    // Both windows show SKU-0001 at version 1. A types ¥9.20 (stored, version 2); B then types ¥9.50.
    await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { listSupplyPriceFen: '9.20' }, baseVersion: 1 })
    const refused = await bench.callFailing('catalogue:update', { id: bench.vitaminC.id, patch: { listSupplyPriceFen: '9.50' }, baseVersion: 1 })
    expect(refused.code).toBe('stale')
    expect(refused.message).toBe('Changed in another window')
    expect((refused.details as { current: Sku }).current).toMatchObject({ id: bench.vitaminC.id, listSupplyPriceFen: 920, rowVersion: 2 })
    expect((await skuNamed(bench, bench.vitaminC.id)).listSupplyPriceFen).toBe(920)
  })

  it('in a paste, leaves a stale SKU as it is (cells refused as stale, current values returned) and stores the other', async () => {
    const bench = await workspace()
    await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { brand: '汤臣倍健' } })
    const applied = await bench.call('catalogue:apply-changes', {
      updates: [
        { id: bench.vitaminC.id, patch: { brand: '养生堂', unit: '瓶' }, baseVersion: 1 },
        { id: bench.coldRemedy.id, patch: { brand: '999' }, baseVersion: 1 }
      ],
      creates: []
    })
    expect(applied.appliedCount).toBe(1)
    expect(applied.refused.map((cell) => [cell.id, cell.field, cell.code, cell.message])).toEqual([
      [bench.vitaminC.id, 'brand', 'stale', '已在另一个窗口中修改'],
      [bench.vitaminC.id, 'unit', 'stale', '已在另一个窗口中修改']
    ])
    expect(applied.updated.map((sku) => [sku.code, sku.brand, sku.rowVersion])).toEqual([
      ['SKU-0001', '汤臣倍健', 2],
      ['SKU-0002', '999', 2]
    ])
  })

  it('refuses an undo of an edit when another window changed the SKU later', async () => {
    const bench = await workspace()
    // A: name 维C → 维C片 (v2). B sees v2 and types 维C泡腾片 (v3). A's undo writes 维C back based on v2: refused.
    const mine = await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { name: '维C片' }, baseVersion: 1 })
    await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { name: '维C泡腾片' }, baseVersion: mine.rowVersion })
    const undo = await bench.callFailing('catalogue:update', { id: bench.vitaminC.id, patch: { name: '维C' }, baseVersion: mine.rowVersion })
    expect(undo.code).toBe('stale')
    expect((await skuNamed(bench, bench.vitaminC.id)).name).toBe('维C泡腾片')
  })

  it('refuses an undo of an add (a delete) once another window edited the new SKU, and keeps it', async () => {
    const bench = await workspace()
    const created = await bench.call('catalogue:create', { values: { name: '钙片', listSupplyPriceFen: '20' } })
    await bench.call('catalogue:update', { id: created.id, patch: { brand: '钙尔奇' } })
    expect((await bench.callFailing('catalogue:delete', { ids: [created.id], baseVersions: [created.rowVersion] })).code).toBe('stale')
    expect((await skuNamed(bench, created.id)).brand).toBe('钙尔奇')
  })

  it('brings a deleted SKU back (undo) one version on, so a save based on it as it was before the delete is still refused', async () => {
    const bench = await workspace()
    const edited = await bench.call('catalogue:update', { id: bench.coldRemedy.id, patch: { spec: '10袋' } })
    const removed = await bench.call('catalogue:delete', { ids: [bench.coldRemedy.id], baseVersions: [edited.rowVersion] })
    expect(removed.lines.map((line) => line.id)).toEqual([bench.coldRemedyLine.id])
    const restored = await bench.call('catalogue:restore', removed)
    // Deleted at version 2: back under its id at 3, its line (version 1) back at 2.
    expect(restored.skus.map((sku) => [sku.id, sku.rowVersion])).toEqual([[bench.coldRemedy.id, 3]])
    expect(restored.lines.map((line) => [line.id, line.rowVersion])).toEqual([[bench.coldRemedyLine.id, 2]])
    expect((await bench.callFailing('catalogue:update', { id: bench.coldRemedy.id, patch: { spec: '20袋' }, baseVersion: 2 })).code).toBe('stale')
  })

  it('refuses base versions that do not match the ids one to one', async () => {
    const bench = await workspace()
    expect((await bench.callFailing('catalogue:delete', { ids: [bench.vitaminC.id], baseVersions: [1, 1] })).code).toBe('bad-input')
    expect((await bench.callFailing('assortment:remove', { ids: [bench.vitaminCLine.id], baseVersions: [] })).code).toBe('bad-input')
  })
})

describe('assortment line row versions', () => {
  it('refuses window B’s save of the same line once window A saved, with the current line', async () => {
    const bench = await workspace()
    // Both windows show the 维C line at version 1. A types 1,000 planned units; B then types 2,000.
    const saved = await bench.call('assortment:update', { id: bench.vitaminCLine.id, patch: { plannedAnnualUnits: '1000' }, baseVersion: 1 })
    expect(saved.rowVersion).toBe(2)
    const refused = await bench.callFailing('assortment:update', { id: bench.vitaminCLine.id, patch: { plannedAnnualUnits: '2000' }, baseVersion: 1 })
    expect(refused.code).toBe('stale')
    expect(refused.message).toBe('已在另一个窗口中修改')
    expect((refused.details as { current: AssortmentLine }).current).toMatchObject({ id: bench.vitaminCLine.id, plannedAnnualUnits: 1000, rowVersion: 2 })
    expect((await lineOf(bench, bench.vitaminCLine.id)).plannedAnnualUnits).toBe(1000)
  })

  it('in a paste (and mark proposed, solved prices: the same channel), refuses a stale line’s cells and stores the other line', async () => {
    const bench = await workspace()
    await bench.call('assortment:update', { id: bench.vitaminCLine.id, patch: { supplyPriceFen: '9' } })
    const applied = await bench.call('assortment:apply-changes', {
      updates: [
        { id: bench.vitaminCLine.id, patch: { status: '拟进场' }, baseVersion: 1 },
        { id: bench.coldRemedyLine.id, patch: { status: '拟进场' }, baseVersion: 1 }
      ],
      creates: []
    })
    expect(applied.refused.map((cell) => [cell.id, cell.field, cell.code])).toEqual([[bench.vitaminCLine.id, 'status', 'stale']])
    expect(applied.updated.map((line) => [line.id, line.status, line.supplyPriceFen, line.rowVersion])).toEqual([
      [bench.vitaminCLine.id, 'listed', 900, 2],
      [bench.coldRemedyLine.id, 'proposed', null, 2]
    ])
  })

  it('refuses an undo of an edit after another window’s later edit of the line', async () => {
    const bench = await workspace()
    const mine = await bench.call('assortment:update', { id: bench.vitaminCLine.id, patch: { retailPriceFen: '18' }, baseVersion: 1 })
    await bench.call('assortment:update', { id: bench.vitaminCLine.id, patch: { retailPriceFen: '19.9' }, baseVersion: mine.rowVersion })
    const undo = await bench.callFailing('assortment:update', { id: bench.vitaminCLine.id, patch: { retailPriceFen: null }, baseVersion: mine.rowVersion })
    expect(undo.code).toBe('stale')
    expect((await lineOf(bench, bench.vitaminCLine.id)).retailPriceFen).toBe(1990)
  })

  it('bulk price change: bumps every line it changes, and is refused whole when one line was written since the person saw it', async () => {
    const bench = await workspace()
    const ids = [bench.vitaminCLine.id, bench.coldRemedyLine.id]
    // +10% from the price in force (the catalogue's): 870 + 87 = 957 fen; 1030 + 103 = 1133 fen.
    const raised = await bench.call('assortment:bulk-price', { ids, baseVersions: [1, 1], field: 'supplyPrice', mode: 'percent', amount: '10' })
    expect(raised.after.map((line) => [line.supplyPriceFen, line.rowVersion])).toEqual([
      [957, 2],
      [1133, 2]
    ])
    // Another window edits the 感冒灵 line (v3); a bulk change based on v2 for both is refused, nothing changed.
    await bench.call('assortment:update', { id: bench.coldRemedyLine.id, patch: { supplyPriceFen: '12' } })
    const refused = await bench.callFailing('assortment:bulk-price', { ids, baseVersions: [2, 2], field: 'supplyPrice', mode: 'yuan', amount: '-1' })
    expect(refused.code).toBe('stale')
    expect((refused.details as { current: AssortmentLine }).current).toMatchObject({ id: bench.coldRemedyLine.id, supplyPriceFen: 1200, rowVersion: 3 })
    expect((await lineOf(bench, bench.vitaminCLine.id)).supplyPriceFen).toBe(957)
  })

  it('refuses an undo of an add from the whitespace (a removal) once another window edited the line', async () => {
    const bench = await workspace()
    const [added] = (await bench.call('assortment:add', { accountId: bench.other, skuIds: [bench.vitaminC.id], status: 'proposed' })) as [AssortmentLine]
    expect(added.rowVersion).toBe(1)
    await bench.call('assortment:update', { id: added.id, patch: { plannedAnnualUnits: '600' } })
    expect((await bench.callFailing('assortment:remove', { ids: [added.id], baseVersions: [added.rowVersion] })).code).toBe('stale')
    expect((await bench.call('assortment:list', { accountId: bench.other })).map((line) => line.plannedAnnualUnits)).toEqual([600])
  })

  it('copying an assortment creates lines at version 1; undoing it (remove with those versions) is refused after another’s edit', async () => {
    const bench = await workspace()
    const copied = await bench.call('assortment:copy', { fromAccountId: bench.pharmacy, toAccountId: bench.other, mode: 'add-missing' })
    expect(copied.created.map((line) => line.rowVersion)).toEqual([1, 1])
    const [first] = copied.created as [AssortmentLine]
    await bench.call('assortment:update', { id: first.id, patch: { status: '已下架' } })
    const undo = await bench.callFailing('assortment:remove', { ids: copied.created.map((line) => line.id), baseVersions: copied.created.map((line) => line.rowVersion) })
    expect(undo.code).toBe('stale')
    expect(await bench.call('assortment:list', { accountId: bench.other })).toHaveLength(2)
  })
})

describe('workspace changes of the catalogue and the assortment', () => {
  it('tells the other windows which SKUs and lines each committed write changed, created and deleted', async () => {
    const bench = await workspace()
    const seen: WorkspaceChange[] = []
    bench.workbench.onChange((change) => seen.push(change))
    const none = { changed: [], created: [], deleted: [] }

    await bench.call('catalogue:update', { id: bench.vitaminC.id, patch: { brand: '汤臣倍健' } })
    const created = await bench.call('catalogue:create', { values: { name: '钙片', listSupplyPriceFen: '20' } })
    const pasted = await bench.call('catalogue:apply-changes', { updates: [{ id: created.id, patch: { unit: '瓶' } }], creates: [{ name: '鱼油', listSupplyPriceFen: '35' }] })
    await bench.call('assortment:update', { id: bench.vitaminCLine.id, patch: { plannedAnnualUnits: '100' } })
    await bench.call('assortment:bulk-price', { ids: [bench.coldRemedyLine.id], field: 'supplyPrice', mode: 'yuan', amount: '1' })
    const [added] = (await bench.call('assortment:add', { accountId: bench.other, skuIds: [created.id], status: 'proposed' })) as [AssortmentLine]
    const removed = await bench.call('catalogue:delete', { ids: [created.id] })
    // A refused write changes nothing and says nothing.
    await bench.callFailing('catalogue:update', { id: bench.vitaminC.id, patch: { name: 'x' }, baseVersion: 1 })

    expect(seen).toEqual([
      { ...none, entity: 'catalogue', changed: [bench.vitaminC.id] },
      { ...none, entity: 'catalogue', created: [created.id] },
      { ...none, entity: 'catalogue', changed: [created.id], created: [pasted.created[0]?.id] },
      { ...none, entity: 'assortment', changed: [bench.vitaminCLine.id] },
      { ...none, entity: 'assortment', changed: [bench.coldRemedyLine.id] },
      { ...none, entity: 'assortment', created: [added.id] },
      // Deleting a SKU takes the lines that carry it: both are gone from the other windows.
      { ...none, entity: 'catalogue', deleted: [created.id] },
      { ...none, entity: 'assortment', deleted: removed.lines.map((line) => line.id) }
    ])
    expect(removed.lines.map((line) => line.id)).toEqual([added.id])
  })
})
