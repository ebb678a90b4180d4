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

/** A workspace at version 2 (before this step) with two accounts and a grid layout, migrated to 3. */
function migratedWorkspace(): Db {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 2) })
  const insertAccount = db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`)
  insertAccount.run('KA-0001', '沃尔玛', 'hypermarket')
  insertAccount.run('KA-0002', '老百姓大药房', 'pharmacy')
  db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"en-US"')`).run()
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 3) })
  return db
}

const insertSku = (db: Db, code: string, barcode: string | null) =>
  db
    .prepare(`INSERT INTO skus (code, barcode, name, list_supply_price_fen, status, created_at, updated_at) VALUES (?, ?, '维C', 870, 'active', 'x', 'x')`)
    .run(code, barcode)

const insertLine = (db: Db, accountId: number, skuId: number) =>
  db.prepare(`INSERT INTO assortment_lines (account_id, sku_id, status, created_at, updated_at) VALUES (?, ?, 'listed', 'x', 'x')`).run(accountId, skuId)

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('0003-catalogue', () => {
  it('keeps the accounts and settings of version 2 and adds empty catalogue tables', () => {
    const db = migratedWorkspace()
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(db.prepare(`SELECT code, name FROM accounts ORDER BY id`).all()).toEqual([
      { code: 'KA-0001', name: '沃尔玛' },
      { code: 'KA-0002', name: '老百姓大药房' }
    ])
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'language'`).get()).toEqual({ value: '"en-US"' })
    expect([count(db, 'skus'), count(db, 'assortment_lines'), count(db, 'account_plans')]).toEqual([0, 0, 0])
  })

  it('holds SKU codes unique whatever their case, and barcodes unique only when present', () => {
    const db = migratedWorkspace()
    insertSku(db, 'SKU-0001', '6937215000010')
    expect(() => insertSku(db, 'sku-0001', null)).toThrow(/UNIQUE/)
    expect(() => insertSku(db, 'SKU-0002', '6937215000010')).toThrow(/UNIQUE/)
    insertSku(db, 'SKU-0003', null)
    insertSku(db, 'SKU-0004', null)
    expect(count(db, 'skus')).toBe(3)
  })

  it('refuses a supply price of 0, a barcode that is not 8 or 13 digits and an unknown status', () => {
    const db = migratedWorkspace()
    const insert = db.prepare(`INSERT INTO skus (code, barcode, name, list_supply_price_fen, status, created_at, updated_at) VALUES (?, ?, 'x', ?, ?, 'x', 'x')`)
    expect(() => insert.run('A', null, 0, 'active')).toThrow(/CHECK/)
    expect(() => insert.run('B', '6.90123E+12', 870, 'active')).toThrow(/CHECK/)
    expect(() => insert.run('C', null, 870, 'sold-out')).toThrow(/CHECK/)
  })

  it('allows one line per account and SKU, and deleting an account or a SKU leaves no orphan line or plan', () => {
    const db = migratedWorkspace()
    const sku1 = Number(insertSku(db, 'SKU-0001', null).lastInsertRowid)
    const sku2 = Number(insertSku(db, 'SKU-0002', null).lastInsertRowid)
    insertLine(db, 1, sku1)
    insertLine(db, 1, sku2)
    insertLine(db, 2, sku1)
    expect(() => insertLine(db, 1, sku1)).toThrow(/UNIQUE/)
    expect(() => insertLine(db, 99, sku1)).toThrow(/FOREIGN KEY/)
    db.prepare(`INSERT INTO account_plans (account_id, margin_target_ppm, updated_at) VALUES (2, 600000, 'x')`).run()

    db.prepare(`DELETE FROM skus WHERE id = ?`).run(sku1)
    // account 1 keeps its line of SKU-0002; account 2's only line went with SKU-0001
    expect(db.prepare(`SELECT account_id AS accountId, sku_id AS skuId FROM assortment_lines`).all()).toEqual([{ accountId: 1, skuId: sku2 }])
    db.prepare(`DELETE FROM accounts WHERE id = 1`).run()
    db.prepare(`DELETE FROM accounts WHERE id = 2`).run()
    expect([count(db, 'assortment_lines'), count(db, 'account_plans')]).toEqual([0, 0])
  })
})
