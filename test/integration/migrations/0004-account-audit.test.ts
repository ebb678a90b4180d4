import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../electron/core/db/connection'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { DATABASE_FILE_NAME } from '../../../electron/core/paths'
import { freshDataDir } from '../../helpers/workbench'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
})

/** A workspace at version 3 (before this step) with two accounts and a setting. */
function workspaceAtVersion3(): { db: Db; dataDir: string } {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 3) })
  const insert = db.prepare(`INSERT INTO accounts (code, name, format, annual_sales_fen, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`)
  insert.run('KA-0001', '沃尔玛', 'hypermarket', 1_200_000_000)
  insert.run('KA-0002', '老百姓大药房', 'pharmacy', null)
  db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"en-US"')`).run()
  return { db, dataDir }
}

describe('0004-account-audit', () => {
  it('adds an empty history table and keeps every account and setting as it was', () => {
    const { db, dataDir } = workspaceAtVersion3()
    const before = db.prepare(`SELECT * FROM accounts ORDER BY id`).all()
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 4) })
    expect(db.pragma('user_version', { simple: true })).toBe(4)
    expect(db.prepare(`SELECT * FROM accounts ORDER BY id`).all()).toEqual(before)
    expect(db.prepare(`SELECT key, value FROM settings`).all()).toEqual([{ key: 'language', value: '"en-US"' }])
    expect(db.prepare(`SELECT count(*) AS n FROM account_audit`).get()).toEqual({ n: 0 })
  })

  it('refuses an update row without its field and an action it does not know', () => {
    const { db, dataDir } = workspaceAtVersion3()
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 4) })
    const insert = db.prepare(`INSERT INTO account_audit (account_id, changed_at, action, field, old_value, new_value) VALUES (1, 't', ?, ?, NULL, NULL)`)
    expect(() => insert.run('update', null)).toThrow(/CHECK/)
    expect(() => insert.run('rename', null)).toThrow(/CHECK/)
    expect(() => insert.run('delete', 'name')).toThrow(/CHECK/)
    insert.run('update', 'name')
    insert.run('delete', null)
    expect(db.prepare(`SELECT action, field FROM account_audit ORDER BY id`).all()).toEqual([
      { action: 'update', field: 'name' },
      { action: 'delete', field: null }
    ])
  })
})
