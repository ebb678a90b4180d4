import { describe, expect, it } from 'vitest'
import { catalogueDuplicates, checkCatalogueSku } from '../../src/shared/domain/sku/catalogue-checks'
import type { CatalogueSku } from '../../src/shared/domain/sku/sku'

const coldGranules: CatalogueSku = {
  code: 'S001',
  barcode: '6901234567892',
  name: '感冒灵颗粒',
  spec: '10g×10袋',
  unit: '盒',
  category: '感冒药',
  brand: '康泰',
  casePack: 60,
  unitCostFen: 800,
  listSupplyPriceFen: 1200,
  suggestedRetailPriceFen: 2990,
  isKeySku: true,
  status: 'active'
}

describe('checkCatalogueSku (产品目录校验)', () => {
  it('passes a complete, consistent SKU and one without a barcode yet', () => {
    expect(checkCatalogueSku(coldGranules)).toEqual({ errors: [], warnings: [] })
    expect(checkCatalogueSku({ ...coldGranules, barcode: null })).toEqual({ errors: [], warnings: [] })
  })

  it('refuses a supply price of 0, a wrong barcode check digit and a case pack of 0', () => {
    const check = checkCatalogueSku({ ...coldGranules, listSupplyPriceFen: 0, barcode: '6901234567891', casePack: 0 })
    expect(check.errors.map((issue) => issue.code)).toEqual(['barcodeCheckDigit', 'supplyPriceNotPositive', 'casePackInvalid'])
  })

  it('refuses a barcode that Excel turned into 6.90123E+12', () => {
    expect(checkCatalogueSku({ ...coldGranules, barcode: '6.90123E+12' }).errors).toEqual([
      { code: 'barcodeExcelScientific', params: { text: '6.90123E+12' } }
    ])
  })

  it('accepts but warns when cost is above supply price or retail below supply price', () => {
    // cost ¥13.00 > supply ¥12.00; retail ¥11.00 < supply ¥12.00
    const check = checkCatalogueSku({ ...coldGranules, unitCostFen: 1300, suggestedRetailPriceFen: 1100 })
    expect(check.errors).toEqual([])
    expect(check.warnings).toEqual([
      { code: 'costAboveSupplyPrice', params: { unitCostFen: 1300, supplyPriceFen: 1200 } },
      { code: 'retailBelowSupplyPrice', params: { retailPriceFen: 1100, supplyPriceFen: 1200 } }
    ])
  })

  it('refuses an empty code and a negative cost', () => {
    const check = checkCatalogueSku({ ...coldGranules, code: ' ', unitCostFen: -1 })
    expect(check.errors.map((issue) => issue.code)).toEqual(['skuCodeMissing', 'unitCostNegative'])
  })
})

describe('catalogueDuplicates', () => {
  it('finds codes repeated with other spacing or case, and barcodes shared by two SKUs', () => {
    const issues = catalogueDuplicates([
      { code: 'S001', barcode: '6901234567892' },
      { code: 's001 ', barcode: null },
      { code: 'S002', barcode: '6901234567892' },
      { code: 'S003', barcode: '96385074' }
    ])
    expect(issues).toEqual([
      { code: 'duplicateSkuCode', params: { skuCode: 'S001', count: 2 } },
      { code: 'duplicateBarcode', params: { text: '6901234567892', skuCodes: 'S001、S002' } }
    ])
  })
})
