import type { Migration } from './index'

/**
 * Accounts get a row version and a recycle bin (回收站).
 * - `row_version` counts the writes of a row, so a save or an undo based on an older value is
 *   refused instead of silently overwriting another window's edit.
 * - `deleted_at` marks an account as in the bin. A column rather than a trash table: the row keeps
 *   its id and its code (still unique), so restoring can never collide with a newer account, and
 *   every later migration of `accounts` reaches the binned rows too.
 */
export const m0005AccountVersionsAndBin: Migration = {
  version: 5,
  name: '0005-account-versions-and-bin',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);
      ALTER TABLE accounts ADD COLUMN deleted_at TEXT;
      CREATE INDEX accounts_deleted_at ON accounts (deleted_at);
    `)
  }
}
