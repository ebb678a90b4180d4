import type { Db } from '../db/connection'
import {
  conditionalRebateSchema,
  type StoredPayment,
  type StoredTermLine,
  type TermLineValue,
  type TermScenario,
  type TermSheetYear,
  type TermsSettingsValues
} from '../../../src/shared/contract/terms'
import { TERM_SIDES, type ConditionalRebate, type PaymentMode, type TermSide, type TermValues } from '../../../src/shared/domain/terms'

type Row = Record<string, string | number | null>

/** A line before it has an id (Omit over each member, so the category still tells them apart). */
export type NewTermLine = StoredTermLine extends infer L ? (L extends unknown ? Omit<L, 'id'> : never) : never

export interface SheetRow {
  id: number
  accountId: number
  year: number
  updatedAt: string
}

/** The three columns one value occupies (see migration 0004). */
interface ValueColumns {
  value: number | null
  count: number | null
  rebate: string | null
}

/**
 * A conditional rebate from its JSON column. A hand-edited or damaged cell reads as "nothing
 * entered" rather than breaking the sheet: zod checks the shape, the domain reports the rest.
 */
function readRebate(json: string | null): ConditionalRebate | null {
  if (json === null) return null
  try {
    const parsed = conditionalRebateSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function readValue(category: StoredTermLine['category'], columns: ValueColumns): TermLineValue | null {
  switch (category) {
    case 'fixed':
      return columns.value === null ? null : { unitFen: columns.value, count: columns.count ?? 1 }
    case 'percentage':
      return columns.value
    case 'conditionalRebate':
      return readRebate(columns.rebate)
  }
}

export function valueColumns(value: TermLineValue | null): ValueColumns {
  if (value === null) return { value: null, count: null, rebate: null }
  if (typeof value === 'number') return { value, count: null, rebate: null }
  if ('unitFen' in value) return { value: value.unitFen, count: value.count, rebate: null }
  return { value: null, count: null, rebate: JSON.stringify(value) }
}

const sideColumns = (row: Row, prefix: string): ValueColumns => ({
  value: row[`${prefix}_value`] as number | null,
  count: row[`${prefix}_count`] as number | null,
  rebate: row[`${prefix}_rebate`] as string | null
})

function toLine(row: Row): StoredTermLine {
  const category = row.category as StoredTermLine['category']
  const base = {
    id: row.id as number,
    sheetId: row.sheet_id as number,
    position: row.position as number,
    ...(row.name === null ? {} : { name: row.name as string })
  }
  const values = Object.fromEntries(TERM_SIDES.map((side) => [side, readValue(category, sideColumns(row, side))]))
  // The columns were written from a validated line of this category; the casts name that fact.
  if (category === 'fixed') return { ...base, category, kind: row.kind, basis: row.basis, values } as StoredTermLine
  return { ...base, category, kind: row.kind, values } as StoredTermLine
}

const SIDE_COLUMN_NAMES = TERM_SIDES.flatMap((side) => [`${side}_value`, `${side}_count`, `${side}_rebate`])
const LINE_COLUMNS = ['sheet_id', 'position', 'category', 'kind', 'name', 'basis', ...SIDE_COLUMN_NAMES]

function lineParams(line: NewTermLine, now: string): Row {
  const params: Row = {
    sheet_id: line.sheetId,
    position: line.position,
    category: line.category,
    kind: line.kind,
    name: line.name ?? null,
    basis: line.category === 'fixed' ? line.basis : null,
    now
  }
  for (const side of TERM_SIDES) {
    const columns = valueColumns(line.values[side] as TermLineValue | null)
    params[`${side}_value`] = columns.value
    params[`${side}_count`] = columns.count
    params[`${side}_rebate`] = columns.rebate
  }
  return params
}

/** Term sheets, lines, payments, scenarios and settings over one connection; callers own the transaction. */
export function termsRepository(db: Db) {
  const sheetColumns = `id, account_id AS accountId, contract_year AS year, updated_at AS updatedAt`
  const sheetByYear = db.prepare<[number, number], SheetRow>(`SELECT ${sheetColumns} FROM term_sheets WHERE account_id = ? AND contract_year = ?`)
  const sheetById = db.prepare<[number], SheetRow>(`SELECT ${sheetColumns} FROM term_sheets WHERE id = ?`)
  const latestBefore = db.prepare<[number, number], SheetRow>(
    `SELECT ${sheetColumns} FROM term_sheets WHERE account_id = ? AND contract_year < ? ORDER BY contract_year DESC LIMIT 1`
  )
  const yearsStatement = db.prepare<[number], TermSheetYear>(
    `SELECT s.id AS sheetId, s.contract_year AS year, s.updated_at AS updatedAt, (SELECT count(*) FROM term_lines l WHERE l.sheet_id = s.id) AS lineCount
     FROM term_sheets s WHERE s.account_id = ? ORDER BY s.contract_year DESC`
  )
  const insertSheet = db.prepare(`INSERT INTO term_sheets (account_id, contract_year, created_at, updated_at) VALUES (?, ?, ?, ?)`)
  const touchSheet = db.prepare(`UPDATE term_sheets SET updated_at = ? WHERE id = ?`)
  const linesOfSheet = db.prepare<[number], Row>(`SELECT * FROM term_lines WHERE sheet_id = ? ORDER BY position, id`)
  const lineById = db.prepare<[number], Row>(`SELECT * FROM term_lines WHERE id = ?`)
  const nextPosition = db.prepare<[number], { next: number }>(`SELECT coalesce(max(position) + 1, 0) AS next FROM term_lines WHERE sheet_id = ?`)
  const insertLine = db.prepare(
    `INSERT INTO term_lines (${LINE_COLUMNS.join(', ')}, created_at, updated_at) VALUES (${LINE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const insertLineWithId = db.prepare(
    `INSERT INTO term_lines (id, ${LINE_COLUMNS.join(', ')}, created_at, updated_at) VALUES (@id, ${LINE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const updateLine = db.prepare(`UPDATE term_lines SET ${LINE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`)
  const deleteLine = db.prepare<[number]>(`DELETE FROM term_lines WHERE id = ?`)
  const paymentsOf = db.prepare<[number], Row>(`SELECT side, mode, days, inventory_days FROM term_payments WHERE sheet_id = ?`)
  const upsertPayment = db.prepare(
    `INSERT INTO term_payments (sheet_id, side, mode, days, inventory_days) VALUES (@sheetId, @side, @mode, @days, @inventoryDays)
     ON CONFLICT (sheet_id, side) DO UPDATE SET mode = excluded.mode, days = excluded.days, inventory_days = excluded.inventory_days`
  )
  const deletePayment = db.prepare<[number, string]>(`DELETE FROM term_payments WHERE sheet_id = ? AND side = ?`)
  const scenarioColumns = `id, sheet_id, name, payment_mode, payment_days, payment_inventory_days, updated_at`
  const scenarioById = db.prepare<[number], Row>(`SELECT ${scenarioColumns} FROM term_scenarios WHERE id = ?`)
  const scenariosOf = db.prepare<[number], Row>(`SELECT ${scenarioColumns} FROM term_scenarios WHERE sheet_id = ? ORDER BY id`)
  const insertScenario = db.prepare(
    `INSERT INTO term_scenarios (id, sheet_id, name, payment_mode, payment_days, payment_inventory_days, created_at, updated_at)
     VALUES (@id, @sheetId, @name, @mode, @days, @inventoryDays, @now, @now)`
  )
  const updateScenario = db.prepare(
    `UPDATE term_scenarios SET name = @name, payment_mode = @mode, payment_days = @days, payment_inventory_days = @inventoryDays, updated_at = @now WHERE id = @id`
  )
  const deleteScenario = db.prepare<[number]>(`DELETE FROM term_scenarios WHERE id = ?`)
  const scenarioLinesOf = db.prepare<[number], Row>(
    `SELECT sl.*, l.category FROM term_scenario_lines sl JOIN term_lines l ON l.id = sl.line_id WHERE sl.scenario_id = ? ORDER BY l.position, l.id`
  )
  const scenarioLinesOfLine = db.prepare<[number], Row>(
    `SELECT sl.*, l.category FROM term_scenario_lines sl JOIN term_lines l ON l.id = sl.line_id WHERE sl.line_id = ? ORDER BY sl.scenario_id`
  )
  const upsertScenarioLine = db.prepare(
    `INSERT INTO term_scenario_lines (scenario_id, line_id, scenario_value, scenario_count, scenario_rebate) VALUES (@scenarioId, @lineId, @value, @count, @rebate)
     ON CONFLICT (scenario_id, line_id) DO UPDATE SET scenario_value = excluded.scenario_value, scenario_count = excluded.scenario_count, scenario_rebate = excluded.scenario_rebate`
  )
  const settingsStatement = db.prepare<[], { annual_interest_rate_ppm: number; trade_spend_threshold_ppm: number | null }>(
    `SELECT annual_interest_rate_ppm, trade_spend_threshold_ppm FROM terms_settings WHERE id = 1`
  )
  const setSettingsStatement = db.prepare(
    `INSERT INTO terms_settings (id, annual_interest_rate_ppm, trade_spend_threshold_ppm) VALUES (1, @annual, @threshold)
     ON CONFLICT (id) DO UPDATE SET annual_interest_rate_ppm = excluded.annual_interest_rate_ppm, trade_spend_threshold_ppm = excluded.trade_spend_threshold_ppm`
  )

  const toScenario = (row: Row): TermScenario => ({
    id: row.id as number,
    sheetId: row.sheet_id as number,
    name: row.name as string,
    payment:
      row.payment_mode === null
        ? null
        : { mode: row.payment_mode as PaymentMode, days: row.payment_days as number, inventoryDays: row.payment_inventory_days as number | null },
    values: scenarioLinesOf.all(row.id as number).map((line) => ({
      lineId: line.line_id as number,
      value: readValue(line.category as StoredTermLine['category'], sideColumns(line, 'scenario'))
    })),
    updatedAt: row.updated_at as string
  })

  return {
    sheetByYear: (accountId: number, year: number): SheetRow | undefined => sheetByYear.get(accountId, year),
    sheet: (id: number): SheetRow | undefined => sheetById.get(id),
    latestSheetBefore: (accountId: number, year: number): SheetRow | undefined => latestBefore.get(accountId, year),
    years: (accountId: number): TermSheetYear[] => yearsStatement.all(accountId),
    insertSheet: (accountId: number, year: number, now: string): number => Number(insertSheet.run(accountId, year, now, now).lastInsertRowid),
    touchSheet: (id: number, now: string): void => void touchSheet.run(now, id),
    lines: (sheetId: number): StoredTermLine[] => linesOfSheet.all(sheetId).map(toLine),
    line(id: number): StoredTermLine | undefined {
      const row = lineById.get(id)
      return row ? toLine(row) : undefined
    },
    nextPosition: (sheetId: number): number => nextPosition.get(sheetId)?.next ?? 0,
    insertLine(line: NewTermLine & { id?: number }, now: string): number {
      const params = lineParams(line, now)
      const info = line.id === undefined ? insertLine.run(params) : insertLineWithId.run({ ...params, id: line.id })
      return Number(info.lastInsertRowid)
    },
    updateLine: (line: StoredTermLine, now: string): void => void updateLine.run({ ...lineParams(line, now), id: line.id }),
    deleteLine: (id: number): void => void deleteLine.run(id),
    payments(sheetId: number): TermValues<StoredPayment> {
      const payment: TermValues<StoredPayment> = { ask: null, offer: null, agreed: null }
      for (const row of paymentsOf.all(sheetId)) {
        payment[row.side as TermSide] = { mode: row.mode as PaymentMode, days: row.days as number, inventoryDays: row.inventory_days as number | null }
      }
      return payment
    },
    setPayment(sheetId: number, side: TermSide, payment: StoredPayment | null): void {
      if (payment === null) deletePayment.run(sheetId, side)
      else upsertPayment.run({ sheetId, side, ...payment })
    },
    scenario(id: number): TermScenario | undefined {
      const row = scenarioById.get(id)
      return row ? toScenario(row) : undefined
    },
    scenarios: (sheetId: number): TermScenario[] => scenariosOf.all(sheetId).map(toScenario),
    /** A null id takes the next one; a restore passes the id the scenario had (the caller checks it is free). */
    insertScenario(sheetId: number, name: string, payment: StoredPayment | null, now: string, id: number | null = null): number {
      const info = insertScenario.run({ id, sheetId, name, mode: payment?.mode ?? null, days: payment?.days ?? null, inventoryDays: payment?.inventoryDays ?? null, now })
      return Number(info.lastInsertRowid)
    },
    updateScenario(id: number, name: string, payment: StoredPayment | null, now: string): void {
      updateScenario.run({ id, name, mode: payment?.mode ?? null, days: payment?.days ?? null, inventoryDays: payment?.inventoryDays ?? null, now })
    },
    deleteScenario: (id: number): void => void deleteScenario.run(id),
    setScenarioValue(scenarioId: number, lineId: number, value: TermLineValue | null): void {
      upsertScenarioLine.run({ scenarioId, lineId, ...valueColumns(value) })
    },
    scenarioValuesOfLine: (lineId: number): { scenarioId: number; value: TermLineValue | null }[] =>
      scenarioLinesOfLine.all(lineId).map((row) => ({
        scenarioId: row.scenario_id as number,
        value: readValue(row.category as StoredTermLine['category'], sideColumns(row, 'scenario'))
      })),
    settings(): TermsSettingsValues {
      const row = settingsStatement.get()
      return { annualInterestRatePpm: row?.annual_interest_rate_ppm ?? 43_500, tradeSpendThresholdPpm: row?.trade_spend_threshold_ppm ?? null }
    },
    setSettings: (settings: TermsSettingsValues): void =>
      void setSettingsStatement.run({ annual: settings.annualInterestRatePpm, threshold: settings.tradeSpendThresholdPpm })
  }
}

export type TermsRepository = ReturnType<typeof termsRepository>

const byConnection = new WeakMap<Db, TermsRepository>()

export function termsRepositoryOf(db: Db): TermsRepository {
  let repository = byConnection.get(db)
  if (!repository) {
    repository = termsRepository(db)
    byConnection.set(db, repository)
  }
  return repository
}
