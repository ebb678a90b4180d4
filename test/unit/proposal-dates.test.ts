import { describe, expect, it } from 'vitest'
import { dayRange, daysInRange, intersectRanges, isoDateToDayNumber, isoWeekOf } from '../../src/shared/domain/proposal/dates'

const weekKey = (date: string): string => isoWeekOf(isoDateToDayNumber(date) ?? Number.NaN).key

describe('proposal dates', () => {
  it('reads only real calendar dates', () => {
    expect(isoDateToDayNumber('1970-01-02')).toBe(1)
    expect(isoDateToDayNumber('2024-02-29')).not.toBeNull()
    expect(isoDateToDayNumber('2026-02-29')).toBeNull()
    expect(isoDateToDayNumber('2026-4-1')).toBeNull()
    expect(dayRange('2026-03-02', '2026-03-01')).toBeNull()
  })

  it('counts both ends of a period and shares a boundary day', () => {
    // 1–31 March: 31 days; a single day is 1 day
    expect(daysInRange(dayRange('2026-03-01', '2026-03-31')!)).toBe(31)
    expect(daysInRange(dayRange('2026-03-01', '2026-03-01')!)).toBe(1)
    expect(intersectRanges(dayRange('2026-03-01', '2026-03-10')!, dayRange('2026-03-10', '2026-03-20')!)).toEqual(dayRange('2026-03-10', '2026-03-10'))
    expect(intersectRanges(dayRange('2026-03-01', '2026-03-10')!, dayRange('2026-03-11', '2026-03-20')!)).toBeNull()
  })

  it('numbers weeks the ISO way: the week belongs to the year of its Thursday', () => {
    // 2024-12-30 is a Monday whose Thursday is 2025-01-02 → 2025-W01
    expect(weekKey('2024-12-30')).toBe('2025-W01')
    // 2021-01-03 is a Sunday whose Thursday is 2020-12-31 → 2020-W53
    expect(weekKey('2021-01-03')).toBe('2020-W53')
    // 2026-01-01 is a Thursday → 2026-W01, which starts Monday 2025-12-29
    expect(isoWeekOf(isoDateToDayNumber('2026-01-01')!)).toMatchObject({ key: '2026-W01', startDate: '2025-12-29', endDate: '2026-01-04' })
  })
})
