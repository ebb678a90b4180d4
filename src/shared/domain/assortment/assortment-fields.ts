/**
 * Parsing and checking of assortment line fields, wherever a value is entered (a typed cell, a
 * paste, the demo data), by each field's kind in the registry. A price of 0 is an error (the
 * sku domain's supplyPriceNotPositive / retailPriceNotPositive); warnings are the grid's, from
 * the sku domain's `assortmentLineFigures`.
 */
import { messages, translate, type Language } from '../../i18n'
import { parseByKind, type ParseContext } from '../field-registry'
import { describeKindIssue } from '../catalogue/sku-fields'
import { issueParamsForDisplay } from '../sku/issue-params'
import { ASSORTMENT_FIELDS, type AssortmentFieldSpec } from './assortment-registry'
import type { AssortmentLineValues, EditableAssortmentField } from './assortment-line'

export interface LineIssue {
  field: EditableAssortmentField | 'accountId' | 'skuId'
  code: string
  params?: Record<string, string | number>
}

const SPEC_BY_FIELD = new Map<EditableAssortmentField, AssortmentFieldSpec>(ASSORTMENT_FIELDS.map((spec) => [spec.field, spec]))

export function parseAssortmentPatch(
  patch: Partial<Record<EditableAssortmentField, unknown>>,
  context: ParseContext
): { values: Partial<AssortmentLineValues>; issues: LineIssue[] } {
  const values: Partial<Record<EditableAssortmentField, unknown>> = {}
  const issues: LineIssue[] = []
  for (const [field, raw] of Object.entries(patch) as [EditableAssortmentField, unknown][]) {
    const spec = SPEC_BY_FIELD.get(field)
    if (!spec) continue
    const outcome = parseByKind(spec, raw, context)
    if (!outcome.ok) issues.push(outcome.params ? { field, code: outcome.code, params: outcome.params } : { field, code: outcome.code })
    else if (field === 'supplyPriceFen' && outcome.value === 0) issues.push({ field, code: 'supplyPriceNotPositive', params: { supplyPriceFen: 0 } })
    else if (field === 'retailPriceFen' && outcome.value === 0) issues.push({ field, code: 'retailPriceNotPositive', params: { retailPriceFen: 0 } })
    else values[field] = outcome.value
  }
  return { values: values as Partial<AssortmentLineValues>, issues }
}

const ASSORTMENT_CODES = new Set(Object.keys(messages['zh-CN'].assortment.errors))
const SKU_DOMAIN_CODES = new Set(Object.keys(messages['zh-CN'].sku.issues))

export function describeLineIssue(language: Language, issue: LineIssue): string {
  const params = issue.params ?? {}
  if (ASSORTMENT_CODES.has(issue.code)) return translate(language, `assortment.errors.${issue.code}`, params)
  if (SKU_DOMAIN_CODES.has(issue.code)) return translate(language, `sku.issues.${issue.code}`, issueParamsForDisplay(params))
  return describeKindIssue(language, `assortment.fields.${issue.field}`, issue.code, params)
}
