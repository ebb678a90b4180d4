/**
 * Catalogue use cases 产品目录. Each runs in one synchronous transaction: a user action is stored
 * whole or not at all. Patch values are cells as a person types them (prices in yuan).
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
import { insertValidatedLine } from '../assortment/assortment-service'

export type SkuPatch = Partial<Record<EditableSkuField, string | number | boolean | null>>

const skusOf = (context: WorkbenchContext): CatalogueRepository => catalogueRepositoryOf(context.db)

function toValues(sku: Sku): SkuValues {
  const { id: _id, updatedAt: _updatedAt, ...values } = sku
  return values
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
export function insertValidatedSku(context: WorkbenchContext, values: SkuValues, now: string, id?: number): number {
  const issues = skuRecordProblems(context, values, null)
  if (issues.length > 0) throw skuValidationFailure(context, issues)
  return skusOf(context).insert(values, now, id)
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
  return context.db.transaction(() => {
    const defaults = emptySkuValues(skuCodeAllocator(context)(), translate(context.language(), 'catalogue.newSkuName'))
    const { values, issues } = parseSkuPatch(patch, context)
    if (issues.length > 0) throw skuValidationFailure(context, issues)
    const record = { ...defaults, ...values }
    const problems = skuRecordProblems(context, record, null)
    if (problems.length > 0) throw skuValidationFailure(context, problems.map((issue) => asMissingPrice(issue, patch)))
    const id = insertValidatedSku(context, record, context.now())
    return getSku(context, id)
  })()
}

/** One cell edit (or a few fields of one SKU): all fields are stored, or none. */
export function updateSku(context: WorkbenchContext, id: number, patch: SkuPatch): Sku {
  return context.db.transaction(() => {
    const existing = getSku(context, id)
    const { values, issues } = parseSkuPatch(patch, context)
    if (issues.length > 0) throw skuValidationFailure(context, issues)
    const record = { ...toValues(existing), ...values }
    const problems = skuRecordProblems(context, record, id)
    if (problems.length > 0) throw skuValidationFailure(context, problems)
    skusOf(context).update(id, record, context.now())
    return getSku(context, id)
  })()
}

/**
 * A block of cells (a paste): every valid cell is stored, every refused cell is reported with its
 * reason, all in one transaction. Rows past the end are created when they are complete enough to
 * be a SKU (a name given or not, a list supply price is needed); otherwise their cells are refused.
 */
export function applySkuChanges(context: WorkbenchContext, updates: { id: number; patch: SkuPatch }[], creates: SkuPatch[]): CatalogueAppliedChanges {
  const language = context.language()
  const skus = skusOf(context)
  return context.db.transaction(() => {
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

    for (const { id, patch } of updates) {
      const existing = getSku(context, id)
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

/** Deletes SKUs with the assortment lines that carry them, and returns both whole for undo. */
export function deleteSkus(context: WorkbenchContext, ids: number[]): RemovedCatalogue {
  const lines = assortmentRepositoryOf(context.db)
  return context.db.transaction(() => {
    const removed: RemovedCatalogue = { skus: [], lines: [] }
    for (const id of new Set(ids)) {
      removed.skus.push(getSku(context, id))
      removed.lines.push(...lines.listBySku(id))
      skusOf(context).delete(id)
    }
    return removed
  })()
}

/**
 * Puts deleted SKUs and their lines back (undo of a delete), under their old ids where still
 * free. A line whose account was deleted meanwhile cannot come back and is left out.
 */
export function restoreCatalogue(context: WorkbenchContext, skus: Sku[], lines: AssortmentLine[]): RemovedCatalogue {
  return context.db.transaction(() => {
    const repository = skusOf(context)
    const newSkuId = new Map<number, number>()
    const restoredSkus = skus.map((sku) => {
      const id = insertValidatedSku(context, toValues(sku), context.now(), repository.get(sku.id) === undefined ? sku.id : undefined)
      newSkuId.set(sku.id, id)
      return getSku(context, id)
    })
    const accountExists = (id: number) => context.accounts.get(id) !== undefined
    const restoredLines = lines
      .filter((line) => accountExists(line.accountId))
      .map((line) => insertValidatedLine(context, { ...line, skuId: newSkuId.get(line.skuId) ?? line.skuId }, context.now()))
    return { skus: restoredSkus, lines: restoredLines }
  })()
}
