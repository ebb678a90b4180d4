import { describe, expect, it } from 'vitest'
import type { ColDef, ColGroupDef, ValueGetterParams } from 'ag-grid-community'
import type { TFunction } from 'i18next'
import { buildAccountColumns } from '../../src/features/accounts/account-columns'
import type { AccountRow } from '../../src/features/accounts/account-rows'
import type { Language } from '../../src/shared/i18n'

const t = ((key: string) => key) as unknown as TFunction

function regionColumn(language: Language): ColDef<AccountRow> {
  const columns = buildAccountColumns({ t, language, regions: { list: [], lookup: null }, moneyUnit: 'yuan', kpiPeriod: 'year', salesTaxBasis: 'inclusive' })
  const flat = columns.flatMap((column) => ('children' in column ? (column as ColGroupDef<AccountRow>).children : [column])) as ColDef<AccountRow>[]
  const found = flat.find((column) => column.colId === 'regionName')
  if (!found) throw new Error('no regionName column')
  return found
}

const row = { regionCode: '440305', regionName: '广东省 深圳市 南山区' } as AccountRow

describe('the region column in each language', () => {
  it('shows the place in pinyin in English, for the cell, its filter and its sort', () => {
    const getter = regionColumn('en-US').valueGetter
    if (typeof getter !== 'function') throw new Error('no value getter in en-US')
    expect(getter({ data: row } as ValueGetterParams<AccountRow>)).toBe('Nanshan District, Shenzhen, Guangdong')
    expect(getter({ data: { ...row, regionCode: null } } as unknown as ValueGetterParams<AccountRow>)).toBe('')
  })

  it('shows the Chinese full name in Chinese', () => {
    const column = regionColumn('zh-CN')
    expect(column.valueGetter).toBeUndefined()
    expect(column.field).toBe('regionName')
  })
})
