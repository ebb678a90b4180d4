/**
 * The account registry is the one declaration of the account fields: these checks fail when a
 * field was added to it without its migration, its labels or a distinct import header.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNT_FIELDS, EDITABLE_ACCOUNT_FIELDS, emptyAccountValues } from '../../src/shared/domain/accounts/account'
import { accountTotals } from '../../src/shared/domain/accounts/totals'
import { messages } from '../../src/shared/i18n'
import { headerKey } from '../../electron/core/accounts/accounts-import'
import { openTestWorkbench } from '../helpers/workbench'

describe('the account registry', () => {
  it('gives every field a column of the migrated accounts table, and the table no column the registry lacks', () => {
    const { workbench } = openTestWorkbench()
    const columns = (workbench.context.db.prepare(`PRAGMA table_info(accounts)`).all() as { name: string }[]).map((c) => c.name)
    expect(columns.sort()).toEqual([...ACCOUNT_FIELDS.map((spec) => spec.column), 'id', 'created_at', 'updated_at'].sort())
  })

  it('lists the editable fields in the registry order the grid, import and export follow', () => {
    expect([...EDITABLE_ACCOUNT_FIELDS]).toEqual(ACCOUNT_FIELDS.map((spec) => spec.field))
    expect(EDITABLE_ACCOUNT_FIELDS.slice(0, 3)).toEqual(['code', 'name', 'format'])
  })

  it('has a label for every field and every option in both languages', () => {
    for (const language of ['zh-CN', 'en-US'] as const) {
      for (const spec of ACCOUNT_FIELDS) {
        expect(messages[language].fields[spec.field], `${language} fields.${spec.field}`).toBeTruthy()
        if (spec.kind.type === 'option') {
          const labels = messages[language].enums[spec.kind.optionGroup] as Record<string, string>
          for (const value of spec.kind.values) expect(labels[value], `${language} enums.${spec.kind.optionGroup}.${value}`).toBeTruthy()
        }
      }
    }
  })

  it('sends each import header to one field only', () => {
    const owner = new Map<string, string>()
    for (const spec of ACCOUNT_FIELDS) {
      for (const header of [messages['zh-CN'].fields[spec.field], messages['en-US'].fields[spec.field], spec.field, ...spec.headerSynonyms]) {
        const key = headerKey(header)
        const previous = owner.get(key)
        expect(previous === undefined || previous === spec.field, `"${header}" names ${previous} and ${spec.field}`).toBe(true)
        owner.set(key, spec.field)
      }
    }
  })

  it('sums in the totals row exactly the fields it marks "sum"', () => {
    // Two accounts with 3 and 4 of every summed figure: each total is 7.
    const row = (id: number, n: number) => {
      const values: Record<string, unknown> = { ...emptyAccountValues(`KA-${id}`, `客户${id}`), id, updatedAt: '' }
      for (const spec of ACCOUNT_FIELDS) if (spec.totals === 'sum') values[spec.field] = n
      return values as Parameters<typeof accountTotals>[0][number]
    }
    const totals = accountTotals([row(1, 3), row(2, 4)]) as unknown as Record<string, unknown>
    for (const spec of ACCOUNT_FIELDS) {
      if (spec.totals === 'sum') expect(totals[spec.field], spec.field).toBe(7)
      else expect(totals[spec.field], spec.field).toBeUndefined()
    }
  })

  it('starts a new account as a 连锁超市 with every figure unknown', () => {
    expect(emptyAccountValues('KA-0001', '新客户')).toEqual({
      code: 'KA-0001',
      name: '新客户',
      format: 'supermarket',
      background: null,
      tier: null,
      tradeType: null,
      regionCode: null,
      directStores: null,
      salesAreaM2: null,
      annualSalesFen: null,
      employees: null,
      dailyTraffic: null,
      dailyTransactions: null,
      isTopThreeInRegion: null,
      hasStrongHqExecution: null,
      notes: ''
    })
  })
})
