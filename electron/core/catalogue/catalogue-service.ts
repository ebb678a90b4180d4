/**
 * Catalogue use cases 产品目录. Each runs in one synchronous transaction: a user action is stored
 * whole or not at all, and is published to the other windows after it commits. Patch values are
 * cells as a person types them (prices in yuan). A write may name the row version it was based on
 * (`baseVersion`): if the SKU was written since, it is refused as stale, as accounts are.
 */
import type { WorkbenchContext } from '../context'
import type { CatalogueAppliedChanges, CatalogueDeleteImpact, CatalogueRefusedCell, RemovedCatalogue } from '../../../src/shared/contract'
import { emptySkuValues, type EditableSkuField, type Sku, type SkuValues } from '../../../src/shared/domain/catalogue/sku'
import { describeSkuIssue, parseSkuPatch, skuRecordIssues, type SkuIssue } from '../../../src/shared/domain/catalogue/sku-fields'
import type { AssortmentLine } from '../../../src/shared/domain/assortment/assortment-line'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { catalogueRepositoryOf, type CatalogueRepository } from './catalogue-repository'
import { assortmentRepositoryOf } from '../assortment/assortment-repository'
import { insertValidatedLine, publishLineChanges } from '../assortment/assortment-service'

export type SkuPatch = Partial<Record<EditableSkuField, string | number | boolean | null>>

const skusOf = (context: WorkbenchContext): CatalogueRepository => catalogueRepositoryOf(context.db)

function toValues(sku: Sku): SkuValues {
  const { id: _id, updatedAt: _updatedAt, rowVersion: _rowVersion, ...values } = sku
  return values
}

/** Tells the other windows what a committed write did to the catalogue (call after the commit). */
export function publishSkuChanges(context: WorkbenchContext, change: { changed?: number[]; created?: number[]; deleted?: number[] }): void {
  context.changes.publish({ entity: 'catalogue', changed: change.changed ?? [], created: change.created ?? [], deleted: change.deleted ?? [] })
}

/**
 * A write based on a version that is no longer the stored one (the accounts' refusal, same code
 * and message): the current row travels along so the window can show it.
 */
export function staleRowFailure(context: WorkbenchContext, current: unknown): AppFailure {
  return new AppFailure('stale', translate(context.language(), 'errors.stale'), { current })
}

/** Refuses the write unless the SKU is still at `baseVersion` (no version: a script that takes its chances). */
function assertCurrent(context: WorkbenchContext, current: Sku, baseVersion: number | undefined): void {
  if (baseVersion !== undefined && current.rowVersion !== baseVersion) throw staleRowFailure(context, current)
}

export function skuValidationFailure(context: WorkbenchContext, issues: SkuIssue[]): AppFailure {
  const language = context.language()
  const described = issues.map((issue) => ({ field: issue.field, code: issue.code, message: describeSkuIssue(language, issue) }))
  return new AppFailure('validation', described.map((d) => d.message).join('；'), { issues: described })
}

function notFound(context: WorkbenchContext, id: number): AppFailure {
  return new AppFailure('not-found', translate(context.language(), 'catalogue.errors.notFound', { id }), { id })
}

/** Hands out the next free `SKU-nnnn` codes for one transaction (the highest number is read once). */
export function skuCodeAllocator(context: WorkbenchContext, isReserved: (code: string) => boolean = () => false): () => string {
  const skus = skusOf(context)
  let number = skus.highestSkuNumber()
  return () => {
    let code: string
    do {
      number += 1
      code = `SKU-${String(number).padStart(4, '0')}`
    } while (isReserved(code) || skus.codeOwner(code) !== undefined)
    return code
  }
}

/** Issues of a complete record: its own rules and the uniqueness of its code and barcode. */
export function skuRecordProblems(context: WorkbenchContext, values: SkuValues, ownId: number | null): SkuIssue[] {
  const issues = skuRecordIssues(values)
  const skus = skusOf(context)
  const codeOwner = skus.codeOwner(values.code)
  if (codeOwner !== undefined && codeOwner.id !== ownId) issues.push({ field: 'code', code: 'duplicateSkuCode', params: { value: values.code } })
  if (values.barcode !== null) {
    const barcodeOwner = skus.barcodeOwner(values.barcode)
    if (barcodeOwner !== undefined && barcodeOwner.id !== ownId) {
      issues.push({ field: 'barcode', code: 'duplicateBarcode', params: { value: values.barcode, owner: barcodeOwner.code } })
    }
  }
  return issues
}

/**
 * The one way a SKU is stored (create, paste, restore, import, the demo workspace): the complete
 * record is checked against its rules and the rest of the catalogue, then inserted, or a
 * validation failure is thrown. Callers own the transaction.
 */
export function insertValidatedSku(context: WorkbenchContext, values: SkuValues, now: string, id?: number, rowVersion?: number): number {
  const issues = skuRecordProblems(context, values, null)
  if (issues.length > 0) throw skuValidationFailure(context, issues)
  return skusOf(context).insert(values, now, id, rowVersion)
}

export function getSku(context: WorkbenchContext, id: number): Sku {
  const sku = skusOf(context).get(id)
  if (!sku) throw notFound(context, id)
  return sku
}

/** Past this many ids one read of the table beats a lookup per id. */
const BULK_READ_IDS = 500

export function listSkus(context: WorkbenchContext, limit?: number, ids?: number[]): Sku[] {
  const skus = skusOf(context)
  if (ids !== undefined) {
    const byId = ids.length > BULK_READ_IDS ? new Map(skus.list().map((sku) => [sku.id, sku])) : null
    const found = ids.flatMap((id) => {
      const sku = byId ? byId.get(id) : skus.get(id)
      return sku ? [sku] : []
    })
    return limit === undefined ? found : found.slice(0, limit)
  }
  return limit === undefined ? skus.list() : skus.listFirst(limit)
}

/** A new row without a list supply price is told the price is required, not that 0.00 is too low. */
function asMissingPrice(issue: SkuIssue, patch: SkuPatch): SkuIssue {
  const isPriceGiven = patch.listSupplyPriceFen !== undefined && patch.listSupplyPriceFen !== null && patch.listSupplyPriceFen !== ''
  return issue.code === 'supplyPriceNotPositive' && !isPriceGiven ? { field: 'listSupplyPriceFen', code: 'required' } : issue
}

/** A new SKU needs its list supply price from the start: a SKU without one cannot be stored. */
export function createSku(context: WorkbenchContext, patch: SkuPatch = {}): Sku {
  const created = context.db.transaction(() => {
    const defaults = emptySkuValues(skuCodeAllocator(context)(), translate(context.language(), 'catalogue.newSkuName'))
    const { values, issues } = parseSkuPatch(patch, context)
    if (issues.length > 0) throw skuValidationFailure(context, issues)
    const record = { ...defaults, ...values }
    const problems = skuRecordProblems(context, record, null)
    if (problems.length > 0) throw skuValidationFailure(context, problems.map((issue) => asMissingPrice(issue, patch)))
    const id = insertValidatedSku(context, record, context.now())
    return getSku(context, id)
  })()
  publishSkuChanges(context, { created: [created.id] })
  return created
}

/**
 * One cell edit (or a few fields of one SKU): all fields are stored, or none. With `baseVersion`,
 * refused as stale when the SKU has been written since that version.
 */
export function updateSku(context: WorkbenchContext, id: number, patch: SkuPatch, baseVersion?: number): Sku {
  const updated = context.db.transaction(() => {
    const existing = getSku(context, id)
    assertCurrent(context, existing, baseVersion)
    const { values, issues } = parseSkuPatch(patch, context)
    if (issues.length > 0) throw skuValidationFailure(context, issues)
    const record = { ...toValues(existing), ...values }
    const problems = skuRecordProblems(context, record, id)
    if (problems.length > 0) throw skuValidationFailure(context, problems)
    skusOf(context).update(id, record, context.now())
    return getSku(context, id)
  })()
  publishSkuChanges(context, { changed: [id] })
  return updated
}

/**
 * A block of cells (a paste): every valid cell is stored, every refused cell is reported with its
 * reason, all in one transaction. Rows past the end are created when they are complete enough to
 * be a SKU (a name given or not, a list supply price is needed); otherwise their cells are refused.
 * A row whose `baseVersion` is no longer current is left as it is: its cells are refused as stale
 * and its current values come back in `updated`.
 */
export function applySkuChanges(
  context: WorkbenchContext,
  updates: { id: number; patch: SkuPatch; baseVersion?: number }[],
  creates: SkuPatch[]
): CatalogueAppliedChanges {
  const language = context.language()
  const skus = skusOf(context)
  const applied = context.db.transaction((): CatalogueAppliedChanges => {
    const refused: CatalogueRefusedCell[] = []
    const updated: Sku[] = []
    const created: Sku[] = []
    let appliedCount = 0

    const applyTo = (base: SkuValues, ownId: number | null, patch: SkuPatch, refuse: (issue: SkuIssue) => void) => {
      const { values, issues } = parseSkuPatch(patch, context)
      issues.forEach(refuse)
      const accepted: Partial<SkuValues> = { ...values }
      for (const issue of skuRecordProblems(context, { ...base, ...accepted }, ownId)) {
        if (issue.field in accepted) {
          refuse(issue)
          delete accepted[issue.field]
        }
      }
      const record = { ...base, ...accepted }
      return { record, storedCount: Object.keys(accepted).length, remaining: skuRecordProblems(context, record, ownId) }
    }

    const staleMessage = translate(language, 'errors.stale')
    for (const { id, patch, baseVersion } of updates) {
      const existing = getSku(context, id)
      if (baseVersion !== undefined && existing.rowVersion !== baseVersion) {
        for (const field of Object.keys(patch) as EditableSkuField[]) refused.push({ id, field, code: 'stale', message: staleMessage })
        updated.push(existing)
        continue
      }
      const { record, storedCount } = applyTo(toValues(existing), id, patch, (issue) => {
        refused.push({ id, field: issue.field, message: describeSkuIssue(language, issue) })
      })
      if (storedCount > 0) skus.update(id, record, context.now())
      updated.push(getSku(context, id))
      appliedCount += storedCount
    }

    const nextCode = skuCodeAllocator(context)
    creates.forEach((patch, createIndex) => {
      const defaults = emptySkuValues(nextCode(), translate(language, 'catalogue.newSkuName'))
      const refuse = (issue: SkuIssue) => refused.push({ id: null, createIndex, field: issue.field, message: describeSkuIssue(language, issue) })
      const { record, storedCount, remaining } = applyTo(defaults, null, patch, refuse)
      if (remaining.length > 0) {
        // Only a missing list supply price can remain (the defaults are sound otherwise).
        for (const issue of remaining) refuse(asMissingPrice(issue, patch))
        return
      }
      created.push(getSku(context, insertValidatedSku(context, record, context.now())))
      appliedCount += storedCount
    })

    return { updated, created, refused, appliedCount }
  })()
  publishSkuChanges(context, { changed: applied.updated.map((sku) => sku.id), created: applied.created.map((sku) => sku.id) })
  return applied
}

export function catalogueDeleteImpact(context: WorkbenchContext, ids: number[]): CatalogueDeleteImpact {
  const lines = assortmentRepositoryOf(context.db)
  const unique = [...new Set(ids)]
  const carried = unique.flatMap((id) => {
    getSku(context, id)
    return lines.listBySku(id)
  })
  return { skuCount: unique.length, assortmentLineCount: carried.length, accountCount: new Set(carried.map((line) => line.accountId)).size }
}

/**
 * Deletes SKUs with the assortment lines that carry them, and returns both whole for undo.
 * `baseVersions`, by position in `ids`: each SKU must still be at it (an undo of an add never
 * deletes a SKU someone has changed since).
 */
export function deleteSkus(context: WorkbenchContext, ids: number[], baseVersions?: number[]): RemovedCatalogue {
  const lines = assortmentRepositoryOf(context.db)
  const removed = context.db.transaction(() => {
    const removed: RemovedCatalogue = { skus: [], lines: [] }
    const seen = new Set<number>()
    ids.forEach((id, index) => {
      if (seen.has(id)) return
      seen.add(id)
      const sku = getSku(context, id)
      assertCurrent(context, sku, baseVersions?.[index])
      removed.skus.push(sku)
      removed.lines.push(...lines.listBySku(id))
      skusOf(context).delete(id)
    })
    return removed
  })()
  publishSkuChanges(context, { deleted: removed.skus.map((sku) => sku.id) })
  publishLineChanges(context, { deleted: removed.lines.map((line) => line.id) })
  return removed
}

/**
 * Puts deleted SKUs and their lines back (undo of a delete), under their old ids where still
 * free. A line whose account was deleted meanwhile cannot come back and is left out. A row back
 * under its old id carries on from its old version (one more), so a save based on the row as it
 * was before the delete is still refused as stale.
 */
export function restoreCatalogue(context: WorkbenchContext, skus: Sku[], lines: AssortmentLine[]): RemovedCatalogue {
  const restored = context.db.transaction(() => {
    const repository = skusOf(context)
    const newSkuId = new Map<number, number>()
    const restoredSkus = skus.map((sku) => {
      const isIdFree = repository.get(sku.id) === undefined
      const id = insertValidatedSku(context, toValues(sku), context.now(), isIdFree ? sku.id : undefined, sku.rowVersion + 1)
      newSkuId.set(sku.id, id)
      return getSku(context, id)
    })
    const accountExists = (id: number) => context.accounts.get(id) !== undefined
    const restoredLines = lines
      .filter((line) => accountExists(line.accountId))
      .map((line) => insertValidatedLine(context, { ...line, skuId: newSkuId.get(line.skuId) ?? line.skuId }, context.now()))
    return { skus: restoredSkus, lines: restoredLines }
  })()
  publishSkuChanges(context, { created: restored.skus.map((sku) => sku.id) })
  publishLineChanges(context, { created: restored.lines.map((line) => line.id) })
  return restored
}
