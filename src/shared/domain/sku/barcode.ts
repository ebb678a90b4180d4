/**
 * Retail barcodes 商品条码 (GS1 EAN-13 / EAN-8). A catalogue row's barcode is checked here, whether
 * it was typed, pasted, read from a CSV or read from an .xlsx cell (which may hold it as a number).
 */

export const EAN_LENGTHS = [8, 13] as const

export type BarcodeIssueCode =
  | 'barcodeMissing'
  /** "6.90123E+12": Excel showed the code as a number and the CSV kept only what it showed. */
  | 'barcodeExcelScientific'
  | 'barcodeNotDigits'
  | 'barcodeWrongLength'
  | 'barcodeCheckDigit'
  /** A numeric cell that is not a whole number that JavaScript holds exactly. */
  | 'barcodeNumberNotExact'

export type BarcodeCheck =
  | { ok: true; value: string }
  | { ok: false; code: BarcodeIssueCode; params: Record<string, string | number> }

const refuse = (code: BarcodeIssueCode, params: Record<string, string | number> = {}): BarcodeCheck => ({
  ok: false,
  code,
  params
})

/** Mantissa, optional decimal part (point or comma), e or E, optional sign, exponent. */
const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+$/
const FULL_WIDTH_DIGITS = /[０-９]/g

/**
 * GS1 check digit for the digits before it (7 for EAN-8, 12 for EAN-13): from the right, weights
 * 3, 1, 3, 1…; the check digit brings the weighted sum up to a multiple of 10. Null for a body that
 * is not 7 or 12 digits.
 */
export function gs1CheckDigit(body: string): number | null {
  if (!/^\d+$/.test(body) || (body.length !== 7 && body.length !== 12)) return null
  let sum = 0
  for (let fromRight = 0; fromRight < body.length; fromRight += 1) {
    const digit = body.charCodeAt(body.length - 1 - fromRight) - 48
    sum += fromRight % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

function checkDigitString(digits: string): BarcodeCheck {
  if (digits.length !== 8 && digits.length !== 13) {
    return refuse('barcodeWrongLength', { text: digits, length: digits.length })
  }
  const expected = gs1CheckDigit(digits.slice(0, -1))
  const actual = Number(digits.slice(-1))
  if (expected !== actual) return refuse('barcodeCheckDigit', { text: digits, expected: expected ?? '', actual })
  return { ok: true, value: digits }
}

/**
 * Checks a barcode cell and returns it as its digit string. Text is trimmed and full-width digits
 * folded; a number (an .xlsx numeric cell) is accepted only when it is a safe integer, so the digits
 * are exact. Leading zeros cannot survive a numeric cell: a 12-digit number is refused as the wrong
 * length rather than guessed back to 13 digits.
 */
export function checkBarcode(raw: string | number | null | undefined): BarcodeCheck {
  if (raw === null || raw === undefined) return refuse('barcodeMissing')
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw < 0) return refuse('barcodeNumberNotExact', { text: String(raw) })
    return checkDigitString(String(raw))
  }
  const text = raw.trim().replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
  if (text === '') return refuse('barcodeMissing')
  if (EXCEL_SCIENTIFIC.test(text)) return refuse('barcodeExcelScientific', { text })
  if (!/^\d+$/.test(text)) return refuse('barcodeNotDigits', { text })
  return checkDigitString(text)
}

/** The full barcode for a 7- or 12-digit body (appends its check digit), or null. */
export function completeBarcode(body: string): string | null {
  const digit = gs1CheckDigit(body)
  return digit === null ? null : body + String(digit)
}
