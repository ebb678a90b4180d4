import { describe, expect, it } from 'vitest'
import {
  crossFieldIssues,
  describeFieldIssue,
  parseAccountField,
  parseAccountPatch,
  type ParseContext
} from '../../src/shared/domain/accounts/account-fields'
import { createRegionLookup, type Region } from '../../src/shared/domain/regions'
import { loadRegions } from '../../electron/core/regions/regions-service'

const handMadeRegions: Region[] = [
  { code: '110000', name: '北京市', fullName: '北京市', level: 'province' },
  { code: '110105', name: '朝阳区', fullName: '北京市 朝阳区', level: 'county' },
  { code: '220000', name: '吉林省', fullName: '吉林省', level: 'province' },
  { code: '220100', name: '长春市', fullName: '吉林省 长春市', level: 'city' },
  { code: '220104', name: '朝阳区', fullName: '吉林省 长春市 朝阳区', level: 'county' },
  { code: '310000', name: '上海市', fullName: '上海市', level: 'province' },
  { code: '310115', name: '浦东新区', fullName: '上海市 浦东新区', level: 'county' }
]
const context: ParseContext = { regions: createRegionLookup(handMadeRegions) }

const parse = (field: Parameters<typeof parseAccountField>[0], raw: unknown) => parseAccountField(field, raw, context)

describe('money (年销售额): yuan as typed → integer fen', () => {
  it('reads plain, currency-marked and grouped amounts', () => {
    expect(parse('annualSalesFen', '1234.56')).toEqual({ ok: true, value: 123_456 })
    expect(parse('annualSalesFen', '¥1,234.5')).toEqual({ ok: true, value: 123_450 })
    expect(parse('annualSalesFen', '￥1，234.50元')).toEqual({ ok: true, value: 123_450 })
    expect(parse('annualSalesFen', ' 1 234 ')).toEqual({ ok: true, value: 123_400 })
  })

  it('reads 万 and 亿', () => {
    // 3000万 = 30,000,000 yuan = 3,000,000,000 fen
    expect(parse('annualSalesFen', '3000万')).toEqual({ ok: true, value: 3_000_000_000 })
    // 1.2亿 = 120,000,000 yuan = 12,000,000,000 fen
    expect(parse('annualSalesFen', '1.2亿')).toEqual({ ok: true, value: 12_000_000_000 })
    // 96亿元 = 9,600,000,000 yuan = 960,000,000,000 fen
    expect(parse('annualSalesFen', '96亿元')).toEqual({ ok: true, value: 960_000_000_000 })
  })

  it('rounds a third decimal half up', () => {
    expect(parse('annualSalesFen', '1.005')).toEqual({ ok: true, value: 101 })
    expect(parse('annualSalesFen', '1.004')).toEqual({ ok: true, value: 100 })
  })

  it('folds full-width digits', () => {
    // １２３ yuan = 12,300 fen
    expect(parse('annualSalesFen', '１２３')).toEqual({ ok: true, value: 12_300 })
  })

  it('takes numbers as they come from a spreadsheet, and Excel scientific notation', () => {
    expect(parse('annualSalesFen', 1234.56)).toEqual({ ok: true, value: 123_456 })
    // 1.2E+07 yuan = 12,000,000 yuan = 1,200,000,000 fen
    expect(parse('annualSalesFen', '1.2E+07')).toEqual({ ok: true, value: 1_200_000_000 })
  })

  it('leaves an empty cell unknown', () => {
    expect(parse('annualSalesFen', '')).toEqual({ ok: true, value: null })
    expect(parse('annualSalesFen', null)).toEqual({ ok: true, value: null })
  })

  it('refuses negative amounts and text', () => {
    expect(parse('annualSalesFen', '-5')).toEqual({ ok: false, issue: { field: 'annualSalesFen', code: 'negative' } })
    expect(parse('annualSalesFen', '-1.2亿')).toEqual({ ok: false, issue: { field: 'annualSalesFen', code: 'negative' } })
    expect(parse('annualSalesFen', 'abc')).toEqual({
      ok: false,
      issue: { field: 'annualSalesFen', code: 'notNumber', params: { value: 'abc' } }
    })
  })

  it('refuses more than ¥10 trillion', () => {
    // 100000亿 = 10,000,000,000,000 yuan = 10^15 fen: the limit itself is accepted
    expect(parse('annualSalesFen', '100000亿')).toEqual({ ok: true, value: 1_000_000_000_000_000 })
    expect(parse('annualSalesFen', '100001亿')).toEqual({ ok: false, issue: { field: 'annualSalesFen', code: 'tooLarge' } })
  })
})

describe('counts (stores, area, employees, traffic, transactions)', () => {
  it('reads whole numbers, with separators and 万', () => {
    expect(parse('directStores', '1,234')).toEqual({ ok: true, value: 1234 })
    expect(parse('dailyTraffic', '1.2万')).toEqual({ ok: true, value: 12_000 })
    expect(parse('salesAreaM2', '１２３')).toEqual({ ok: true, value: 123 })
    expect(parse('employees', 96)).toEqual({ ok: true, value: 96 })
    expect(parse('employees', '12.0')).toEqual({ ok: true, value: 12 })
    expect(parse('dailyTransactions', '')).toEqual({ ok: true, value: null })
  })

  it('refuses fractions, negatives and text', () => {
    expect(parse('directStores', '12.5')).toEqual({
      ok: false,
      issue: { field: 'directStores', code: 'notInteger', params: { value: '12.5' } }
    })
    expect(parse('directStores', '-3')).toEqual({ ok: false, issue: { field: 'directStores', code: 'negative' } })
    expect(parse('employees', 'many')).toEqual({
      ok: false,
      issue: { field: 'employees', code: 'notNumber', params: { value: 'many' } }
    })
  })

  it('refuses counts above one billion', () => {
    expect(parse('salesAreaM2', '1000000000')).toEqual({ ok: true, value: 1_000_000_000 })
    expect(parse('salesAreaM2', '1000000001')).toEqual({ ok: false, issue: { field: 'salesAreaM2', code: 'tooLarge' } })
  })
})

describe('options (format, background, tier, trade type)', () => {
  it('accepts the value key, the zh-CN label and the en-US label', () => {
    expect(parse('format', 'pharmacy')).toEqual({ ok: true, value: 'pharmacy' })
    expect(parse('format', '连锁药店')).toEqual({ ok: true, value: 'pharmacy' })
    expect(parse('format', 'Pharmacy chain')).toEqual({ ok: true, value: 'pharmacy' })
    expect(parse('tier', 'High-value')).toEqual({ ok: true, value: 'high_value' })
    expect(parse('tier', 'high_value')).toEqual({ ok: true, value: 'high_value' })
    expect(parse('tier', '高价值客户')).toEqual({ ok: true, value: 'high_value' })
    expect(parse('tradeType', 'HQ direct supply')).toEqual({ ok: true, value: 'hq_direct' })
    expect(parse('tradeType', '区域直供')).toEqual({ ok: true, value: 'regional_direct' })
    expect(parse('background', '全国性')).toEqual({ ok: true, value: 'national' })
  })

  it('accepts the words people use in their own sheets', () => {
    expect(parse('format', '药店')).toEqual({ ok: true, value: 'pharmacy' })
    expect(parse('format', '卖场')).toEqual({ ok: true, value: 'hypermarket' })
    expect(parse('format', '便利店')).toEqual({ ok: true, value: 'convenience' })
    expect(parse('background', '外资')).toEqual({ ok: true, value: 'international' })
    expect(parse('tradeType', '经销商')).toEqual({ ok: true, value: 'distributor' })
  })

  it('requires a format but lets the other options stay empty', () => {
    expect(parse('format', '')).toEqual({ ok: false, issue: { field: 'format', code: 'required' } })
    expect(parse('background', '')).toEqual({ ok: true, value: null })
    expect(parse('tier', null)).toEqual({ ok: true, value: null })
  })

  it('refuses an unknown option and lists the options', () => {
    expect(parse('format', '百货')).toEqual({
      ok: false,
      issue: { field: 'format', code: 'invalidOption', params: { value: '百货', optionGroup: 'format' } }
    })
    expect(parse('tradeType', 'barter')).toEqual({
      ok: false,
      issue: { field: 'tradeType', code: 'invalidOption', params: { value: 'barter', optionGroup: 'tradeType' } }
    })
  })

  it('lists the options in the reader\'s language', () => {
    const refused = parse('format', '百货')
    if (refused.ok) throw new Error('expected a refusal')
    expect(describeFieldIssue('zh-CN', refused.issue)).toBe('“业态”须为以下之一：大卖场、连锁超市、连锁便利店、连锁药店；收到“百货”')
    expect(describeFieldIssue('en-US', refused.issue)).toBe(
      '“Format” must be one of: Hypermarket, Chain supermarket, Convenience chain, Pharmacy chain; got “百货”'
    )
  })
})

describe('flags (区域前三甲, 总部执行力强)', () => {
  it('reads yes, no and unknown in both languages', () => {
    expect(parse('isTopThreeInRegion', '是')).toEqual({ ok: true, value: true })
    expect(parse('isTopThreeInRegion', '否')).toEqual({ ok: true, value: false })
    expect(parse('isTopThreeInRegion', '未知')).toEqual({ ok: true, value: null })
    expect(parse('hasStrongHqExecution', 'yes')).toEqual({ ok: true, value: true })
    expect(parse('hasStrongHqExecution', 'No')).toEqual({ ok: true, value: false })
    expect(parse('hasStrongHqExecution', '')).toEqual({ ok: true, value: null })
    expect(parse('hasStrongHqExecution', 'true')).toEqual({ ok: true, value: true })
  })

  it('takes booleans and null as they are', () => {
    expect(parse('isTopThreeInRegion', true)).toEqual({ ok: true, value: true })
    expect(parse('isTopThreeInRegion', false)).toEqual({ ok: true, value: false })
    expect(parse('isTopThreeInRegion', null)).toEqual({ ok: true, value: null })
  })

  it('refuses other words and names the choices', () => {
    expect(parse('isTopThreeInRegion', '也许')).toEqual({
      ok: false,
      issue: { field: 'isTopThreeInRegion', code: 'invalidOption', params: { value: '也许', optionGroup: 'flag' } }
    })
  })
})

describe('code, name and notes', () => {
  it('accepts letters, digits, - and _ in a code', () => {
    expect(parse('code', 'KA-0001')).toEqual({ ok: true, value: 'KA-0001' })
    expect(parse('code', ' KA_7 ')).toEqual({ ok: true, value: 'KA_7' })
  })

  it('refuses a code with a space or a leading dash, and an empty code', () => {
    expect(parse('code', 'KA 0001')).toEqual({
      ok: false,
      issue: { field: 'code', code: 'invalidCode', params: { value: 'KA 0001' } }
    })
    expect(parse('code', '-KA')).toEqual({ ok: false, issue: { field: 'code', code: 'invalidCode', params: { value: '-KA' } } })
    expect(parse('code', '')).toEqual({ ok: false, issue: { field: 'code', code: 'required' } })
  })

  it('limits a code to 32 characters and a name to 100', () => {
    expect(parse('code', 'K'.repeat(32))).toEqual({ ok: true, value: 'K'.repeat(32) })
    expect(parse('code', 'K'.repeat(33))).toEqual({ ok: false, issue: { field: 'code', code: 'tooLong', params: { max: 32 } } })
    expect(parse('name', '店'.repeat(100))).toEqual({ ok: true, value: '店'.repeat(100) })
    expect(parse('name', '店'.repeat(101))).toEqual({ ok: false, issue: { field: 'name', code: 'tooLong', params: { max: 100 } } })
    expect(parse('name', '  ')).toEqual({ ok: false, issue: { field: 'name', code: 'required' } })
  })

  it('lets notes be empty', () => {
    expect(parse('notes', null)).toEqual({ ok: true, value: '' })
    expect(parse('notes', ' 3 月续签 ')).toEqual({ ok: true, value: '3 月续签' })
  })
})

describe('region (hand-made division list)', () => {
  it('takes a 6-digit code, and pads 2- and 4-digit codes', () => {
    expect(parse('regionCode', '310115')).toEqual({ ok: true, value: '310115' })
    expect(parse('regionCode', '31')).toEqual({ ok: true, value: '310000' })
    expect(parse('regionCode', '2201')).toEqual({ ok: true, value: '220100' })
  })

  it('takes a unique name, a full name, or the exported "name (code)" form', () => {
    expect(parse('regionCode', '浦东新区')).toEqual({ ok: true, value: '310115' })
    expect(parse('regionCode', '吉林省 长春市 朝阳区')).toEqual({ ok: true, value: '220104' })
    expect(parse('regionCode', '北京市朝阳区')).toEqual({ ok: true, value: '110105' })
    expect(parse('regionCode', '上海市 浦东新区 (310115)')).toEqual({ ok: true, value: '310115' })
  })

  it('refuses an ambiguous name and lists the candidates', () => {
    expect(parse('regionCode', '朝阳区')).toEqual({
      ok: false,
      issue: {
        field: 'regionCode',
        code: 'ambiguousRegion',
        params: { value: '朝阳区', candidates: '北京市 朝阳区 110105、吉林省 长春市 朝阳区 220104' }
      }
    })
  })

  it('refuses a code or name that does not exist, and leaves an empty cell unknown', () => {
    expect(parse('regionCode', '999999')).toEqual({
      ok: false,
      issue: { field: 'regionCode', code: 'invalidRegion', params: { value: '999999' } }
    })
    expect(parse('regionCode', '火星')).toEqual({
      ok: false,
      issue: { field: 'regionCode', code: 'invalidRegion', params: { value: '火星' } }
    })
    expect(parse('regionCode', '')).toEqual({ ok: true, value: null })
  })
})

describe('region (the real GB/T 2260 list)', () => {
  const regionList = loadRegions()
  const real: ParseContext = { regions: createRegionLookup(regionList) }

  it('finds 310115 浦东新区 under 上海市', () => {
    expect(parseAccountField('regionCode', '310115', real)).toEqual({ ok: true, value: '310115' })
    expect(real.regions.byCode('310115')).toEqual({ code: '310115', name: '浦东新区', fullName: '上海市 浦东新区', level: 'county' })
    expect(parseAccountField('regionCode', '上海市 浦东新区', real)).toEqual({ ok: true, value: '310115' })
  })

  it('pads a province code: 31 → 310000', () => {
    expect(parseAccountField('regionCode', '31', real)).toEqual({ ok: true, value: '310000' })
    expect(real.regions.byCode('310000')?.name).toBe('上海市')
  })

  it('knows 朝阳区 is in both Beijing and Changchun', () => {
    const parsed = parseAccountField('regionCode', '朝阳区', real)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issue.code).toBe('ambiguousRegion')
    const candidates = String(parsed.issue.params?.candidates)
    expect(candidates).toContain('北京市 朝阳区 110105')
    expect(candidates).toContain('吉林省 长春市 朝阳区 220104')
    expect(parseAccountField('regionCode', '北京市 朝阳区', real)).toEqual({ ok: true, value: '110105' })
  })

  it('finds a place written without its suffix, as people write it (上海, 深圳, 浦东, 广东深圳, 广西)', () => {
    expect(parseAccountField('regionCode', '上海', real)).toEqual({ ok: true, value: '310000' })
    expect(parseAccountField('regionCode', '深圳', real)).toEqual({ ok: true, value: '440300' })
    expect(parseAccountField('regionCode', '浦东', real)).toEqual({ ok: true, value: '310115' })
    expect(parseAccountField('regionCode', '上海浦东', real)).toEqual({ ok: true, value: '310115' })
    expect(parseAccountField('regionCode', '广东 深圳', real)).toEqual({ ok: true, value: '440300' })
    expect(parseAccountField('regionCode', '广西', real)).toEqual({ ok: true, value: '450000' })
    expect(parseAccountField('regionCode', '内蒙古', real)).toEqual({ ok: true, value: '150000' })
  })

  it('a full name wins over a short one; a short name shared by a province and its city means the province', () => {
    // 吉林 is both the province and a city in it: the outermost is meant (see test/unit/regions.test.ts).
    expect(parseAccountField('regionCode', '吉林', real)).toEqual({ ok: true, value: '220000' })
    expect(parseAccountField('regionCode', '吉林市', real)).toEqual({ ok: true, value: '220200' })
    expect(parseAccountField('regionCode', '吉林省', real)).toEqual({ ok: true, value: '220000' })
  })

  it('refuses a 6-digit code that is no division', () => {
    expect(parseAccountField('regionCode', '999999', real)).toEqual({
      ok: false,
      issue: { field: 'regionCode', code: 'invalidRegion', params: { value: '999999' } }
    })
  })
})

describe('parseAccountPatch', () => {
  it('returns the accepted values and an issue per refused field', () => {
    expect(
      parseAccountPatch({ annualSalesFen: '1.2亿', directStores: 'abc', format: '药店', isTopThreeInRegion: '是' }, context)
    ).toEqual({
      values: { annualSalesFen: 12_000_000_000, format: 'pharmacy', isTopThreeInRegion: true },
      issues: [{ field: 'directStores', code: 'notNumber', params: { value: 'abc' } }]
    })
  })

  it('returns nothing for an empty patch', () => {
    expect(parseAccountPatch({}, context)).toEqual({ values: {}, issues: [] })
  })
})

describe('crossFieldIssues', () => {
  it('refuses more daily transactions than daily traffic', () => {
    expect(crossFieldIssues({ dailyTraffic: 100, dailyTransactions: 101 })).toEqual([
      { field: 'dailyTransactions', code: 'transactionsExceedTraffic', params: { transactions: 101, traffic: 100 } }
    ])
  })

  it('accepts equal figures and unknown ones', () => {
    expect(crossFieldIssues({ dailyTraffic: 100, dailyTransactions: 100 })).toEqual([])
    expect(crossFieldIssues({ dailyTraffic: null, dailyTransactions: 100 })).toEqual([])
    expect(crossFieldIssues({ dailyTraffic: 100, dailyTransactions: null })).toEqual([])
  })
})

describe('describeFieldIssue', () => {
  it('writes the reason with the field label in Chinese and in English', () => {
    const negative = { field: 'annualSalesFen', code: 'negative' } as const
    expect(describeFieldIssue('zh-CN', negative)).toBe('“年销售额(元)”不能为负数')
    expect(describeFieldIssue('en-US', negative)).toBe('“Annual sales (CNY)” cannot be negative')
  })

  it('fills in the parameters of the issue', () => {
    const notInteger = { field: 'directStores', code: 'notInteger', params: { value: '12.5' } } as const
    expect(describeFieldIssue('zh-CN', notInteger)).toBe('“直营门店数”须为整数，收到“12.5”')
    expect(describeFieldIssue('en-US', notInteger)).toBe('“Direct stores” must be a whole number, got “12.5”')

    const refused = parse('format', '百货')
    if (refused.ok) throw new Error('expected a refusal')
    expect(describeFieldIssue('zh-CN', refused.issue)).toBe('“业态”须为以下之一：大卖场、连锁超市、连锁便利店、连锁药店；收到“百货”')

    const [traffic] = crossFieldIssues({ dailyTraffic: 100, dailyTransactions: 101 })
    if (!traffic) throw new Error('expected an issue')
    expect(describeFieldIssue('zh-CN', traffic)).toBe('日均成交（101）不能大于日均客流（100）')
    expect(describeFieldIssue('en-US', traffic)).toBe('Daily transactions (101) cannot exceed daily traffic (100)')
  })
})
