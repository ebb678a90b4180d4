/**
 * Rows of the relationships and funnel tables (migration 0008), read back through the contract's
 * schemas so a hand-edited JSON column can never reach a service half-parsed.
 */
import * as z from 'zod'
import type { Db } from '../db/connection'
import {
  activityValuesSchema,
  funnelOverridesSchema,
  negotiationValuesSchema,
  stakeholderContactSchema,
  type ActivityValues,
  type NegotiationValues,
  type OpportunityValues,
  type StakeholderValues
} from '../../../src/shared/contract/pipeline'
import {
  FUNNEL_STAGES,
  IMPLICIT_NEED_KINDS,
  RELATIONSHIP_STAGES,
  type Department,
  type DecisionWeight,
  type FunnelOverrides,
  type FunnelStage,
  type OpportunityStatus,
  type RelationshipStage
} from '../../../src/shared/domain/pipeline'

const stringList = z.array(z.string())
const reachedSchema = z.partialRecord(z.enum(RELATIONSHIP_STAGES), z.string())
const implicitSchema = z.array(z.object({ kind: z.enum(IMPLICIT_NEED_KINDS), note: z.string() }))
const evidenceSchema = z.partialRecord(z.enum(FUNNEL_STAGES), z.array(z.string()))
const sheetSchema = negotiationValuesSchema.shape.sheet

const parseJson = <T>(schema: z.ZodType<T>, text: string): T => schema.parse(JSON.parse(text))

export interface StakeholderRow {
  id: number
  accountId: number
  values: StakeholderValues
  updatedAt: string
}

export interface OpportunityRow {
  id: number
  accountId: number
  accountName: string
  accountFormat: string
  accountRegionCode: string | null
  values: OpportunityValues
  stage: FunnelStage
  status: OpportunityStatus
  closedOn: string | null
  evidence: Partial<Record<FunnelStage, string[]>>
  stageHistory: { stage: FunnelStage; enteredOn: string }[]
  updatedAt: string
}

export interface ActivityRow {
  id: number
  accountId: number
  accountName: string
  stakeholderName: string | null
  opportunityName: string | null
  values: ActivityValues
  updatedAt: string
}

export interface NegotiationRow {
  id: number
  accountId: number
  values: NegotiationValues
  updatedAt: string
}

type RawStakeholder = {
  id: number
  account_id: number
  name: string
  department: string
  custom_department_label: string | null
  title: string | null
  decision_weight: string
  relationship_stage: string
  relationship_reached: string
  ticked_need_ids: string
  own_words_needs: string
  implicit_needs: string
  contact: string
  talk_card_text: string | null
  notes: string
  updated_at: string
}

function stakeholderOf(raw: RawStakeholder): StakeholderRow {
  return {
    id: raw.id,
    accountId: raw.account_id,
    updatedAt: raw.updated_at,
    values: {
      name: raw.name,
      department: raw.department as Department,
      ...(raw.custom_department_label !== null ? { customDepartmentLabel: raw.custom_department_label } : {}),
      ...(raw.title !== null ? { title: raw.title } : {}),
      decisionWeight: raw.decision_weight as DecisionWeight,
      relationship: { stage: raw.relationship_stage as RelationshipStage, reachedOn: parseJson(reachedSchema, raw.relationship_reached) },
      tickedNeedIds: parseJson(stringList, raw.ticked_need_ids),
      ownWordsNeeds: parseJson(stringList, raw.own_words_needs),
      implicitNeeds: parseJson(implicitSchema, raw.implicit_needs),
      contact: parseJson(stakeholderContactSchema, raw.contact),
      talkCardText: raw.talk_card_text,
      notes: raw.notes
    }
  }
}

type RawOpportunity = {
  id: number
  account_id: number
  account_name: string
  account_format: string
  account_region_code: string | null
  name: string
  goal: string
  value_fen: number
  owner_name: string
  expected_close_on: string | null
  company_size: 'small_mid' | 'large' | null
  stage: string
  status: string
  closed_on: string | null
  evidence: string
  proposal_id: number | null
  notes: string
  updated_at: string
}

type RawActivity = {
  id: number
  account_id: number
  account_name: string
  stakeholder_id: number | null
  stakeholder_name: string | null
  opportunity_id: number | null
  opportunity_name: string | null
  kind: string
  occurred_on: string
  purpose: string
  outcome: string
  next_step: string
  next_step_due_on: string | null
  next_step_done_on: string | null
  owner_name: string
  updated_at: string
}

function activityOf(raw: RawActivity): ActivityRow {
  return {
    id: raw.id,
    accountId: raw.account_id,
    accountName: raw.account_name,
    stakeholderName: raw.stakeholder_name,
    opportunityName: raw.opportunity_name,
    updatedAt: raw.updated_at,
    values: activityValuesSchema.parse({
      kind: raw.kind,
      occurredOn: raw.occurred_on,
      stakeholderId: raw.stakeholder_id,
      opportunityId: raw.opportunity_id,
      purpose: raw.purpose,
      outcome: raw.outcome,
      nextStep: raw.next_step,
      nextStepDueOn: raw.next_step_due_on,
      nextStepDoneOn: raw.next_step_done_on,
      ownerName: raw.owner_name
    })
  }
}

const OPPORTUNITY_SELECT = `
  SELECT o.*, a.name AS account_name, a.format AS account_format, a.region_code AS account_region_code
  FROM opportunities o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL`

const ACTIVITY_SELECT = `
  SELECT v.*, a.name AS account_name, s.name AS stakeholder_name, o.name AS opportunity_name
  FROM activities v
  JOIN accounts a ON a.id = v.account_id AND a.deleted_at IS NULL
  LEFT JOIN stakeholders s ON s.id = v.stakeholder_id
  LEFT JOIN opportunities o ON o.id = v.opportunity_id`

export function pipelineRepositoryOf(db: Db) {
  const historyOf = (ids: number[]) => {
    const byId = new Map<number, { stage: FunnelStage; enteredOn: string }[]>()
    if (ids.length === 0) return byId
    const rows = db
      .prepare(`SELECT opportunity_id, stage, entered_on FROM opportunity_stages WHERE opportunity_id IN (SELECT value FROM json_each(?)) ORDER BY opportunity_id, position`)
      .all(JSON.stringify(ids)) as { opportunity_id: number; stage: FunnelStage; entered_on: string }[]
    for (const row of rows) {
      const list = byId.get(row.opportunity_id) ?? []
      list.push({ stage: row.stage, enteredOn: row.entered_on })
      byId.set(row.opportunity_id, list)
    }
    return byId
  }
  const opportunitiesOf = (raws: RawOpportunity[]): OpportunityRow[] => {
    const history = historyOf(raws.map((raw) => raw.id))
    return raws.map((raw) => ({
      id: raw.id,
      accountId: raw.account_id,
      accountName: raw.account_name,
      accountFormat: raw.account_format,
      accountRegionCode: raw.account_region_code,
      stage: raw.stage as FunnelStage,
      status: raw.status as OpportunityStatus,
      closedOn: raw.closed_on,
      evidence: parseJson(evidenceSchema, raw.evidence),
      stageHistory: history.get(raw.id) ?? [],
      updatedAt: raw.updated_at,
      values: {
        name: raw.name,
        goal: raw.goal,
        valueFen: raw.value_fen,
        ownerName: raw.owner_name,
        expectedCloseOn: raw.expected_close_on,
        companySize: raw.company_size,
        proposalId: raw.proposal_id,
        notes: raw.notes
      }
    }))
  }

  return {
    accountName(accountId: number): string | null {
      const row = db.prepare(`SELECT name FROM accounts WHERE id = ? AND deleted_at IS NULL`).get(accountId) as { name: string } | undefined
      return row?.name ?? null
    },

    // ——— stakeholders
    stakeholders(accountId: number): StakeholderRow[] {
      return (db.prepare(`SELECT * FROM stakeholders WHERE account_id = ? ORDER BY id`).all(accountId) as RawStakeholder[]).map(stakeholderOf)
    },
    /** Every live account's stakeholders, by account then id (for the export of all of them). */
    allStakeholders(): StakeholderRow[] {
      return (
        db.prepare(`SELECT s.* FROM stakeholders s JOIN accounts a ON a.id = s.account_id WHERE a.deleted_at IS NULL ORDER BY s.account_id, s.id`).all() as RawStakeholder[]
      ).map(stakeholderOf)
    },
    stakeholder(id: number): StakeholderRow | null {
      const raw = db.prepare(`SELECT * FROM stakeholders WHERE id = ?`).get(id) as RawStakeholder | undefined
      return raw ? stakeholderOf(raw) : null
    },
    saveStakeholder(accountId: number, id: number | undefined, values: StakeholderValues, now: string): number {
      const params = {
        account_id: accountId,
        name: values.name,
        department: values.department,
        custom_department_label: values.customDepartmentLabel ?? null,
        title: values.title ?? null,
        decision_weight: values.decisionWeight,
        relationship_stage: values.relationship.stage,
        relationship_reached: JSON.stringify(values.relationship.reachedOn),
        ticked_need_ids: JSON.stringify(values.tickedNeedIds),
        own_words_needs: JSON.stringify(values.ownWordsNeeds),
        implicit_needs: JSON.stringify(values.implicitNeeds),
        contact: JSON.stringify(values.contact),
        talk_card_text: values.talkCardText,
        notes: values.notes,
        now
      }
      if (id === undefined) {
        return Number(
          db
            .prepare(
              `INSERT INTO stakeholders (account_id, name, department, custom_department_label, title, decision_weight, relationship_stage, relationship_reached,
                 ticked_need_ids, own_words_needs, implicit_needs, contact, talk_card_text, notes, created_at, updated_at)
               VALUES (@account_id, @name, @department, @custom_department_label, @title, @decision_weight, @relationship_stage, @relationship_reached,
                 @ticked_need_ids, @own_words_needs, @implicit_needs, @contact, @talk_card_text, @notes, @now, @now)`
            )
            .run(params).lastInsertRowid
        )
      }
      db.prepare(
        `UPDATE stakeholders SET name = @name, department = @department, custom_department_label = @custom_department_label, title = @title,
           decision_weight = @decision_weight, relationship_stage = @relationship_stage, relationship_reached = @relationship_reached,
           ticked_need_ids = @ticked_need_ids, own_words_needs = @own_words_needs, implicit_needs = @implicit_needs, contact = @contact,
           talk_card_text = @talk_card_text, notes = @notes, updated_at = @now
         WHERE id = @id AND account_id = @account_id`
      ).run({ ...params, id })
      return id
    },
    deleteStakeholder(id: number): number {
      return db.prepare(`DELETE FROM stakeholders WHERE id = ?`).run(id).changes
    },

    // ——— opportunities
    opportunities(filter: { accountId?: number; status?: OpportunityStatus }): OpportunityRow[] {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.accountId !== undefined) {
        where.push('o.account_id = ?')
        params.push(filter.accountId)
      }
      if (filter.status !== undefined) {
        where.push('o.status = ?')
        params.push(filter.status)
      }
      const sql = `${OPPORTUNITY_SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY o.id`
      return opportunitiesOf(db.prepare(sql).all(...params) as RawOpportunity[])
    },
    opportunity(id: number): OpportunityRow | null {
      const raw = db.prepare(`${OPPORTUNITY_SELECT} WHERE o.id = ?`).get(id) as RawOpportunity | undefined
      return raw ? (opportunitiesOf([raw])[0] ?? null) : null
    },
    insertOpportunity(accountId: number, values: OpportunityValues, stage: FunnelStage, startedOn: string, now: string): number {
      const id = Number(
        db
          .prepare(
            `INSERT INTO opportunities (account_id, name, goal, value_fen, owner_name, expected_close_on, company_size, stage, status, evidence, proposal_id, notes, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', '{}', ?, ?, ?, ?)`
          )
          .run(accountId, values.name, values.goal, values.valueFen, values.ownerName, values.expectedCloseOn, values.companySize, stage, values.proposalId, values.notes, now, now)
          .lastInsertRowid
      )
      db.prepare(`INSERT INTO opportunity_stages (opportunity_id, position, stage, entered_on) VALUES (?, 0, ?, ?)`).run(id, stage, startedOn)
      return id
    },
    updateOpportunityValues(id: number, values: OpportunityValues, now: string): void {
      db.prepare(
        `UPDATE opportunities SET name = ?, goal = ?, value_fen = ?, owner_name = ?, expected_close_on = ?, company_size = ?, proposal_id = ?, notes = ?, updated_at = ? WHERE id = ?`
      ).run(values.name, values.goal, values.valueFen, values.ownerName, values.expectedCloseOn, values.companySize, values.proposalId, values.notes, now, id)
    },
    setEvidence(id: number, evidence: Partial<Record<FunnelStage, string[]>>, now: string): void {
      db.prepare(`UPDATE opportunities SET evidence = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(evidence), now, id)
    },
    enterStage(id: number, stage: FunnelStage, on: string, now: string): void {
      const next = (db.prepare(`SELECT coalesce(max(position) + 1, 0) AS n FROM opportunity_stages WHERE opportunity_id = ?`).get(id) as { n: number }).n
      db.prepare(`INSERT INTO opportunity_stages (opportunity_id, position, stage, entered_on) VALUES (?, ?, ?, ?)`).run(id, next, stage, on)
      db.prepare(`UPDATE opportunities SET stage = ?, updated_at = ? WHERE id = ?`).run(stage, now, id)
    },
    setStatus(id: number, status: OpportunityStatus, closedOn: string | null, now: string): void {
      db.prepare(`UPDATE opportunities SET status = ?, closed_on = ?, updated_at = ? WHERE id = ?`).run(status, closedOn, now, id)
    },
    deleteOpportunity(id: number): number {
      return db.prepare(`DELETE FROM opportunities WHERE id = ?`).run(id).changes
    },

    // ——— activities
    activities(filter: { accountId?: number; stakeholderId?: number; limit: number }): ActivityRow[] {
      const where: string[] = []
      const params: unknown[] = []
      if (filter.accountId !== undefined) {
        where.push('v.account_id = ?')
        params.push(filter.accountId)
      }
      if (filter.stakeholderId !== undefined) {
        where.push('v.stakeholder_id = ?')
        params.push(filter.stakeholderId)
      }
      const sql = `${ACTIVITY_SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY v.occurred_on DESC, v.id DESC LIMIT ?`
      return (db.prepare(sql).all(...params, filter.limit) as RawActivity[]).map(activityOf)
    },
    activity(id: number): ActivityRow | null {
      const raw = db.prepare(`${ACTIVITY_SELECT} WHERE v.id = ?`).get(id) as RawActivity | undefined
      return raw ? activityOf(raw) : null
    },
    /** Next steps not yet done, due on or before `until` (the partial index keeps this quick at 50,000 activities). */
    openNextSteps(until: string): ActivityRow[] {
      return (
        db
          .prepare(`${ACTIVITY_SELECT} WHERE v.next_step_due_on IS NOT NULL AND v.next_step_done_on IS NULL AND v.next_step_due_on <= ? ORDER BY v.next_step_due_on, v.id`)
          .all(until) as RawActivity[]
      ).map(activityOf)
    },
    saveActivity(accountId: number, id: number | undefined, values: ActivityValues, now: string): number {
      const params = [
        values.stakeholderId,
        values.opportunityId,
        values.kind,
        values.occurredOn,
        values.purpose,
        values.outcome,
        values.nextStep,
        values.nextStepDueOn,
        values.nextStepDoneOn,
        values.ownerName
      ]
      if (id === undefined) {
        return Number(
          db
            .prepare(
              `INSERT INTO activities (account_id, stakeholder_id, opportunity_id, kind, occurred_on, purpose, outcome, next_step, next_step_due_on, next_step_done_on, owner_name, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
            )
            .run(accountId, ...params, now, now).lastInsertRowid
        )
      }
      db.prepare(
        `UPDATE activities SET stakeholder_id = ?, opportunity_id = ?, kind = ?, occurred_on = ?, purpose = ?, outcome = ?, next_step = ?, next_step_due_on = ?,
           next_step_done_on = ?, owner_name = ?, updated_at = ? WHERE id = ? AND account_id = ?`
      ).run(...params, now, id, accountId)
      return id
    },
    deleteActivity(id: number): number {
      return db.prepare(`DELETE FROM activities WHERE id = ?`).run(id).changes
    },
    /** Does this stakeholder / opportunity belong to the account? (an activity may only name its own). */
    belongsToAccount(table: 'stakeholders' | 'opportunities', id: number, accountId: number): boolean {
      return db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND account_id = ?`).get(id, accountId) !== undefined
    },

    // ——— negotiation sheets
    negotiations(accountId: number): NegotiationRow[] {
      const rows = db.prepare(`SELECT * FROM negotiation_sheets WHERE account_id = ? ORDER BY round, id`).all(accountId) as RawNegotiation[]
      return rows.map(negotiationOf)
    },
    negotiation(id: number): NegotiationRow | null {
      const raw = db.prepare(`SELECT * FROM negotiation_sheets WHERE id = ?`).get(id) as RawNegotiation | undefined
      return raw ? negotiationOf(raw) : null
    },
    saveNegotiation(accountId: number, id: number | undefined, values: NegotiationValues, now: string): number {
      const params = [values.opportunityId, values.round, values.meetingOn, JSON.stringify(values.sheet), values.agreedText, values.proposalVersion]
      if (id === undefined) {
        return Number(
          db
            .prepare(
              `INSERT INTO negotiation_sheets (account_id, opportunity_id, round, meeting_on, sheet, agreed_text, proposal_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
            )
            .run(accountId, ...params, now, now).lastInsertRowid
        )
      }
      db.prepare(
        `UPDATE negotiation_sheets SET opportunity_id = ?, round = ?, meeting_on = ?, sheet = ?, agreed_text = ?, proposal_version = ?, updated_at = ? WHERE id = ? AND account_id = ?`
      ).run(...params, now, id, accountId)
      return id
    },
    deleteNegotiation(id: number): number {
      return db.prepare(`DELETE FROM negotiation_sheets WHERE id = ?`).run(id).changes
    },

    // ——— funnel settings
    funnelHistory(): { changedAt: string; overrides: FunnelOverrides }[] {
      const rows = db.prepare(`SELECT changed_at, overrides FROM funnel_settings_history ORDER BY id DESC`).all() as { changed_at: string; overrides: string }[]
      return rows.map((row) => ({ changedAt: row.changed_at, overrides: parseJson(funnelOverridesSchema, row.overrides) as FunnelOverrides }))
    },
    recordFunnelOverrides(overrides: FunnelOverrides, now: string): void {
      db.prepare(`INSERT INTO funnel_settings_history (changed_at, overrides) VALUES (?, ?)`).run(now, JSON.stringify(overrides))
    }
  }
}

type RawNegotiation = {
  id: number
  account_id: number
  opportunity_id: number | null
  round: number
  meeting_on: string | null
  sheet: string
  agreed_text: string
  proposal_version: number | null
  updated_at: string
}

function negotiationOf(raw: RawNegotiation): NegotiationRow {
  return {
    id: raw.id,
    accountId: raw.account_id,
    updatedAt: raw.updated_at,
    values: {
      round: raw.round,
      meetingOn: raw.meeting_on,
      opportunityId: raw.opportunity_id,
      sheet: parseJson(sheetSchema, raw.sheet),
      agreedText: raw.agreed_text,
      proposalVersion: raw.proposal_version
    }
  }
}

export type PipelineRepository = ReturnType<typeof pipelineRepositoryOf>
