/**
 * Parsing and validation of every editable account field. The grid (typed edits and paste),
 * the import service and the update service all call these, so a value is refused for the
 * same reason with the same message wherever it is entered. Each field is parsed by its kind in
 * the registry (account-registry.ts) with the generic parsers of ../parse.
 */
import { messages, translate, type Language } from '../../i18n'
import { parseByKind, type FieldIssueCode as KindIssueCode, type ParseContext } from '../field-registry'
import { ACCOUNT_FIELDS, type AccountFieldSpec } from './account-registry'
import type { AccountValues, EditableAccountField } from './account'

export type { ParseContext } from '../field-registry'

export type FieldIssueCode = KindIssueCode | 'duplicateCode' | 'duplicateCodeInFile' | 'transactionsExceedTraffic'

export interface FieldIssue {
  field: EditableAccountField
  code: FieldIssueCode
  params?: Record<string, string | number>
}

export type FieldParse<T> = { ok: true; value: T } | { ok: false; issue: FieldIssue }

const SPEC_BY_FIELD = new Map<EditableAccountField, AccountFieldSpec>(ACCOUNT_FIELDS.map((spec) => [spec.field, spec]))

/** The registry entry of a field. */
export function accountFieldSpec(field: EditableAccountField): AccountFieldSpec {
  const spec = SPEC_BY_FIELD.get(field)
  if (!spec) throw new Error(`not an account field: ${String(field)}`)
  return spec
}

/** Parses one field from what a person typed, pasted or imported (text, number or boolean). */
export function parseAccountField(
  field: EditableAccountField,
  raw: unknown,
  context: ParseContext
): FieldParse<AccountValues[EditableAccountField]> {
  const outcome = parseByKind(accountFieldSpec(field), raw, context)
  if (outcome.ok) return { ok: true, value: outcome.value as AccountValues[EditableAccountField] }
  return { ok: false, issue: outcome.params ? { field, code: outcome.code, params: outcome.params } : { field, code: outcome.code } }
}

/** Checks that need more than one field; returns the issues (empty when the record is sound). */
export function crossFieldIssues(values: Pick<AccountValues, 'dailyTraffic' | 'dailyTransactions'>): FieldIssue[] {
  if (values.dailyTraffic !== null && values.dailyTransactions !== null && values.dailyTransactions > values.dailyTraffic) {
    return [
      {
        field: 'dailyTransactions',
        code: 'transactionsExceedTraffic',
        params: { transactions: values.dailyTransactions, traffic: values.dailyTraffic }
      }
    ]
  }
  return []
}

/** Parses a whole patch; returns the typed values and the issues of the refused fields. */
export function parseAccountPatch(
  patch: Partial<Record<EditableAccountField, unknown>>,
  context: ParseContext
): { values: Partial<AccountValues>; issues: FieldIssue[] } {
  const values: Partial<Record<EditableAccountField, unknown>> = {}
  const issues: FieldIssue[] = []
  for (const [field, raw] of Object.entries(patch) as [EditableAccountField, unknown][]) {
    const parsed = parseAccountField(field, raw, context)
    if (parsed.ok) values[field] = parsed.value
    else issues.push(parsed.issue)
  }
  return { values: values as Partial<AccountValues>, issues }
}

/** The sentence shown for an issue: the field's label and the reason, in the given language. */
export function describeFieldIssue(language: Language, issue: FieldIssue): string {
  const group = issue.params?.optionGroup
  const options =
    typeof group === 'string'
      ? Object.values(messages[language].enums[group as 'format'] as Record<string, string>).join(language === 'zh-CN' ? '、' : ', ')
      : undefined
  return translate(language, `errors.${issue.code}`, {
    ...issue.params,
    ...(options === undefined ? {} : { options }),
    field: translate(language, `fields.${issue.field}`)
  })
}
