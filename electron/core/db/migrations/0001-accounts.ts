import type { Migration } from './index'

export const m0001Accounts: Migration = {
  version: 1,
  name: '0001-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        id                       INTEGER PRIMARY KEY AUTOINCREMENT,
        code                     TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
        name                     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        format                   TEXT NOT NULL CHECK (format IN ('hypermarket', 'supermarket', 'convenience', 'pharmacy')),
        background               TEXT CHECK (background IN ('international', 'national', 'regional')),
        tier                     TEXT CHECK (tier IN ('head', 'emerging', 'high_value', 'brand')),
        trade_type               TEXT CHECK (trade_type IN ('hq_direct', 'regional_direct', 'distributor')),
        region_code              TEXT CHECK (region_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
        direct_stores            INTEGER CHECK (direct_stores >= 0),
        sales_area_m2            INTEGER CHECK (sales_area_m2 >= 0),
        annual_sales_fen         INTEGER CHECK (annual_sales_fen >= 0),
        employees                INTEGER CHECK (employees >= 0),
        daily_traffic            INTEGER CHECK (daily_traffic >= 0),
        daily_transactions       INTEGER CHECK (daily_transactions >= 0),
        is_top_three_in_region   INTEGER CHECK (is_top_three_in_region IN (0, 1)),
        has_strong_hq_execution  INTEGER CHECK (has_strong_hq_execution IN (0, 1)),
        notes                    TEXT NOT NULL DEFAULT '',
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL
      ) STRICT;

      CREATE INDEX accounts_region ON accounts (region_code);
    `)
  }
}
