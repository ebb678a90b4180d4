import fs from 'node:fs'
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

/**
 * Reads `user_version` without writing a byte (a newer file must never be touched): from the
 * file header (bytes 60–63, big-endian), since even a read-only open of a WAL database leaves
 * -wal and -shm files behind. Only when an uncheckpointed WAL exists, whose frames may hold a
 * newer header, is the database opened read-only to read it.
 */
export function readSchemaVersion(file: string): number {
  const wal = `${file}-wal`
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      return db.pragma('user_version', { simple: true }) as number
    } finally {
      db.close()
    }
  }
  const header = Buffer.alloc(100)
  const handle = fs.openSync(file, 'r')
  try {
    const read = fs.readSync(handle, header, 0, 100, 0)
    if (read === 0) return 0
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
      throw new Error(`${file} is not a SQLite database`)
    }
    return header.readUInt32BE(60)
  } finally {
    fs.closeSync(handle)
  }
}
