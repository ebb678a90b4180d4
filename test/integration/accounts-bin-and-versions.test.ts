/**
 * Nothing lost between windows: deleted accounts wait in the recycle bin (回收站) across a reload,
 * and a save, delete or undo based on a row version that is no longer current is refused as stale
 * with the current row, instead of silently overwriting what another window (or a script) did.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import type { Account } from '../../src/shared/domain/accounts/account'
import type { WorkspaceChange } from '../../src/shared/workspace-change'

async function demoWorkspace(bench: TestWorkbench = openTestWorkbench()): Promise<TestWorkbench> {
  await bench.call('workspace:init', { kind: 'demo' })
  return bench
}

async function byCode(bench: TestWorkbench, code: string): Promise<Account> {
  const found = (await bench.call('accounts:list', {})).find((account) => account.code === code)
  if (!found) throw new Error(`no account ${code}`)
  return found
}

describe('recycle bin', () => {
  it('keeps a deleted account out of the list and in the bin, with when, after the workspace is reopened', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const countBefore = (await bench.call('accounts:list', {})).length
    await bench.call('accounts:delete', { ids: [walmart.id] })

    // A reload: the same data folder opened afresh.
    bench.workbench.close()
    const reopened = openTestWorkbench(bench.dataDir)
    const list = await reopened.call('accounts:list', {})
    expect(list).toHaveLength(countBefore - 1)
    expect(list.map((account) => account.code)).not.toContain('KA-0001')
    expect(await reopened.call('workspace:status', {})).toMatchObject({ accountCount: countBefore - 1 })

    const bin = await reopened.call('accounts:list-bin', {})
    expect(bin.map((account) => [account.code, account.name])).toEqual([['KA-0001', walmart.name]])
    expect(Number.isNaN(Date.parse(bin[0]?.deletedAt ?? ''))).toBe(false)

    // Restore from the bin: back under its id and code, every value as it was.
    const [restored] = await reopened.call('accounts:restore', { ids: [walmart.id] })
    const strip = ({ updatedAt: _u, rowVersion: _v, ...values }: Account) => values
    expect(strip(restored as Account)).toEqual(strip(walmart))
    expect(await reopened.call('accounts:list-bin', {})).toEqual([])
  })

  it('keeps a binned account code taken, so restoring it can never collide', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    await bench.call('accounts:delete', { ids: [walmart.id] })
    const refused = await bench.callFailing('accounts:create', { values: { code: 'KA-0001' } })
    expect(refused.code).toBe('validation')
  })

  it('empties the bin only when asked: the given accounts, then the rest, for good', async () => {
    const bench = await demoWorkspace()
    const [a, b, c] = (await bench.call('accounts:list', {})).slice(0, 3) as [Account, Account, Account]
    await bench.call('accounts:delete', { ids: [a.id, b.id, c.id] })
    expect(await bench.call('accounts:empty-bin', { ids: [a.id] })).toEqual({ purgedCount: 1 })
    expect((await bench.call('accounts:list-bin', {})).map((x) => x.id).sort()).toEqual([b.id, c.id].sort())
    expect(await bench.call('accounts:empty-bin', {})).toEqual({ purgedCount: 2 })
    expect(await bench.call('accounts:list-bin', {})).toEqual([])
    // Gone for good: nothing left to restore.
    expect((await bench.callFailing('accounts:restore', { ids: [b.id] })).code).toBe('stale')
    // A live account is never emptied by mistake.
    const live = (await bench.call('accounts:list', {}))[0] as Account
    expect(await bench.call('accounts:empty-bin', { ids: [live.id] })).toEqual({ purgedCount: 0 })
  })
})

describe('row versions', () => {
  it('counts every write of a row: edit 1 → 2, bin 2 → 3, restore 3 → 4', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    expect(walmart.rowVersion).toBe(1)
    const edited = await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 }, baseVersion: 1 })
    expect(edited.rowVersion).toBe(2)
    const [binned] = await bench.call('accounts:delete', { ids: [walmart.id], baseVersions: [2] })
    expect(binned?.rowVersion).toBe(3)
    const [restored] = await bench.call('accounts:restore', { ids: [walmart.id], baseVersions: [3] })
    expect(restored?.rowVersion).toBe(4)
  })

  it('refuses a save based on a stale version with "Changed in another window" and the current row, storing nothing', async () => {
    const bench = await demoWorkspace()
    await bench.call('settings:set', { key: 'language', value: 'en-US' })
    const walmart = await byCode(bench, 'KA-0001')
    // Window A stores 400 stores; window B, still showing version 1, then types 500.
    await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 }, baseVersion: walmart.rowVersion })
    const refused = await bench.callFailing('accounts:update', { id: walmart.id, patch: { directStores: 500 }, baseVersion: walmart.rowVersion })
    expect(refused.code).toBe('stale')
    expect(refused.message).toBe('Changed in another window')
    expect((refused.details as { current: Account }).current).toMatchObject({ id: walmart.id, directStores: 400, rowVersion: 2 })
    expect((await byCode(bench, 'KA-0001')).directStores).toBe(400)
  })

  it('says so in Chinese in a Chinese workspace', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    await bench.call('accounts:update', { id: walmart.id, patch: { name: '沃尔玛（中国）' } })
    const refused = await bench.callFailing('accounts:update', { id: walmart.id, patch: { name: '沃尔玛' }, baseVersion: 1 })
    expect(refused.message).toBe('已在另一个窗口中修改')
  })

  it('lets a script without a version write as before', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 } })
    const blind = await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 401 } })
    expect(blind).toMatchObject({ directStores: 401, rowVersion: 3 })
  })

  it('in a paste, leaves a stale row as it is (its cells refused as stale, its current values returned) and stores the others', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const metro = await byCode(bench, 'KA-0003')
    await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 } })
    const applied = await bench.call('accounts:apply-changes', {
      updates: [
        { id: walmart.id, patch: { directStores: '500', employees: '9' }, baseVersion: 1 },
        { id: metro.id, patch: { directStores: '100' }, baseVersion: 1 }
      ],
      creates: []
    })
    expect(applied.appliedCount).toBe(1)
    expect(applied.refused.map((cell) => [cell.id, cell.field, cell.code, cell.message])).toEqual([
      [walmart.id, 'directStores', 'stale', '已在另一个窗口中修改'],
      [walmart.id, 'employees', 'stale', '已在另一个窗口中修改']
    ])
    expect(applied.updated.map((row) => [row.code, row.directStores, row.rowVersion])).toEqual([
      ['KA-0001', 400, 2],
      ['KA-0003', 100, 2]
    ])
  })

  it('refuses an undo of a delete once someone restored and edited the account (the undo would discard their change)', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const [binned] = (await bench.call('accounts:delete', { ids: [walmart.id], baseVersions: [1] })) as [Account]
    // Another window restores it from the bin and edits it.
    await bench.call('accounts:restore', { ids: [walmart.id] })
    await bench.call('accounts:update', { id: walmart.id, patch: { notes: '另一个窗口的备注' } })
    // The first window's undo (restore, based on version 2) is refused; the note stays.
    expect((await bench.callFailing('accounts:restore', { ids: [walmart.id], baseVersions: [binned.rowVersion] })).code).toBe('stale')
    // Its redo of the delete (based on the version its undo would have left) is refused too.
    expect((await bench.callFailing('accounts:delete', { ids: [walmart.id], baseVersions: [binned.rowVersion + 1] })).code).toBe('stale')
    expect((await byCode(bench, 'KA-0001')).notes).toBe('另一个窗口的备注')
  })

  it('refuses an undo of an edit when another window changed the cell later', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    // Window A: 400 (v2). Window B sees it, types 500 (v3). A's undo expects v2 and is refused.
    const mine = await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 }, baseVersion: 1 })
    await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 500 }, baseVersion: mine.rowVersion })
    const undo = await bench.callFailing('accounts:update', { id: walmart.id, patch: { directStores: walmart.directStores }, baseVersion: mine.rowVersion })
    expect(undo.code).toBe('stale')
    expect((await byCode(bench, 'KA-0001')).directStores).toBe(500)
  })

  it('refuses base versions that do not match the ids one to one', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    expect((await bench.callFailing('accounts:delete', { ids: [walmart.id], baseVersions: [1, 1] })).code).toBe('bad-input')
  })
})

describe('workspace changes', () => {
  it('tells listeners which accounts each committed write changed, created and deleted', async () => {
    const bench = await demoWorkspace()
    const seen: WorkspaceChange[] = []
    bench.workbench.onChange((change) => seen.push(change))
    const walmart = await byCode(bench, 'KA-0001')
    await bench.call('accounts:update', { id: walmart.id, patch: { directStores: 400 } })
    const created = await bench.call('accounts:create', {})
    await bench.call('accounts:delete', { ids: [created.id] })
    await bench.call('accounts:restore', { ids: [created.id] })
    const [copy] = await bench.call('accounts:duplicate', { ids: [walmart.id] })
    const applied = await bench.call('accounts:apply-changes', { updates: [{ id: walmart.id, patch: { employees: '5' } }], creates: [{ name: '新店' }] })
    // A refused write changes nothing and says nothing.
    await bench.callFailing('accounts:update', { id: walmart.id, patch: { directStores: -1 } })
    const none = { changed: [], created: [], deleted: [] }
    expect(seen).toEqual([
      { ...none, entity: 'accounts', changed: [walmart.id] },
      { ...none, entity: 'accounts', created: [created.id] },
      { ...none, entity: 'accounts', deleted: [created.id] },
      { ...none, entity: 'accounts', created: [created.id] },
      { ...none, entity: 'accounts', created: [copy?.id] },
      { ...none, entity: 'accounts', changed: [walmart.id], created: [applied.created[0]?.id] }
    ])
  })

  it('lists just the accounts asked for by id, skipping binned ones', async () => {
    const bench = await demoWorkspace()
    const [a, b] = (await bench.call('accounts:list', {})).slice(0, 2) as [Account, Account]
    await bench.call('accounts:delete', { ids: [b.id] })
    expect((await bench.call('accounts:list', { ids: [a.id, b.id] })).map((x) => x.id)).toEqual([a.id])
  })
})

describe('notes past the limit', () => {
  it('are refused when typed with the message a paste gets, in both languages, and nothing is cut or stored', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const note = '备'.repeat(2001)
    const typed = await bench.callFailing('accounts:update', { id: walmart.id, patch: { notes: note }, baseVersion: walmart.rowVersion })
    const pasted = await bench.call('accounts:apply-changes', { updates: [{ id: walmart.id, patch: { notes: note } }], creates: [] })
    expect(typed.message).toBe('“备注”最多 2000 个字符')
    expect(pasted.refused.map((cell) => cell.message)).toEqual([typed.message])
    await bench.call('settings:set', { key: 'language', value: 'en-US' })
    const inEnglish = await bench.callFailing('accounts:update', { id: walmart.id, patch: { notes: note } })
    expect(inEnglish.message).toMatch(/2000/)
    expect((await byCode(bench, 'KA-0001')).notes).toBe(walmart.notes)
  })
})
