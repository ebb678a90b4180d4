/**
 * Export of the catalogue to .xlsx or .csv (UTF-8 with BOM) on the one table writer. Files
 * re-import cleanly: labels, yuan prices and codes are what the importer reads, and barcodes are
 * text cells, so Excel never turns them into 6.90123E+12.
 */
import type { WorkbenchContext } from '../context'
import type { ExportedFile, ParsedInput } from '../../../src/shared/contract'
import { SKU_FIELDS, type EditableSkuField, type Sku } from '../../../src/shared/domain/catalogue/sku'
import type { FieldKind } from '../../../src/shared/domain/field-registry'
import { fenToYuan, fenToYuanText } from '../../../src/shared/domain/money'
import { translate, type Language } from '../../../src/shared/i18n'
import { CSV_MIME, textValue, writeTable, XLSX_MIME, type CellKind, type TableValue } from '../files/table-writer'
import { listSkus } from './catalogue-service'

const KIND_OF_FIELD: Record<FieldKind['type'], CellKind> = {
  code: 'text',
  text: 'text',
  notes: 'text',
  option: 'text',
  region: 'text',
  flag: 'text',
  count: 'count',
  money: 'money',
  percent: 'percent'
}

const SPEC_BY_FIELD = new Map(SKU_FIELDS.map((spec) => [spec.field as EditableSkuField, spec]))

function cellOf(language: Language, field: EditableSkuField, sku: Sku): TableValue {
  const spec = SPEC_BY_FIELD.get(field)
  const value = sku[field]
  if (!spec || value === null) return null
  switch (spec.kind.type) {
    case 'option':
      return textValue(translate(language, `enums.${spec.kind.optionGroup}.${String(value)}`))
    case 'flag':
      return textValue(translate(language, `enums.flag.${value ? 'yes' : 'no'}`))
    case 'count':
      return { kind: 'number', value: value as number, csv: String(value) }
    case 'money':
      return { kind: 'number', value: fenToYuan(value as number), csv: fenToYuanText(value as number) }
    default:
      return textValue(String(value))
  }
}

export async function exportCatalogue(context: WorkbenchContext, input: ParsedInput<'catalogue:export'>): Promise<ExportedFile> {
  const { language, format, columns } = input
  const skus = listSkus(context, undefined, input.ids)
  const bytes = await writeTable(format, {
    sheetName: translate(language, 'catalogue.export.sheetName'),
    columns: columns.map((field) => ({ header: translate(language, `catalogue.fields.${field}`), kind: KIND_OF_FIELD[SPEC_BY_FIELD.get(field)?.kind.type ?? 'text'] })),
    rows: skus,
    cellsOf: (sku) => columns.map((field) => cellOf(language, field, sku))
  })
  return {
    fileName: `${translate(language, 'catalogue.export.fileBaseName')}.${format}`,
    mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
    dataBase64: bytes.toString('base64'),
    rowCount: skus.length
  }
}
