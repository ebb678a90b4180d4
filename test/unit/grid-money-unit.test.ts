import { describe, expect, it } from 'vitest'
import { fenInMoneyUnit, fenToMoneyUnitText, moneyInputForService, percentShown } from '../../src/grid/money-unit'

describe('the money display unit (元 / 万元 / 亿元)', () => {
  it('writes fen as plain text in the unit, exactly', () => {
    // 123,456,789 fen = 1,234,567.89 元 = 123.456789 万元 = 0.0123456789 亿元.
    expect(fenToMoneyUnitText(123_456_789, 'yuan')).toBe('1234567.89')
    expect(fenToMoneyUnitText(123_456_789, 'wan')).toBe('123.456789')
    expect(fenToMoneyUnitText(123_456_789, 'yi')).toBe('0.0123456789')
    // 5,000,000 元 = 500,000,000 fen = 500 万元 exactly: no trailing ".0".
    expect(fenToMoneyUnitText(500_000_000, 'wan')).toBe('500')
    expect(fenToMoneyUnitText(-1_500_000, 'wan')).toBe('-1.5')
  })

  it('gives filters and sorting the number in the unit', () => {
    expect(fenInMoneyUnit(2_500_000_000, 'wan')).toBe(2500)
    expect(fenInMoneyUnit(null, 'wan')).toBeNull()
  })

  it('sends a number typed in 万元 to the service as 万, and anything else as typed', () => {
    expect(moneyInputForService('1.5', 'wan')).toBe('1.5万')
    expect(moneyInputForService('2', 'yi')).toBe('2亿')
    expect(moneyInputForService('1.5', 'yuan')).toBe('1.5')
    expect(moneyInputForService('3万', 'wan')).toBe('3万')
    expect(moneyInputForService('abc', 'wan')).toBe('abc')
  })
})

describe('percentage columns filter and copy in the unit shown', () => {
  it('gives 成交率 0.52 as 52, so "大于 50" keeps it and "大于 60" drops it', () => {
    // 260 成交 / 500 客流 = 0.52 → 52 %.
    const shown = percentShown(260 / 500) as number
    expect(shown).toBe(52)
    expect(shown > 50).toBe(true)
    expect(shown > 60).toBe(false)
    // 0.1 + 0.2 is 0.30000000000000004 in binary floats: shown as 30, not 30.000000000000004.
    expect(percentShown(0.1 + 0.2)).toBe(30)
    expect(percentShown(null)).toBeNull()
  })
})
