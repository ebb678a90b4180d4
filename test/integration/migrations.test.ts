import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../electron/core/db/connection'
import { assertNotNewer, assertOrdered, latestVersion, migrate, WorkspaceTooNewError } from '../../electron/core/db/migrate'
import { migrations, type Migration } from '../../electron/core/db/migrations'
import { DATABASE_FILE_NAME } from '../../electron/core/paths'
import { openWorkbench } from '../../electron/core/workbench'
import { freshDataDir, RESOURCES_DIR } from '../helpers/workbench'

const openConnections: Db[] = []
afterEach(() => {
  for (const db of openConnections.splice(0)) if (db.open) db.close()
})

function open(file: string): Db {
  const db = openDatabase(file)
  openConnections.push(db)
  return db
}

const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const tableNames = (db: Db): string[] =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(
    (row) => row.name
  )

function insertAccount(db: Db, code: string, name: string, annualSalesFen: number | null): void {
  db.prepare(
    `INSERT INTO accounts (code, name, format, annual_sales_fen, created_at, updated_at)
     VALUES (?, ?, 'hypermarket', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`
  ).run(code, name, annualSalesFen)
}

/** A database file whose user_version is beyond what this build knows, as a newer build would leave it. */
function writeNewerWorkspace(file: string, options: { isWal: boolean }): void {
  const db = new Database(file)
  if (options.isWal) db.pragma('journal_mode = WAL')
  db.exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY, code TEXT); INSERT INTO accounts (code) VALUES ('KA-0001');`)
  db.pragma(`user_version = ${latestVersion() + 1}`)
  if (options.isWal) db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

describe('the migration list', () => {
  it('is numbered 1, 2, 3… without a gap', () => {
    expect(() => assertOrdered(migrations)).not.toThrow()
    migrations.forEach((migration, index) => expect(migration.version).toBe(index + 1))
    expect(latestVersion()).toBe(migrations.length)
  })

  it('is refused when a version is missing or out of order', () => {
    const step = (version: number): Migration => ({ version, name: `000${version}-step`, up: () => undefined })
    expect(() => assertOrdered([step(1), step(3)])).toThrow('migration 0003-step has version 3, expected 2')
    expect(() => assertOrdered([step(2), step(1)])).toThrow('expected 1')
    expect(() => assertOrdered([step(1), step(1)])).toThrow('expected 2')
  })

  it('does not touch the database when the list has a gap', () => {
    const db = open(path.join(freshDataDir(), DATABASE_FILE_NAME))
    const gapped: Migration[] = [migrations[0] as Migration, { version: 3, name: '0003-gap', up: () => undefined }]
    expect(() => migrate(db, { backupDir: path.join(freshDataDir(), 'backups'), list: gapped })).toThrow('expected 2')
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(tableNames(db)).toEqual([])
  })
})

describe('migrating a fresh workspace', () => {
  it('creates the schema, records PRAGMA user_version and writes no backup of an empty file', () => {
    const dataDir = freshDataDir()
    const db = open(path.join(dataDir, DATABASE_FILE_NAME))
    const report = migrate(db, { backupDir: path.join(dataDir, 'backups') })
    expect(report).toEqual({ from: 0, to: latestVersion(), backupFile: null })
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(tableNames(db)).toEqual(expect.arrayContaining(['accounts', 'settings']))
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false)
  })

  it('does nothing the second time', () => {
    const dataDir = freshDataDir()
    const db = open(path.join(dataDir, DATABASE_FILE_NAME))
    migrate(db, { backupDir: path.join(dataDir, 'backups') })
    insertAccount(db, 'KA-0001', '沃尔玛', 960_000_000_000)
    expect(migrate(db, { backupDir: path.join(dataDir, 'backups') })).toEqual({
      from: latestVersion(),
      to: latestVersion(),
      backupFile: null
    })
    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 })
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false)
  })

  it('gives 0001-accounts the rules the grid relies on', () => {
    const db = open(path.join(freshDataDir(), DATABASE_FILE_NAME))
    migrate(db, { backupDir: path.join(freshDataDir(), 'backups') })
    insertAccount(db, 'KA-0001', '沃尔玛', 960_000_000_000)
    // codes are unique whatever their case
    expect(() => insertAccount(db, 'ka-0001', '沃尔玛 2', null)).toThrow(/UNIQUE/)
    // money cannot be negative
    expect(() => insertAccount(db, 'KA-0002', '负数', -1)).toThrow(/CHECK/)
    expect(db.prepare('SELECT code, name, annual_sales_fen FROM accounts').all()).toEqual([
      { code: 'KA-0001', name: '沃尔玛', annual_sales_fen: 960_000_000_000 }
    ])
  })
})

describe('a step that fails', () => {
  it('is rolled back whole and leaves user_version at the last step that succeeded', () => {
    const dataDir = freshDataDir()
    const db = open(path.join(dataDir, DATABASE_FILE_NAME))
    const failing: Migration = {
      version: latestVersion() + 1,
      name: 'failing-step',
      up(database) {
        database.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)')
        throw new Error('disk on fire')
      }
    }
    expect(() => migrate(db, { backupDir: path.join(dataDir, 'backups'), list: [...migrations, failing] })).toThrow('disk on fire')
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(tableNames(db)).not.toContain('half_done')
  })
})

describe('backup before migrating an existing database', () => {
  /*
   * The shipped list may hold a single step, so "version N − 1 with rows" is built from the real
   * list and "version N" adds a test step on top: the runner is the same whatever the steps do.
   */
  const addBuyerColumn: Migration = {
    version: latestVersion() + 1,
    name: 'test-add-buyer-column',
    up(db) {
      db.exec(`ALTER TABLE accounts ADD COLUMN buyer TEXT`)
    }
  }

  it('copies the file to <dataDir>/backups first; the copy opens and holds the rows, and the migrated file keeps them', () => {
    const dataDir = freshDataDir()
    const backupDir = path.join(dataDir, 'backups')
    const db = open(path.join(dataDir, DATABASE_FILE_NAME))
    expect(migrate(db, { backupDir, list: migrations }).to).toBe(latestVersion())
    insertAccount(db, 'KA-0001', '沃尔玛（中国）华南区', 960_000_000_000)
    insertAccount(db, 'KA-0002', '家乐福上海', null)

    const report = migrate(db, { backupDir, list: [...migrations, addBuyerColumn] })

    expect(report.from).toBe(latestVersion())
    expect(report.to).toBe(latestVersion() + 1)
    expect(report.backupFile).not.toBeNull()
    const backupFile = report.backupFile as string
    expect(path.dirname(backupFile)).toBe(backupDir)
    expect(path.basename(backupFile)).toMatch(new RegExp(`^workspace-v${latestVersion()}-.+\\.sqlite$`))
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(backupFile)])

    const backup = new Database(backupFile, { readonly: true, fileMustExist: true })
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(latestVersion())
      expect(backup.prepare('SELECT code, name, annual_sales_fen FROM accounts ORDER BY id').all()).toEqual([
        { code: 'KA-0001', name: '沃尔玛（中国）华南区', annual_sales_fen: 960_000_000_000 },
        { code: 'KA-0002', name: '家乐福上海', annual_sales_fen: null }
      ])
      // the copy is the old schema: the new column is not there
      const columns = (backup.prepare(`PRAGMA table_info(accounts)`).all() as { name: string }[]).map((c) => c.name)
      expect(columns).not.toContain('buyer')
    } finally {
      backup.close()
    }

    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion() + 1)
    expect(db.prepare('SELECT code, name, annual_sales_fen, buyer FROM accounts ORDER BY id').all()).toEqual([
      { code: 'KA-0001', name: '沃尔玛（中国）华南区', annual_sales_fen: 960_000_000_000, buyer: null },
      { code: 'KA-0002', name: '家乐福上海', annual_sales_fen: null, buyer: null }
    ])
  })
})

describe('a workspace written by a newer version', () => {
  for (const isWal of [false, true]) {
    const journal = isWal ? 'WAL' : 'rollback-journal'

    it(`is refused by assertNotNewer without a byte written (${journal} file)`, () => {
      const dataDir = freshDataDir()
      const file = path.join(dataDir, DATABASE_FILE_NAME)
      writeNewerWorkspace(file, { isWal })
      const before = sha256(file)

      let caught: unknown
      try {
        assertNotNewer(file)
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(WorkspaceTooNewError)
      expect(caught).toMatchObject({ code: 'workspace-newer', found: latestVersion() + 1, supported: latestVersion() })

      expect(sha256(file)).toBe(before)
      expect(fs.readdirSync(dataDir)).toEqual([DATABASE_FILE_NAME])
    })

    it(`is refused by openWorkbench and left exactly as it was (${journal} file)`, () => {
      const dataDir = freshDataDir()
      const file = path.join(dataDir, DATABASE_FILE_NAME)
      writeNewerWorkspace(file, { isWal })
      const before = sha256(file)

      expect(() => openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-test' })).toThrow(
        WorkspaceTooNewError
      )

      expect(sha256(file)).toBe(before)
      expect(fs.existsSync(`${file}-wal`)).toBe(false)
      expect(fs.existsSync(`${file}-shm`)).toBe(false)
      expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false)
      expect(fs.readdirSync(dataDir)).toEqual([DATABASE_FILE_NAME])
    })
  }

  it('is refused by migrate on an already open connection', () => {
    const dataDir = freshDataDir()
    const db = open(path.join(dataDir, DATABASE_FILE_NAME))
    db.pragma(`user_version = ${latestVersion() + 5}`)
    expect(() => migrate(db, { backupDir: path.join(dataDir, 'backups') })).toThrow(WorkspaceTooNewError)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion() + 5)
  })

  it('is accepted when the file is at exactly the supported version', () => {
    const dataDir = freshDataDir()
    const file = path.join(dataDir, DATABASE_FILE_NAME)
    const db = open(file)
    migrate(db, { backupDir: path.join(dataDir, 'backups') })
    db.close()
    expect(() => assertNotNewer(file)).not.toThrow()
    expect(() => assertNotNewer(path.join(dataDir, 'missing.sqlite'))).not.toThrow()
  })
})

describe('an opened connection', () => {
  it('uses WAL, synchronous NORMAL and enforced foreign keys', () => {
    const db = open(path.join(freshDataDir(), DATABASE_FILE_NAME))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(1)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('is what openWorkbench gives the services, migrated to the latest version', () => {
    const dataDir = freshDataDir()
    const workbench = openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-test' })
    try {
      const db = workbench.context.db
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('synchronous', { simple: true })).toBe(1)
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
      expect(workbench.context.info.schemaVersion).toBe(latestVersion())
      expect(workbench.migration).toEqual({ from: 0, to: latestVersion(), backupFile: null })
    } finally {
      workbench.close()
    }
  })
})
