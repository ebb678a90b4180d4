import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { emptyAccountValues, EDITABLE_ACCOUNT_FIELDS, type Account } from '../../src/shared/domain/accounts/account'
import { parseAccountField } from '../../src/shared/domain/accounts/account-fields'
import { createRegionLookup } from '../../src/shared/domain/regions'
import { translate, type Language } from '../../src/shared/i18n'
import { toAccountRow } from '../../src/features/accounts/account-rows'
import { accountCellText } from '../../src/features/accounts/account-cell-text'
import { moneyInputForService } from '../../src/grid/money-unit'
import type { MoneyUnit } from '../../src/shared/domain/money'

const tIn = (language: Language) => ((key: string) => translate(language, key)) as unknown as TFunction
/** The page's settings for a copy: money unit and language. */
const settingsIn = (moneyUnit: MoneyUnit, language: Language) => ({ moneyUnit, t: tIn(language), language, regions: { lookup: regions } })
const regions = createRegionLookup([{ code: '440300', name: '深圳市', fullName: '广东省 深圳市', level: 'city' }])

const account: Account = {
  ...emptyAccountValues('KA-0001', '沃尔玛（中国）华南区'),
  id: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  rowVersion: 1,
  format: 'hypermarket',
  background: 'international',
  tier: 'head',
  tradeType: 'hq_direct',
  regionCode: '440300',
  directStores: 120,
  franchiseStores: 30,
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
const row = toAccountRow(account, regions, ['pharmacy'])

describe('copy gives Excel what it expects', () => {
  it('copies labels in the current language and plain numbers, never stored codes or ¥ and separators', () => {
    expect(accountCellText(row, 'format', settingsIn('yuan', 'zh-CN'))).toBe('大卖场')
    expect(accountCellText(row, 'tradeType', settingsIn('yuan', 'zh-CN'))).toBe('总部直供')
    expect(accountCellText(row, 'format', settingsIn('yuan', 'en-US'))).toBe('Hypermarket')
    expect(accountCellText(row, 'annualSalesFen', settingsIn('yuan', 'zh-CN'))).toBe('1234567890.12')
    expect(accountCellText(row, 'annualSalesFen', settingsIn('wan', 'zh-CN'))).toBe('123456.789012')
    expect(accountCellText(row, 'employees', settingsIn('yuan', 'zh-CN'))).toBe('30000')
    // 252,000 ÷ 600,000 = 42 %.
    expect(accountCellText(row, 'conversionRate', settingsIn('yuan', 'zh-CN'))).toBe('42%')
    expect(accountCellText(row, 'isTopThreeInRegion', settingsIn('yuan', 'zh-CN'))).toBe('是')
    // 120 direct + 30 franchise.
    expect(accountCellText(row, 'totalStores', settingsIn('yuan', 'zh-CN'))).toBe('150')
    // 123,456,789,012 fen ÷ 1,200,000 m² ÷ 365 = 281.86 → 282 fen a day; 102,881 fen a year.
    expect(accountCellText(row, 'salesPerM2PerDayFen', settingsIn('yuan', 'zh-CN'))).toBe('2.82')
    expect(accountCellText(row, 'salesPerM2Fen', settingsIn('yuan', 'zh-CN'))).toBe('1028.81')
    // A hypermarket while the rule covers pharmacy chains only.
    expect(accountCellText(row, 'screeningVerdict', settingsIn('yuan', 'zh-CN'))).toBe('不适用')
    expect(accountCellText(row, 'screeningVerdict', settingsIn('yuan', 'en-US'))).toBe('n/a')
  })

  it('copies the place in the current language, and the English name pastes back as the same region', () => {
    expect(accountCellText(row, 'regionName', settingsIn('yuan', 'zh-CN'))).toBe('广东省 深圳市')
    const english = accountCellText(row, 'regionName', settingsIn('yuan', 'en-US'))
    expect(english).toBe('Shenzhen, Guangdong')
    // Pasted into the region column of an English page, the service resolves it to 440300 again.
    expect(parseAccountField('regionCode', english, { regions, language: () => 'en-US' })).toEqual({ ok: true, value: '440300' })
  })

  it('copy → paste inside the grid restores the same value in every editable field, in both languages and units', () => {
    for (const language of ['zh-CN', 'en-US'] as const) {
      for (const unit of ['yuan', 'wan', 'yi'] as const) {
        for (const field of EDITABLE_ACCOUNT_FIELDS) {
          const copied = accountCellText(row, field, settingsIn(unit, language))
          // What the grid sends for a pasted money cell shown in 万元 / 亿元.
          const sent = field === 'annualSalesFen' ? moneyInputForService(copied, unit) : copied
          const parsed = parseAccountField(field, sent, { regions, language: () => language })
          expect(parsed, `${field} in ${language}, ${unit}`).toEqual({ ok: true, value: account[field] })
        }
      }
    }
  })
})
