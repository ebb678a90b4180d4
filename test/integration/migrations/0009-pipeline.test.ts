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

const VERSION = migrations.findIndex((migration) => migration.name === '0009-pipeline') + 1

/** A workspace just before this step with one account, migrated through it. */
function migratedWorkspace(): Db {
  const dataDir = freshDataDir()
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME))
  open.push(db)
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, VERSION - 1) })
  db.prepare(`INSERT INTO accounts (code, name, format, created_at, updated_at) VALUES ('KA-0001', '老百姓大药房', 'pharmacy', 'x', 'x')`).run()
  migrate(db, { backupDir: path.join(dataDir, 'backups'), list: migrations.slice(0, VERSION) })
  return db
}

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const insertStakeholder = (db: Db, contact = '{}') =>
  Number(
    db
      .prepare(
        `INSERT INTO stakeholders (account_id, name, department, decision_weight, relationship_stage, relationship_reached, ticked_need_ids, own_words_needs, implicit_needs, contact, created_at, updated_at)
         VALUES (1, '王经理', 'purchasing', 'decision', 'acquainted', '{}', '[]', '[]', '[]', ?, 'x', 'x')`
      )
      .run(contact).lastInsertRowid
  )

describe('0009-pipeline', () => {
  it('keeps the accounts and adds empty relationship and funnel tables', () => {
    const db = migratedWorkspace()
    expect(db.pragma('user_version', { simple: true })).toBe(VERSION)
    expect(count(db, 'accounts')).toBe(1)
    expect(['stakeholders', 'opportunities', 'opportunity_stages', 'activities', 'negotiation_sheets', 'funnel_settings_history'].map((t) => count(db, t))).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('refuses JSON that is not JSON and a decision weight the domain does not know', () => {
    const db = migratedWorkspace()
    expect(() => insertStakeholder(db, 'not json')).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO stakeholders (account_id, name, department, decision_weight, relationship_stage, relationship_reached, ticked_need_ids, own_words_needs, implicit_needs, contact, created_at, updated_at)
           VALUES (1, '王', 'purchasing', 'boss', 'acquainted', '{}', '[]', '[]', '[]', '{}', 'x', 'x')`
        )
        .run()
    ).toThrow(/CHECK/)
  })

  it("takes an account's people and deals with it, and keeps a diary entry when its person is deleted", () => {
    const db = migratedWorkspace()
    const stakeholderId = insertStakeholder(db)
    db.prepare(`INSERT INTO activities (account_id, stakeholder_id, kind, occurred_on, created_at, updated_at) VALUES (1, ?, 'visit', '2026-11-20', 'x', 'x')`).run(stakeholderId)
    db.prepare(`DELETE FROM stakeholders WHERE id = ?`).run(stakeholderId)
    expect(db.prepare(`SELECT stakeholder_id FROM activities`).all()).toEqual([{ stakeholder_id: null }])
    db.prepare(`DELETE FROM accounts WHERE id = 1`).run()
    expect(count(db, 'activities')).toBe(0)
  })
})
