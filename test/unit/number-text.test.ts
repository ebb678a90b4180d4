import { describe, expect, it } from 'vitest'
import { hasNumberMarks, isEuropeanNumberText, javaNumberTextToPlain, plainDecimalText } from '../../src/shared/domain/parse/number-text'

describe('number text as files carry it', () => {
  it('moves the point of scientific notation in the digits, exactly', () => {
    // 2.87654321005E10: digits 287654321005, point after 1 + 10 = 11 digits → 28765432100.5
    expect(plainDecimalText('2.87654321005E10')).toBe('28765432100.5')
    // 6.912345678901E+12: 13 digits, point after 13 → whole
    expect(plainDecimalText('6.912345678901E+12')).toBe('6912345678901')
    // -2.5E-1: point one place left of 2.5 → 0.25
    expect(plainDecimalText('-2.5E-1')).toBe('-0.25')
    expect(plainDecimalText('1E-3')).toBe('0.001')
    // 1.1E5 → 110000 (zeros appended past the digits)
    expect(plainDecimalText('1.1E5')).toBe('110000')
    expect(plainDecimalText('310000.0')).toBe('310000')
    expect(plainDecimalText('-0.0')).toBe('0')
    // A float would give 0.30000000000000004 or 123456789012345680000 here; the digits are kept.
    expect(plainDecimalText('1.23456789012345678E20')).toBe('123456789012345678000')
    expect(plainDecimalText('abc')).toBeNull()
    expect(plainDecimalText('.')).toBeNull()
  })

  it("makes plain only what Java's Double.toString writes, leaving codes and decimals alone", () => {
    expect(javaNumberTextToPlain(' 310000.0 ')).toBe('310000')
    expect(javaNumberTextToPlain('3.0E1')).toBe('30')
    expect(javaNumberTextToPlain('0012')).toBeNull()
    expect(javaNumberTextToPlain('1.5')).toBeNull()
    expect(javaNumberTextToPlain('KA-0001')).toBeNull()
  })

  it('tells European-only numbers from numbers with marks', () => {
    expect(isEuropeanNumberText('28.765.432,5')).toBe(true)
    expect(isEuropeanNumberText('1.234,5')).toBe(true)
    expect(isEuropeanNumberText('28.765.432')).toBe(true)
    // 1.200 could be 1.2 or 1200; 1,234.5 is the English way.
    expect(isEuropeanNumberText('1.200')).toBe(false)
    expect(isEuropeanNumberText('1,234.5')).toBe(false)
    expect(hasNumberMarks('1.200')).toBe(true)
    expect(hasNumberMarks('1200')).toBe(false)
    expect(hasNumberMarks('华联1.2')).toBe(false)
  })
})
