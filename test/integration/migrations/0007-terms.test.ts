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

/** A workspace at version 6 (before this step) with two accounts, a SKU and an assortment line, migrated to 7. */
function migratedWorkspace(): Db {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 6) })
  const insertAccount = db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`)
  insertAccount.run('KA-0001', '沃尔玛', 'hypermarket')
  insertAccount.run('KA-0002', '老百姓大药房', 'pharmacy')
  db.prepare(`INSERT INTO skus (code, name, list_supply_price_fen, status, created_at, updated_at) VALUES ('SKU-0001', '维C', 870, 'active', 'x', 'x')`).run()
  db.prepare(`INSERT INTO assortment_lines (account_id, sku_id, status, created_at, updated_at) VALUES (1, 1, 'listed', 'x', 'x')`).run()
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 7) })
  return db
}

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const insertSheet = (db: Db, accountId: number, year: number) =>
  Number(db.prepare(`INSERT INTO term_sheets (account_id, contract_year, created_at, updated_at) VALUES (?, ?, 'x', 'x')`).run(accountId, year).lastInsertRowid)
const insertFixedLine = (db: Db, sheetId: number, basis: string | null) =>
  Number(
    db
      .prepare(`INSERT INTO term_lines (sheet_id, position, category, kind, basis, ask_value, ask_count, created_at, updated_at) VALUES (?, 0, 'fixed', 'entry', ?, 5000000, 1, 'x', 'x')`)
      .run(sheetId, basis).lastInsertRowid
  )

describe('0007-terms', () => {
  it('keeps the accounts, catalogue and assortment of version 6, adds empty terms tables and the 4.35% interest default', () => {
    const db = migratedWorkspace()
    expect(db.pragma('user_version', { simple: true })).toBe(7)
    expect(db.prepare(`SELECT code FROM accounts ORDER BY id`).all()).toEqual([{ code: 'KA-0001' }, { code: 'KA-0002' }])
    expect([count(db, 'skus'), count(db, 'assortment_lines')]).toEqual([1, 1])
    expect(['term_sheets', 'term_lines', 'term_payments', 'term_scenarios', 'term_scenario_lines'].map((table) => count(db, table))).toEqual([0, 0, 0, 0, 0])
    expect(db.prepare(`SELECT annual_interest_rate_ppm, trade_spend_threshold_ppm FROM terms_settings`).all()).toEqual([
      { annual_interest_rate_ppm: 43_500, trade_spend_threshold_ppm: null }
    ])
  })

  it('holds one sheet per account and contract year, so last year and this year live side by side', () => {
    const db = migratedWorkspace()
    insertSheet(db, 1, 2025)
    insertSheet(db, 1, 2026)
    insertSheet(db, 2, 2026)
    expect(() => insertSheet(db, 1, 2026)).toThrow(/UNIQUE/)
    expect(() => insertSheet(db, 99, 2026)).toThrow(/FOREIGN KEY/)
  })

  it('refuses a fixed fee without a basis, a rate with one, a negative value and a rebate that is not JSON', () => {
    const db = migratedWorkspace()
    const sheetId = insertSheet(db, 1, 2026)
    expect(() => insertFixedLine(db, sheetId, null)).toThrow(/CHECK/)
    expect(() =>
      db.prepare(`INSERT INTO term_lines (sheet_id, position, category, kind, basis, created_at, updated_at) VALUES (?, 0, 'percentage', 'logistics', 'perYear', 'x', 'x')`).run(sheetId)
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare(`INSERT INTO term_lines (sheet_id, position, category, kind, basis, offer_value, created_at, updated_at) VALUES (?, 0, 'fixed', 'entry', 'perYear', -1, 'x', 'x')`).run(sheetId)
    ).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(`INSERT INTO term_lines (sheet_id, position, category, kind, agreed_rebate, created_at, updated_at) VALUES (?, 0, 'conditionalRebate', 'conditionalRebate', '{tiers', 'x', 'x')`)
        .run(sheetId)
    ).toThrow(/CHECK/)
  })

  it('deletes an account’s sheets, lines, payments and scenarios with it: nothing is orphaned', () => {
    const db = migratedWorkspace()
    const sheetId = insertSheet(db, 1, 2026)
    const lineId = insertFixedLine(db, sheetId, 'perYear')
    db.prepare(`INSERT INTO term_payments (sheet_id, side, mode, days) VALUES (?, 'offer', 'monthly', 60)`).run(sheetId)
    const scenarioId = Number(db.prepare(`INSERT INTO term_scenarios (sheet_id, name, created_at, updated_at) VALUES (?, '让步方案', 'x', 'x')`).run(sheetId).lastInsertRowid)
    db.prepare(`INSERT INTO term_scenario_lines (scenario_id, line_id, scenario_value, scenario_count) VALUES (?, ?, 4000000, 1)`).run(scenarioId, lineId)
    insertSheet(db, 2, 2026)
    db.prepare(`DELETE FROM accounts WHERE id = 1`).run()
    expect(['term_sheets', 'term_lines', 'term_payments', 'term_scenarios', 'term_scenario_lines'].map((table) => count(db, table))).toEqual([1, 0, 0, 0, 0])
  })
})
