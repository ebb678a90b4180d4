/**
 * Proposals and their parts over one connection (migration 0008); callers own the transaction.
 * JSON columns are read through zod, so a hand-edited file cannot put a wrong shape in the app.
 */
import * as z from 'zod'
import type { Db } from '../db/connection'
import type {
  StoredSellThroughActivity,
  StoredClause,
  StoredConcession,
  StoredPromotion,
  StoredPromotionSku,
  StoredProposal
} from '../../../src/shared/contract/proposal'
import type { ProposalSnapshot } from '../../../src/shared/domain/proposal'
import { AppFailure } from '../../../src/shared/result'

type Row = Record<string, string | number | null>

const promotionSkusSchema = z.array(
  z
    .object({
      skuId: z.number().int().positive(),
      baselineUnitsPerStoreWeek: z.number().int().min(0).nullable(),
      promoRetailPriceFen: z.number().int().min(0).nullable(),
      supplierFundingPerUnitFen: z.number().int().min(0)
    })
    .strict()
) satisfies z.ZodType<StoredPromotionSku[]>
const keysSchema = z.array(z.string())

function readJson<T>(schema: z.ZodType<T>, text: unknown, what: string): T {
  const parsed = schema.safeParse(JSON.parse(String(text)))
  if (!parsed.success) throw new AppFailure('corrupt-data', `${what}: ${parsed.error.message}`)
  return parsed.data
}

const toProposal = (row: Row): StoredProposal => ({
  id: row.id as number,
  accountId: row.account_id as number,
  name: row.name as string,
  year: row.contract_year as number,
  marginTargetPpm: row.margin_target_ppm as number | null,
  notes: row.notes as string,
  sellThroughTargetPpm: row.sell_through_target_ppm as number | null,
  newItemStockDays: row.new_item_stock_days as number | null,
  resolvedConflictKeys: readJson(keysSchema, row.resolved_conflict_keys, `proposal ${row.id}`),
  createdAt: row.created_at as string,
  updatedAt: row.updated_at as string
})

const toConcession = (row: Row): StoredConcession => ({
  id: row.id as number,
  proposalId: row.proposal_id as number,
  position: row.position as number,
  give: { termCode: row.give_term_code as string | null, description: row.give_description as string, costFen: row.give_cost_fen as number },
  get:
    row.get_description === null
      ? null
      : { termCode: row.get_term_code as string | null, description: row.get_description as string, valueFen: row.get_value_fen as number | null }
})

/** Read without zod: the conflict check reads every clause of the workspace at once. */
function readSkuIds(text: unknown, clauseId: unknown): number[] | 'all' {
  const value: unknown = JSON.parse(String(text))
  if (value === 'all') return 'all'
  if (Array.isArray(value) && value.every((id) => Number.isInteger(id) && id > 0)) return value as number[]
  throw new AppFailure('corrupt-data', `clause ${String(clauseId)}: SKU ids are neither "all" nor a list of ids`)
}

const toClause = (row: Row): StoredClause => {
  const skuIds = readSkuIds(row.sku_ids, row.id)
  return {
    id: row.id as number,
    proposalId: row.proposal_id as number,
    accountId: row.account_id as number,
    skuIds,
    territoryCode: row.territory_code as string,
    type: row.type as StoredClause['type'],
    startDate: row.start_date as string,
    endDate: row.end_date as string,
    minimumPurchaseFen: row.minimum_purchase_fen as number | null,
    sellThroughRatePpm: row.sell_through_rate_ppm as number | null,
    consequence: row.consequence as StoredClause['consequence'],
    consequenceText: row.consequence_text as string
  }
}

const toPromotion = (row: Row): StoredPromotion => ({
  id: row.id as number,
  proposalId: row.proposal_id as number,
  kind: row.kind as StoredPromotion['kind'],
  name: row.name as string,
  skus: readJson(promotionSkusSchema, row.skus, `promotion ${row.id}`),
  storeCount: row.store_count as number,
  startDate: row.start_date as string,
  endDate: row.end_date as string,
  upliftPpm: row.uplift_ppm as number,
  fixedFeesFen: row.fixed_fees_fen as number,
  buyQuantity: row.buy_quantity as number | null,
  getQuantity: row.get_quantity as number | null
})

const toActivity = (row: Row): StoredSellThroughActivity => ({
  id: row.id as number,
  proposalId: row.proposal_id as number,
  kind: row.kind as StoredSellThroughActivity['kind'],
  description: row.description as string,
  costFen: row.cost_fen as number,
  owner: row.owner as string,
  quantity: row.quantity as number | null,
  commissionPerUnitFen: row.commission_per_unit_fen as number | null,
  startDate: row.start_date as string | null,
  endDate: row.end_date as string | null
})

export type ClauseForCheck = Pick<StoredClause, 'id' | 'proposalId' | 'accountId' | 'skuIds' | 'territoryCode' | 'startDate' | 'endDate'>

export interface VersionRow {
  id: number
  proposalId: number
  version: number
  name: string
  savedOn: string
  savedAt: string
}
const toVersion = (row: Row): VersionRow => ({
  id: row.id as number,
  proposalId: row.proposal_id as number,
  version: row.version as number,
  name: row.name as string,
  savedOn: row.saved_on as string,
  savedAt: row.saved_at as string
})

/** Inserts with an explicit id when one is given (the undo of a remove keeps the row's id). */
function insertRow(db: Db, table: string, values: Record<string, string | number | null>, id: number | undefined): number {
  const columns = Object.keys(values)
  const all = id === undefined ? columns : ['id', ...columns]
  const info = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((c) => '@' + c).join(', ')})`).run(id === undefined ? values : { ...values, id })
  return Number(info.lastInsertRowid)
}

function updateRow(db: Db, table: string, id: number, values: Record<string, string | number | null>): void {
  const columns = Object.keys(values)
  db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id })
}

const concessionColumns = (item: Omit<StoredConcession, 'id'>) => ({
  proposal_id: item.proposalId,
  position: item.position,
  give_term_code: item.give.termCode,
  give_description: item.give.description,
  give_cost_fen: item.give.costFen,
  get_term_code: item.get?.termCode ?? null,
  get_description: item.get?.description ?? null,
  get_value_fen: item.get?.valueFen ?? null
})

const clauseColumns = (item: Omit<StoredClause, 'id' | 'accountId'>) => ({
  proposal_id: item.proposalId,
  sku_ids: JSON.stringify(item.skuIds),
  territory_code: item.territoryCode,
  type: item.type,
  start_date: item.startDate,
  end_date: item.endDate,
  minimum_purchase_fen: item.minimumPurchaseFen,
  sell_through_rate_ppm: item.sellThroughRatePpm,
  consequence: item.consequence,
  consequence_text: item.consequenceText
})

const promotionColumns = (item: Omit<StoredPromotion, 'id'>) => ({
  proposal_id: item.proposalId,
  kind: item.kind,
  name: item.name,
  skus: JSON.stringify(item.skus),
  store_count: item.storeCount,
  start_date: item.startDate,
  end_date: item.endDate,
  uplift_ppm: item.upliftPpm,
  fixed_fees_fen: item.fixedFeesFen,
  buy_quantity: item.buyQuantity,
  get_quantity: item.getQuantity
})

const activityColumns = (item: Omit<StoredSellThroughActivity, 'id'>) => ({
  proposal_id: item.proposalId,
  kind: item.kind,
  description: item.description,
  cost_fen: item.costFen,
  owner: item.owner,
  quantity: item.quantity,
  commission_per_unit_fen: item.commissionPerUnitFen,
  start_date: item.startDate,
  end_date: item.endDate
})

export type ProposalValues = Omit<StoredProposal, 'id' | 'createdAt' | 'updatedAt'>

const proposalColumns = (values: ProposalValues) => ({
  account_id: values.accountId,
  name: values.name,
  contract_year: values.year,
  margin_target_ppm: values.marginTargetPpm,
  notes: values.notes,
  sell_through_target_ppm: values.sellThroughTargetPpm,
  new_item_stock_days: values.newItemStockDays,
  resolved_conflict_keys: JSON.stringify(values.resolvedConflictKeys)
})

/** Live accounts only: a binned account's proposals stay for a restore but count nowhere. */
const LIVE_ACCOUNT = `account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)`
const CLAUSE_SELECT = `SELECT c.*, p.account_id FROM proposal_clauses c JOIN proposals p ON p.id = c.proposal_id`

export function proposalRepository(db: Db) {
  const all = <T>(sql: string, map: (row: Row) => T, ...params: unknown[]): T[] => (db.prepare(sql).all(...params) as Row[]).map(map)
  const one = <T>(sql: string, map: (row: Row) => T, ...params: unknown[]): T | undefined => {
    const row = db.prepare(sql).get(...params) as Row | undefined
    return row ? map(row) : undefined
  }
  // Only what the check reads, of exclusive clauses only: price protection never conflicts.
  const exclusiveClausesStatement = db.prepare(
    `SELECT c.id, c.proposal_id, p.account_id, c.sku_ids, c.territory_code, c.start_date, c.end_date
     FROM proposal_clauses c JOIN proposals p ON p.id = c.proposal_id
     WHERE c.type = 'exclusive' AND p.${LIVE_ACCOUNT} ORDER BY c.id`
  )

  return {
    proposals: (accountId: number | null): StoredProposal[] =>
      accountId === null
        ? all(`SELECT * FROM proposals WHERE ${LIVE_ACCOUNT} ORDER BY account_id, id`, toProposal)
        : all(`SELECT * FROM proposals WHERE account_id = ? ORDER BY id`, toProposal, accountId),
    proposal: (id: number) => one(`SELECT * FROM proposals WHERE id = ?`, toProposal, id),
    insertProposal: (values: ProposalValues, now: string): number => insertRow(db, 'proposals', { ...proposalColumns(values), created_at: now, updated_at: now }, undefined),
    updateProposal: (id: number, values: ProposalValues, now: string): void => updateRow(db, 'proposals', id, { ...proposalColumns(values), updated_at: now }),
    touchProposal: (id: number, now: string): void => {
      db.prepare(`UPDATE proposals SET updated_at = ? WHERE id = ?`).run(now, id)
    },
    deleteProposal: (id: number): void => {
      db.prepare(`DELETE FROM proposals WHERE id = ?`).run(id)
    },

    concessions: (proposalId: number) => all(`SELECT * FROM proposal_concessions WHERE proposal_id = ? ORDER BY position, id`, toConcession, proposalId),
    concession: (id: number) => one(`SELECT * FROM proposal_concessions WHERE id = ?`, toConcession, id),
    nextConcessionPosition: (proposalId: number): number =>
      (db.prepare(`SELECT coalesce(max(position) + 1, 0) AS n FROM proposal_concessions WHERE proposal_id = ?`).get(proposalId) as { n: number }).n,
    insertConcession: (item: Omit<StoredConcession, 'id'>, id?: number) => insertRow(db, 'proposal_concessions', concessionColumns(item), id),
    updateConcession: (id: number, item: Omit<StoredConcession, 'id'>) => updateRow(db, 'proposal_concessions', id, concessionColumns(item)),
    deleteConcession: (id: number) => db.prepare(`DELETE FROM proposal_concessions WHERE id = ?`).run(id),

    clauses: (proposalId: number) => all(`${CLAUSE_SELECT} WHERE c.proposal_id = ? ORDER BY c.id`, toClause, proposalId),
    /** The exclusive clauses of every live account's proposals: the input of the conflict check. */
    exclusiveClausesForCheck: (): ClauseForCheck[] =>
      (exclusiveClausesStatement.all() as Row[]).map((row) => ({
        id: row.id as number,
        proposalId: row.proposal_id as number,
        accountId: row.account_id as number,
        skuIds: readSkuIds(row.sku_ids, row.id),
        territoryCode: row.territory_code as string,
        startDate: row.start_date as string,
        endDate: row.end_date as string
      })),
    clause: (id: number) => one(`${CLAUSE_SELECT} WHERE c.id = ?`, toClause, id),
    insertClause: (item: Omit<StoredClause, 'id' | 'accountId'>, id?: number) => insertRow(db, 'proposal_clauses', clauseColumns(item), id),
    updateClause: (id: number, item: Omit<StoredClause, 'id' | 'accountId'>) => updateRow(db, 'proposal_clauses', id, clauseColumns(item)),
    deleteClause: (id: number) => db.prepare(`DELETE FROM proposal_clauses WHERE id = ?`).run(id),

    promotions: (proposalId: number) => all(`SELECT * FROM proposal_promotions WHERE proposal_id = ? ORDER BY start_date, id`, toPromotion, proposalId),
    promotion: (id: number) => one(`SELECT * FROM proposal_promotions WHERE id = ?`, toPromotion, id),
    insertPromotion: (item: Omit<StoredPromotion, 'id'>, id?: number) => insertRow(db, 'proposal_promotions', promotionColumns(item), id),
    updatePromotion: (id: number, item: Omit<StoredPromotion, 'id'>) => updateRow(db, 'proposal_promotions', id, promotionColumns(item)),
    deletePromotion: (id: number) => db.prepare(`DELETE FROM proposal_promotions WHERE id = ?`).run(id),

    activities: (proposalId: number) => all(`SELECT * FROM proposal_activities WHERE proposal_id = ? ORDER BY id`, toActivity, proposalId),
    activity: (id: number) => one(`SELECT * FROM proposal_activities WHERE id = ?`, toActivity, id),
    insertActivity: (item: Omit<StoredSellThroughActivity, 'id'>, id?: number) => insertRow(db, 'proposal_activities', activityColumns(item), id),
    updateActivity: (id: number, item: Omit<StoredSellThroughActivity, 'id'>) => updateRow(db, 'proposal_activities', id, activityColumns(item)),
    deleteActivity: (id: number) => db.prepare(`DELETE FROM proposal_activities WHERE id = ?`).run(id),

    versions: (proposalId: number) => all(`SELECT id, proposal_id, version, name, saved_on, saved_at FROM proposal_versions WHERE proposal_id = ? ORDER BY version`, toVersion, proposalId),
    version: (id: number) => one(`SELECT id, proposal_id, version, name, saved_on, saved_at FROM proposal_versions WHERE id = ?`, toVersion, id),
    versionSnapshotText: (id: number): string | undefined => (db.prepare(`SELECT snapshot FROM proposal_versions WHERE id = ?`).get(id) as { snapshot: string } | undefined)?.snapshot,
    nextVersion: (proposalId: number): number =>
      (db.prepare(`SELECT coalesce(max(version) + 1, 1) AS n FROM proposal_versions WHERE proposal_id = ?`).get(proposalId) as { n: number }).n,
    insertVersion: (proposalId: number, version: number, name: string, savedOn: string, savedAt: string, snapshot: ProposalSnapshot): number =>
      insertRow(db, 'proposal_versions', { proposal_id: proposalId, version, name, saved_on: savedOn, saved_at: savedAt, snapshot: JSON.stringify(snapshot) }, undefined)
  }
}

export type ProposalRepository = ReturnType<typeof proposalRepository>

const byConnection = new WeakMap<Db, ProposalRepository>()

export function proposalRepositoryOf(db: Db): ProposalRepository {
  let repository = byConnection.get(db)
  if (!repository) {
    repository = proposalRepository(db)
    byConnection.set(db, repository)
  }
  return repository
}
