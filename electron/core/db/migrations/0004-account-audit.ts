import type { Migration } from './index'

/**
 * The change history of accounts (客户变更记录): one row per changed field of an update, one row
 * per account created, imported, deleted or restored. Written by the accounts repository in the
 * same transaction as the change, so history and data never disagree. No foreign key: the history
 * of a deleted account stays readable (and comes back with it on restore). Values are the stored
 * column values as JSON text, so a number stays a number and null stays null.
 */
export const m0004AccountAudit: Migration = {
  version: 4,
  name: '0004-account-audit',
  up(db) {
    db.exec(`
      CREATE TABLE account_audit (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'import', 'delete', 'restore')),
        field TEXT,
        old_value TEXT,
        new_value TEXT,
        CHECK ((action = 'update') = (field IS NOT NULL))
      );
      CREATE INDEX account_audit_by_account ON account_audit (account_id, id);
    `)
  }
}
