import { describe, expect, it } from 'vitest'
import { parseCount, parseFlag, parseMoneyFen, parsePercentPpm, scaleDecimalText } from '../../src/shared/domain/parse'

const money = (raw: unknown) => parseMoneyFen(raw, { maxFen: 1_000_000_000_000_000 })

describe('money in yuan with Chinese magnitudes → fen', () => {
  it('reads 千, 万, 百万, 千万 and 亿', () => {
    // 3千 = 3,000 yuan = 300,000 fen
    expect(money('3千')).toEqual({ ok: true, value: 300_000 })
    // 2.5万 = 25,000 yuan = 2,500,000 fen
    expect(money('2.5万')).toEqual({ ok: true, value: 2_500_000 })
    // 1.5百万 = 1,500,000 yuan = 150,000,000 fen
    expect(money('1.5百万')).toEqual({ ok: true, value: 150_000_000 })
    // 5千万 = 50,000,000 yuan = 5,000,000,000 fen (千万, not 千 after 5千…)
    expect(money('5千万')).toEqual({ ok: true, value: 5_000_000_000 })
    // 5千万元: the 元 is dropped first
    expect(money('5千万元')).toEqual({ ok: true, value: 5_000_000_000 })
    // 1.2亿 = 120,000,000 yuan = 12,000,000,000 fen
    expect(money('1.2亿')).toEqual({ ok: true, value: 12_000_000_000 })
  })

  it('accepts commas only as thousands groups', () => {
    // 1,234,567.89 yuan = 123,456,789 fen
    expect(money('1,234,567.89')).toEqual({ ok: true, value: 123_456_789 })
    expect(money('1，234')).toEqual({ ok: true, value: 123_400 })
    expect(money('12,34')).toEqual({ ok: false, code: 'notNumber', params: { value: '12,34' } })
    expect(money('1,2345')).toEqual({ ok: false, code: 'notNumber', params: { value: '1,2345' } })
    expect(money('1,234,5')).toEqual({ ok: false, code: 'notNumber', params: { value: '1,234,5' } })
  })

  it('refuses what is not a finite amount', () => {
    expect(money(Number.NaN)).toEqual({ ok: false, code: 'notNumber', params: { value: 'NaN' } })
    expect(money(Number.POSITIVE_INFINITY)).toEqual({ ok: false, code: 'notNumber', params: { value: 'NaN' } })
    // 1e300 yuan overflows nothing: it is refused as too large.
    expect(money(1e300)).toEqual({ ok: false, code: 'tooLarge' })
    expect(money('万')).toEqual({ ok: false, code: 'notNumber', params: { value: '万' } })
  })

  it('shifts digits exactly, rounding the third decimal half up', () => {
    // 0.125万 yuan = 1,250 yuan exactly = 125,000 fen (no binary 0.125 × 10000 drift)
    expect(scaleDecimalText('0.125万', 2)).toEqual({ value: 125_000, isWhole: true, isNegative: false })
    // 0.005 yuan = 0.5 fen → 1 fen
    expect(scaleDecimalText('0.005', 2)).toEqual({ value: 1, isWhole: false, isNegative: false })
  })
})

describe('counts', () => {
  it('read whole numbers with magnitudes and refuse fractions', () => {
    // 1.2万 stores = 12,000
    expect(parseCount('1.2万', { max: 1e9 })).toEqual({ ok: true, value: 12_000 })
    expect(parseCount('3千', { max: 1e9 })).toEqual({ ok: true, value: 3000 })
    expect(parseCount('12.5', { max: 1e9 })).toEqual({ ok: false, code: 'notInteger', params: { value: '12.5' } })
    expect(parseCount('12,34', { max: 1e9 })).toEqual({ ok: false, code: 'notNumber', params: { value: '12,34' } })
    expect(parseCount('', { max: 1e9 })).toEqual({ ok: true, value: null })
  })
})

describe('percentages → ppm (1% = 10,000 ppm)', () => {
  const percent = (raw: unknown) => parsePercentPpm(raw, { maxPpm: 1_000_000 })
  it('reads 12.5, 12.5% and full-width ％ exactly', () => {
    expect(percent('12.5')).toEqual({ ok: true, value: 125_000 })
    expect(percent('12.5%')).toEqual({ ok: true, value: 125_000 })
    expect(percent('3％')).toEqual({ ok: true, value: 30_000 })
    // 12.3456% = 123,456 ppm, four decimals kept
    expect(percent('12.3456')).toEqual({ ok: true, value: 123_456 })
    expect(percent('')).toEqual({ ok: true, value: null })
  })
  it('refuses five decimals, negatives and more than 100%', () => {
    expect(percent('1.23456')).toEqual({ ok: false, code: 'notNumber', params: { value: '1.23456' } })
    expect(percent('-2')).toEqual({ ok: false, code: 'negative' })
    expect(percent('100.01')).toEqual({ ok: false, code: 'tooLarge' })
  })
})

describe('flags', () => {
  it('read ticks as 是 and crosses as 否, whatever the cross', () => {
    for (const tick of ['√', '✓', '是', 'Yes', 'TRUE']) expect(parseFlag(tick), tick).toEqual({ ok: true, value: true })
    for (const cross of ['x', 'X', '×', '✗', '否', 'no']) expect(parseFlag(cross), cross).toEqual({ ok: true, value: false })
    expect(parseFlag('')).toEqual({ ok: true, value: null })
  })
  it('refuse anything else, naming the flag choices', () => {
    expect(parseFlag('也许')).toEqual({ ok: false, code: 'invalidOption', params: { value: '也许', optionGroup: 'flag' } })
    expect(parseFlag('v')).toEqual({ ok: false, code: 'invalidOption', params: { value: 'v', optionGroup: 'flag' } })
  })
})
