/**
 * What an entity registry says about each field, and what is derived from it for any entity
 * (accounts now; the catalogue, assortment and terms next): the field's value type, its empty
 * value, its parser, its database column, its import headers and how it is exported and totalled.
 */
import { messages } from '../i18n'
import {
  cellText,
  parseCount,
  parseFlag,
  parseMoneyFen,
  parseOption,
  parsePercentPpm,
  parseText,
  accepted,
  type ParseIssueCode,
  type ParseOutcome
} from './parse'
import type { PlaceLanguage, RegionLookup } from './regions'

/** Option groups whose labels live under `enums.<group>` in both locale files. */
export type OptionGroup = keyof (typeof messages)['zh-CN']['enums']

export type FieldKind =
  /** An identifier: letters, digits, - and _; unique per entity (case-insensitive). */
  | { type: 'code'; maxLength: number }
  | { type: 'text'; maxLength: number }
  | { type: 'notes'; maxLength: number }
  | { type: 'option'; values: readonly string[]; optionGroup: OptionGroup; extraAliases?: Readonly<Record<string, readonly string[]>> }
  /** A GB/T 2260 division code, typed as a code or a place name. */
  | { type: 'region' }
  | { type: 'count'; max: number }
  | { type: 'money'; maxFen: number }
  | { type: 'percent'; maxPpm: number }
  | { type: 'flag' }

export interface FieldSpec {
  field: string
  /** The database column (snake_case) in the entity's table. */
  column: string
  kind: FieldKind
  /** The value must be present (blank is refused); otherwise blank is unknown (null) or ''. */
  isRequired: boolean
  /** A blank cell in an import gets a generated value (the next code) instead of a refusal. */
  isGeneratedWhenBlank?: boolean
  /** Words people head their own sheets with, in both languages, besides the two locale labels. */
  headerSynonyms: readonly string[]
  /** Headers naming a place rather than its code: matched only when no column gives the code. */
  placeNameHeaders?: readonly string[]
  /** The totals row sums the field, or leaves it out. */
  totals: 'sum' | 'none'
  /** A new record's value when not the kind's blank (e.g. the format a new account starts with). */
  defaultValue?: string
}

// ---------------------------------------------------------------------------------------------
// Value types, derived

type OptionValue<K> = K extends { values: readonly (infer V)[] } ? V : never

/** The stored value type of a field of kind K. */
export type FieldValue<S extends FieldSpec> = S['kind'] extends { type: 'code' | 'text' | 'notes' }
  ? string
  : S['kind'] extends { type: 'option' }
    ? S['isRequired'] extends true
      ? OptionValue<S['kind']>
      : OptionValue<S['kind']> | null
    : S['kind'] extends { type: 'region' }
      ? string | null
      : S['kind'] extends { type: 'flag' }
        ? boolean | null
        : number | null

/** The record an entity registry describes: one property per field, of its value type. */
export type RegistryValues<R extends readonly FieldSpec[]> = { [S in R[number] as S['field']]: FieldValue<S> }

/** The registry's field names as a tuple, in order. */
export type FieldNames<R extends readonly FieldSpec[]> = { readonly [I in keyof R]: R[I] extends { field: infer F } ? F : never }

export function fieldNames<const R extends readonly FieldSpec[]>(registry: R): FieldNames<R> {
  // A map keeps order and length; TypeScript cannot see that a map over a tuple is that tuple.
  return registry.map((spec) => spec.field) as unknown as FieldNames<R>
}

export const NUMERIC_KINDS: ReadonlySet<FieldKind['type']> = new Set(['count', 'money', 'percent'])
/** Kinds whose cells repeat a few values in a sheet: an import parses each distinct text once. */
export const REPEATING_KINDS: ReadonlySet<FieldKind['type']> = new Set(['option', 'region', 'flag'])

/** A blank record of the registry: each field's default, else '' for text, a required option's first value, or null. */
export function emptyValues(registry: readonly FieldSpec[]): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const spec of registry) {
    const { kind } = spec
    values[spec.field] =
      spec.defaultValue !== undefined
        ? spec.defaultValue
        : kind.type === 'code' || kind.type === 'text' || kind.type === 'notes'
          ? ''
          : kind.type === 'option' && spec.isRequired
            ? (kind.values[0] ?? null)
            : null
  }
  return values
}

// ---------------------------------------------------------------------------------------------
// Parsing, derived

export type FieldIssueCode = ParseIssueCode | 'invalidRegion' | 'ambiguousRegion' | 'developmentZoneRegion' | 'invalidCode'

export type KindOutcome = ParseOutcome<unknown> | { ok: false; code: FieldIssueCode; params?: Record<string, string | number> }

export interface ParseContext {
  regions: RegionLookup
  /** The UI's language, in which an ambiguous place's candidates are named (Chinese when absent). */
  language?: () => PlaceLanguage
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

function optionAliases(kind: Extract<FieldKind, { type: 'option' }>) {
  return (value: string): string[] => {
    const zh = (messages['zh-CN'].enums[kind.optionGroup] as Record<string, string>)[value] ?? value
    const en = (messages['en-US'].enums[kind.optionGroup] as Record<string, string>)[value] ?? value
    return [zh, en, ...(kind.extraAliases?.[value] ?? [])]
  }
}

/** Parses one cell for a field of the given spec; the caller attaches the field to an issue. */
export function parseByKind(spec: FieldSpec, raw: unknown, context: ParseContext): KindOutcome {
  const { kind } = spec
  switch (kind.type) {
    case 'code': {
      const parsed = parseText(raw, { maxLength: kind.maxLength, isRequired: true })
      if (parsed.ok && !CODE_PATTERN.test(parsed.value)) return { ok: false, code: 'invalidCode', params: { value: parsed.value } }
      return parsed
    }
    case 'text':
      return parseText(raw, { maxLength: kind.maxLength, isRequired: spec.isRequired })
    case 'notes':
      return parseText(raw, { maxLength: kind.maxLength, isRequired: false })
    case 'option':
      return parseOption(raw, { values: kind.values, aliases: optionAliases(kind), isRequired: spec.isRequired, optionGroup: kind.optionGroup })
    case 'region': {
      const text = cellText(raw)
      if (text === '') return accepted(null)
      const language = context.language?.() ?? 'zh-CN'
      const resolved = context.regions.resolve(text, language)
      if (resolved.kind === 'found') return accepted(resolved.code)
      if (resolved.kind === 'ambiguous') {
        // English candidates hold commas (Chaoyang District, Beijing 110105): a semicolon parts them.
        return { ok: false, code: 'ambiguousRegion', params: { value: text, candidates: resolved.candidates.join(language === 'zh-CN' ? '、' : '; ') } }
      }
      if (resolved.kind === 'developmentZone') {
        return { ok: false, code: 'developmentZoneRegion', params: { value: text, name: resolved.name, code: resolved.code } }
      }
      return { ok: false, code: 'invalidRegion', params: { value: text } }
    }
    case 'count':
      return parseCount(raw, { max: kind.max })
    case 'money':
      return parseMoneyFen(raw, { maxFen: kind.maxFen })
    case 'percent':
      return parsePercentPpm(raw, { maxPpm: kind.maxPpm })
    case 'flag':
      return parseFlag(raw)
  }
}

// ---------------------------------------------------------------------------------------------
// Database rows, derived

/** A stored value as its SQLite column holds it (flags as 0/1). */
export function toColumnValue(kind: FieldKind, value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (kind.type === 'flag') return value ? 1 : 0
  return value as string | number
}

export function fromColumnValue(kind: FieldKind, value: unknown): unknown {
  if (kind.type === 'flag') return value === null || value === undefined ? null : value === 1
  return value ?? null
}
