import fs from 'node:fs'
import path from 'node:path'
import type { Db } from './connection'
import { readSchemaVersion } from './connection'
import { AppFailure } from '../../../src/shared/result'
import { migrations as workspaceMigrations, type Migration } from './migrations'

export interface MigrationReport {
  from: number
  to: number
  backupFile: string | null
}

export class WorkspaceTooNewError extends AppFailure {
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super('workspace-newer', `workspace schema ${found} is newer than supported ${supported}`, { found, supported })
  }
}

export function latestVersion(list: readonly Migration[] = workspaceMigrations): number {
  return list.length === 0 ? 0 : (list[list.length - 1] as Migration).version
}

export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`)
    }
  })
}

/**
 * Refuses a file written by a newer version before opening it for writing. Call this before
 * `openDatabase`, which switches the journal mode and so writes to the file.
 */
export function assertNotNewer(file: string, list: readonly Migration[] = workspaceMigrations): void {
  if (!fs.existsSync(file)) return
  const found = readSchemaVersion(file)
  const supported = latestVersion(list)
  if (found > supported) throw new WorkspaceTooNewError(found, supported)
}

/** Applies the pending migrations, each in its own transaction, backing the file up first. */
export function migrate(db: Db, options: { backupDir: string; list?: readonly Migration[] }): MigrationReport {
  const list = options.list ?? workspaceMigrations
  assertOrdered(list)
  const from = db.pragma('user_version', { simple: true }) as number
  const to = latestVersion(list)
  if (from > to) throw new WorkspaceTooNewError(from, to)
  if (from === to) return { from, to, backupFile: null }

  let backupFile: string | null = null
  const hasTables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n > 0
  if (hasTables) {
    fs.mkdirSync(options.backupDir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    backupFile = path.join(options.backupDir, `workspace-v${from}-${stamp}.sqlite`)
    db.prepare('VACUUM INTO ?').run(backupFile)
  }

  for (const migration of list) {
    if (migration.version <= from) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
  return { from, to, backupFile }
}
