import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import type { EditableSkuField, Sku } from '../../shared/domain/catalogue/sku'
import { EDITABLE_SKU_FIELDS } from '../../shared/domain/catalogue/sku'
import type { CellInput, SpreadsheetSource } from '../../grid/spreadsheet-source'
import { CATALOGUE_MONEY_FIELDS, catalogueServiceValue, toCatalogueRow, type CatalogueRow } from './catalogue-rows'
import { catalogueCellText } from './catalogue-columns'

/** The key-SKU dropdown offers yes/no; the service reads flags as 是/否 or booleans. */
const cellForService = (field: EditableSkuField, value: CellInput): CellInput =>
  field === 'isKeySku' && (value === 'yes' || value === 'no') ? value === 'yes' : value

/** The Catalogue grid's side of the spreadsheet layer: its fields and the service calls that store them. */
export function createCatalogueSource(t: TFunction): SpreadsheetSource<CatalogueRow, EditableSkuField> {
  const toRows = (skus: Sku[]) => skus.map(toCatalogueRow)
  return {
    entity: 'catalogue',
    fieldOf: (colId) => ((EDITABLE_SKU_FIELDS as readonly string[]).includes(colId) ? (colId as EditableSkuField) : null),
    isMoneyField: (field) => CATALOGUE_MONEY_FIELDS.includes(field),
    serviceValue: catalogueServiceValue,
    copyText: (row, colId) => catalogueCellText(row, colId, t),
    fieldLabel: (field) => t(`catalogue.fields.${field}`),
    saveCell: async (id, field, value, baseVersion) => toCatalogueRow(await api.catalogue.update({ id, patch: { [field]: cellForService(field, value) }, baseVersion })),
    applyChanges: async (updates, creates) => {
      const applied = await api.catalogue.applyChanges({ updates, creates })
      return { ...applied, updated: toRows(applied.updated), created: toRows(applied.created) }
    },
    // Deleted for good (the catalogue has no bin): the rows answer with the versions they had.
    deleteRows: async (ids, baseVersions) => (await api.catalogue.delete({ ids, baseVersions })).skus.map(({ id, rowVersion }) => ({ id, rowVersion })),
    fetchRows: async (ids) => (ids.length === 0 ? [] : toRows(await api.catalogue.list({ ids }))),
    toRow: (stored) => (typeof stored === 'object' && stored !== null && 'id' in stored ? toCatalogueRow(stored as Sku) : null)
  }
}
