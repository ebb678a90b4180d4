/**
 * Parsing and validation of every editable account field. The grid (typed edits and paste),
 * the import service and the update service all call these, so a value is refused for the
 * same reason with the same message wherever it is entered.
 */
import { messages, translate, type Language } from '../../i18n'
import {
  ACCOUNT_BACKGROUNDS,
  ACCOUNT_FORMATS,
  ACCOUNT_TIERS,
  MAX_CODE_LENGTH,
  MAX_COUNT,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SALES_FEN,
  TRADE_TYPES,
  type AccountValues,
  type EditableAccountField
} from './account'
import type { RegionLookup } from '../regions'

export type FieldIssueCode =
  | 'required'
  | 'notNumber'
  | 'notInteger'
  | 'negative'
  | 'tooLarge'
  | 'tooLong'
  | 'invalidOption'
  | 'invalidRegion'
  | 'ambiguousRegion'
  | 'invalidCode'
  | 'duplicateCode'
  | 'duplicateCodeInFile'
  | 'transactionsExceedTraffic'

export interface FieldIssue {
  field: EditableAccountField
  code: FieldIssueCode
  params?: Record<string, string | number>
}

export type FieldParse<T> = { ok: true; value: T } | { ok: false; issue: FieldIssue }

export interface ParseContext {
  regions: RegionLookup
}

const accept = <T>(value: T): FieldParse<T> => ({ ok: true, value })
const refuse = (field: EditableAccountField, code: FieldIssueCode, params?: FieldIssue['params']): FieldParse<never> => ({
  ok: false,
  issue: params ? { field, code, params } : { field, code }
})

const FULL_WIDTH_DIGITS = /[０-９]/g
/** Text of a cell as a person typed or pasted it: full-width digits and spaces folded. */
function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return ''
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : 'NaN'
  if (typeof raw === 'boolean') return raw ? 'true' : 'false'
  if (raw instanceof Date) return raw.toISOString()
  return String(raw)
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
}

const SUFFIX_EXPONENT: Record<string, number> = { 万: 4, 亿: 8 }

/**
 * Decimal text (with optional 万/亿 and thousands separators) times 10^exponent, exactly.
 * Returns the rounded integer and whether the result was whole before rounding.
 */
function scaleDecimalText(text: string, exponent: number): { value: number; isWhole: boolean; isNegative: boolean } | null {
  let cleaned = text.replace(/[\s,，¥￥]/g, '').replace(/元$/, '').replace(/．/g, '.')
  let scale = exponent
  const suffix = cleaned.slice(-1)
  if (suffix in SUFFIX_EXPONENT) {
    scale += SUFFIX_EXPONENT[suffix] ?? 0
    cleaned = cleaned.slice(0, -1)
  }
  const match = /^([+-])?(\d+)?(?:\.(\d+))?$/.exec(cleaned)
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    // Scientific notation from Excel ("1.2E+07") is still a number.
    if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(cleaned)) {
      const n = Number(cleaned) * 10 ** scale
      return { value: Math.round(Math.abs(n)) * Math.sign(n), isWhole: Number.isInteger(n), isNegative: n < 0 }
    }
    return null
  }
  const isNegative = match[1] === '-'
  const whole = match[2] ?? '0'
  const fraction = match[3] ?? ''
  const integerDigits = whole + fraction.slice(0, scale).padEnd(scale, '0')
  const rest = fraction.slice(scale)
  let value = Number(integerDigits)
  if (rest.length > 0 && Number(rest[0]) >= 5) value += 1
  const isWhole = !/[1-9]/.test(rest)
  return { value: isNegative ? -value : value, isWhole, isNegative: isNegative && (value !== 0 || !isWhole) }
}

function parseRequiredText(field: EditableAccountField, raw: unknown, max: number): FieldParse<string> {
  const text = cellText(raw)
  if (text === '') return refuse(field, 'required')
  if (text.length > max) return refuse(field, 'tooLong', { max })
  return accept(text)
}

function parseCode(raw: unknown): FieldParse<string> {
  const parsed = parseRequiredText('code', raw, MAX_CODE_LENGTH)
  if (!parsed.ok) return parsed
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(parsed.value)) return refuse('code', 'invalidCode', { value: parsed.value })
  return parsed
}

function parseNotes(raw: unknown): FieldParse<string> {
  const text = raw === null || raw === undefined ? '' : String(raw).trim()
  if (text.length > MAX_NOTES_LENGTH) return refuse('notes', 'tooLong', { max: MAX_NOTES_LENGTH })
  return accept(text)
}

/** Words people use in their own sheets besides the labels of both languages. */
const EXTRA_ALIASES: Record<string, string[]> = {
  hypermarket: ['卖场', '大型卖场', '大型超市', 'hyper'],
  supermarket: ['超市', '连锁超市', 'super'],
  convenience: ['便利店', 'cvs'],
  pharmacy: ['药店', '药房', '连锁药房', 'drugstore'],
  international: ['外资'],
  national: ['全国'],
  regional: ['区域', '地方'],
  head: ['头部'],
  emerging: ['新兴'],
  high_value: ['高价值'],
  brand: ['品牌'],
  hq_direct: ['总部直供型', '直供'],
  regional_direct: ['区域直供型'],
  distributor: ['经销商', '经销', '经销商供货型']
}

function optionAliases(group: 'format' | 'background' | 'tier' | 'tradeType', value: string): string[] {
  const zh = (messages['zh-CN'].enums[group] as Record<string, string>)[value] ?? value
  const en = (messages['en-US'].enums[group] as Record<string, string>)[value] ?? value
  return [value, zh, en, ...(EXTRA_ALIASES[value] ?? [])].map((alias) => alias.toLowerCase().replace(/[\s_-]/g, ''))
}

function parseOption<T extends string>(
  field: EditableAccountField,
  group: 'format' | 'background' | 'tier' | 'tradeType',
  options: readonly T[],
  raw: unknown,
  isRequired: boolean
): FieldParse<T | null> {
  const text = cellText(raw)
  if (text === '') return isRequired ? refuse(field, 'required') : accept(null)
  const key = text.toLowerCase().replace(/[\s_-]/g, '')
  const found = options.find((option) => optionAliases(group, option).includes(key))
  if (found) return accept(found)
  return refuse(field, 'invalidOption', { value: text, optionGroup: group })
}

function parseCount(field: EditableAccountField, raw: unknown): FieldParse<number | null> {
  const text = cellText(raw)
  if (text === '') return accept(null)
  const scaled = scaleDecimalText(text, 0)
  if (!scaled) return refuse(field, 'notNumber', { value: text })
  if (scaled.isNegative) return refuse(field, 'negative')
  if (!scaled.isWhole) return refuse(field, 'notInteger', { value: text })
  if (scaled.value > MAX_COUNT) return refuse(field, 'tooLarge')
  return accept(scaled.value)
}

function parseMoneyFen(field: EditableAccountField, raw: unknown): FieldParse<number | null> {
  const text = cellText(raw)
  if (text === '') return accept(null)
  const scaled = scaleDecimalText(text, 2)
  if (!scaled) return refuse(field, 'notNumber', { value: text })
  if (scaled.isNegative) return refuse(field, 'negative')
  if (scaled.value > MAX_SALES_FEN) return refuse(field, 'tooLarge')
  return accept(scaled.value)
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '满足', '已满足', 'met', '√', '✓', 'x'])
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不满足', '未满足', 'notmet', '×', '✗'])
const UNKNOWN_WORDS = new Set(['', 'unknown', '未知', '待定', '-', '—', '?', '？', 'null'])

function parseFlag(field: EditableAccountField, raw: unknown): FieldParse<boolean | null> {
  if (typeof raw === 'boolean') return accept(raw)
  const key = cellText(raw).toLowerCase().replace(/\s/g, '')
  if (UNKNOWN_WORDS.has(key)) return accept(null)
  if (TRUE_WORDS.has(key)) return accept(true)
  if (FALSE_WORDS.has(key)) return accept(false)
  return refuse(field, 'invalidOption', { value: cellText(raw), optionGroup: 'flag' })
}

function parseRegion(raw: unknown, context: ParseContext): FieldParse<string | null> {
  const text = cellText(raw)
  if (text === '') return accept(null)
  const resolved = context.regions.resolve(text)
  if (resolved.kind === 'found') return accept(resolved.code)
  if (resolved.kind === 'ambiguous') {
    return refuse('regionCode', 'ambiguousRegion', { value: text, candidates: resolved.candidates.join('、') })
  }
  return refuse('regionCode', 'invalidRegion', { value: text })
}

/** Parses one field from what a person typed, pasted or imported (text, number or boolean). */
export function parseAccountField(
  field: EditableAccountField,
  raw: unknown,
  context: ParseContext
): FieldParse<AccountValues[EditableAccountField]> {
  switch (field) {
    case 'code':
      return parseCode(raw)
    case 'name':
      return parseRequiredText('name', raw, MAX_NAME_LENGTH)
    case 'format': {
      const parsed = parseOption('format', 'format', ACCOUNT_FORMATS, raw, true)
      return parsed
    }
    case 'background':
      return parseOption('background', 'background', ACCOUNT_BACKGROUNDS, raw, false)
    case 'tier':
      return parseOption('tier', 'tier', ACCOUNT_TIERS, raw, false)
    case 'tradeType':
      return parseOption('tradeType', 'tradeType', TRADE_TYPES, raw, false)
    case 'regionCode':
      return parseRegion(raw, context)
    case 'directStores':
    case 'salesAreaM2':
    case 'employees':
    case 'dailyTraffic':
    case 'dailyTransactions':
      return parseCount(field, raw)
    case 'annualSalesFen':
      return parseMoneyFen(field, raw)
    case 'isTopThreeInRegion':
    case 'hasStrongHqExecution':
      return parseFlag(field, raw)
    case 'notes':
      return parseNotes(raw)
  }
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
