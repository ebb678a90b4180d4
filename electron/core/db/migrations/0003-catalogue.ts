import type { Migration } from './index'

/**
 * The catalogue 产品目录, each account's assortment 品项 and the account's margin target. Lines go
 * with their account or SKU (ON DELETE CASCADE), so no delete can leave an orphan; the catalogue
 * service hands a deleted SKU's lines back for undo.
 */
export const m0003Catalogue: Migration = {
  version: 3,
  name: '0003-catalogue',
  up(db) {
    db.exec(`
      CREATE TABLE skus (
        id                          INTEGER PRIMARY KEY AUTOINCREMENT,
        code                        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
        barcode                     TEXT CHECK (barcode GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' OR barcode GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
        name                        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        spec                        TEXT NOT NULL DEFAULT '',
        unit                        TEXT NOT NULL DEFAULT '',
        category                    TEXT NOT NULL DEFAULT '',
        brand                       TEXT NOT NULL DEFAULT '',
        case_pack                   INTEGER CHECK (case_pack > 0),
        unit_cost_fen               INTEGER CHECK (unit_cost_fen >= 0),
        list_supply_price_fen       INTEGER NOT NULL CHECK (list_supply_price_fen > 0),
        suggested_retail_price_fen  INTEGER CHECK (suggested_retail_price_fen > 0),
        is_key_sku                  INTEGER NOT NULL DEFAULT 0 CHECK (is_key_sku IN (0, 1)),
        status                      TEXT NOT NULL CHECK (status IN ('active', 'discontinued')),
        notes                       TEXT NOT NULL DEFAULT '',
        created_at                  TEXT NOT NULL,
        updated_at                  TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX skus_barcode ON skus (barcode) WHERE barcode IS NOT NULL;

      CREATE TABLE assortment_lines (
        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id            INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        sku_id                INTEGER NOT NULL REFERENCES skus (id) ON DELETE CASCADE,
        status                TEXT NOT NULL CHECK (status IN ('listed', 'proposed', 'delisted')),
        supply_price_fen      INTEGER CHECK (supply_price_fen > 0),
        retail_price_fen      INTEGER CHECK (retail_price_fen > 0),
        planned_annual_units  INTEGER CHECK (planned_annual_units >= 0),
        margin_target_ppm     INTEGER CHECK (margin_target_ppm >= 0 AND margin_target_ppm < 1000000),
        last_year_units       INTEGER CHECK (last_year_units >= 0),
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        UNIQUE (account_id, sku_id)
      ) STRICT;

      CREATE INDEX assortment_lines_sku ON assortment_lines (sku_id);

      CREATE TABLE account_plans (
        account_id         INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
        margin_target_ppm  INTEGER CHECK (margin_target_ppm >= 0 AND margin_target_ppm < 1000000),
        updated_at         TEXT NOT NULL
      ) STRICT;
    `)
  }
}
