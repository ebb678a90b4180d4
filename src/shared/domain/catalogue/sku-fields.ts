/**
 * Parsing and checking of catalogue SKU fields, wherever a value is entered (a typed cell, a
 * paste, an import, the demo data): each field by its kind in the registry, the barcode with the
 * sku domain's `checkBarcode`, the whole record with its `checkCatalogueSku`. Issues carry codes
 * and params; `describeSkuIssue` turns one into the sentence shown.
 */
import { messages, translate, type Language } from '../../i18n'
import { parseByKind, type ParseContext } from '../field-registry'
import { cellText } from '../parse'
import { checkBarcode } from '../sku/barcode'
import { checkCatalogueSku } from '../sku/catalogue-checks'
import { issueParamsForDisplay } from '../sku/issue-params'
import { SKU_FIELDS, type SkuFieldSpec } from './sku-registry'
import type { EditableSkuField, SkuValues } from './sku'

export interface SkuIssue {
  field: EditableSkuField
  code: string
  params?: Record<string, string | number>
}

const SPEC_BY_FIELD = new Map<EditableSkuField, SkuFieldSpec>(SKU_FIELDS.map((spec) => [spec.field, spec]))

export function skuFieldSpec(field: EditableSkuField): SkuFieldSpec {
  const spec = SPEC_BY_FIELD.get(field)
  if (!spec) throw new Error(`not a SKU field: ${String(field)}`)
  return spec
}

export type SkuFieldParse = { ok: true; value: SkuValues[EditableSkuField] } | { ok: false; issue: SkuIssue }

/** One field from what a person typed, pasted or imported (text, number or boolean). */
export function parseSkuField(field: EditableSkuField, raw: unknown, context: ParseContext): SkuFieldParse {
  if (field === 'barcode') {
    if (cellText(raw) === '') return { ok: true, value: null }
    const checked = checkBarcode(typeof raw === 'number' ? raw : cellText(raw))
    return checked.ok ? { ok: true, value: checked.value } : { ok: false, issue: { field, code: checked.code, params: checked.params } }
  }
  const outcome = parseByKind(skuFieldSpec(field), raw, context)
  if (!outcome.ok) return { ok: false, issue: outcome.params ? { field, code: outcome.code, params: outcome.params } : { field, code: outcome.code } }
  // A key-SKU flag left blank means "not a key SKU": the catalogue knows no third state.
  if (field === 'isKeySku') return { ok: true, value: outcome.value === true }
  if (field === 'status' && outcome.value === null) return { ok: true, value: 'active' }
  return { ok: true, value: outcome.value as SkuValues[EditableSkuField] }
}

export function parseSkuPatch(
  patch: Partial<Record<EditableSkuField, unknown>>,
  context: ParseContext
): { values: Partial<SkuValues>; issues: SkuIssue[] } {
  const values: Partial<Record<EditableSkuField, unknown>> = {}
  const issues: SkuIssue[] = []
  for (const [field, raw] of Object.entries(patch) as [EditableSkuField, unknown][]) {
    const parsed = parseSkuField(field, raw, context)
    if (parsed.ok) values[field] = parsed.value
    else issues.push(parsed.issue)
  }
  return { values: values as Partial<SkuValues>, issues }
}

const FIELD_OF_CHECK: Record<string, EditableSkuField> = {
  skuCodeMissing: 'code',
  supplyPriceNotPositive: 'listSupplyPriceFen',
  retailPriceNotPositive: 'suggestedRetailPriceFen',
  unitCostNegative: 'unitCostFen',
  casePackInvalid: 'casePack'
}

/**
 * Errors of a complete record that one field alone does not show (a supply price of 0, a case
 * pack of 0). Warnings (cost above supply price, retail below it) are not errors: the record is
 * stored and the grid shows them with `checkCatalogueSku`.
 */
export function skuRecordIssues(values: SkuValues): SkuIssue[] {
  // The barcode is checked again: a record sent back by an undo was not parsed from a cell.
  const { errors } = checkCatalogueSku(values)
  return errors.map((error) => ({
    field: FIELD_OF_CHECK[error.code] ?? (error.code.startsWith('barcode') ? 'barcode' : 'code'),
    code: error.code,
    params: error.params
  }))
}

const CATALOGUE_CODES = new Set(Object.keys(messages['zh-CN'].catalogue.errors))
const SKU_DOMAIN_CODES = new Set(Object.keys(messages['zh-CN'].sku.issues))

/** The sentence shown for an issue, in the given language. */
export function describeSkuIssue(language: Language, issue: SkuIssue): string {
  const params = issue.params ?? {}
  if (CATALOGUE_CODES.has(issue.code)) return translate(language, `catalogue.errors.${issue.code}`, params)
  if (SKU_DOMAIN_CODES.has(issue.code)) return translate(language, `sku.issues.${issue.code}`, issueParamsForDisplay(params))
  return describeKindIssue(language, `catalogue.fields.${issue.field}`, issue.code, params)
}

/** A generic parser issue (required, notNumber, invalidOption…) with the field's label. */
export function describeKindIssue(language: Language, fieldLabelKey: string, code: string, params: Record<string, string | number>): string {
  const group = params.optionGroup
  const options =
    typeof group === 'string'
      ? Object.values((messages[language].enums as Record<string, Record<string, string>>)[group] ?? {}).join(language === 'zh-CN' ? '、' : ', ')
      : undefined
  return translate(language, `errors.${code}`, { ...params, ...(options === undefined ? {} : { options }), field: translate(language, fieldLabelKey) })
}
