import { describe, expect, it } from 'vitest'
import { checkBarcode, completeBarcode, gs1CheckDigit } from '../../src/shared/domain/sku/barcode'

describe('gs1CheckDigit (GS1 校验位)', () => {
  it('computes the EAN-13 check digit of 690123456789 as 2', () => {
    // digits from the right: 9 8 7 6 5 4 3 2 1 0 9 6, weights 3 1 3 1…
    // 27 + 8 + 21 + 6 + 15 + 4 + 9 + 2 + 3 + 0 + 27 + 6 = 128 → (10 − 8) mod 10 = 2
    expect(gs1CheckDigit('690123456789')).toBe(2)
  })

  it('computes the EAN-8 check digit of 9638507 as 4', () => {
    // from the right: 7·3 + 0 + 5·3 + 8 + 3·3 + 6 + 9·3 = 21 + 0 + 15 + 8 + 9 + 6 + 27 = 86 → 4
    expect(gs1CheckDigit('9638507')).toBe(4)
  })

  it('gives 0 when the weighted sum is already a multiple of 10', () => {
    // body 0000000 → sum 0 → (10 − 0) mod 10 = 0, not 10
    expect(gs1CheckDigit('0000000')).toBe(0)
    // body 1000003: 3·3 + 0 + 0 + 0 + 0 + 0 + 1·3 = 12 → 8
    expect(gs1CheckDigit('1000003')).toBe(8)
  })

  it('has no check digit for a body that is not 7 or 12 digits', () => {
    expect(gs1CheckDigit('12345')).toBeNull()
    expect(gs1CheckDigit('69012345678a')).toBeNull()
  })

  it('completes a body into the full barcode', () => {
    expect(completeBarcode('690123456789')).toBe('6901234567892')
    expect(completeBarcode('9638507')).toBe('96385074')
    expect(completeBarcode('123')).toBeNull()
  })
})

describe('checkBarcode (条码校验)', () => {
  it('accepts real EAN-13 and EAN-8 codes typed as text', () => {
    expect(checkBarcode('6901234567892')).toEqual({ ok: true, value: '6901234567892' })
    expect(checkBarcode('96385074')).toEqual({ ok: true, value: '96385074' })
  })

  it('trims spaces and folds full-width digits typed with a Chinese input method', () => {
    expect(checkBarcode('  6901234567892 ')).toEqual({ ok: true, value: '6901234567892' })
    expect(checkBarcode('６９０１２３４５６７８９２')).toEqual({ ok: true, value: '6901234567892' })
  })

  it('refuses a wrong check digit and says which digit was expected', () => {
    expect(checkBarcode('6901234567891')).toEqual({
      ok: false,
      code: 'barcodeCheckDigit',
      params: { text: '6901234567891', expected: 2, actual: 1 }
    })
    expect(checkBarcode('96385075')).toMatchObject({ ok: false, code: 'barcodeCheckDigit', params: { expected: 4, actual: 5 } })
  })

  it('refuses the Excel scientific form from a CSV with its own reason, in every spelling', () => {
    for (const text of ['6.90123E+12', '6.90123e12', '6.90123E12', '6.90123e+12', '6,90123E+12', '6E+12']) {
      expect(checkBarcode(text)).toEqual({ ok: false, code: 'barcodeExcelScientific', params: { text } })
    }
  })

  it('accepts a numeric .xlsx cell that holds the whole barcode exactly', () => {
    expect(checkBarcode(6901234567892)).toEqual({ ok: true, value: '6901234567892' })
    expect(checkBarcode(96385074)).toEqual({ ok: true, value: '96385074' })
  })

  it('refuses a numeric cell that is not an exact whole number', () => {
    expect(checkBarcode(6901234567.892)).toMatchObject({ ok: false, code: 'barcodeNumberNotExact' })
    // 2^53 + 2 is not a safe integer: its last digits may not be the ones typed
    expect(checkBarcode(9007199254740994)).toMatchObject({ ok: false, code: 'barcodeNumberNotExact' })
    expect(checkBarcode(Number.NaN)).toMatchObject({ ok: false, code: 'barcodeNumberNotExact' })
  })

  it('catches a number Excel already truncated to 6.90123E+12 by its check digit', () => {
    // 6,901,230,000,000: body 690123000000 → 0+0+0+0+0+0+3·3+2+1·3+0+9·3+6 = 47 → expected 3, last digit 0
    expect(checkBarcode(6.90123e12)).toMatchObject({ ok: false, code: 'barcodeCheckDigit', params: { expected: 3, actual: 0 } })
  })

  it('refuses a numeric cell that lost its leading zero as the wrong length', () => {
    // "0012345678905" read as the number 12,345,678,905 has 11 digits
    expect(checkBarcode(12345678905)).toMatchObject({ ok: false, code: 'barcodeWrongLength', params: { length: 11 } })
  })

  it('refuses other lengths, letters and blanks', () => {
    expect(checkBarcode('690123456789')).toMatchObject({ ok: false, code: 'barcodeWrongLength', params: { length: 12 } })
    expect(checkBarcode('690123456789X')).toMatchObject({ ok: false, code: 'barcodeNotDigits' })
    expect(checkBarcode('6901-2345-6789')).toMatchObject({ ok: false, code: 'barcodeNotDigits' })
    expect(checkBarcode('')).toMatchObject({ ok: false, code: 'barcodeMissing' })
    expect(checkBarcode('   ')).toMatchObject({ ok: false, code: 'barcodeMissing' })
    expect(checkBarcode(null)).toMatchObject({ ok: false, code: 'barcodeMissing' })
  })
})
