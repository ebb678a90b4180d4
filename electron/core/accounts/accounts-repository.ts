import type { Db } from '../db/connection'
import type { Account, AccountValues } from '../../../src/shared/domain/accounts/account'

interface AccountRow {
  id: number
  code: string
  name: string
  format: Account['format']
  background: Account['background']
  tier: Account['tier']
  trade_type: Account['tradeType']
  region_code: string | null
  direct_stores: number | null
  sales_area_m2: number | null
  annual_sales_fen: number | null
  employees: number | null
  daily_traffic: number | null
  daily_transactions: number | null
  is_top_three_in_region: number | null
  has_strong_hq_execution: number | null
  notes: string
  updated_at: string
}

const flag = (value: number | null): boolean | null => (value === null ? null : value === 1)
const flagToInt = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0)

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    format: row.format,
    background: row.background,
    tier: row.tier,
    tradeType: row.trade_type,
    regionCode: row.region_code,
    directStores: row.direct_stores,
    salesAreaM2: row.sales_area_m2,
    annualSalesFen: row.annual_sales_fen,
    employees: row.employees,
    dailyTraffic: row.daily_traffic,
    dailyTransactions: row.daily_transactions,
    isTopThreeInRegion: flag(row.is_top_three_in_region),
    hasStrongHqExecution: flag(row.has_strong_hq_execution),
    notes: row.notes,
    updatedAt: row.updated_at
  }
}

function toParams(values: AccountValues): Record<string, string | number | null> {
  return {
    code: values.code,
    name: values.name,
    format: values.format,
    background: values.background,
    tier: values.tier,
    trade_type: values.tradeType,
    region_code: values.regionCode,
    direct_stores: values.directStores,
    sales_area_m2: values.salesAreaM2,
    annual_sales_fen: values.annualSalesFen,
    employees: values.employees,
    daily_traffic: values.dailyTraffic,
    daily_transactions: values.dailyTransactions,
    is_top_three_in_region: flagToInt(values.isTopThreeInRegion),
    has_strong_hq_execution: flagToInt(values.hasStrongHqExecution),
    notes: values.notes
  }
}

const COLUMNS = `id, code, name, format, background, tier, trade_type, region_code, direct_stores, sales_area_m2,
  annual_sales_fen, employees, daily_traffic, daily_transactions, is_top_three_in_region, has_strong_hq_execution,
  notes, updated_at`

const VALUE_COLUMNS = [
  'code',
  'name',
  'format',
  'background',
  'tier',
  'trade_type',
  'region_code',
  'direct_stores',
  'sales_area_m2',
  'annual_sales_fen',
  'employees',
  'daily_traffic',
  'daily_transactions',
  'is_top_three_in_region',
  'has_strong_hq_execution',
  'notes'
] as const

/** Prepared statements over one connection; callers own the transaction. */
export function accountsRepository(db: Db) {
  const listStatement = db.prepare<[], AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY id`)
  const listFirstStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY id LIMIT ?`)
  const getStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`)
  const insertStatement = db.prepare(
    `INSERT INTO accounts (${VALUE_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (${VALUE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const insertWithIdStatement = db.prepare(
    `INSERT INTO accounts (id, ${VALUE_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (@id, ${VALUE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const updateStatement = db.prepare(
    `UPDATE accounts SET ${VALUE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`
  )
  const deleteStatement = db.prepare<[number]>(`DELETE FROM accounts WHERE id = ?`)
  const codeOwnerStatement = db.prepare<[string], { id: number }>(`SELECT id FROM accounts WHERE code = ?`)
  const countStatement = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM accounts`)
  const kaCodesStatement = db.prepare<[], { code: string }>(`SELECT code FROM accounts WHERE code LIKE 'KA-%'`)

  return {
    list: (): Account[] => listStatement.all().map(toAccount),
    listFirst: (limit: number): Account[] => listFirstStatement.all(limit).map(toAccount),
    get: (id: number): Account | undefined => {
      const row = getStatement.get(id)
      return row ? toAccount(row) : undefined
    },
    count: (): number => (countStatement.get() as { n: number }).n,
    /** The id holding a code (codes compare case-insensitively), if any. */
    codeOwner: (code: string): number | undefined => codeOwnerStatement.get(code)?.id,
    insert(values: AccountValues, now: string, id?: number): number {
      const params = { ...toParams(values), now }
      const info = id === undefined ? insertStatement.run(params) : insertWithIdStatement.run({ ...params, id })
      return Number(info.lastInsertRowid)
    },
    update(id: number, values: AccountValues, now: string): void {
      updateStatement.run({ ...toParams(values), now, id })
    },
    delete(id: number): void {
      deleteStatement.run(id)
    },
    /** Highest number used by a `KA-nnnn` code, so new accounts get the next one. */
    highestKaNumber(): number {
      let highest = 0
      for (const { code } of kaCodesStatement.all()) {
        const match = /^KA-(\d+)$/i.exec(code)
        if (match) highest = Math.max(highest, Number(match[1]))
      }
      return highest
    }
  }
}

export type AccountsRepository = ReturnType<typeof accountsRepository>
