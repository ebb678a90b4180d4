import { checkCatalogueSku, type CatalogueSkuCheck } from '../../shared/domain/sku'
import type { EditableSkuField, Sku } from '../../shared/domain/catalogue/sku'
import { fenToYuanText } from '../../shared/domain/money'

export const CATALOGUE_MONEY_FIELDS: readonly EditableSkuField[] = ['unitCostFen', 'listSupplyPriceFen', 'suggestedRetailPriceFen']

/** A grid row: the stored SKU (with its row version, sent back with every save) and its checks (the warnings shown as cell markers). */
export interface CatalogueRow extends Sku {
  check: CatalogueSkuCheck
}

export const toCatalogueRow = (sku: Sku): CatalogueRow => ({ ...sku, check: checkCatalogueSku(sku) })

/** A field's value as a person would type it (money in yuan), for undo and paste. */
export function catalogueServiceValue(sku: Sku, field: EditableSkuField): string | number | boolean | null {
  const value = sku[field]
  if (CATALOGUE_MONEY_FIELDS.includes(field)) return value === null ? null : fenToYuanText(value as number)
  return value
}
