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

/** A fresh database (version 0) taken to version 1 only. */
function workspaceAtVersion1(): Db {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  expect(db.pragma('user_version', { simple: true })).toBe(0)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 1) })
  return db
}

const insert = (db: Db, columns: Record<string, string | number | null>): void => {
  const all = { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket', created_at: 'x', updated_at: 'x', ...columns }
  const names = Object.keys(all)
  db.prepare(`INSERT INTO accounts (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`).run(all)
}

describe('0001-accounts', () => {
  it('creates the settings and accounts tables at version 1, empty', () => {
    const db = workspaceAtVersion1()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name)
    expect(tables).toEqual(['accounts', 'settings'])
    expect(db.prepare(`SELECT count(*) AS n FROM accounts`).get()).toEqual({ n: 0 })
  })

  it('stores a complete account as the grid writes it (flags as 0/1, money as integer fen, notes default empty)', () => {
    const db = workspaceAtVersion1()
    // ¥1.2亿 annual sales = 12,000,000,000 fen; flags are stored as 1 (是) and 0 (否).
    insert(db, { region_code: '310000', direct_stores: 120, annual_sales_fen: 12_000_000_000, is_top_three_in_region: 1, has_strong_hq_execution: 0 })
    expect(db.prepare(`SELECT code, region_code, annual_sales_fen, is_top_three_in_region, has_strong_hq_execution, notes FROM accounts`).get()).toEqual({
      code: 'KA-0001',
      region_code: '310000',
      annual_sales_fen: 12_000_000_000,
      is_top_three_in_region: 1,
      has_strong_hq_execution: 0,
      notes: ''
    })
  })

  it('refuses a second account with the same code in another case (codes compare case-insensitively)', () => {
    const db = workspaceAtVersion1()
    insert(db, { code: 'KA-0001' })
    expect(() => insert(db, { code: 'ka-0001', name: '家乐福' })).toThrow(/UNIQUE/)
  })

  it('refuses what the grid could never send: an unknown format, a negative count, a 5-digit region, a flag of 2, an empty name', () => {
    const db = workspaceAtVersion1()
    expect(() => insert(db, { format: 'warehouse' })).toThrow(/CHECK/)
    expect(() => insert(db, { direct_stores: -1 })).toThrow(/CHECK/)
    expect(() => insert(db, { annual_sales_fen: -100 })).toThrow(/CHECK/)
    expect(() => insert(db, { region_code: '31000' })).toThrow(/CHECK/)
    expect(() => insert(db, { is_top_three_in_region: 2 })).toThrow(/CHECK/)
    expect(() => insert(db, { name: '' })).toThrow(/CHECK/)
    expect(() => insert(db, { code: 'K'.repeat(33) })).toThrow(/CHECK/)
    // STRICT tables refuse a number written as text into an INTEGER column.
    expect(() => insert(db, { employees: 'many' })).toThrow(/cannot store TEXT value in INTEGER column/)
    expect(db.prepare(`SELECT count(*) AS n FROM accounts`).get()).toEqual({ n: 0 })
  })
})
