/**
 * Checks of one catalogue SKU 产品目录 as the catalogue grid and its import show them: errors stop
 * the row from being saved, warnings are accepted and shown (same rule as the assortment lines).
 */
import type { AssortmentIssue, AssortmentWarningCode } from './assortment-figures'
import { checkBarcode, type BarcodeIssueCode } from './barcode'
import type { CatalogueSku } from './sku'

export type CatalogueErrorCode =
  | BarcodeIssueCode
  | 'skuCodeMissing'
  | 'supplyPriceNotPositive'
  | 'retailPriceNotPositive'
  | 'unitCostNegative'
  | 'casePackInvalid'
  | 'duplicateSkuCode'
  | 'duplicateBarcode'

export type CatalogueWarningCode = Extract<AssortmentWarningCode, 'costAboveSupplyPrice' | 'retailBelowSupplyPrice'>

export interface CatalogueSkuCheck {
  errors: AssortmentIssue<CatalogueErrorCode>[]
  warnings: AssortmentIssue<CatalogueWarningCode>[]
}

/** A barcode may be left empty (a new item before GS1 assigns one); one that is given must be valid. */
export function checkCatalogueSku(sku: CatalogueSku): CatalogueSkuCheck {
  const errors: CatalogueSkuCheck['errors'] = []
  const warnings: CatalogueSkuCheck['warnings'] = []
  if (sku.code.trim() === '') errors.push({ code: 'skuCodeMissing', params: {} })
  if (sku.barcode !== null && sku.barcode.trim() !== '') {
    const barcode = checkBarcode(sku.barcode)
    if (!barcode.ok) errors.push({ code: barcode.code, params: barcode.params })
  }
  const supply = sku.listSupplyPriceFen
  const retail = sku.suggestedRetailPriceFen
  const cost = sku.unitCostFen
  if (!(supply > 0)) errors.push({ code: 'supplyPriceNotPositive', params: { supplyPriceFen: supply } })
  if (retail !== null && !(retail > 0)) errors.push({ code: 'retailPriceNotPositive', params: { retailPriceFen: retail } })
  if (cost !== null && !(cost >= 0)) errors.push({ code: 'unitCostNegative', params: { unitCostFen: cost } })
  if (sku.casePack !== null && !(Number.isSafeInteger(sku.casePack) && sku.casePack > 0)) {
    errors.push({ code: 'casePackInvalid', params: { casePack: sku.casePack } })
  }
  if (supply > 0 && cost !== null && cost > supply) {
    warnings.push({ code: 'costAboveSupplyPrice', params: { unitCostFen: cost, supplyPriceFen: supply } })
  }
  if (supply > 0 && retail !== null && retail > 0 && retail < supply) {
    warnings.push({ code: 'retailBelowSupplyPrice', params: { retailPriceFen: retail, supplyPriceFen: supply } })
  }
  return { errors, warnings }
}

/**
 * SKU codes and barcodes used by more than one catalogue row, each with the codes of the rows that
 * share it (codes compared trimmed and case-insensitively, as people retype them).
 */
export function catalogueDuplicates(catalogue: readonly Pick<CatalogueSku, 'code' | 'barcode'>[]): AssortmentIssue<CatalogueErrorCode>[] {
  const byCode = new Map<string, string[]>()
  const byBarcode = new Map<string, string[]>()
  for (const sku of catalogue) {
    const code = sku.code.trim().toUpperCase()
    if (code !== '') byCode.set(code, [...(byCode.get(code) ?? []), sku.code])
    const barcode = sku.barcode?.trim() ?? ''
    if (barcode !== '') byBarcode.set(barcode, [...(byBarcode.get(barcode) ?? []), sku.code])
  }
  const issues: AssortmentIssue<CatalogueErrorCode>[] = []
  for (const [code, rows] of byCode) if (rows.length > 1) issues.push({ code: 'duplicateSkuCode', params: { skuCode: code, count: rows.length } })
  for (const [barcode, rows] of byBarcode) {
    if (rows.length > 1) issues.push({ code: 'duplicateBarcode', params: { text: barcode, skuCodes: rows.join('、') } })
  }
  return issues
}
