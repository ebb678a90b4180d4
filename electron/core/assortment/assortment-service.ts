/**
 * Assortment use cases 产品结构: which catalogue SKUs each account carries and at what prices.
 * Each user action, bulk ones included, runs in one synchronous transaction: a failing line
 * leaves nothing changed; what it did is published to the other windows after it commits. A write
 * may name the row versions it was based on: a line written since is refused as stale, as accounts are.
 */
import type { WorkbenchContext } from '../context'
import type { AssortmentAppliedChanges, AssortmentMatrix, AssortmentRefusedCell, BulkPriceResult, CopiedAssortment } from '../../../src/shared/contract'
import {
  emptyAssortmentLineValues,
  MATRIX_NOT_CARRIED,
  MATRIX_STATUS_CHAR,
  toDomainLine,
  type AccountPlan,
  type AssortmentLine,
  type AssortmentLineValues,
  type BulkPriceField,
  type BulkPriceMode,
  type EditableAssortmentField,
  type WhitespaceItem
} from '../../../src/shared/domain/assortment/assortment-line'
import { MAX_MARGIN_TARGET_PPM } from '../../../src/shared/domain/assortment/assortment-registry'
import { describeLineIssue, parseAssortmentPatch, type LineIssue } from '../../../src/shared/domain/assortment/assortment-fields'
import { MAX_UNIT_PRICE_FEN } from '../../../src/shared/domain/catalogue/sku-registry'
import type { Sku } from '../../../src/shared/domain/catalogue/sku'
import { DEFAULT_MARGIN_TARGET_PPM_BY_FORMAT } from '../../../src/shared/domain/sku/margin-solver'
import { whitespace, type OtherAccountAssortment } from '../../../src/shared/domain/sku/structure'
import type { AssortmentStatus, CatalogueSku } from '../../../src/shared/domain/sku/sku'
import { parseMoneyFen } from '../../../src/shared/domain/parse'
import { applyRate, percentTextToPpm } from '../../../src/shared/domain/rate'
import { fenToYuanText } from '../../../src/shared/domain/money'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { assortmentRepositoryOf, type AssortmentRepository } from './assortment-repository'
import { catalogueRepositoryOf } from '../catalogue/catalogue-repository'

export type LinePatch = Partial<Record<EditableAssortmentField, string | number | boolean | null>>

const linesOf = (context: WorkbenchContext): AssortmentRepository => assortmentRepositoryOf(context.db)

function toValues(line: AssortmentLine): AssortmentLineValues {
  const { id: _id, accountId: _accountId, skuId: _skuId, updatedAt: _updatedAt, rowVersion: _rowVersion, ...values } = line
  return values
}

/** Tells the other windows what a committed write did to assortment lines (call after the commit). */
export function publishLineChanges(context: WorkbenchContext, change: { changed?: number[]; created?: number[]; deleted?: number[] }): void {
  const { changed = [], created = [], deleted = [] } = change
  if (changed.length + created.length + deleted.length === 0) return
  context.changes.publish({ entity: 'assortment', changed, created, deleted })
}

/** The accounts' stale refusal (same code and message), the line as stored now in the details. */
function staleFailure(context: WorkbenchContext, current: AssortmentLine): AppFailure {
  return new AppFailure('stale', translate(context.language(), 'errors.stale'), { current })
}

/** Refuses the write unless the line is still at `baseVersion` (no version: a script that takes its chances). */
function assertCurrent(context: WorkbenchContext, current: AssortmentLine, baseVersion: number | undefined): void {
  if (baseVersion !== undefined && current.rowVersion !== baseVersion) throw staleFailure(context, current)
}

function failure(context: WorkbenchContext, code: string, issue: LineIssue): AppFailure {
  const message = describeLineIssue(context.language(), issue)
  return new AppFailure(code, message, { issues: [{ field: issue.field, code: issue.code, message }] })
}

function validationFailure(context: WorkbenchContext, issues: LineIssue[]): AppFailure {
  const language = context.language()
  const described = issues.map((issue) => ({ field: issue.field, code: issue.code, message: describeLineIssue(language, issue) }))
  return new AppFailure('validation', described.map((d) => d.message).join('；'), { issues: described })
}

function getLine(context: WorkbenchContext, id: number): AssortmentLine {
  const line = linesOf(context).get(id)
  if (!line) throw failure(context, 'not-found', { field: 'status', code: 'notFound', params: { id } })
  return line
}

function requireAccount(context: WorkbenchContext, accountId: number) {
  const account = context.accounts.get(accountId)
  if (!account) throw failure(context, 'not-found', { field: 'accountId', code: 'accountNotFound', params: { id: accountId } })
  return account
}

function requireSku(context: WorkbenchContext, skuId: number): Sku {
  const sku = catalogueRepositoryOf(context.db).get(skuId)
  if (!sku) throw failure(context, 'not-found', { field: 'skuId', code: 'skuNotFound', params: { id: skuId } })
  return sku
}

/**
 * The one way a line is stored (add, paste, copy, restore, the demo workspace): its account and
 * SKU must exist and the account must not carry the SKU yet. A given id is kept when free (undo),
 * and the line then carries on from the version it had (one more), so a save based on the line as
 * it was before its removal is still refused as stale. Callers own the transaction.
 */
export function insertValidatedLine(
  context: WorkbenchContext,
  line: { id?: number; accountId: number; skuId: number; rowVersion?: number } & AssortmentLineValues,
  now: string
): AssortmentLine {
  requireAccount(context, line.accountId)
  const sku = requireSku(context, line.skuId)
  const lines = linesOf(context)
  if (lines.find(line.accountId, line.skuId)) {
    throw failure(context, 'already-carried', { field: 'skuId', code: 'alreadyCarried', params: { sku: sku.code } })
  }
  const { id, accountId, skuId, rowVersion, ...rest } = line
  const values: AssortmentLineValues = {
    status: rest.status,
    supplyPriceFen: rest.supplyPriceFen,
    retailPriceFen: rest.retailPriceFen,
    plannedAnnualUnits: rest.plannedAnnualUnits,
    marginTargetPpm: rest.marginTargetPpm,
    lastYearUnits: rest.lastYearUnits
  }
  const keptId = id !== undefined && lines.get(id) === undefined ? id : undefined
  return getLine(context, lines.insert(accountId, skuId, values, now, keptId, rowVersion === undefined ? 1 : rowVersion + 1))
}

export function listLines(context: WorkbenchContext, accountId: number): AssortmentLine[] {
  requireAccount(context, accountId)
  return linesOf(context).listByAccount(accountId)
}

/** Every account × every SKU, one status char per SKU (see AssortmentMatrix). */
export function assortmentMatrix(context: WorkbenchContext): AssortmentMatrix {
  const lines = linesOf(context)
  const accountIds = lines.accountIds()
  const skuIds = lines.skuIds()
  const column = new Map(skuIds.map((id, index) => [id, index]))
  const rows = new Map(accountIds.map((id) => [id, new Array<string>(skuIds.length).fill(MATRIX_NOT_CARRIED)]))
  for (const [accountId, skuId, status] of lines.statusCells()) {
    const index = column.get(skuId)
    const row = rows.get(accountId)
    if (index !== undefined && row) row[index] = MATRIX_STATUS_CHAR[status]
  }
  const statuses: Record<string, string> = {}
  for (const [id, row] of rows) statuses[String(id)] = row.join('')
  return { accountIds, skuIds, statuses }
}

/**
 * One cell edit (or a few fields of one line): all fields are stored, or none. With `baseVersion`,
 * refused as stale when the line has been written since that version.
 */
export function updateLine(context: WorkbenchContext, id: number, patch: LinePatch, baseVersion?: number): AssortmentLine {
  const updated = context.db.transaction(() => {
    const existing = getLine(context, id)
    assertCurrent(context, existing, baseVersion)
    const { values, issues } = parseAssortmentPatch(patch, context)
    if (issues.length > 0) throw validationFailure(context, issues)
    linesOf(context).update(id, { ...toValues(existing), ...values }, context.now())
    return getLine(context, id)
  })()
  publishLineChanges(context, { changed: [id] })
  return updated
}

/**
 * A paste (and the page's multi-line patches: solved prices, mark proposed, their undo): valid
 * cells stored, refused cells reported with their reason, in one transaction. A line whose
 * `baseVersion` is no longer current is left as it is: its cells are refused as stale and its
 * current values come back in `updated`.
 */
export function applyLineChanges(
  context: WorkbenchContext,
  updates: { id: number; patch: LinePatch; baseVersion?: number }[],
  creates: { accountId: number; skuId: number; patch: LinePatch }[]
): AssortmentAppliedChanges {
  const language = context.language()
  const applied = context.db.transaction((): AssortmentAppliedChanges => {
    const refused: AssortmentRefusedCell[] = []
    const updated: AssortmentLine[] = []
    const created: AssortmentLine[] = []
    let appliedCount = 0
    const staleMessage = translate(language, 'errors.stale')
    for (const { id, patch, baseVersion } of updates) {
      const existing = getLine(context, id)
      if (baseVersion !== undefined && existing.rowVersion !== baseVersion) {
        for (const field of Object.keys(patch) as EditableAssortmentField[]) refused.push({ id, field, code: 'stale', message: staleMessage })
        updated.push(existing)
        continue
      }
      const { values, issues } = parseAssortmentPatch(patch, context)
      for (const issue of issues) refused.push({ id, field: issue.field, message: describeLineIssue(language, issue) })
      const storedCount = Object.keys(values).length
      if (storedCount > 0) linesOf(context).update(id, { ...toValues(existing), ...values }, context.now())
      updated.push(getLine(context, id))
      appliedCount += storedCount
    }
    creates.forEach(({ accountId, skuId, patch }, createIndex) => {
      const { values, issues } = parseAssortmentPatch(patch, context)
      for (const issue of issues) refused.push({ id: null, createIndex, field: issue.field, message: describeLineIssue(language, issue) })
      try {
        created.push(insertValidatedLine(context, { accountId, skuId, ...emptyAssortmentLineValues('proposed'), ...values }, context.now()))
        appliedCount += Object.keys(values).length
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error
        refused.push({ id: null, createIndex, field: 'skuId', message: error.message })
      }
    })
    return { updated, created, refused, appliedCount }
  })()
  publishLineChanges(context, { changed: applied.updated.map((line) => line.id), created: applied.created.map((line) => line.id) })
  return applied
}

/** Adds SKUs to an account with a status; SKUs it already carries are skipped. */
export function addLines(context: WorkbenchContext, accountId: number, skuIds: number[], status: AssortmentStatus): AssortmentLine[] {
  const added = context.db.transaction(() => {
    requireAccount(context, accountId)
    const lines = linesOf(context)
    const added: AssortmentLine[] = []
    for (const skuId of new Set(skuIds)) {
      requireSku(context, skuId)
      if (lines.find(accountId, skuId)) continue
      added.push(insertValidatedLine(context, { accountId, skuId, ...emptyAssortmentLineValues(status) }, context.now()))
    }
    return added
  })()
  publishLineChanges(context, { created: added.map((line) => line.id) })
  return added
}

/**
 * Removes lines and returns them whole, for undo. `baseVersions`, by position in `ids`: each line
 * must still be at it (an undo of an add never removes a line someone has changed since).
 */
export function removeLines(context: WorkbenchContext, ids: number[], baseVersions?: number[]): AssortmentLine[] {
  const removed = context.db.transaction(() => {
    const seen = new Set<number>()
    return ids.flatMap((id, index) => {
      if (seen.has(id)) return []
      seen.add(id)
      const line = getLine(context, id)
      assertCurrent(context, line, baseVersions?.[index])
      linesOf(context).delete(id)
      return [line]
    })
  })()
  publishLineChanges(context, { deleted: removed.map((line) => line.id) })
  return removed
}

/** Puts removed lines back (undo), under their old ids where free, one version on from the one they had. */
export function restoreLines(context: WorkbenchContext, lines: AssortmentLine[]): AssortmentLine[] {
  const restored = context.db.transaction(() => lines.map((line) => insertValidatedLine(context, line, context.now())))()
  publishLineChanges(context, { created: restored.map((line) => line.id) })
  return restored
}

/** "+5", "-3.5%", "5" → ppm; "1.5", "-0.5" → fen; null when it is not a number. */
function parseBulkAmount(mode: BulkPriceMode, amount: string): number | null {
  const text = amount.replace(/[\s％]/g, (ch) => (ch === '％' ? '%' : '')).replace(/^\+/, '')
  if (mode === 'percent') return percentTextToPpm(text)
  const isNegative = text.startsWith('-')
  const parsed = parseMoneyFen(isNegative ? text.slice(1) : text, { maxFen: MAX_UNIT_PRICE_FEN })
  if (!parsed.ok || parsed.value === null) return null
  return isNegative ? -parsed.value : parsed.value
}

/**
 * Changes the supply or retail price of many lines at once, from each line's price in force (its
 * own, else the catalogue's): by a percentage (the change rounded half away from zero to the fen,
 * with applyRate) or by yuan. Every line gets its own price. One line that cannot be changed
 * (no retail price, a result of 0 or less) refuses the whole action, and so does one line written
 * since the version the person saw (`baseVersions`, by position in `ids`): refused as stale.
 */
export function bulkPrice(
  context: WorkbenchContext,
  ids: number[],
  field: BulkPriceField,
  mode: BulkPriceMode,
  amount: string,
  baseVersions?: number[]
): BulkPriceResult {
  const language = context.language()
  const delta = parseBulkAmount(mode, amount)
  if (delta === null) throw failure(context, 'validation', { field: 'supplyPriceFen', code: 'bulkAmountInvalid', params: { value: amount } })
  const lineField = field === 'supplyPrice' ? 'supplyPriceFen' : 'retailPriceFen'
  const fieldLabel = translate(language, `assortment.fields.${lineField}`)
  const result = context.db.transaction(() => {
    const before: AssortmentLine[] = []
    const after: AssortmentLine[] = []
    const seen = new Set<number>()
    for (const [index, id] of ids.entries()) {
      if (seen.has(id)) continue
      seen.add(id)
      const line = getLine(context, id)
      assertCurrent(context, line, baseVersions?.[index])
      const sku = requireSku(context, line.skuId)
      const current = field === 'supplyPrice' ? (line.supplyPriceFen ?? sku.listSupplyPriceFen) : (line.retailPriceFen ?? sku.suggestedRetailPriceFen)
      if (current === null) throw failure(context, 'validation', { field: lineField, code: 'bulkNoPrice', params: { sku: sku.code, field: fieldLabel } })
      const next = mode === 'percent' ? current + applyRate(current, delta) : current + delta
      if (next <= 0) {
        throw failure(context, 'validation', { field: lineField, code: 'bulkNotPositive', params: { sku: sku.code, field: fieldLabel, price: fenToYuanText(next) } })
      }
      if (next > MAX_UNIT_PRICE_FEN) throw failure(context, 'validation', { field: lineField, code: 'bulkTooLarge', params: { sku: sku.code, field: fieldLabel } })
      before.push(line)
      linesOf(context).update(id, { ...toValues(line), [lineField]: next }, context.now())
      after.push(getLine(context, id))
    }
    return { before, after }
  })()
  publishLineChanges(context, { changed: result.after.map((line) => line.id) })
  return result
}

/**
 * Copies one account's assortment to another: 'add-missing' adds the SKUs the target does not
 * carry; 'replace' removes the target's lines first. Status, prices, planned units and margin
 * targets are copied; last year's units are the source account's own sales and are not.
 */
export function copyAssortment(context: WorkbenchContext, fromAccountId: number, toAccountId: number, mode: 'add-missing' | 'replace'): CopiedAssortment {
  if (fromAccountId === toAccountId) throw failure(context, 'validation', { field: 'accountId', code: 'sameAccount' })
  const copied = context.db.transaction(() => {
    requireAccount(context, fromAccountId)
    requireAccount(context, toAccountId)
    const lines = linesOf(context)
    const removed = mode === 'replace' ? lines.listByAccount(toAccountId) : []
    for (const line of removed) lines.delete(line.id)
    const created: AssortmentLine[] = []
    for (const source of lines.listByAccount(fromAccountId)) {
      if (lines.find(toAccountId, source.skuId)) continue
      const values = { ...toValues(source), lastYearUnits: null }
      created.push(insertValidatedLine(context, { accountId: toAccountId, skuId: source.skuId, ...values }, context.now()))
    }
    return { created, removed }
  })()
  publishLineChanges(context, { created: copied.created.map((line) => line.id), deleted: copied.removed.map((line) => line.id) })
  return copied
}

function toCatalogueSku(sku: Sku): CatalogueSku {
  const { id: _id, updatedAt: _updatedAt, rowVersion: _rowVersion, notes: _notes, ...values } = sku
  return values
}

/** SKUs the account does not carry, ranked by the sku domain's whitespace evidence. */
export function whitespaceFor(context: WorkbenchContext, accountId: number): WhitespaceItem[] {
  requireAccount(context, accountId)
  const skus = catalogueRepositoryOf(context.db).list()
  const codeOf = new Map(skus.map((sku) => [sku.id, sku.code]))
  const idOf = new Map(skus.map((sku) => [sku.code, sku.id]))
  const byAccount = new Map<number, AssortmentLine[]>()
  // Pushed in place: copying an account's list per line was quadratic (200 accounts × 2,000 SKUs took seconds).
  for (const line of linesOf(context).listAll()) {
    const lines = byAccount.get(line.accountId)
    if (lines) lines.push(line)
    else byAccount.set(line.accountId, [line])
  }
  const domainLines = (lines: AssortmentLine[]) => lines.map((line) => toDomainLine(line, codeOf.get(line.skuId) ?? ''))
  const others: OtherAccountAssortment[] = [...byAccount]
    .filter(([id]) => id !== accountId)
    .map(([id, lines]) => ({ accountId: String(id), lines: domainLines(lines) }))
  return whitespace(domainLines(byAccount.get(accountId) ?? []), skus.map(toCatalogueSku), others).map((item) => ({
    ...item,
    skuId: idOf.get(item.skuCode) ?? 0
  }))
}

export function getPlan(context: WorkbenchContext, accountId: number): AccountPlan {
  const account = requireAccount(context, accountId)
  const marginTargetPpm = linesOf(context).planTarget(accountId)
  return { accountId, marginTargetPpm, effectiveMarginTargetPpm: marginTargetPpm ?? DEFAULT_MARGIN_TARGET_PPM_BY_FORMAT[account.format] }
}

export function setPlan(context: WorkbenchContext, accountId: number, marginTargetPpm: number | null): AccountPlan {
  return context.db.transaction(() => {
    requireAccount(context, accountId)
    linesOf(context).setPlanTarget(accountId, marginTargetPpm === null ? null : Math.min(marginTargetPpm, MAX_MARGIN_TARGET_PPM), context.now())
    return getPlan(context, accountId)
  })()
}
