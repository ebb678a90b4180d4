import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { emptyAccountValues, EDITABLE_ACCOUNT_FIELDS, type Account } from '../../src/shared/domain/accounts/account'
import { parseAccountField } from '../../src/shared/domain/accounts/account-fields'
import { createRegionLookup } from '../../src/shared/domain/regions'
import { translate, type Language } from '../../src/shared/i18n'
import { toAccountRow } from '../../src/features/accounts/account-rows'
import { accountCellText } from '../../src/features/accounts/account-cell-text'
import { moneyInputForService } from '../../src/grid/money-unit'

const tIn = (language: Language) => ((key: string) => translate(language, key)) as unknown as TFunction
const regions = createRegionLookup([{ code: '440300', name: '深圳市', fullName: '广东省 深圳市', level: 'city' }])

const account: Account = {
  ...emptyAccountValues('KA-0001', '沃尔玛（中国）华南区'),
  id: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  format: 'hypermarket',
  background: 'international',
  tier: 'head',
  tradeType: 'hq_direct',
  regionCode: '440300',
  directStores: 120,
  salesAreaM2: 1_200_000,
  // 1,234,567,890.12 元.
  annualSalesFen: 123_456_789_012,
  employees: 30_000,
  dailyTraffic: 600_000,
  dailyTransactions: 252_000,
  isTopThreeInRegion: true,
  hasStrongHqExecution: false,
  notes: '说"好"\t含制表符'
}
const row = toAccountRow(account, regions)

describe('copy gives Excel what it expects', () => {
  it('copies labels in the current language and plain numbers, never stored codes or ¥ and separators', () => {
    const zh = tIn('zh-CN')
    expect(accountCellText(row, 'format', 'yuan', zh)).toBe('大卖场')
    expect(accountCellText(row, 'tradeType', 'yuan', zh)).toBe('总部直供')
    expect(accountCellText(row, 'format', 'yuan', tIn('en-US'))).toBe('Hypermarket')
    expect(accountCellText(row, 'annualSalesFen', 'yuan', zh)).toBe('1234567890.12')
    expect(accountCellText(row, 'annualSalesFen', 'wan', zh)).toBe('123456.789012')
    expect(accountCellText(row, 'employees', 'yuan', zh)).toBe('30000')
    // 252,000 ÷ 600,000 = 42 %.
    expect(accountCellText(row, 'conversionRate', 'yuan', zh)).toBe('42%')
    expect(accountCellText(row, 'isTopThreeInRegion', 'yuan', zh)).toBe('是')
  })

  it('copy → paste inside the grid restores the same value in every editable field, in both languages and units', () => {
    for (const language of ['zh-CN', 'en-US'] as const) {
      for (const unit of ['yuan', 'wan', 'yi'] as const) {
        for (const field of EDITABLE_ACCOUNT_FIELDS) {
          const copied = accountCellText(row, field, unit, tIn(language))
          // What the grid sends for a pasted money cell shown in 万元 / 亿元.
          const sent = field === 'annualSalesFen' ? moneyInputForService(copied, unit) : copied
          const parsed = parseAccountField(field, sent, { regions })
          expect(parsed, `${field} in ${language}, ${unit}`).toEqual({ ok: true, value: account[field] })
        }
      }
    }
  })
})
