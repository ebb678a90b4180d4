/**
 * The change history (account_audit): every path that writes an account leaves its rows, in the
 * same transaction as the change, and a refused write leaves none. Read back through the
 * `accounts:history` channel, as the detail panel does.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { accountHeaders, csvText, makeAccountRows } from '../helpers/account-fixtures'
import { EDITABLE_ACCOUNT_FIELDS } from '../../src/shared/domain/accounts/account'
import type { AccountHistoryEntry } from '../../src/shared/contract'

async function emptyWorkspace(): Promise<TestWorkbench> {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'empty' })
  return bench
}

/** History without the times (they are "now"), oldest first as a person reads a story. */
async function story(bench: TestWorkbench, id: number): Promise<Omit<AccountHistoryEntry, 'changedAt'>[]> {
  const history = await bench.call('accounts:history', { id })
  return history.map(({ changedAt: _changedAt, ...entry }) => entry).reverse()
}

const auditRowCount = (bench: TestWorkbench): number =>
  (bench.workbench.context.db.prepare(`SELECT count(*) AS n FROM account_audit`).get() as { n: number }).n

describe('accounts:history', () => {
  it('records a create, then each changed field of an edit with old → new stored values', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', { values: { name: '沃尔玛', format: '大卖场' } })
    // 120万 yuan typed = 1,200,000 yuan = 120,000,000 fen stored; the format is unchanged, so no row.
    await bench.call('accounts:update', { id: created.id, patch: { name: '沃尔玛华东', annualSalesFen: '120万', format: 'hypermarket' } })
    expect(await story(bench, created.id)).toEqual([
      { action: 'create', field: null, oldValue: null, newValue: null },
      { action: 'update', field: 'name', oldValue: '沃尔玛', newValue: '沃尔玛华东' },
      { action: 'update', field: 'annualSalesFen', oldValue: null, newValue: 120_000_000 }
    ])
    const [newest] = await bench.call('accounts:history', { id: created.id })
    expect(Number.isNaN(Date.parse(newest?.changedAt ?? ''))).toBe(false)
  })

  it('keeps booleans as booleans (unknown until answered) and records a value cleared back to empty', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', { values: { name: '联华', directStores: '120' } })
    await bench.call('accounts:update', { id: created.id, patch: { isTopThreeInRegion: true, directStores: null } })
    expect((await story(bench, created.id)).slice(1)).toEqual([
      { action: 'update', field: 'directStores', oldValue: 120, newValue: null },
      { action: 'update', field: 'isTopThreeInRegion', oldValue: null, newValue: true }
    ])
  })

  it('records a paste: the stored cells of existing rows and the rows it created, not the refused cells', async () => {
    const bench = await emptyWorkspace()
    const existing = await bench.call('accounts:create', { values: { name: '永辉' } })
    const applied = await bench.call('accounts:apply-changes', {
      updates: [{ id: existing.id, patch: { directStores: '88', salesAreaM2: '-5' } }],
      creates: [{ name: '物美', format: '超市' }]
    })
    expect(applied.refused.map((cell) => cell.field)).toEqual(['salesAreaM2'])
    expect((await story(bench, existing.id)).slice(1)).toEqual([{ action: 'update', field: 'directStores', oldValue: null, newValue: 88 }])
    expect(await story(bench, applied.created[0]?.id ?? -1)).toEqual([{ action: 'create', field: null, oldValue: null, newValue: null }])
  })

  it('records an import as one "import" row per account it inserted', async () => {
    const bench = await emptyWorkspace()
    const rows = makeAccountRows(3, 5)
    const table = [accountHeaders('zh-CN'), ...rows.map((row) => EDITABLE_ACCOUNT_FIELDS.map((field) => row[field]))]
    const file = { fileName: '客户.csv', dataBase64: Buffer.from(csvText(table), 'utf8').toString('base64') }
    const { columns } = await bench.call('accounts:import-preview', file)
    const committed = await bench.call('accounts:import-commit', { ...file, mapping: columns.map((column) => column.field) })
    expect(committed.insertedCount).toBe(3)
    for (const id of committed.insertedIds) expect(await story(bench, id)).toEqual([{ action: 'import', field: null, oldValue: null, newValue: null }])
    expect(auditRowCount(bench)).toBe(3)
  })

  it('keeps the history of a deleted account, and an undo of the delete continues it', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', { values: { name: '家乐福' } })
    const deleted = await bench.call('accounts:delete', { ids: [created.id] })
    expect((await story(bench, created.id)).map((entry) => entry.action)).toEqual(['create', 'delete'])
    await bench.call('accounts:restore', { ids: deleted.map((account) => account.id) })
    expect((await story(bench, created.id)).map((entry) => entry.action)).toEqual(['create', 'delete', 'restore'])
  })

  it('records a duplicate as a create of the new account only', async () => {
    const bench = await emptyWorkspace()
    const original = await bench.call('accounts:create', { values: { name: '大润发' } })
    const [copy] = await bench.call('accounts:duplicate', { ids: [original.id] })
    expect(await story(bench, copy?.id ?? -1)).toEqual([{ action: 'create', field: null, oldValue: null, newValue: null }])
    expect(await story(bench, original.id)).toHaveLength(1)
  })

  it('is empty for an id that never existed', async () => {
    const bench = await emptyWorkspace()
    expect(await bench.call('accounts:history', { id: 999 })).toEqual([])
  })
})

describe('a refused write leaves no history', () => {
  it('an edit with one bad field stores neither field and writes no row', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', { values: { name: '华润万家' } })
    const before = auditRowCount(bench)
    const failure = await bench.callFailing('accounts:update', { id: created.id, patch: { name: '华润万家（华南）', directStores: '-3' } })
    expect(failure.code).toBe('validation')
    expect(auditRowCount(bench)).toBe(before)
    expect(await story(bench, created.id)).toHaveLength(1)
  })

  it('a create with a duplicate code writes no row', async () => {
    const bench = await emptyWorkspace()
    await bench.call('accounts:create', { values: { name: '罗森', code: 'LAWSON' } })
    const before = auditRowCount(bench)
    expect((await bench.callFailing('accounts:create', { values: { name: '罗森二号', code: 'LAWSON' } })).code).toBe('validation')
    expect(auditRowCount(bench)).toBe(before)
  })

  it('a delete that names a missing account deletes nothing and writes no row, even for the accounts that exist', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', { values: { name: '全家' } })
    const before = auditRowCount(bench)
    expect((await bench.callFailing('accounts:delete', { ids: [created.id, 999] })).code).toBe('not-found')
    expect(auditRowCount(bench)).toBe(before)
    expect(await bench.call('accounts:list', { ids: [created.id] })).toHaveLength(1)
  })

  it('an import whose rows are all refused writes no row', async () => {
    const bench = await emptyWorkspace()
    const table = [['客户名称', '业态', '直营门店数'], ['', '大卖场', '-1']]
    const file = { fileName: '坏.csv', dataBase64: Buffer.from(csvText(table), 'utf8').toString('base64') }
    const { columns } = await bench.call('accounts:import-preview', file)
    const failure = await bench.callFailing('accounts:import-commit', { ...file, mapping: columns.map((column) => column.field) })
    expect(failure.code).toBe('nothing-to-import')
    expect(auditRowCount(bench)).toBe(0)
  })
})
