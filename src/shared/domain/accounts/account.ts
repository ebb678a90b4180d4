/** The account (客户) record and its vocabulary, as in the domain brief. */

export const ACCOUNT_FORMATS = ['hypermarket', 'supermarket', 'convenience', 'pharmacy'] as const
export const ACCOUNT_BACKGROUNDS = ['international', 'national', 'regional'] as const
export const ACCOUNT_TIERS = ['head', 'emerging', 'high_value', 'brand'] as const
export const TRADE_TYPES = ['hq_direct', 'regional_direct', 'distributor'] as const

export type AccountFormat = (typeof ACCOUNT_FORMATS)[number]
export type AccountBackground = (typeof ACCOUNT_BACKGROUNDS)[number]
export type AccountTier = (typeof ACCOUNT_TIERS)[number]
export type TradeType = (typeof TRADE_TYPES)[number]

/**
 * All figures are for the whole account (every direct store together): annual sales, total sales
 * area, employees, average daily traffic and daily transactions. Unknown figures are null.
 */
export interface Account {
  id: number
  code: string
  name: string
  format: AccountFormat
  background: AccountBackground | null
  tier: AccountTier | null
  tradeType: TradeType | null
  /** GB/T 2260 division code, six digits (province 110000, city 110100, county 110105). */
  regionCode: string | null
  directStores: number | null
  salesAreaM2: number | null
  annualSalesFen: number | null
  employees: number | null
  dailyTraffic: number | null
  dailyTransactions: number | null
  isTopThreeInRegion: boolean | null
  hasStrongHqExecution: boolean | null
  notes: string
  updatedAt: string
}

export type AccountValues = Omit<Account, 'id' | 'updatedAt'>
export type EditableAccountField = keyof AccountValues

/** Editable fields in their natural column order (the grid, import and export follow it). */
export const EDITABLE_ACCOUNT_FIELDS = [
  'code',
  'name',
  'format',
  'background',
  'tier',
  'tradeType',
  'regionCode',
  'directStores',
  'salesAreaM2',
  'annualSalesFen',
  'employees',
  'dailyTraffic',
  'dailyTransactions',
  'isTopThreeInRegion',
  'hasStrongHqExecution',
  'notes'
] as const satisfies readonly EditableAccountField[]

export const MAX_NAME_LENGTH = 100
export const MAX_CODE_LENGTH = 32
export const MAX_NOTES_LENGTH = 2000
/** Upper bound for counts and areas: refuses typos such as an extra six zeros. */
export const MAX_COUNT = 1_000_000_000
/** ¥10 trillion in fen: far above any retailer, far below Number.MAX_SAFE_INTEGER. */
export const MAX_SALES_FEN = 1_000_000_000_000_000

export function emptyAccountValues(code: string, name: string): AccountValues {
  return {
    code,
    name,
    format: 'supermarket',
    background: null,
    tier: null,
    tradeType: null,
    regionCode: null,
    directStores: null,
    salesAreaM2: null,
    annualSalesFen: null,
    employees: null,
    dailyTraffic: null,
    dailyTransactions: null,
    isTopThreeInRegion: null,
    hasStrongHqExecution: null,
    notes: ''
  }
}
