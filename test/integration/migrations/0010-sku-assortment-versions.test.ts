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

// By name, so the integrator's renumbering does not break it.
const VERSION = migrations.findIndex((migration) => migration.name === '0010-sku-assortment-versions') + 1

describe('0010-sku-assortment-versions', () => {
  it('keeps every SKU and assortment line, at version 1', () => {
    const dataDir = freshDataDir()
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
    open.push(db)
    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, VERSION - 1) })
    db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES ('KA-0001', '老百姓大药房', 'pharmacy', 'x', 'x')`).run()
    db.prepare(
      `INSERT INTO skus (code, name, list_supply_price_fen, status, created_at, updated_at) VALUES ('SKU-0001', '感冒灵颗粒 10袋', 1250, 'active', 'x', 'y')`
    ).run()
    db.prepare(
      `INSERT INTO assortment_lines (account_id, sku_id, status, supply_price_fen, created_at, updated_at) VALUES (1, 1, 'listed', 1180, 'x', 'y')`
    ).run()

    migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, VERSION) })

    expect(db.pragma('user_version', { simple: true })).toBe(VERSION)
    expect(db.prepare(`SELECT code, name, list_supply_price_fen, updated_at, row_version FROM skus`).all()).toEqual([
      { code: 'SKU-0001', name: '感冒灵颗粒 10袋', list_supply_price_fen: 1250, updated_at: 'y', row_version: 1 }
    ])
    expect(db.prepare(`SELECT account_id, sku_id, status, supply_price_fen, updated_at, row_version FROM assortment_lines`).all()).toEqual([
      { account_id: 1, sku_id: 1, status: 'listed', supply_price_fen: 1180, updated_at: 'y', row_version: 1 }
    ])
    // A version below 1 would make "based on version 0" (the grid's old placeholder) look current.
    expect(() => db.prepare(`UPDATE skus SET row_version = 0`).run()).toThrow(/CHECK/)
    expect(() => db.prepare(`UPDATE assortment_lines SET row_version = 0`).run()).toThrow(/CHECK/)
  })
})
