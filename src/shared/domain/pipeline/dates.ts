/**
 * Calendar dates in the pipeline are ISO day strings (YYYY-MM-DD) with no time of day or time
 * zone: a next step is due "on the 5th" wherever the laptop is. "Today" is always an input so
 * that results do not depend on the clock.
 */

export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** Whole days since 1970-01-01 for a valid ISO day, or null for text that is not a real date. */
export function isoDateToDayNumber(date: IsoDate): number | null {
  const match = ISO_DATE.exec(date)
  if (!match) return null
  const [, year, month, day] = match
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day))
  // Date.UTC rolls 02-30 over into March; a rolled date is not the date the user typed.
  const check = new Date(ms)
  if (check.getUTCFullYear() !== Number(year) || check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) {
    return null
  }
  return ms / MS_PER_DAY
}

export function isIsoDate(date: string): boolean {
  return isoDateToDayNumber(date) !== null
}

/** Days from `from` to `to` (negative when `to` is earlier), or null when either is not a date. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const start = isoDateToDayNumber(from)
  const end = isoDateToDayNumber(to)
  if (start === null || end === null) return null
  return end - start
}
