import { describe, expect, it } from 'vitest'
import { fenToYuan, fenToYuanText, roundHalfUp, yuanTextToFen } from '../../src/shared/domain/money'

describe('yuanTextToFen', () => {
  it('turns yuan text into integer fen exactly', () => {
    expect(yuanTextToFen('1234.56')).toBe(123_456)
    expect(yuanTextToFen('12')).toBe(1200)
    expect(yuanTextToFen('12.')).toBe(1200)
    expect(yuanTextToFen('0.1')).toBe(10)
    expect(yuanTextToFen('0.01')).toBe(1)
    expect(yuanTextToFen('0')).toBe(0)
    // 0.1 + 0.2 in floats is 0.30000000000000004; the text path has no drift
    expect(yuanTextToFen('0.3')).toBe(30)
  })

  it('rounds the third decimal half up', () => {
    expect(yuanTextToFen('1.005')).toBe(101)
    expect(yuanTextToFen('1.004')).toBe(100)
    expect(yuanTextToFen('0.999')).toBe(100)
    expect(yuanTextToFen('9.995')).toBe(1000)
    // only the third decimal counts: 1.0049 → 100
    expect(yuanTextToFen('1.0049')).toBe(100)
  })

  it('keeps the sign of negative amounts and rounds them away from zero', () => {
    expect(yuanTextToFen('-1.5')).toBe(-150)
    expect(yuanTextToFen('-1234.56')).toBe(-123_456)
    expect(yuanTextToFen('-1.005')).toBe(-101)
  })

  it('refuses text that is not a plain decimal', () => {
    expect(yuanTextToFen('')).toBeNull()
    expect(yuanTextToFen('abc')).toBeNull()
    expect(yuanTextToFen('1,234')).toBeNull()
    expect(yuanTextToFen(' 1')).toBeNull()
    expect(yuanTextToFen('1e3')).toBeNull()
    expect(yuanTextToFen('.5')).toBeNull()
    expect(yuanTextToFen('1.2.3')).toBeNull()
  })

  it('refuses amounts whose fen are beyond the safe integers', () => {
    // 90,071,992,547,409.91 yuan = 9,007,199,254,740,991 fen = Number.MAX_SAFE_INTEGER
    expect(yuanTextToFen('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER)
    expect(yuanTextToFen('90071992547409.92')).toBeNull()
  })
})

describe('fenToYuanText', () => {
  it('writes fen as yuan with exactly two decimals', () => {
    expect(fenToYuanText(123_456)).toBe('1234.56')
    expect(fenToYuanText(100)).toBe('1.00')
    expect(fenToYuanText(10)).toBe('0.10')
    expect(fenToYuanText(5)).toBe('0.05')
    expect(fenToYuanText(1)).toBe('0.01')
    expect(fenToYuanText(0)).toBe('0.00')
    expect(fenToYuanText(960_000_000_000)).toBe('9600000000.00')
  })

  it('writes negative amounts with a leading minus', () => {
    expect(fenToYuanText(-5)).toBe('-0.05')
    expect(fenToYuanText(-123_456)).toBe('-1234.56')
    expect(fenToYuanText(-100)).toBe('-1.00')
  })

  it('round-trips with yuanTextToFen', () => {
    for (const fen of [0, 1, 99, 100, 101, 123_456, -5, -123_456, 960_000_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(yuanTextToFen(fenToYuanText(fen))).toBe(fen)
    }
  })
})

describe('fenToYuan', () => {
  it('divides by 100', () => {
    expect(fenToYuan(123_456)).toBe(1234.56)
    expect(fenToYuan(-5)).toBe(-0.05)
  })
})

describe('roundHalfUp', () => {
  it('rounds halves up and everything else to the nearest integer', () => {
    expect(roundHalfUp(2.5)).toBe(3)
    expect(roundHalfUp(0.5)).toBe(1)
    expect(roundHalfUp(1.5)).toBe(2)
    expect(roundHalfUp(2.4999)).toBe(2)
    expect(roundHalfUp(2.5001)).toBe(3)
    expect(roundHalfUp(7)).toBe(7)
  })

  it('rounds negative halves away from zero, so a sign never changes a magnitude', () => {
    expect(roundHalfUp(-2.5)).toBe(-3)
    expect(roundHalfUp(-0.5)).toBe(-1)
    expect(roundHalfUp(-2.4)).toBe(-2)
    expect(roundHalfUp(-2.6)).toBe(-3)
  })
})
