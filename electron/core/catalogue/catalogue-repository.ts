import type { Db } from '../db/connection'
import { SKU_FIELDS, type Sku, type SkuValues } from '../../../src/shared/domain/catalogue/sku'
import { fromColumnValue, toColumnValue } from '../../../src/shared/domain/field-registry'

type SkuRow = Record<string, string | number | null>

// The column lists and the row mapping come from the registry: a new field needs no edit here.
const VALUE_COLUMNS = SKU_FIELDS.map((spec) => spec.column)
const COLUMNS = ['id', ...VALUE_COLUMNS, 'updated_at', 'row_version'].join(', ')

function toSku(row: SkuRow): Sku {
  const sku: Record<string, unknown> = { id: row.id }
  for (const spec of SKU_FIELDS) sku[spec.field] = fromColumnValue(spec.kind, row[spec.column])
  sku.updatedAt = row.updated_at
  sku.rowVersion = row.row_version
  // The table's CHECK and NOT NULL constraints hold each column to its field (migration 0003).
  return sku as unknown as Sku
}

/** The values in VALUE_COLUMNS order, for the positional insert (binding an array is cheaper than named parameters at 100,000 rows). */
function toPositional(values: SkuValues): (string | number | null)[] {
  return SKU_FIELDS.map((spec) => toColumnValue(spec.kind, values[spec.field]))
}

function toParams(values: SkuValues): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {}
  for (const spec of SKU_FIELDS) params[spec.column] = toColumnValue(spec.kind, values[spec.field])
  return params
}

/**
 * Prepared statements over one connection; callers own the transaction. Every write adds one to
 * `row_version` (migration 0010); a row inserted under a given id (undo of a delete) may be given
 * the version it should carry on from.
 */
export function catalogueRepository(db: Db) {
  const listStatement = db.prepare<[], SkuRow>(`SELECT ${COLUMNS} FROM skus ORDER BY id`)
  const listFirstStatement = db.prepare<[number], SkuRow>(`SELECT ${COLUMNS} FROM skus ORDER BY id LIMIT ?`)
  const getStatement = db.prepare<[number], SkuRow>(`SELECT ${COLUMNS} FROM skus WHERE id = ?`)
  const insertStatement = db.prepare(
    `INSERT INTO skus (${VALUE_COLUMNS.join(', ')}, created_at, updated_at) VALUES (${VALUE_COLUMNS.map(() => '?').join(', ')}, ?, ?)`
  )
  const insertWithIdStatement = db.prepare(
    `INSERT INTO skus (id, ${VALUE_COLUMNS.join(', ')}, created_at, updated_at, row_version) VALUES (@id, ${VALUE_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now, @rowVersion)`
  )
  const updateStatement = db.prepare(`UPDATE skus SET ${VALUE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now, row_version = row_version + 1 WHERE id = @id`)
  const deleteStatement = db.prepare<[number]>(`DELETE FROM skus WHERE id = ?`)
  const codeOwnerStatement = db.prepare<[string], { id: number; code: string }>(`SELECT id, code FROM skus WHERE code = ?`)
  const barcodeOwnerStatement = db.prepare<[string], { id: number; code: string }>(`SELECT id, code FROM skus WHERE barcode = ?`)
  const countStatement = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM skus`)
  const skuCodesStatement = db.prepare<[], { code: string }>(`SELECT code FROM skus WHERE code LIKE 'SKU-%'`)

  return {
    list: (): Sku[] => listStatement.all().map(toSku),
    listFirst: (limit: number): Sku[] => listFirstStatement.all(limit).map(toSku),
    get: (id: number): Sku | undefined => {
      const row = getStatement.get(id)
      return row ? toSku(row) : undefined
    },
    count: (): number => (countStatement.get() as { n: number }).n,
    /** The SKU holding a code (codes compare case-insensitively), if any. */
    codeOwner: (code: string) => codeOwnerStatement.get(code),
    barcodeOwner: (barcode: string) => barcodeOwnerStatement.get(barcode),
    insert(values: SkuValues, now: string, id?: number, rowVersion = 1): number {
      const info = id === undefined ? insertStatement.run(...toPositional(values), now, now) : insertWithIdStatement.run({ ...toParams(values), now, id, rowVersion })
      return Number(info.lastInsertRowid)
    },
    update(id: number, values: SkuValues, now: string): void {
      updateStatement.run({ ...toParams(values), now, id })
    },
    delete(id: number): void {
      deleteStatement.run(id)
    },
    /** Highest number used by a `SKU-nnnn` code, so new SKUs get the next one. */
    highestSkuNumber(): number {
      let highest = 0
      for (const { code } of skuCodesStatement.all()) {
        const match = /^SKU-(\d+)$/i.exec(code)
        if (match) highest = Math.max(highest, Number(match[1]))
      }
      return highest
    }
  }
}

export type CatalogueRepository = ReturnType<typeof catalogueRepository>

const byConnection = new WeakMap<Db, CatalogueRepository>()

/** The repository of a workspace's connection, its statements prepared once. */
export function catalogueRepositoryOf(db: Db): CatalogueRepository {
  let repository = byConnection.get(db)
  if (!repository) {
    repository = catalogueRepository(db)
    byConnection.set(db, repository)
  }
  return repository
}
