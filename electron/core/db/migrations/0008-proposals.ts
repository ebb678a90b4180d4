import type { Migration } from './index'

/**
 * Entry proposals 进场方案: proposals per account (several may exist: one per negotiation, each
 * naming the contract year whose term sheet gives its figures), their concessions 条件置换,
 * regional protection clauses 区域保护, promotion events 促销方案, sell-through activities
 * 动销上量方案 and saved versions. Everything hangs off its proposal, and the proposal off its
 * account, by ON DELETE CASCADE.
 *
 * The product entry lines are not stored here: they are the account's assortment lines (listed
 * or proposed), read live. Lists that are always read and written whole (a clause's SKU ids, an
 * event's SKU lines, a version's snapshot, the settled conflict keys) are JSON, parsed with zod on
 * read. A concession's get columns are all NULL for an unpaired give (get_description decides).
 */
const DATE = (column: string) => `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`
const OPTIONAL_DATE = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`

export const m0008Proposals: Migration = {
  version: 8,
  name: '0008-proposals',
  up(db) {
    db.exec(`
      CREATE TABLE proposals (
        id                       INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id               INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name                     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        contract_year            INTEGER NOT NULL CHECK (contract_year BETWEEN 2000 AND 2100),
        margin_target_ppm        INTEGER CHECK (margin_target_ppm BETWEEN 0 AND 1000000),
        notes                    TEXT NOT NULL DEFAULT '',
        sell_through_target_ppm  INTEGER CHECK (sell_through_target_ppm BETWEEN 0 AND 1000000),
        new_item_stock_days      INTEGER CHECK (new_item_stock_days BETWEEN 0 AND 3650),
        resolved_conflict_keys   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(resolved_conflict_keys)),
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposals_account ON proposals (account_id);

      CREATE TABLE proposal_concessions (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal_id       INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        give_term_code    TEXT,
        give_description  TEXT NOT NULL CHECK (length(give_description) BETWEEN 1 AND 500),
        give_cost_fen     INTEGER NOT NULL CHECK (give_cost_fen >= 0),
        get_term_code     TEXT,
        get_description   TEXT CHECK (get_description IS NULL OR length(get_description) BETWEEN 1 AND 500),
        get_value_fen     INTEGER CHECK (get_value_fen >= 0),
        CHECK (get_description IS NOT NULL OR (get_term_code IS NULL AND get_value_fen IS NULL))
      ) STRICT;
      CREATE INDEX proposal_concessions_proposal ON proposal_concessions (proposal_id, position);

      CREATE TABLE proposal_clauses (
        id                     INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal_id            INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        sku_ids                TEXT NOT NULL CHECK (json_valid(sku_ids)),
        territory_code         TEXT NOT NULL CHECK (territory_code NOT GLOB '*[^0-9]*' AND length(territory_code) IN (2, 4, 6)),
        type                   TEXT NOT NULL CHECK (type IN ('exclusive', 'price_protection')),
        ${DATE('start_date')},
        ${DATE('end_date')},
        minimum_purchase_fen   INTEGER CHECK (minimum_purchase_fen >= 0),
        sell_through_rate_ppm  INTEGER CHECK (sell_through_rate_ppm BETWEEN 0 AND 1000000),
        consequence            TEXT NOT NULL CHECK (consequence IN ('protection_lapses', 'becomes_non_exclusive', 'territory_reduced', 'penalty', 'other')),
        consequence_text       TEXT NOT NULL DEFAULT '',
        CHECK (start_date <= end_date)
      ) STRICT;
      CREATE INDEX proposal_clauses_proposal ON proposal_clauses (proposal_id);

      CREATE TABLE proposal_promotions (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal_id     INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('price_off', 'buy_x_get_y', 'spend_and_save', 'floor_stack_end_cap', 'flyer', 'sampling', 'member_price')),
        name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        skus            TEXT NOT NULL CHECK (json_valid(skus)),
        store_count     INTEGER NOT NULL CHECK (store_count >= 0),
        ${DATE('start_date')},
        ${DATE('end_date')},
        uplift_ppm      INTEGER NOT NULL CHECK (uplift_ppm >= 0),
        fixed_fees_fen  INTEGER NOT NULL CHECK (fixed_fees_fen >= 0),
        buy_quantity    INTEGER CHECK (buy_quantity > 0),
        get_quantity    INTEGER CHECK (get_quantity > 0)
      ) STRICT;
      CREATE INDEX proposal_promotions_proposal ON proposal_promotions (proposal_id);

      CREATE TABLE proposal_activities (
        id                       INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal_id              INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        kind                     TEXT NOT NULL CHECK (kind IN ('staff_training', 'promoter_incentive', 'pop', 'display', 'other')),
        description              TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        cost_fen                 INTEGER NOT NULL CHECK (cost_fen >= 0),
        owner                    TEXT NOT NULL DEFAULT '',
        quantity                 INTEGER CHECK (quantity >= 0),
        commission_per_unit_fen  INTEGER CHECK (commission_per_unit_fen >= 0),
        ${OPTIONAL_DATE('start_date')},
        ${OPTIONAL_DATE('end_date')}
      ) STRICT;
      CREATE INDEX proposal_activities_proposal ON proposal_activities (proposal_id);

      -- A saved version is read-only: nothing in the app updates a row of this table.
      CREATE TABLE proposal_versions (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal_id  INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        version      INTEGER NOT NULL CHECK (version >= 1),
        name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        ${DATE('saved_on')},
        saved_at     TEXT NOT NULL,
        snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
        UNIQUE (proposal_id, version)
      ) STRICT;

      CREATE TRIGGER proposal_versions_read_only BEFORE UPDATE ON proposal_versions
      BEGIN
        SELECT RAISE(ABORT, 'a saved proposal version is read-only');
      END;
    `)
  }
}
