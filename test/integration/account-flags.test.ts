import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import { csvText } from '../helpers/account-fixtures'

/** Ticks mean 是, crosses mean 否, whether the value is typed, pasted or imported. */
const YES = ['√', '✓', '是', 'yes']
const NO = ['x', 'X', '×', '✗', '否', 'no']

describe('区域前三甲 / 总部执行力强: typing, paste and import agree', () => {
  it('reads √ ✓ as 是 and x X × ✗ as 否 when typed in a cell', async () => {
    const app = openTestWorkbench()
    const account = await app.call('accounts:create', {})
    for (const text of YES) {
      expect((await app.call('accounts:update', { id: account.id, patch: { isTopThreeInRegion: text } })).isTopThreeInRegion, text).toBe(true)
    }
    for (const text of NO) {
      expect((await app.call('accounts:update', { id: account.id, patch: { hasStrongHqExecution: text } })).hasStrongHqExecution, text).toBe(false)
    }
  })

  it('reads the same marks in a pasted block, and refuses anything else with the accepted values listed', async () => {
    const app = openTestWorkbench()
    const a = await app.call('accounts:create', {})
    const b = await app.call('accounts:create', {})
    const applied = await app.call('accounts:apply-changes', {
      updates: [
        { id: a.id, patch: { isTopThreeInRegion: '✓', hasStrongHqExecution: '×' } },
        { id: b.id, patch: { isTopThreeInRegion: '✗', hasStrongHqExecution: '也许' } }
      ],
      creates: []
    })
    const byId = new Map(applied.updated.map((account) => [account.id, account]))
    expect(byId.get(a.id)).toMatchObject({ isTopThreeInRegion: true, hasStrongHqExecution: false })
    expect(byId.get(b.id)).toMatchObject({ isTopThreeInRegion: false, hasStrongHqExecution: null })
    expect(applied.refused).toEqual([
      {
        id: b.id,
        field: 'hasStrongHqExecution',
        message: '“总部执行力强”须为 是（√、✓、是）、否（×、✗、x、否）或留空（未知）；收到“也许”'
      }
    ])
    await app.call('settings:set', { key: 'language', value: 'en-US' })
    const refused = await app.callFailing('accounts:update', { id: a.id, patch: { isTopThreeInRegion: 'maybe' } })
    expect(refused.message).toBe('“Top three in region” must be yes (√, ✓, yes), no (×, ✗, x, no) or blank (unknown); got “maybe”')
  })

  it('imports the same marks from a file', async () => {
    const app = openTestWorkbench()
    const csv = csvText([
      ['客户名称', '业态', '区域前三甲', '总部执行力强'],
      ['甲', '连锁药店', '√', 'X'],
      ['乙', '连锁药店', '✓', '✗'],
      ['丙', '连锁药店', '×', 'x']
    ])
    const file = { fileName: 'flags.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') }
    const preview = await app.call('accounts:import-preview', file)
    expect(preview).toMatchObject({ validRows: 3, errorCount: 0 })
    const { insertedIds } = await app.call('accounts:import-commit', { ...file, mapping: preview.columns.map((column) => column.field) })
    const stored = await app.call('accounts:list', { ids: insertedIds })
    expect(stored.map((account) => [account.name, account.isTopThreeInRegion, account.hasStrongHqExecution])).toEqual([
      ['甲', true, false],
      ['乙', true, false],
      ['丙', false, false]
    ])
  })
})

describe('duplicating an account (新建副本)', () => {
  it('keeps the name within the registry’s limit and still marks the copy', async () => {
    const app = openTestWorkbench()
    const longName = '长'.repeat(100)
    const original = await app.call('accounts:create', { values: { code: 'KA-0100', name: longName } })
    const [copy] = await app.call('accounts:duplicate', { ids: [original.id] })
    // 96 characters of the name + （副本） = 100, the limit.
    expect(copy?.name).toBe(`${'长'.repeat(96)}（副本）`)
  })
})
