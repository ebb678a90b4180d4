/** The account (客户) record and its vocabulary, as in the domain brief; its fields are declared in account-registry.ts. */
import { emptyValues, fieldNames, type RegistryValues } from '../field-registry'
import { type ACCOUNT_BACKGROUNDS, ACCOUNT_FIELDS, type ACCOUNT_FORMATS, type ACCOUNT_TIERS, type TRADE_TYPES } from './account-registry'

export {
  ACCOUNT_BACKGROUNDS,
  ACCOUNT_FIELDS,
  ACCOUNT_FORMATS,
  ACCOUNT_TIERS,
  MAX_CODE_LENGTH,
  MAX_COUNT,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SALES_FEN,
  TRADE_TYPES
} from './account-registry'

export type AccountFormat = (typeof ACCOUNT_FORMATS)[number]
export type AccountBackground = (typeof ACCOUNT_BACKGROUNDS)[number]
export type AccountTier = (typeof ACCOUNT_TIERS)[number]
export type TradeType = (typeof TRADE_TYPES)[number]

/** What a person enters about an account: one property per registry field. */
export type AccountValues = RegistryValues<typeof ACCOUNT_FIELDS>
export type EditableAccountField = keyof AccountValues

/** A stored account: its values, the row id and when it was last changed. */
export type Account = { id: number } & AccountValues & { updatedAt: string }

/** Editable fields in their natural column order (the grid, import and export follow it). */
export const EDITABLE_ACCOUNT_FIELDS = fieldNames(ACCOUNT_FIELDS)

export function emptyAccountValues(code: string, name: string): AccountValues {
  // The registry's blanks are typed by field; emptyValues builds them from the same list.
  return { ...(emptyValues(ACCOUNT_FIELDS) as AccountValues), code, name }
}
