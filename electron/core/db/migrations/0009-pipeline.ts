import type { Migration } from './index'

/**
 * Relationships and the funnel 关键人与销售漏斗: stakeholders per account (needs, ladder and contact
 * details as JSON read back through the contract's zod schemas), opportunities with the stage
 * history they walked and the evidence ticked per stage, activities with their next step, the
 * negotiation preparation sheets per round, and every change to the funnel settings (the newest
 * row is in force; none: the seed's defaults). Everything of an account goes with it (CASCADE);
 * an activity or sheet outlives the person or deal it named (SET NULL), as a diary would.
 */
const json = (column: string) => `${column} TEXT NOT NULL CHECK (json_valid(${column}))`

export const m0009Pipeline: Migration = {
  version: 9,
  name: '0009-pipeline',
  up(db) {
    db.exec(`
      CREATE TABLE stakeholders (
        id                       INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id               INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name                     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        department               TEXT NOT NULL,
        custom_department_label  TEXT,
        title                    TEXT,
        decision_weight          TEXT NOT NULL CHECK (decision_weight IN ('decision', 'influence', 'user')),
        relationship_stage       TEXT NOT NULL,
        ${json('relationship_reached')},
        ${json('ticked_need_ids')},
        ${json('own_words_needs')},
        ${json('implicit_needs')},
        ${json('contact')},
        talk_card_text           TEXT,
        notes                    TEXT NOT NULL DEFAULT '',
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stakeholders_account ON stakeholders (account_id);

      CREATE TABLE opportunities (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        goal               TEXT NOT NULL DEFAULT '',
        value_fen          INTEGER NOT NULL CHECK (value_fen >= 0),
        owner_name         TEXT NOT NULL DEFAULT '',
        expected_close_on  TEXT,
        company_size       TEXT CHECK (company_size IS NULL OR company_size IN ('small_mid', 'large')),
        stage              TEXT NOT NULL,
        status             TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
        closed_on          TEXT,
        ${json('evidence')},
        proposal_id        INTEGER,
        notes              TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX opportunities_account ON opportunities (account_id);

      CREATE TABLE opportunity_stages (
        opportunity_id  INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL CHECK (position >= 0),
        stage           TEXT NOT NULL,
        entered_on      TEXT NOT NULL,
        PRIMARY KEY (opportunity_id, position)
      ) STRICT;

      CREATE TABLE activities (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        stakeholder_id     INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
        opportunity_id     INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
        kind               TEXT NOT NULL,
        occurred_on        TEXT NOT NULL,
        purpose            TEXT NOT NULL DEFAULT '',
        outcome            TEXT NOT NULL DEFAULT '',
        next_step          TEXT NOT NULL DEFAULT '',
        next_step_due_on   TEXT,
        next_step_done_on  TEXT,
        owner_name         TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activities_account ON activities (account_id, occurred_on);
      CREATE INDEX activities_open_steps ON activities (next_step_due_on) WHERE next_step_due_on IS NOT NULL AND next_step_done_on IS NULL;

      CREATE TABLE negotiation_sheets (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id        INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        opportunity_id    INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
        round             INTEGER NOT NULL CHECK (round >= 1),
        meeting_on        TEXT,
        ${json('sheet')},
        agreed_text       TEXT NOT NULL DEFAULT '',
        proposal_version  INTEGER,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX negotiation_sheets_account ON negotiation_sheets (account_id, round);

      CREATE TABLE funnel_settings_history (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        changed_at  TEXT NOT NULL,
        ${json('overrides')}
      ) STRICT;
    `)
  }
}
