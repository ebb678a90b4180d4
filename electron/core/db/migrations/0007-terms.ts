import type { Migration } from './index'

/**
 * Trade terms 合同条款: one term sheet per account and contract year (last year's stays when this
 * year's starts), its lines with the three negotiation values (ask 对方要求, offer 我方报价,
 * agreed 签约), the payment term per side, what-if scenarios over the offer and the workspace's
 * terms settings. Everything hangs off its account by ON DELETE CASCADE, so nothing is orphaned.
 *
 * A side's value lives in three columns, read by the line's category: `<side>_value` is fen for a
 * fixed fee (the unit amount) or ppm for a percentage term; `<side>_count` is a fixed fee's count
 * of events, issues or periods; `<side>_rebate` is a conditional rebate's {mode, tiers} as JSON,
 * parsed with zod on read. All null: nothing entered on that side.
 */
const SIDE_VALUE_COLUMNS = (prefix: string) => `
        ${prefix}_value   INTEGER CHECK (${prefix}_value >= 0),
        ${prefix}_count   INTEGER CHECK (${prefix}_count >= 0),
        ${prefix}_rebate  TEXT CHECK (${prefix}_rebate IS NULL OR json_valid(${prefix}_rebate))`

const PAYMENT_MODES = `'invoice', 'monthly', 'consignment'`

export const m0007Terms: Migration = {
  version: 7,
  name: '0007-terms',
  up(db) {
    db.exec(`
      CREATE TABLE term_sheets (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        contract_year  INTEGER NOT NULL CHECK (contract_year BETWEEN 2000 AND 2100),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (account_id, contract_year)
      ) STRICT;

      CREATE TABLE term_lines (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        sheet_id  INTEGER NOT NULL REFERENCES term_sheets (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        category  TEXT NOT NULL CHECK (category IN ('fixed', 'percentage', 'conditionalRebate')),
        kind      TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
        name      TEXT CHECK (name IS NULL OR length(name) <= 100),
        basis     TEXT CHECK ((category = 'fixed') = (basis IS NOT NULL)),${SIDE_VALUE_COLUMNS('ask')},${SIDE_VALUE_COLUMNS('offer')},${SIDE_VALUE_COLUMNS('agreed')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX term_lines_sheet ON term_lines (sheet_id, position);

      CREATE TABLE term_payments (
        sheet_id        INTEGER NOT NULL REFERENCES term_sheets (id) ON DELETE CASCADE,
        side            TEXT NOT NULL CHECK (side IN ('ask', 'offer', 'agreed')),
        mode            TEXT NOT NULL CHECK (mode IN (${PAYMENT_MODES})),
        days            INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650),
        inventory_days  INTEGER CHECK (inventory_days BETWEEN 0 AND 3650),
        PRIMARY KEY (sheet_id, side)
      ) STRICT;

      CREATE TABLE term_scenarios (
        id                      INTEGER PRIMARY KEY AUTOINCREMENT,
        sheet_id                INTEGER NOT NULL REFERENCES term_sheets (id) ON DELETE CASCADE,
        name                    TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        payment_mode            TEXT CHECK (payment_mode IS NULL OR payment_mode IN (${PAYMENT_MODES})),
        payment_days            INTEGER CHECK (payment_days BETWEEN 0 AND 3650),
        payment_inventory_days  INTEGER CHECK (payment_inventory_days BETWEEN 0 AND 3650),
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        CHECK ((payment_mode IS NULL) = (payment_days IS NULL))
      ) STRICT;

      CREATE INDEX term_scenarios_sheet ON term_scenarios (sheet_id);

      CREATE TABLE term_scenario_lines (
        scenario_id  INTEGER NOT NULL REFERENCES term_scenarios (id) ON DELETE CASCADE,
        line_id      INTEGER NOT NULL REFERENCES term_lines (id) ON DELETE CASCADE,${SIDE_VALUE_COLUMNS('scenario')},
        PRIMARY KEY (scenario_id, line_id)
      ) STRICT;

      CREATE INDEX term_scenario_lines_line ON term_scenario_lines (line_id);

      CREATE TABLE terms_settings (
        id                          INTEGER PRIMARY KEY CHECK (id = 1),
        annual_interest_rate_ppm    INTEGER NOT NULL CHECK (annual_interest_rate_ppm BETWEEN 0 AND 1000000),
        trade_spend_threshold_ppm   INTEGER CHECK (trade_spend_threshold_ppm BETWEEN 0 AND 1000000)
      ) STRICT;

      -- 4.35%: the PBOC one-year benchmark lending rate, a common default for the cost of money.
      INSERT INTO terms_settings (id, annual_interest_rate_ppm, trade_spend_threshold_ppm) VALUES (1, 43500, NULL);
    `)
  }
}
