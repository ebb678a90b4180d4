/**
 * Import by key (客户编码 for accounts): each valid row of a file is sorted into new, changed
 * (which fields, old → new) or unchanged against the stored record with the same key, so the
 * app's own export imports back as an update, not as a wall of "code in use". Generic over a
 * registry with a key field; only the fields the file maps are compared and written, so a
 * column missing from the file never blanks a stored value.
 */

export interface StoredRecord<R> {
  id: number
  rowVersion: number
  values: R
}

export interface FieldChange<F extends string> {
  field: F
  before: unknown
  after: unknown
}

export type ClassifiedRow<F extends string, R> =
  | { kind: 'new'; rowNumber: number; record: R }
  | { kind: 'changed'; rowNumber: number; id: number; baseVersion: number; record: R; changes: FieldChange<F>[] }
  | { kind: 'unchanged'; rowNumber: number; id: number }

export interface ClassifyOptions<F extends string, R> {
  /** The fields the file's columns are mapped to. */
  mappedFields: readonly F[]
  keyField: F
  /** The stored record holding this key, if any (keys compare as the store compares them). */
  findStored(key: string): StoredRecord<R> | undefined
}

const isSame = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null)

/** One valid row sorted into new, changed or unchanged (for an import that streams its rows). */
export function classifyImportRow<F extends string, R extends Record<F, unknown>>(
  rowNumber: number,
  record: R,
  options: ClassifyOptions<F, R>
): ClassifiedRow<F, R> {
  const key = record[options.keyField]
  const stored = typeof key === 'string' && key !== '' ? options.findStored(key) : undefined
  if (!stored) return { kind: 'new', rowNumber, record }
  const changes: FieldChange<F>[] = []
  for (const field of options.mappedFields) {
    // The key is how the row was found: its spelling (case) is not a change of its own.
    if (field !== options.keyField && !isSame(stored.values[field], record[field])) changes.push({ field, before: stored.values[field], after: record[field] })
  }
  if (changes.length === 0) return { kind: 'unchanged', rowNumber, id: stored.id }
  const merged = { ...stored.values }
  for (const { field, after } of changes) merged[field] = after as R[F]
  return { kind: 'changed', rowNumber, id: stored.id, baseVersion: stored.rowVersion, record: merged, changes }
}

export function classifyImportRows<F extends string, R extends Record<F, unknown>>(
  rows: readonly { rowNumber: number; record: R }[],
  options: ClassifyOptions<F, R>
): ClassifiedRow<F, R>[] {
  return rows.map(({ rowNumber, record }) => classifyImportRow(rowNumber, record, options))
}

export interface LikelyDuplicate {
  rowNumber: number
  /** The earlier row of the file it looks like, or null. */
  sameAsRow: number | null
  /** The stored record it looks like (its key), or null. */
  sameAsStored: string | null
}

/**
 * New rows that look like a record already there or an earlier new row (for accounts: the same
 * name in the same region): pointed out in the preview, never refused, since two stores of one
 * chain may share a name.
 */
export function findLikelyDuplicates<R>(
  newRows: readonly { rowNumber: number; record: R }[],
  likeness: (record: R) => string | null,
  storedByLikeness: ReadonlyMap<string, string>
): LikelyDuplicate[] {
  const check = likelyDuplicateChecker(likeness, storedByLikeness)
  return newRows.flatMap(({ rowNumber, record }) => check(rowNumber, record) ?? [])
}

/**
 * `findLikelyDuplicates` one new row at a time, in file order: what it remembers of each row is
 * its likeness key and row number, not the record.
 */
export function likelyDuplicateChecker<R>(
  likeness: (record: R) => string | null,
  storedByLikeness: ReadonlyMap<string, string>
): (rowNumber: number, record: R) => LikelyDuplicate | null {
  const firstRow = new Map<string, number>()
  return (rowNumber, record) => {
    const key = likeness(record)
    if (key === null) return null
    const sameAsStored = storedByLikeness.get(key) ?? null
    const sameAsRow = firstRow.get(key) ?? null
    if (sameAsRow === null) firstRow.set(key, rowNumber)
    return sameAsStored !== null || sameAsRow !== null ? { rowNumber, sameAsRow, sameAsStored } : null
  }
}
