import type { Db } from '../db/connection'
import { ACCOUNT_FIELDS, type Account, type AccountValues, type BinnedAccount } from '../../../src/shared/domain/accounts/account'
import type { AccountHistoryEntry, AccountWriteAction } from '../../../src/shared/contract'
import { fromColumnValue, toColumnValue } from '../../../src/shared/domain/field-registry'

/** A row of the accounts table: the registry's columns, the id and the timestamps. */
type AccountRow = Record<string, string | number | null>

// The column lists and the row mapping come from the registry: a new field needs no edit here.
const VALUE_COLUMNS = ACCOUNT_FIELDS.map((spec) => spec.column)
const COLUMNS = ['id', ...VALUE_COLUMNS, 'updated_at', 'row_version', 'deleted_at'].join(', ')
const LIVE = 'deleted_at IS NULL'

function toAccount(row: AccountRow): Account {
  const account: Record<string, unknown> = { id: row.id }
  for (const spec of ACCOUNT_FIELDS) account[spec.field] = fromColumnValue(spec.kind, row[spec.column])
  account.updatedAt = row.updated_at
  account.rowVersion = row.row_version
  // The table's CHECK constraints hold each column to its field's kind (migration 0001).
  return account as Account
}

function toParams(values: AccountValues): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {}
  for (const spec of ACCOUNT_FIELDS) params[spec.column] = toColumnValue(spec.kind, values[spec.field])
  return params
}

function toBinnedAccount(row: AccountRow): BinnedAccount {
  return { ...toAccount(row), deletedAt: String(row.deleted_at) }
}

interface AuditRow {
  changed_at: string
  action: AccountHistoryEntry['action']
  field: string | null
  old_value: string | null
  new_value: string | null
}

const FIELD_BY_NAME = new Map(ACCOUNT_FIELDS.map((spec) => [spec.field as string, spec]))

/** A stored column value back to the field's value (an audit value is the column value as JSON). */
function auditValue(field: string | null, text: string | null): AccountHistoryEntry['oldValue'] {
  if (text === null) return null
  const spec = field === null ? undefined : FIELD_BY_NAME.get(field)
  const columnValue = JSON.parse(text) as string | number | null
  return spec ? (fromColumnValue(spec.kind, columnValue) as AccountHistoryEntry['oldValue']) : columnValue
}

/**
 * Prepared statements over one connection; callers own the transaction. Reads see live accounts
 * only, except the bin's own (`getAny`, `listBinned`); every write adds one to `row_version`.
 * Every write also writes its audit rows (account_audit, migration 0004) here, in the caller's transaction: whichever
 * use case stores an account (edit, paste, import, create, delete, restore), its history follows,
 * and a refused write rolls back both.
 */
export function accountsRepository(db: Db) {
  const listStatement = db.prepare<[], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE ${LIVE} ORDER BY id`)
  const listFirstStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE ${LIVE} ORDER BY id LIMIT ?`)
  const getStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = ? AND ${LIVE}`)
  const getAnyStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`)
  const listBinnedStatement = db.prepare<[], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`)
  const insertStatement = db.prepare(
    `INSERT INTO accounts (${VALUE_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (${VALUE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const insertWithIdStatement = db.prepare(
    `INSERT INTO accounts (id, ${VALUE_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (@id, ${VALUE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const updateStatement = db.prepare(
    `UPDATE accounts SET ${VALUE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now, row_version = row_version + 1 WHERE id = @id`
  )
  const getRowStatement = db.prepare<[number], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`)
  const auditStatement = db.prepare<[number, string, string, string | null, string | null, string | null]>(
    `INSERT INTO account_audit (account_id, changed_at, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)`
  )
  const historyStatement = db.prepare<[number], AuditRow>(
    `SELECT changed_at, action, field, old_value, new_value FROM account_audit WHERE account_id = ? ORDER BY id DESC`
  )
  const binStatement = db.prepare<[string, number]>(`UPDATE accounts SET deleted_at = ?, row_version = row_version + 1 WHERE id = ? AND ${LIVE}`)
  const unbinStatement = db.prepare<[number]>(`UPDATE accounts SET deleted_at = NULL, row_version = row_version + 1 WHERE id = ? AND deleted_at IS NOT NULL`)
  const purgeStatement = db.prepare<[number]>(`DELETE FROM accounts WHERE id = ? AND deleted_at IS NOT NULL`)
  const codeOwnerStatement = db.prepare<[string], { id: number }>(`SELECT id FROM accounts WHERE code = ?`)
  const countStatement = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM accounts WHERE ${LIVE}`)
  const kaCodesStatement = db.prepare<[], { code: string }>(`SELECT code FROM accounts WHERE code LIKE 'KA-%'`)

  return {
    list: (): Account[] => listStatement.all().map(toAccount),
    listFirst: (limit: number): Account[] => listFirstStatement.all(limit).map(toAccount),
    get: (id: number): Account | undefined => {
      const row = getStatement.get(id)
      return row ? toAccount(row) : undefined
    },
    /** A live or binned account. */
    getAny: (id: number): (Account & { deletedAt: string | null }) | undefined => {
      const row = getAnyStatement.get(id)
      return row ? { ...toAccount(row), deletedAt: row.deleted_at === null ? null : String(row.deleted_at) } : undefined
    },
    listBinned: (): BinnedAccount[] => listBinnedStatement.all().map(toBinnedAccount),
    count: (): number => (countStatement.get() as { n: number }).n,
    /** The id holding a code (codes compare case-insensitively), if any; an account in the bin keeps its code. */
    codeOwner: (code: string): number | undefined => codeOwnerStatement.get(code)?.id,
    /** `action` says how the account came to be, for its history: created, imported or restored. */
    insert(values: AccountValues, now: string, id?: number, action: Exclude<AccountWriteAction, 'update' | 'delete'> = 'create'): number {
      const params = { ...toParams(values), now }
      const info = id === undefined ? insertStatement.run(params) : insertWithIdStatement.run({ ...params, id })
      const newId = Number(info.lastInsertRowid)
      auditStatement.run(newId, now, action, null, null, null)
      return newId
    },
    /** Stores the record; one audit row per field whose stored value changed. */
    update(id: number, values: AccountValues, now: string): void {
      const before = getRowStatement.get(id)
      const params = toParams(values)
      updateStatement.run({ ...params, now, id })
      if (!before) return
      for (const spec of ACCOUNT_FIELDS) {
        const oldValue = before[spec.column] ?? null
        const newValue = params[spec.column] ?? null
        if (oldValue !== newValue) auditStatement.run(id, now, 'update', spec.field, JSON.stringify(oldValue), JSON.stringify(newValue))
      }
    },
    /** The account's history, newest first (also for an account that was deleted). */
    history(id: number): AccountHistoryEntry[] {
      return historyStatement.all(id).map((row) => ({
        changedAt: row.changed_at,
        action: row.action,
        field: row.field,
        oldValue: auditValue(row.field, row.old_value),
        newValue: auditValue(row.field, row.new_value)
      }))
    },
    /** Moves a live account to the bin. */
    bin(id: number, now: string): void {
      if (binStatement.run(now, id).changes > 0) auditStatement.run(id, now, 'delete', null, null, null)
    },
    /** Takes an account out of the bin. */
    unbin(id: number, now: string): void {
      if (unbinStatement.run(id).changes > 0) auditStatement.run(id, now, 'restore', null, null, null)
    },
    /** Deletes a binned account for good. */
    purge(id: number): boolean {
      return purgeStatement.run(id).changes > 0
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
