import type { Db } from '../db/connection'
import { ASSORTMENT_FIELDS, type AssortmentLine, type AssortmentLineValues } from '../../../src/shared/domain/assortment/assortment-line'
import type { AssortmentStatus } from '../../../src/shared/domain/sku'
import { fromColumnValue, toColumnValue } from '../../../src/shared/domain/field-registry'

type LineRow = Record<string, string | number | null>

const VALUE_COLUMNS = ASSORTMENT_FIELDS.map((spec) => spec.column)
const COLUMNS = ['id', 'account_id', 'sku_id', ...VALUE_COLUMNS, 'updated_at', 'row_version'].join(', ')

function toLine(row: LineRow): AssortmentLine {
  const line: Record<string, unknown> = { id: row.id, accountId: row.account_id, skuId: row.sku_id }
  for (const spec of ASSORTMENT_FIELDS) line[spec.field] = fromColumnValue(spec.kind, row[spec.column])
  line.updatedAt = row.updated_at
  line.rowVersion = row.row_version
  return line as unknown as AssortmentLine
}

function toParams(values: AssortmentLineValues): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {}
  for (const spec of ASSORTMENT_FIELDS) params[spec.column] = toColumnValue(spec.kind, values[spec.field])
  return params
}

/**
 * Assortment lines and account plans over one connection; callers own the transaction. Every write
 * of a line adds one to its `row_version` (migration 0010); a line inserted under a given id (undo
 * of a removal) may be given the version it should carry on from.
 */
export function assortmentRepository(db: Db) {
  // Accounts in the recycle bin keep their lines (a restore brings them back) but count nowhere.
  const listAllStatement = db.prepare<[], LineRow>(
    `SELECT ${COLUMNS} FROM assortment_lines WHERE account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL) ORDER BY id`
  )
  // The matrix needs three values of each line: read as arrays, not as 130,000 line objects.
  const statusCellsStatement = db
    .prepare<[], [number, number, string]>(`SELECT account_id, sku_id, status FROM assortment_lines WHERE account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)`)
    .raw(true)
  const listByAccountStatement = db.prepare<[number], LineRow>(`SELECT ${COLUMNS} FROM assortment_lines WHERE account_id = ? ORDER BY id`)
  const listBySkuStatement = db.prepare<[number], LineRow>(`SELECT ${COLUMNS} FROM assortment_lines WHERE sku_id = ? ORDER BY id`)
  const getStatement = db.prepare<[number], LineRow>(`SELECT ${COLUMNS} FROM assortment_lines WHERE id = ?`)
  const findStatement = db.prepare<[number, number], LineRow>(`SELECT ${COLUMNS} FROM assortment_lines WHERE account_id = ? AND sku_id = ?`)
  const insertColumns = ['account_id', 'sku_id', ...VALUE_COLUMNS]
  const insertStatement = db.prepare(
    `INSERT INTO assortment_lines (${insertColumns.join(', ')}, created_at, updated_at) VALUES (${insertColumns.map((c) => '@' + c).join(', ')}, @now, @now)`
  )
  const insertWithIdStatement = db.prepare(
    `INSERT INTO assortment_lines (id, ${insertColumns.join(', ')}, created_at, updated_at, row_version) VALUES (@id, ${insertColumns.map((c) => '@' + c).join(', ')}, @now, @now, @rowVersion)`
  )
  const updateStatement = db.prepare(`UPDATE assortment_lines SET ${VALUE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now, row_version = row_version + 1 WHERE id = @id`)
  const deleteStatement = db.prepare<[number]>(`DELETE FROM assortment_lines WHERE id = ?`)
  const accountIdsStatement = db.prepare<[], { id: number }>(`SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id`)
  const skuIdsStatement = db.prepare<[], { id: number }>(`SELECT id FROM skus ORDER BY id`)
  const planStatement = db.prepare<[number], { margin_target_ppm: number | null }>(`SELECT margin_target_ppm FROM account_plans WHERE account_id = ?`)
  const setPlanStatement = db.prepare(
    `INSERT INTO account_plans (account_id, margin_target_ppm, updated_at) VALUES (@accountId, @ppm, @now)
     ON CONFLICT (account_id) DO UPDATE SET margin_target_ppm = excluded.margin_target_ppm, updated_at = excluded.updated_at`
  )

  const rowOrUndefined = (row: LineRow | undefined) => (row ? toLine(row) : undefined)

  return {
    listAll: (): AssortmentLine[] => listAllStatement.all().map(toLine),
    /** [accountId, skuId, status] of every line of the accounts not in the bin. */
    statusCells: (): [number, number, AssortmentStatus][] => statusCellsStatement.all() as unknown as [number, number, AssortmentStatus][],
    listByAccount: (accountId: number): AssortmentLine[] => listByAccountStatement.all(accountId).map(toLine),
    listBySku: (skuId: number): AssortmentLine[] => listBySkuStatement.all(skuId).map(toLine),
    get: (id: number) => rowOrUndefined(getStatement.get(id)),
    find: (accountId: number, skuId: number) => rowOrUndefined(findStatement.get(accountId, skuId)),
    insert(accountId: number, skuId: number, values: AssortmentLineValues, now: string, id?: number, rowVersion = 1): number {
      const params = { account_id: accountId, sku_id: skuId, ...toParams(values), now }
      const info = id === undefined ? insertStatement.run(params) : insertWithIdStatement.run({ ...params, id, rowVersion })
      return Number(info.lastInsertRowid)
    },
    update(id: number, values: AssortmentLineValues, now: string): void {
      updateStatement.run({ ...toParams(values), now, id })
    },
    delete(id: number): void {
      deleteStatement.run(id)
    },
    accountIds: (): number[] => accountIdsStatement.all().map((row) => row.id),
    skuIds: (): number[] => skuIdsStatement.all().map((row) => row.id),
    /** The account's own margin target (null: none set). */
    planTarget: (accountId: number): number | null => planStatement.get(accountId)?.margin_target_ppm ?? null,
    setPlanTarget(accountId: number, ppm: number | null, now: string): void {
      setPlanStatement.run({ accountId, ppm, now })
    }
  }
}

export type AssortmentRepository = ReturnType<typeof assortmentRepository>

const byConnection = new WeakMap<Db, AssortmentRepository>()

export function assortmentRepositoryOf(db: Db): AssortmentRepository {
  let repository = byConnection.get(db)
  if (!repository) {
    repository = assortmentRepository(db)
    byConnection.set(db, repository)
  }
  return repository
}
