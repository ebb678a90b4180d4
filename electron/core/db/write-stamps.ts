import type { Db } from './connection'

/**
 * The tables cached figures are read from, and how a written row names its account. A row that
 * names none (a SKU, the terms settings) or whose account cannot be found any more (a line of a
 * sheet deleted in the same statement) counts as written for every account.
 */
const ACCOUNT_OF_ROW = {
  accounts: (row: string) => `${row}.id`,
  account_plans: (row: string) => `${row}.account_id`,
  assortment_lines: (row: string) => `${row}.account_id`,
  skus: () => null,
  term_sheets: (row: string) => `${row}.account_id`,
  term_lines: (row: string) => `(SELECT account_id FROM main.term_sheets WHERE id = ${row}.sheet_id)`,
  term_payments: (row: string) => `(SELECT account_id FROM main.term_sheets WHERE id = ${row}.sheet_id)`,
  terms_settings: () => null,
  proposals: (row: string) => `${row}.account_id`,
  proposal_clauses: (row: string) => `(SELECT account_id FROM main.proposals WHERE id = ${row}.proposal_id)`
} satisfies Record<string, (row: string) => string | null>

export type WatchedTable = keyof typeof ACCOUNT_OF_ROW

const WRITTEN_FUNCTION = 'ka_rows_written'

export interface WriteStamps {
  /** Changes whenever any of the tables is written, or another connection commits to the file. */
  ofTables(tables: readonly WatchedTable[]): string
  /** Changes whenever one of the tables is written for this account (or for no account in particular), or another connection commits. */
  ofAccount(tables: readonly WatchedTable[], accountId: number): string
}

/**
 * Counts the writes to each watched table, per table and per account, so a figure computed from
 * them can be cached beside the stamp it was computed at and used only while the stamp is the
 * same. The counting is done by temporary triggers (this connection only, never stored in the
 * file): every INSERT, UPDATE and DELETE is seen whatever wrote it (a service, an import, an undo,
 * a foreign-key cascade, a repository called directly), which a list of "writes that matter"
 * kept by hand could never promise. A write rolled back still counts: one needless recompute,
 * never a stale figure. Commits by other connections (PRAGMA data_version) count for everything.
 *
 * Take the stamp BEFORE reading the inputs, so a write during the computation makes the entry stale.
 */
function createWriteStamps(db: Db): WriteStamps {
  const tableWrites = new Map<string, number>()
  /** `${table}:${accountId}` → writes to the table for that account. */
  const accountWrites = new Map<string, number>()
  /** Writes to a per-account table whose account was not known: they count for every account. */
  const unscopedWrites = new Map<string, number>()
  const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

  db.function(WRITTEN_FUNCTION, { varargs: true, deterministic: false }, (table: unknown, ...accountIds: unknown[]) => {
    const name = String(table)
    bump(tableWrites, name)
    for (const accountId of accountIds) {
      if (typeof accountId === 'number' || typeof accountId === 'bigint') bump(accountWrites, `${name}:${accountId}`)
      else bump(unscopedWrites, name)
    }
    return null
  })
  for (const [table, accountOf] of Object.entries(ACCOUNT_OF_ROW)) {
    const account = (row: string): string => accountOf(row) ?? 'NULL'
    const calls = { INSERT: account('NEW'), DELETE: account('OLD'), UPDATE: `${account('OLD')}, ${account('NEW')}` }
    for (const [event, accounts] of Object.entries(calls)) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ka_written_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN SELECT ${WRITTEN_FUNCTION}('${table}', ${accounts}); END`
      )
    }
  }
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  const otherConnections = () => String(dataVersion.get())

  return {
    ofTables: (tables) => [otherConnections(), ...tables.map((table) => tableWrites.get(table) ?? 0)].join('.'),
    ofAccount(tables, accountId) {
      const parts = [otherConnections()]
      for (const table of tables) {
        if (ACCOUNT_OF_ROW[table]('NEW') === null) parts.push(String(tableWrites.get(table) ?? 0))
        else parts.push(`${unscopedWrites.get(table) ?? 0}+${accountWrites.get(`${table}:${accountId}`) ?? 0}`)
      }
      return parts.join('.')
    }
  }
}

const byConnection = new WeakMap<Db, WriteStamps>()

/** The connection's write stamps; the triggers are put in place on first use (earlier writes need no counting: nothing was cached before). */
export function writeStampsOf(db: Db): WriteStamps {
  let stamps = byConnection.get(db)
  if (!stamps) {
    stamps = createWriteStamps(db)
    byConnection.set(db, stamps)
  }
  return stamps
}
