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

describe('0005-account-versions-and-bin', () => {
  it('keeps every account, at version 1 and out of the bin', () => {
    const dataDir = freshDataDir()
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
    open.push(db)
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 4) })
    const insert = db.prepare(`INSERT INTO accounts (code, name, format, notes, created_at, updated_at) VALUES (?, ?, 'pharmacy', ?, 'x', 'y')`)
    insert.run('KA-0001', '老百姓大药房', '连锁 1000 店')
    insert.run('KA-0002', '益丰大药房', '')

    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 5) })

    expect(db.pragma('user_version', { simple: true })).toBe(5)
    expect(db.prepare(`SELECT code, name, notes, updated_at, row_version, deleted_at FROM accounts ORDER BY id`).all()).toEqual([
      { code: 'KA-0001', name: '老百姓大药房', notes: '连锁 1000 店', updated_at: 'y', row_version: 1, deleted_at: null },
      { code: 'KA-0002', name: '益丰大药房', notes: '', updated_at: 'y', row_version: 1, deleted_at: null }
    ])
    // A version below 1 would make "based on version 0" look current: the table refuses it.
    expect(() => db.prepare(`UPDATE accounts SET row_version = 0`).run()).toThrow(/CHECK/)
  })
})
