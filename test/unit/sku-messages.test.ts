import { describe, expect, it } from 'vitest'
import type { AssortmentErrorCode, AssortmentWarningCode, FigureNullReason } from '../../src/shared/domain/sku/assortment-figures'
import type { BarcodeIssueCode } from '../../src/shared/domain/sku/barcode'
import type { CatalogueErrorCode } from '../../src/shared/domain/sku/catalogue-checks'
import { issueParamsForDisplay, ppmToPercentText } from '../../src/shared/domain/sku/issue-params'
import type { SolverIssueCode } from '../../src/shared/domain/sku/margin-solver'
import type { StructureIssueCode, StructureNullReason } from '../../src/shared/domain/sku/structure'
import { enUSSku, zhCNSku } from '../../src/shared/i18n/sku'

// Records over the code unions: adding a code without listing it here is a type error.
const issueCodes: Record<BarcodeIssueCode | CatalogueErrorCode | AssortmentErrorCode | SolverIssueCode | StructureIssueCode, true> = {
  skuCodeMissing: true,
  unitCostNegative: true,
  casePackInvalid: true,
  duplicateSkuCode: true,
  duplicateBarcode: true,
  barcodeMissing: true,
  barcodeExcelScientific: true,
  barcodeNotDigits: true,
  barcodeWrongLength: true,
  barcodeCheckDigit: true,
  barcodeNumberNotExact: true,
  supplyPriceNotPositive: true,
  retailPriceNotPositive: true,
  plannedUnitsInvalid: true,
  targetNotBelowFull: true,
  targetNegative: true,
  targetMissing: true,
  percentageTermsNotBelowFull: true,
  percentageTermsNegative: true,
  fixedFeesNegative: true,
  solvedPriceNotPositive: true,
  notWholeNumber: true,
  abcCutoffsInvalid: true,
  priceBandBoundsInvalid: true
}
const warningCodes: Record<AssortmentWarningCode, true> = { costAboveSupplyPrice: true, retailBelowSupplyPrice: true, marginBelowTarget: true }
const nullReasons: Record<FigureNullReason | StructureNullReason, true> = {
  lineHasErrors: true,
  retailPriceMissing: true,
  plannedUnitsMissing: true,
  unitCostMissing: true,
  noPlannedValue: true,
  noListedSkus: true,
  salesUnknown: true
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()

describe('SKU messages (zh-CN and en-US)', () => {
  it('has a text in both languages for every issue, warning and missing-figure reason the module returns', () => {
    for (const code of Object.keys(issueCodes)) {
      expect(zhCNSku.issues).toHaveProperty(code)
      expect(enUSSku.issues).toHaveProperty(code)
    }
    for (const code of Object.keys(warningCodes)) expect(zhCNSku.warnings).toHaveProperty(code)
    for (const code of Object.keys(nullReasons)) expect(zhCNSku.nullReasons).toHaveProperty(code)
  })

  it('uses the same placeholders in both languages', () => {
    const flatten = (value: unknown, path: string, out: Map<string, string>): Map<string, string> => {
      if (typeof value === 'string') out.set(path, value)
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, `${path}.${key}`, out)
      return out
    }
    const zh = flatten(zhCNSku, 'sku', new Map())
    const en = flatten(enUSSku, 'sku', new Map())
    for (const [path, text] of zh) expect([path, placeholders(en.get(path) ?? '')]).toEqual([path, placeholders(text)])
  })

  it('turns fen and ppm params into yuan and percent text for the messages', () => {
    // 598,662 ppm = 59.8662% → 59.9%; 600,000 → 60.0%; 1,200 fen → 12.00
    expect(issueParamsForDisplay({ marginPpm: 598_662, targetPpm: 600_000, supplyPriceFen: 1200, text: '6.9E+12' })).toEqual({
      margin: '59.9%',
      target: '60.0%',
      supplyPrice: '12.00',
      text: '6.9E+12'
    })
    // −90,909 ppm = −9.0909% → −9.1%; 50 ppm = 0.005% → 0.0% (half of 0.1% is 500 ppm)
    expect(ppmToPercentText(-90_909)).toBe('-9.1%')
    expect(ppmToPercentText(50)).toBe('0.0%')
    expect(ppmToPercentText(500)).toBe('0.1%')
  })

  it('fills every placeholder of a warning from its display params', () => {
    // marginBelowTarget carries marginPpm and targetPpm → {{margin}} and {{target}}
    const display = issueParamsForDisplay({ marginPpm: 598_662, targetPpm: 600_000 })
    expect(placeholders(zhCNSku.warnings.marginBelowTarget)).toEqual(Object.keys(display).sort())
  })
})
