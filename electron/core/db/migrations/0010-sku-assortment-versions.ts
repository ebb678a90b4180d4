import type { Migration } from './index'

/**
 * SKUs and assortment lines get the row version accounts have had since 0005: `row_version`
 * counts the writes of a row, so a save or an undo based on an older value (another window's,
 * a script's) is refused instead of silently overwriting a later change. Existing rows start at 1.
 */
export const m0010SkuAssortmentVersions: Migration = {
  version: 10,
  name: '0010-sku-assortment-versions',
  up(db) {
    db.exec(`
      ALTER TABLE skus ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);
      ALTER TABLE assortment_lines ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);
    `)
  }
}
