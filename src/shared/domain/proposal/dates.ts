/**
 * Calendar dates of a proposal (event dates, clause periods) are ISO text `YYYY-MM-DD`, inclusive at
 * both ends. Arithmetic runs on day numbers (days since 1970-01-01, UTC) so that no time zone or
 * daylight-saving shift can move a day.
 */

export type IsoDate = string
export type DayNumber = number

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` → day number, or null for text that is not a real calendar date (2026-02-30). */
export function isoDateToDayNumber(date: IsoDate): DayNumber | null {
  const match = ISO_DATE.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return ms / MS_PER_DAY
}

export function dayNumberToIsoDate(dayNumber: DayNumber): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
}

export interface DayRange {
  start: DayNumber
  end: DayNumber
}

/** A valid inclusive period (start ≤ end), or null. */
export function dayRange(startDate: IsoDate, endDate: IsoDate): DayRange | null {
  const start = isoDateToDayNumber(startDate)
  const end = isoDateToDayNumber(endDate)
  if (start === null || end === null || end < start) return null
  return { start, end }
}

/** Days in an inclusive period: 2026-03-01…2026-03-07 is 7 days. */
export function daysInRange(range: DayRange): number {
  return range.end - range.start + 1
}

/** The days two inclusive periods share (sharing one boundary day counts), or null. */
export function intersectRanges(a: DayRange, b: DayRange): DayRange | null {
  const start = Math.max(a.start, b.start)
  const end = Math.min(a.end, b.end)
  return start <= end ? { start, end } : null
}

export interface IsoWeek {
  /** ISO week-numbering year (2026-W01 may start in December 2025). */
  isoYear: number
  week: number
  /** `2026-W09`: a stable key and label. */
  key: string
  /** Monday and Sunday of the week. */
  startDate: IsoDate
  endDate: IsoDate
}

/** ISO weekday, Monday = 1 … Sunday = 7 (day 0, 1970-01-01, was a Thursday). */
function isoWeekday(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7 + 1
}

/** Day number of the Monday of the ISO week holding `dayNumber`. */
export function mondayOf(dayNumber: DayNumber): DayNumber {
  return dayNumber - isoWeekday(dayNumber) + 1
}

/** The ISO 8601 week holding a day: the week belongs to the year of its Thursday. */
export function isoWeekOf(dayNumber: DayNumber): IsoWeek {
  const monday = mondayOf(dayNumber)
  const thursday = monday + 3
  const isoYear = new Date(thursday * MS_PER_DAY).getUTCFullYear()
  const januaryFirst = Date.UTC(isoYear, 0, 1) / MS_PER_DAY
  const week = Math.floor((thursday - januaryFirst) / 7) + 1
  return {
    isoYear,
    week,
    key: `${isoYear}-W${String(week).padStart(2, '0')}`,
    startDate: dayNumberToIsoDate(monday),
    endDate: dayNumberToIsoDate(monday + 6)
  }
}
