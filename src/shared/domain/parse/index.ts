/**
 * What a person typed, pasted or imported → typed values, for every entity's fields. Each parser
 * answers a value or an issue code with params (the UI and the services translate the code);
 * none knows which field it parses. Money comes back in integer fen, rates in ppm.
 */
import { percentTextToPpm, type Ppm } from '../rate'

export type ParseIssueCode = 'required' | 'notNumber' | 'notInteger' | 'negative' | 'tooLarge' | 'tooLong' | 'invalidOption'

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; code: ParseIssueCode; params?: Record<string, string | number> }

export const accepted = <T>(value: T): ParseOutcome<T> => ({ ok: true, value })
const refused = (code: ParseIssueCode, params?: Record<string, string | number>): ParseOutcome<never> =>
  params ? { ok: false, code, params } : { ok: false, code }

const FULL_WIDTH_DIGITS = /[０-９]/g

/** Text of a cell as a person typed or pasted it: full-width digits and spaces folded, trimmed. */
export function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return ''
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : 'NaN'
  if (typeof raw === 'boolean') return raw ? 'true' : 'false'
  if (raw instanceof Date) return raw.toISOString()
  return String(raw)
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
}

/** Chinese magnitude words after a figure; the two-character ones are tried first. */
const MAGNITUDE_SUFFIXES: readonly [string, number][] = [
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3]
]

/** Commas must group thousands: "1,234,567.8" yes, "12,34" no (a decimal comma or a typo). */
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/

/** Whether commas in number text group thousands (full-width commas count as commas). */
export function hasValidThousandsCommas(text: string): boolean {
  const compact = text.replace(/[\s¥￥]/g, '').replace(/，/g, ',')
  return !compact.includes(',') || GROUPED_THOUSANDS.test(compact)
}

export interface ScaledDecimal {
  /** The figure times 10^exponent, rounded half up to an integer. */
  value: number
  isWhole: boolean
  isNegative: boolean
}

/**
 * Decimal text (with 千/万/百万/千万/亿, ¥ and 元, thousands commas) times 10^exponent, exactly:
 * the digits are shifted as text, so "1.005" yuan is 101 fen with no binary drift. The third
 * decimal past the exponent rounds half up. Null when the text is not a number.
 */
export function scaleDecimalText(text: string, exponent: number): ScaledDecimal | null {
  let cleaned = text.replace(/[\s¥￥]/g, '').replace(/，/g, ',').replace(/元$/, '').replace(/．/g, '.')
  let scale = exponent
  for (const [suffix, power] of MAGNITUDE_SUFFIXES) {
    if (cleaned.endsWith(suffix)) {
      scale += power
      cleaned = cleaned.slice(0, -suffix.length)
      break
    }
  }
  if (cleaned.includes(',')) {
    if (!GROUPED_THOUSANDS.test(cleaned)) return null
    cleaned = cleaned.replace(/,/g, '')
  }
  const match = /^([+-])?(\d+)?(?:\.(\d+))?$/.exec(cleaned)
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    // Scientific notation from Excel ("1.2E+07") is still a number.
    if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(cleaned)) {
      const n = Number(cleaned) * 10 ** scale
      if (!Number.isFinite(n)) return null
      return { value: Math.round(Math.abs(n)) * Math.sign(n), isWhole: Number.isInteger(n), isNegative: n < 0 }
    }
    return null
  }
  const isNegative = match[1] === '-'
  const whole = match[2] ?? '0'
  const fraction = match[3] ?? ''
  const integerDigits = whole + fraction.slice(0, scale).padEnd(scale, '0')
  const rest = fraction.slice(scale)
  let value = Number(integerDigits)
  if (rest.length > 0 && Number(rest[0]) >= 5) value += 1
  const isWhole = !/[1-9]/.test(rest)
  return { value: isNegative ? -value : value, isWhole, isNegative: isNegative && (value !== 0 || !isWhole) }
}

/** Required or optional text, trimmed, at most `maxLength` characters. */
export function parseText(raw: unknown, options: { maxLength: number; isRequired: boolean }): ParseOutcome<string> {
  const text = options.isRequired ? cellText(raw) : raw === null || raw === undefined ? '' : String(raw).trim()
  if (options.isRequired && text === '') return refused('required')
  if (text.length > options.maxLength) return refused('tooLong', { max: options.maxLength })
  return accepted(text)
}

/** A whole non-negative number (stores, m², people); blank is unknown (null). */
export function parseCount(raw: unknown, options: { max: number }): ParseOutcome<number | null> {
  const text = cellText(raw)
  if (text === '') return accepted(null)
  const scaled = scaleDecimalText(text, 0)
  if (!scaled) return refused('notNumber', { value: text })
  if (scaled.isNegative) return refused('negative')
  if (!scaled.isWhole) return refused('notInteger', { value: text })
  if (scaled.value > options.max) return refused('tooLarge')
  return accepted(scaled.value)
}

/** Yuan as typed (1234.56, ¥1,234.5, 3000万, 5千万, 1.2亿) → integer fen, third decimal half up; blank is null. */
export function parseMoneyFen(raw: unknown, options: { maxFen: number }): ParseOutcome<number | null> {
  const text = cellText(raw)
  if (text === '') return accepted(null)
  const scaled = scaleDecimalText(text, 2)
  if (!scaled) return refused('notNumber', { value: text })
  if (scaled.isNegative) return refused('negative')
  if (scaled.value > options.maxFen) return refused('tooLarge')
  return accepted(scaled.value)
}

/** A percentage as typed ("12.5", "12.5%", 0.125 from a % cell is not guessed) → ppm; blank is null. */
export function parsePercentPpm(raw: unknown, options: { maxPpm: number }): ParseOutcome<Ppm | null> {
  const text = cellText(raw).replace(/％/g, '%')
  if (text === '') return accepted(null)
  const ppm = percentTextToPpm(text)
  if (ppm === null) return refused('notNumber', { value: text })
  if (ppm < 0) return refused('negative')
  if (ppm > options.maxPpm) return refused('tooLarge')
  return accepted(ppm)
}

// Ticks mean 是 and crosses mean 否 (a cross is "not met" on a checklist, whatever the letter).
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '满足', '已满足', 'met', '√', '✓', '✔'])
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不满足', '未满足', 'notmet', 'x', '×', '✗', '✘'])
const UNKNOWN_WORDS = new Set(['', 'unknown', '未知', '待定', '-', '—', '?', '？', 'null'])

/** 是 / 否 / unknown. Anything else is refused with the accepted words (optionGroup 'flag'). */
export function parseFlag(raw: unknown): ParseOutcome<boolean | null> {
  if (typeof raw === 'boolean') return accepted(raw)
  const key = cellText(raw).toLowerCase().replace(/\s/g, '')
  if (UNKNOWN_WORDS.has(key)) return accepted(null)
  if (TRUE_WORDS.has(key)) return accepted(true)
  if (FALSE_WORDS.has(key)) return accepted(false)
  return refused('invalidOption', { value: cellText(raw), optionGroup: 'flag' })
}

const optionKey = (text: string): string => text.toLowerCase().replace(/[\s_-]/g, '')

/**
 * One of a fixed list of values, by any of its aliases (the value itself, its labels in both
 * languages, words from people's own sheets), ignoring case, spaces, _ and -.
 */
export function parseOption<T extends string>(
  raw: unknown,
  options: { values: readonly T[]; aliases: (value: T) => readonly string[]; isRequired: boolean; optionGroup: string }
): ParseOutcome<T | null> {
  const text = cellText(raw)
  if (text === '') return options.isRequired ? refused('required') : accepted(null)
  const key = optionKey(text)
  const found = options.values.find((value) => [value, ...options.aliases(value)].some((alias) => optionKey(alias) === key))
  if (found) return accepted(found)
  return refused('invalidOption', { value: text, optionGroup: options.optionGroup })
}
