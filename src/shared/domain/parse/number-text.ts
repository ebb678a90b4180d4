/**
 * Number text as files really carry it, turned into exact plain decimal text (never through a
 * float): what Java exporters (Apache POI, EasyExcel) write, and whether text is in a European
 * locale's format. Pure: used by the file readers and by field parsers for text cells.
 */

const DECIMAL_OR_SCIENTIFIC = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/

/**
 * A decimal or scientific number's exact plain decimal text, or null for anything else:
 * "310000.0" → "310000", "2.87654321005E10" → "28765432100.5", "6.912345678901E+12" →
 * "6912345678901", "-2.5E-1" → "-0.25", "1E-3" → "0.001". Leading zeros of the whole part and
 * trailing zeros of the fraction go; "-0" is "0". The point is moved in the digits, not computed.
 */
export function plainDecimalText(text: string): string | null {
  const match = DECIMAL_OR_SCIENTIFIC.exec(text)
  if (!match) return null
  const [, sign = '', whole = '', fraction = '', exponentText] = match
  if (whole === '' && fraction === '') return null
  const exponent = exponentText === undefined ? 0 : Number(exponentText)
  const digits = whole + fraction
  // Where the point falls in `digits` once the exponent moves it.
  const point = whole.length + exponent
  const padded = point < 0 ? '0'.repeat(-point) + digits : point > digits.length ? digits + '0'.repeat(point - digits.length) : digits
  const at = Math.max(point, 0)
  const integer = padded.slice(0, at).replace(/^0+/, '') || '0'
  const rest = padded.slice(at).replace(/0+$/, '')
  const plain = rest === '' ? integer : `${integer}.${rest}`
  return sign === '-' && plain !== '0' ? `-${plain}` : plain
}

/** "12.0", "310000.00": a whole number written with a fraction of zeros, as Java's Double.toString does. */
const WHOLE_WITH_ZERO_FRACTION = /^[+-]?\d+\.0+$/
/** "2.87654321005E10", "6.912345678901E+12", "1.0E-4": Java's and Excel's scientific notation. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d{1,4}$/

/**
 * The plain decimal text of a number written the way Java exporters write numbers ("310000.0",
 * "2.87654321005E10", "6.912345678901E+12"), or null when the text is not in one of those shapes
 * (it is then left to the field's own rules: "0012" stays a code, "1.5" stays 1.5).
 */
export function javaNumberTextToPlain(text: string): string | null {
  const trimmed = text.trim()
  if (!WHOLE_WITH_ZERO_FRACTION.test(trimmed) && !SCIENTIFIC.test(trimmed)) return null
  return plainDecimalText(trimmed)
}

/** Digits with dots or commas only, such as 1.200, 28.765.432,5, 1,5: a number whose marks need a locale. */
const NUMBER_WITH_MARKS = /^[+-]?\d[\d.,]*$/
/** Dots grouping thousands and a comma before the decimals (1.234,5), or several dot groups (28.765.432). */
const EUROPEAN_ONLY = /^[+-]?\d{1,3}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})$/

/** Whether text is a number with a dot or comma in it (whose meaning depends on the locale). */
export function hasNumberMarks(text: string): boolean {
  const trimmed = text.trim()
  return NUMBER_WITH_MARKS.test(trimmed) && /[.,]/.test(trimmed)
}

/** Whether text can only be a European-locale number (dot for thousands, comma for decimals). */
export function isEuropeanNumberText(text: string): boolean {
  return EUROPEAN_ONLY.test(text.trim())
}
