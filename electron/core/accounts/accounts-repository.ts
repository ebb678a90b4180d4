import type { Db } from '../db/connection'
import { ACCOUNT_FIELDS, type Account, type AccountValues } from '../../../src/shared/domain/accounts/account'
import { fromColumnValue, toColumnValue } from '../../../src/shared/domain/field-registry'

/** A row of the accounts table: the registry's columns, the id and the timestamps. */
type AccountRow = Record<string, string | number | null>

// The column lists and the row mapping come from the registry: a new field needs no edit here.
const VALUE_COLUMNS = ACCOUNT_FIELDS.map((spec) => spec.column)
const COLUMNS = ['id', ...VALUE_COLUMNS, 'updated_at'].join(', ')

function toAccount(row: AccountRow): Account {
  const account: Record<string, unknown> = { id: row.id }
  for (const spec of ACCOUNT_FIELDS) account[spec.field] = fromColumnValue(spec.kind, row[spec.column])
  account.updatedAt = row.updated_at
  // The table's CHECK constraints hold each column to its field's kind (migration 0001).
  return account as Account
}

function toParams(values: AccountValues): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {}
  for (const spec of ACCOUNT_FIELDS) params[spec.column] = toColumnValue(spec.kind, values[spec.field])
  return params
}

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
