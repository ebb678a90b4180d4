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

/** A workspace at version 2 (before this step) with two accounts and a setting. */
function workspaceAtVersion2(): { db: Db; dataDir: string } {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 2) })
  const insert = db.prepare(
    `INSERT INTO accounts (code, name, format, direct_stores, sales_area_m2, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`
  )
  insert.run('KA-0001', '老百姓大药房', 'pharmacy', 8000, 960000)
  insert.run('KA-0002', '家乐福上海', 'hypermarket', 24, null)
  db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"zh-CN"')`).run()
  return { db, dataDir }
}

describe('0003-franchise-stores', () => {
  it('adds 加盟门店数, unknown for every existing account, keeping every row and setting', () => {
    const { db, dataDir } = workspaceAtVersion2()
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 3) })
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(db.prepare(`SELECT code, name, format, direct_stores, sales_area_m2, franchise_stores FROM accounts ORDER BY code`).all()).toEqual([
      { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy', direct_stores: 8000, sales_area_m2: 960000, franchise_stores: null },
      { code: 'KA-0002', name: '家乐福上海', format: 'hypermarket', direct_stores: 24, sales_area_m2: null, franchise_stores: null }
    ])
    expect(db.prepare(`SELECT key, value FROM settings`).all()).toEqual([{ key: 'language', value: '"zh-CN"' }])
  })

  it('stores a franchise count and refuses a negative one', () => {
    const { db, dataDir } = workspaceAtVersion2()
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 3) })
    db.prepare(`UPDATE accounts SET franchise_stores = 1200 WHERE code = 'KA-0001'`).run()
    expect(db.prepare(`SELECT franchise_stores FROM accounts WHERE code = 'KA-0001'`).get()).toEqual({ franchise_stores: 1200 })
    expect(() => db.prepare(`UPDATE accounts SET franchise_stores = -1 WHERE code = 'KA-0002'`).run()).toThrow(/CHECK/)
  })
})
