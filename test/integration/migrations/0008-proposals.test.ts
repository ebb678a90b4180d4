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

/** A workspace at version 7 (before this step) with two accounts, a SKU, an assortment line and a term sheet, migrated to 8. */
function migratedWorkspace(): Db {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 7) })
  const insertAccount = db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`)
  insertAccount.run('KA-0001', '沃尔玛', 'hypermarket')
  insertAccount.run('KA-0002', '老百姓大药房', 'pharmacy')
  db.prepare(`INSERT INTO skus (code, name, list_supply_price_fen, status, created_at, updated_at) VALUES ('SKU-0001', '维C', 870, 'active', 'x', 'x')`).run()
  db.prepare(`INSERT INTO assortment_lines (account_id, sku_id, status, created_at, updated_at) VALUES (1, 1, 'listed', 'x', 'x')`).run()
  db.prepare(`INSERT INTO term_sheets (account_id, contract_year, created_at, updated_at) VALUES (1, 2026, 'x', 'x')`).run()
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, 8) })
  return db
}

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const insertProposal = (db: Db, accountId: number) =>
  Number(db.prepare(`INSERT INTO proposals (account_id, name, contract_year, created_at, updated_at) VALUES (?, '2026 方案', 2026, 'x', 'x')`).run(accountId).lastInsertRowid)
const insertClause = (db: Db, proposalId: number, territory: string, start = '2026-01-01', end = '2026-12-31') =>
  db
    .prepare(
      `INSERT INTO proposal_clauses (proposal_id, sku_ids, territory_code, type, start_date, end_date, consequence) VALUES (?, '"all"', ?, 'exclusive', ?, ?, 'protection_lapses')`
    )
    .run(proposalId, territory, start, end)

describe('0008-proposals', () => {
  it('keeps the accounts, catalogue, assortment and term sheets of version 7 and adds empty proposal tables', () => {
    const db = migratedWorkspace()
    expect(db.pragma('user_version', { simple: true })).toBe(8)
    expect([count(db, 'accounts'), count(db, 'skus'), count(db, 'assortment_lines'), count(db, 'term_sheets')]).toEqual([2, 1, 1, 1])
    const tables = ['proposals', 'proposal_concessions', 'proposal_clauses', 'proposal_promotions', 'proposal_activities', 'proposal_versions']
    expect(tables.map((table) => count(db, table))).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('holds territories by their significant digits and real periods only', () => {
    const db = migratedWorkspace()
    const proposalId = insertProposal(db, 1)
    for (const code of ['31', '3101', '310115']) insertClause(db, proposalId, code)
    for (const code of ['3', '310000x', '31a1', '3101150']) expect(() => insertClause(db, proposalId, code), code).toThrow(/CHECK/)
    expect(() => insertClause(db, proposalId, '31', '2026-12-31', '2026-01-01')).toThrow(/CHECK/)
    expect(() => insertClause(db, proposalId, '31', '2026/01/01', '2026-12-31')).toThrow(/CHECK/)
  })

  it('keeps a saved version read-only and takes every part with its proposal, and the proposal with its account', () => {
    const db = migratedWorkspace()
    const proposalId = insertProposal(db, 1)
    insertClause(db, proposalId, '31')
    db.prepare(`INSERT INTO proposal_concessions (proposal_id, position, give_description, give_cost_fen) VALUES (?, 0, '账期 45 天', 360000)`).run(proposalId)
    // A get without a description is not a get: its value cannot stand alone.
    expect(() =>
      db.prepare(`INSERT INTO proposal_concessions (proposal_id, position, give_description, give_cost_fen, get_value_fen) VALUES (?, 1, 'x', 1, 5)`).run(proposalId)
    ).toThrow(/CHECK/)
    db.prepare(`INSERT INTO proposal_versions (proposal_id, version, name, saved_on, saved_at, snapshot) VALUES (?, 1, '第一轮', '2026-03-01', 'x', '{}')`).run(proposalId)
    expect(() => db.prepare(`UPDATE proposal_versions SET snapshot = '{"x":1}'`).run()).toThrow(/read-only/)
    expect(() => db.prepare(`INSERT INTO proposal_versions (proposal_id, version, name, saved_on, saved_at, snapshot) VALUES (?, 1, 'again', '2026-03-02', 'x', '{}')`).run(proposalId)).toThrow(/UNIQUE/)
    expect(() => insertProposal(db, 99)).toThrow(/FOREIGN KEY/)
    db.prepare(`DELETE FROM accounts WHERE id = 1`).run()
    for (const table of ['proposals', 'proposal_clauses', 'proposal_concessions', 'proposal_versions']) expect(count(db, table), table).toBe(0)
  })
})
