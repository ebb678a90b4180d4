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

/** A workspace at version 1 (before this step), with the given settings rows. */
function workspaceAtVersion1(settings: Record<string, string>): { db: Db; dataDir: string } {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 1) })
  db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES ('KA-0001', '沃尔玛', 'hypermarket', 'x', 'x')`).run()
  for (const [key, value] of Object.entries(settings)) db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`).run(key, value)
  return { db, dataDir }
}

const settingsOf = (db: Db): Record<string, unknown> =>
  Object.fromEntries((db.prepare(`SELECT key, value FROM settings ORDER BY key`).all() as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value)]))

describe('0002-grid-layouts', () => {
  it('moves the Accounts column state under gridLayouts.accounts with the money unit 元, keeping other settings and rows', () => {
    const columnState = [{ colId: 'name', width: 220 }, { colId: 'notes', hide: true }]
    const { db, dataDir } = workspaceAtVersion1({ language: JSON.stringify('en-US'), accountsColumnState: JSON.stringify(columnState) })
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 2) })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(settingsOf(db)).toEqual({ language: 'en-US', gridLayouts: { accounts: { columnState, moneyUnit: 'yuan', savedViews: [] } } })
    expect(db.prepare(`SELECT code, name FROM accounts`).all()).toEqual([{ code: 'KA-0001', name: '沃尔玛' }])
  })

  it('drops a column state that is not a list, and does nothing without one', () => {
    const broken = workspaceAtVersion1({ accountsColumnState: '{"not":"a list"}' })
    migrate(broken.db, { backupDir: path.join(broken.dataDir, 'backups'), list: migrations.slice(0, 2) })
    expect(settingsOf(broken.db)).toEqual({})

    const none = workspaceAtVersion1({ language: JSON.stringify('zh-CN') })
    migrate(none.db, { backupDir: path.join(none.dataDir, 'backups'), list: migrations.slice(0, 2) })
    expect(settingsOf(none.db)).toEqual({ language: 'zh-CN' })
  })
})
