import { describe, expect, it, vi } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { ACCOUNT_BACKGROUNDS, ACCOUNT_FORMATS, ACCOUNT_TIERS, TRADE_TYPES, type Account } from '../../src/shared/domain/accounts/account'
import { storeClass } from '../../src/shared/domain/accounts/kpis'

async function emptyWorkspace(): Promise<TestWorkbench> {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'empty' })
  return bench
}

async function demoWorkspace(): Promise<TestWorkbench> {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'demo' })
  return bench
}

async function byCode(bench: TestWorkbench, code: string): Promise<Account> {
  const found = (await bench.call('accounts:list', {})).find((account) => account.code === code)
  if (!found) throw new Error(`no account ${code}`)
  return found
}

interface ValidationDetails {
  issues: { field: string; code: string; message: string }[]
}

describe('workspace', () => {
  it('is not initialised when new', async () => {
    const bench = openTestWorkbench()
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: false, accountCount: 0 })
    expect(await bench.call('accounts:list', {})).toEqual([])
  })

  it('loads the demo accounts: every format, background, tier, trade type and hypermarket class', async () => {
    const bench = openTestWorkbench()
    const status = await bench.call('workspace:init', { kind: 'demo' })
    expect(status.isInitialized).toBe(true)
    expect(status.accountCount).toBeGreaterThanOrEqual(15)

    const accounts = await bench.call('accounts:list', {})
    expect(accounts).toHaveLength(status.accountCount)
    expect(new Set(accounts.map((a) => a.format))).toEqual(new Set(ACCOUNT_FORMATS))
    expect(new Set(accounts.map((a) => a.background))).toEqual(new Set(ACCOUNT_BACKGROUNDS))
    expect(new Set(accounts.map((a) => a.tier))).toEqual(new Set(ACCOUNT_TIERS))
    expect(new Set(accounts.map((a) => a.tradeType))).toEqual(new Set(TRADE_TYPES))
    const classes = new Set(
      accounts.filter((a) => a.format === 'hypermarket').map((a) => storeClass(a.format, a.salesAreaM2, a.directStores))
    )
    expect(classes).toEqual(new Set(['A', 'B', 'C']))

    const knownCodes = new Set((await bench.call('regions:list', {})).map((region) => region.code))
    for (const account of accounts) {
      expect(account.regionCode, account.code).not.toBeNull()
      expect(knownCodes.has(account.regionCode as string), `${account.code} ${account.regionCode}`).toBe(true)
    }
    expect(new Set(accounts.map((a) => a.code)).size).toBe(accounts.length)
  })

  it('stores demo sales typed in yuan as fen (沃尔玛华南 ¥96亿)', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    expect(walmart.annualSalesFen).toBe(960_000_000_000)
    expect(walmart.regionCode).toBe('440300')
  })

  it('does not duplicate the demo when initialised twice', async () => {
    const bench = openTestWorkbench()
    const first = await bench.call('workspace:init', { kind: 'demo' })
    const second = await bench.call('workspace:init', { kind: 'demo' })
    const third = await bench.call('workspace:init', { kind: 'empty' })
    expect(second).toEqual(first)
    expect(third).toEqual(first)
    expect(await bench.call('accounts:list', {})).toHaveLength(first.accountCount)
  })

  it('creates an empty workspace that counts as initialised and is never filled with the demo afterwards', async () => {
    const bench = openTestWorkbench()
    expect(await bench.call('workspace:init', { kind: 'empty' })).toEqual({ isInitialized: true, accountCount: 0 })
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: true, accountCount: 0 })
    expect(await bench.call('workspace:init', { kind: 'demo' })).toEqual({ isInitialized: true, accountCount: 0 })
    expect(await bench.call('accounts:list', {})).toEqual([])
  })
})

describe('accounts:create', () => {
  it('gives a new account the next KA-nnnn code and the default name', async () => {
    const bench = await emptyWorkspace()
    const first = await bench.call('accounts:create', {})
    expect(first).toMatchObject({ code: 'KA-0001', name: '新客户', format: 'supermarket', annualSalesFen: null })
    const second = await bench.call('accounts:create', {})
    expect(second.code).toBe('KA-0002')
  })

  it('continues after the highest KA number in the workspace', async () => {
    const bench = await demoWorkspace()
    const count = (await bench.call('accounts:list', {})).length
    expect((await bench.call('accounts:create', {})).code).toBe(`KA-${String(count + 1).padStart(4, '0')}`)
    await bench.call('accounts:create', { values: { code: 'KA-0100', name: '永辉超市' } })
    expect((await bench.call('accounts:create', {})).code).toBe('KA-0101')
  })

  it('parses the values given the way a person types them', async () => {
    const bench = await emptyWorkspace()
    const created = await bench.call('accounts:create', {
      values: { name: '一心堂', format: '药店', annualSalesFen: '1.2亿', directStores: '1,400', regionCode: '浦东新区' }
    })
    expect(created).toMatchObject({
      name: '一心堂',
      format: 'pharmacy',
      annualSalesFen: 12_000_000_000,
      directStores: 1400,
      regionCode: '310115'
    })
  })

  it('refuses a code already in use, whatever its case', async () => {
    const bench = await emptyWorkspace()
    await bench.call('accounts:create', {})
    const error = await bench.callFailing('accounts:create', { values: { code: 'ka-0001' } })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('客户编码“ka-0001”已被使用')
    expect(await bench.call('accounts:list', {})).toHaveLength(1)
  })
})

describe('accounts:update', () => {
  it('stores a typed value', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const updated = await bench.call('accounts:update', { id: walmart.id, patch: { annualSalesFen: '3000万', employees: '1.2万' } })
    expect(updated.annualSalesFen).toBe(3_000_000_000)
    expect(updated.employees).toBe(12_000)
    expect((await byCode(bench, 'KA-0001')).annualSalesFen).toBe(3_000_000_000)
  })

  it('refuses a negative sales figure, names the field, and keeps the stored value', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const error = await bench.callFailing('accounts:update', { id: walmart.id, patch: { annualSalesFen: '-5' } })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('“年销售额(元)”不能为负数')
    expect((error.details as ValidationDetails).issues).toEqual([
      { field: 'annualSalesFen', code: 'negative', message: '“年销售额(元)”不能为负数' }
    ])
    expect((await byCode(bench, 'KA-0001')).annualSalesFen).toBe(960_000_000_000)
  })

  it('stores no field of a patch when one field is refused', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const error = await bench.callFailing('accounts:update', { id: walmart.id, patch: { name: '改名', directStores: '12.5' } })
    expect(error.message).toBe('“直营门店数”须为整数，收到“12.5”')
    expect(await byCode(bench, 'KA-0001')).toEqual(walmart)
  })

  it('refuses another account’s code', async () => {
    const bench = await demoWorkspace()
    const carrefour = await byCode(bench, 'KA-0002')
    const error = await bench.callFailing('accounts:update', { id: carrefour.id, patch: { code: 'KA-0001' } })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('客户编码“KA-0001”已被使用')
    expect((await byCode(bench, 'KA-0002')).id).toBe(carrefour.id)
  })

  it('lets an account keep its own code, in another case', async () => {
    const bench = await demoWorkspace()
    const carrefour = await byCode(bench, 'KA-0002')
    expect((await bench.call('accounts:update', { id: carrefour.id, patch: { code: 'ka-0002' } })).code).toBe('ka-0002')
  })

  it('refuses more daily transactions than daily traffic', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001') // traffic 414,000, transactions 174,800
    const error = await bench.callFailing('accounts:update', { id: walmart.id, patch: { dailyTransactions: 500_000 } })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('日均成交（500000）不能大于日均客流（414000）')
    expect((await byCode(bench, 'KA-0001')).dailyTransactions).toBe(174_800)
  })

  it('reports an account that no longer exists', async () => {
    const bench = await emptyWorkspace()
    const error = await bench.callFailing('accounts:update', { id: 4242, patch: { name: 'x' } })
    expect(error.code).toBe('not-found')
    expect(error.message).toBe('客户不存在或已被删除（ID 4242）')
  })
})

describe('accounts:apply-changes (a paste)', () => {
  it('stores the valid cells, reports each refused one, and creates the rows past the end', async () => {
    const bench = await emptyWorkspace()
    const a = await bench.call('accounts:create', { values: { name: '华润万家' } })
    const b = await bench.call('accounts:create', { values: { name: '大参林' } })

    const result = await bench.call('accounts:apply-changes', {
      updates: [
        { id: a.id, patch: { annualSalesFen: '1.2亿', directStores: 'abc' } },
        { id: b.id, patch: { format: '药店', employees: '-3' } }
      ],
      creates: [
        { name: '新华都', format: '大卖场', annualSalesFen: '3000万' },
        { name: '', directStores: '12' }
      ]
    })

    // stored: a.annualSalesFen, b.format, three cells of the first new row, directStores of the second
    expect(result.appliedCount).toBe(6)
    expect(result.refused).toEqual([
      { id: a.id, field: 'directStores', message: '“直营门店数”须为数字，收到“abc”' },
      { id: b.id, field: 'employees', message: '“员工数”不能为负数' },
      { id: null, createIndex: 1, field: 'name', message: '“客户名称”不能为空' }
    ])
    expect(result.updated.map((row) => [row.id, row.annualSalesFen, row.directStores, row.format, row.employees])).toEqual([
      [a.id, 12_000_000_000, null, 'supermarket', null],
      [b.id, null, null, 'pharmacy', null]
    ])
    expect(result.created.map((row) => [row.code, row.name, row.format, row.annualSalesFen, row.directStores])).toEqual([
      ['KA-0003', '新华都', 'hypermarket', 3_000_000_000, null],
      ['KA-0004', '新客户', 'supermarket', null, 12]
    ])

    const stored = await bench.call('accounts:list', {})
    expect(stored.map((row) => [row.code, row.name, row.annualSalesFen])).toEqual([
      ['KA-0001', '华润万家', 12_000_000_000],
      ['KA-0002', '大参林', null],
      ['KA-0003', '新华都', 3_000_000_000],
      ['KA-0004', '新客户', null]
    ])
  })

  it('keeps neither traffic nor transactions of a row whose pasted pair breaks the rule', async () => {
    const bench = await emptyWorkspace()
    const a = await bench.call('accounts:create', { values: { name: '华润万家', dailyTraffic: '1000', dailyTransactions: '400' } })
    const result = await bench.call('accounts:apply-changes', {
      updates: [{ id: a.id, patch: { dailyTraffic: '100', dailyTransactions: '200', notes: '粘贴' } }],
      creates: []
    })
    expect(result.appliedCount).toBe(1)
    expect(result.refused).toEqual([
      { id: a.id, field: 'dailyTransactions', message: '日均成交（200）不能大于日均客流（100）' }
    ])
    expect(result.updated[0]).toMatchObject({ dailyTraffic: 1000, dailyTransactions: 400, notes: '粘贴' })
  })

  it('stores nothing when the paste fails part-way (an account was deleted meanwhile)', async () => {
    const bench = await emptyWorkspace()
    const a = await bench.call('accounts:create', { values: { name: '华润万家' } })
    const before = await bench.call('accounts:list', {})

    const error = await bench.callFailing('accounts:apply-changes', {
      updates: [
        { id: a.id, patch: { annualSalesFen: '5000万' } },
        { id: 99_999, patch: { name: '不存在' } }
      ],
      creates: [{ name: '新行' }]
    })
    expect(error.code).toBe('not-found')
    expect(await bench.call('accounts:list', {})).toEqual(before)
  })

  it('stores nothing when the database fails mid-way (internal error)', async () => {
    const bench = await emptyWorkspace()
    const a = await bench.call('accounts:create', { values: { name: '华润万家' } })
    const before = await bench.call('accounts:list', {})
    // Fault injection in the real database: the second new row cannot be written.
    bench.workbench.context.db.exec(`
      CREATE TRIGGER refuse_boom BEFORE INSERT ON accounts WHEN NEW.name = 'boom'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END;
    `)

    // The dispatcher logs unexpected errors; keep the test output readable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const error = await bench.callFailing('accounts:apply-changes', {
      updates: [{ id: a.id, patch: { annualSalesFen: '5000万', notes: '已更新' } }],
      creates: [{ name: '新行' }, { name: 'boom' }]
    })
    consoleError.mockRestore()
    expect(error.code).toBe('internal')
    expect(error.message).toContain('disk full')
    expect(await bench.call('accounts:list', {})).toEqual(before)
  })
})

describe('accounts:duplicate', () => {
  it('copies the rows under new codes with the copy suffix', async () => {
    const bench = await demoWorkspace()
    const count = (await bench.call('accounts:list', {})).length
    const walmart = await byCode(bench, 'KA-0001')
    const carrefour = await byCode(bench, 'KA-0002')

    const copies = await bench.call('accounts:duplicate', { ids: [walmart.id, carrefour.id] })

    expect(copies.map((copy) => [copy.code, copy.name])).toEqual([
      [`KA-${String(count + 1).padStart(4, '0')}`, '沃尔玛（中国）华南区（副本）'],
      [`KA-${String(count + 2).padStart(4, '0')}`, '家乐福上海（副本）']
    ])
    const { id: _id, code: _code, name: _name, updatedAt: _updatedAt, ...figures } = walmart
    expect(copies[0]).toMatchObject(figures)
    expect(copies[0]?.id).not.toBe(walmart.id)
    expect(await bench.call('accounts:list', {})).toHaveLength(count + 2)
  })

  it('uses the English suffix in an English workspace', async () => {
    const bench = await emptyWorkspace()
    await bench.call('settings:set', { key: 'language', value: 'en-US' })
    const a = await bench.call('accounts:create', { values: { name: 'Metro East' } })
    const [copy] = await bench.call('accounts:duplicate', { ids: [a.id] })
    expect(copy?.name).toBe('Metro East (copy)')
  })
})

describe('accounts:delete and accounts:restore (undo)', () => {
  it('returns the deleted rows, and restore puts them back with the same id and code', async () => {
    const bench = await demoWorkspace()
    const before = await bench.call('accounts:list', {})
    const walmart = await byCode(bench, 'KA-0001')
    const metro = await byCode(bench, 'KA-0003')

    const deleted = await bench.call('accounts:delete', { ids: [walmart.id, metro.id] })
    // Binned whole; the move to the bin is a write of its own (version 1 → 2).
    expect(deleted).toEqual([
      { ...walmart, rowVersion: 2 },
      { ...metro, rowVersion: 2 }
    ])
    const afterDelete = await bench.call('accounts:list', {})
    expect(afterDelete).toHaveLength(before.length - 2)
    expect(afterDelete.map((a) => a.code)).not.toContain('KA-0001')

    const restored = await bench.call('accounts:restore', { ids: deleted.map((a) => a.id), baseVersions: deleted.map((a) => a.rowVersion) })
    expect(restored.map((a) => [a.id, a.code])).toEqual([
      [walmart.id, 'KA-0001'],
      [metro.id, 'KA-0003']
    ])
    const strip = ({ updatedAt: _updatedAt, rowVersion: _rowVersion, ...rest }: Account) => rest
    expect((await bench.call('accounts:list', {})).map(strip)).toEqual(before.map(strip))
  })

  it('refuses to delete an account that does not exist, and deletes nothing', async () => {
    const bench = await demoWorkspace()
    const walmart = await byCode(bench, 'KA-0001')
    const error = await bench.callFailing('accounts:delete', { ids: [walmart.id, 99_999] })
    expect(error.code).toBe('not-found')
    expect((await byCode(bench, 'KA-0001')).id).toBe(walmart.id)
  })

  it('keeps a deleted row code taken while it is in the bin, so its restore cannot collide', async () => {
    const bench = await emptyWorkspace()
    const a = await bench.call('accounts:create', {})
    await bench.call('accounts:delete', { ids: [a.id] })
    const error = await bench.callFailing('accounts:create', { values: { code: 'KA-0001', name: '后来者' } })
    expect(error.code).toBe('validation')
    expect(error.message).toBe('客户编码“KA-0001”已被使用')
    // A new account gets the next free code, not the binned one.
    expect((await bench.call('accounts:create', {})).code).toBe('KA-0002')
    expect((await bench.call('accounts:restore', { ids: [a.id] })).map((x) => x.code)).toEqual(['KA-0001'])
  })
})

describe('settings', () => {
  it('default to Chinese, the screening rule on pharmacy chains, sales 含税 and no saved column state', async () => {
    const bench = openTestWorkbench()
    expect(await bench.call('settings:get', {})).toEqual({
      language: 'zh-CN',
      screeningFormats: ['pharmacy'],
      salesTaxBasis: 'inclusive',
      gridLayouts: {},
      company: { name: '', accentColour: '#1F4E79', logo: null }
    })
  })

  it('remember the formats the screening rule applies to and the sales tax basis, also after reopening', async () => {
    const bench = openTestWorkbench()
    // Given in any order, stored in the formats' natural order.
    expect((await bench.call('settings:set', { key: 'screeningFormats', value: ['pharmacy', 'hypermarket'] })).screeningFormats).toEqual([
      'hypermarket',
      'pharmacy'
    ])
    expect((await bench.call('settings:set', { key: 'salesTaxBasis', value: 'exclusive' })).salesTaxBasis).toBe('exclusive')
    bench.workbench.close()
    const reopened = openTestWorkbench(bench.dataDir)
    expect(await reopened.call('settings:get', {})).toMatchObject({ screeningFormats: ['hypermarket', 'pharmacy'], salesTaxBasis: 'exclusive' })
    // No format at all is a choice too: every verdict is then 不适用.
    expect((await reopened.call('settings:set', { key: 'screeningFormats', value: [] })).screeningFormats).toEqual([])
    expect((await reopened.callFailing('settings:set', { key: 'screeningFormats', value: ['department_store'] })).code).toBe('bad-input')
    expect((await reopened.callFailing('settings:set', { key: 'salesTaxBasis', value: 'gross' })).code).toBe('bad-input')
  })

  it('switch the messages to English', async () => {
    const bench = await demoWorkspace()
    expect(await bench.call('settings:set', { key: 'language', value: 'en-US' })).toEqual({
      language: 'en-US',
      screeningFormats: ['pharmacy'],
      salesTaxBasis: 'inclusive',
      gridLayouts: {},
      company: { name: '', accentColour: '#1F4E79', logo: null }
    })
    const walmart = await byCode(bench, 'KA-0001')
    const negative = await bench.callFailing('accounts:update', { id: walmart.id, patch: { annualSalesFen: '-5' } })
    expect(negative.message).toBe('“Annual sales (CNY)” cannot be negative')
    const traffic = await bench.callFailing('accounts:update', { id: walmart.id, patch: { dailyTransactions: 500_000 } })
    expect(traffic.message).toBe('Daily transactions (500000) cannot exceed daily traffic (414000)')
    expect((await bench.call('accounts:create', {})).name).toBe('New account')
  })

  it('keep each grid\'s layout apart, also after the workspace is reopened', async () => {
    const bench = openTestWorkbench()
    const columnState = [
      { colId: 'name', width: 220, hide: false, pinned: 'left' },
      { colId: 'annualSalesFen', width: 140, sort: 'desc', sortIndex: 0 },
      { colId: 'notes', hide: true }
    ]
    const layout = { columnState, moneyUnit: 'wan' as const, kpiPeriod: 'day' as const, savedViews: [{ name: '华东 大卖场', columnState: null, filterModel: { format: { values: ['hypermarket'] } }, quickSearch: '' }] }
    expect((await bench.call('settings:set', { key: 'gridLayout', gridId: 'accounts', value: layout })).gridLayouts).toEqual({ accounts: layout })
    // A layout saved before the per-day view existed reads as per year.
    await bench.call('settings:set', { key: 'gridLayout', gridId: 'catalogue', value: { columnState: null, moneyUnit: 'yi', savedViews: [] } })
    expect((await bench.call('settings:get', {})).gridLayouts.accounts).toEqual(layout)

    bench.workbench.close()
    const reopened = openTestWorkbench(bench.dataDir)
    expect((await reopened.call('settings:get', {})).gridLayouts).toEqual({ accounts: layout, catalogue: { columnState: null, moneyUnit: 'yi', kpiPeriod: 'year', savedViews: [] } })

    expect((await reopened.call('settings:set', { key: 'gridLayout', gridId: 'accounts', value: null })).gridLayouts).toEqual({
      catalogue: { columnState: null, moneyUnit: 'yi', kpiPeriod: 'year', savedViews: [] }
    })
    expect((await reopened.call('settings:get', {})).gridLayouts.accounts).toBeUndefined()
  })
})

describe('accounts:list with a limit (the first screen of a large workspace)', () => {
  it('returns the first accounts by id, and all of them without a limit', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const all = await call('accounts:list', {})
    const first = await call('accounts:list', { limit: 5 })
    expect(first.map((account) => account.id)).toEqual(all.slice(0, 5).map((account) => account.id))
    expect(first[0]).toEqual(all[0])
    expect(await call('accounts:list', { limit: 1000 })).toHaveLength(all.length)
  })

  it('refuses a limit that is not a positive whole number', async () => {
    const { callFailing } = openTestWorkbench()
    expect((await callFailing('accounts:list', { limit: 0 })).code).toBe('bad-input')
    expect((await callFailing('accounts:list', { limit: 2.5 })).code).toBe('bad-input')
  })
})
