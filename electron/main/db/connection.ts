import Database from 'better-sqlite3'

export type Db = Database.Database

/** Opens the workspace file with the pragmas every connection needs. */
export function openDatabase(file: string): Db {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // WAL reads back as FULL unless NORMAL is set explicitly; NORMAL is safe with WAL.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}

/** Reads `user_version` without writing a byte (a newer file must never be touched). */
export function readSchemaVersion(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } finally {
    db.close()
  }
}
