import { describe, expect, it } from 'vitest'
import { applyRate, percentTextToPpm, ppmToPercent, ratioToPpm } from '../../src/shared/domain/rate'

describe('rates in parts per million', () => {
  it('reads percentages exactly, up to four decimals', () => {
    expect(percentTextToPpm('60')).toBe(600_000)
    expect(percentTextToPpm('12.3456%')).toBe(123_456)
    expect(percentTextToPpm('0.5')).toBe(5_000)
    expect(percentTextToPpm('-3')).toBe(-30_000)
    expect(percentTextToPpm('1.23456')).toBeNull()
    expect(percentTextToPpm('abc')).toBeNull()
    expect(ppmToPercent(123_456)).toBe(12.3456)
  })

  it('applies a rate to fen with one rounding', () => {
    // 3% of ¥1,234.55 = ¥37.0365 → 3,704 fen
    expect(applyRate(123_455, 30_000)).toBe(3_704)
    expect(applyRate(-123_455, 30_000)).toBe(-3_704)
    expect(ratioToPpm(1, 3)).toBe(333_333)
    expect(ratioToPpm(1, 0)).toBeNull()
  })
})
