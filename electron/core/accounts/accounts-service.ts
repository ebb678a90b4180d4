/**
 * Account use cases. Each runs in one synchronous transaction: a user action is stored whole or
 * not at all. Patch values are cell values as a person types them (money in yuan, e.g. "1.2亿").
 */
import type { WorkbenchContext } from '../context'
import type { AccountHistoryEntry, AppliedChanges, RefusedCell } from '../../../src/shared/contract'
import {
  emptyAccountValues,
  MAX_NAME_LENGTH,
  type Account,
  type BinnedAccount,
  type AccountValues,
  type EditableAccountField
} from '../../../src/shared/domain/accounts/account'
import {
  crossFieldIssues,
  describeFieldIssue,
  parseAccountPatch,
  type FieldIssue
} from '../../../src/shared/domain/accounts/account-fields'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'

export type AccountPatch = Partial<Record<EditableAccountField, string | number | boolean | null>>

/** The values of a stored account, without its id, timestamp and version. */
export function toAccountValues(account: Account): AccountValues {
  const { id: _id, updatedAt: _updatedAt, rowVersion: _rowVersion, ...values } = account
  return values
}
const toValues = toAccountValues

/** Tells the other windows what a committed write did to the accounts (call after the commit). */
export function publishAccountChanges(context: WorkbenchContext, change: { changed?: number[]; created?: number[]; deleted?: number[] }): void {
  context.changes.publish({ entity: 'accounts', changed: change.changed ?? [], created: change.created ?? [], deleted: change.deleted ?? [] })
}

/**
 * A write based on a version that is no longer the stored one: someone (another window, a
 * script) changed the row since. The current row travels along so the window can show it.
 */
export function staleFailure(context: WorkbenchContext, current: Account | null): AppFailure {
  return new AppFailure('stale', translate(context.language(), 'errors.stale'), { current })
}

/** Refuses the write unless the row is still at `baseVersion` (no version: a script that takes its chances). */
function assertCurrent(context: WorkbenchContext, current: Account, baseVersion: number | undefined): void {
  if (baseVersion !== undefined && current.rowVersion !== baseVersion) throw staleFailure(context, current)
}

function validationFailure(context: WorkbenchContext, issues: FieldIssue[]): AppFailure {
  const language = context.language()
  const described = issues.map((issue) => ({ field: issue.field, code: issue.code, message: describeFieldIssue(language, issue) }))
  return new AppFailure('validation', described.map((d) => d.message).join('；'), { issues: described })
}

function notFound(context: WorkbenchContext, id: number): AppFailure {
  return new AppFailure('not-found', translate(context.language(), 'errors.notFound', { id }), { id })
}

/**
 * Hands out the next free `KA-nnnn` codes for one transaction: the highest number is read once,
 * so creating many rows (a long paste, a duplicate of thousands) stays linear.
 */
export function codeAllocator(context: WorkbenchContext, isReserved: (code: string) => boolean = () => false): () => string {
  let number = context.accounts.highestKaNumber()
  return () => {
    let code: string
    do {
      number += 1
      code = `KA-${String(number).padStart(4, '0')}`
    } while (isReserved(code) || context.accounts.codeOwner(code) !== undefined)
    return code
  }
}

/** Issues of a complete record that depend on the rest of the workspace or on several fields. */
function recordIssues(context: WorkbenchContext, values: AccountValues, ownId: number | null): FieldIssue[] {
  const issues = crossFieldIssues(values)
  const owner = context.accounts.codeOwner(values.code)
  if (owner !== undefined && owner !== ownId) issues.push({ field: 'code', code: 'duplicateCode', params: { value: values.code } })
  return issues
}

/**
 * The one way a new account is stored (create, paste, duplicate, restore, import, the demo
 * workspace): the complete record is checked against the rest of the workspace (code unique,
 * cross-field rules) and inserted, or a validation failure is thrown. Callers own the transaction.
 */
export function insertValidatedAccount(
  context: WorkbenchContext,
  values: AccountValues,
  now: string,
  id?: number,
  action: 'create' | 'import' | 'restore' = 'create'
): number {
  const issues = recordIssues(context, values, null)
  if (issues.length > 0) throw validationFailure(context, issues)
  return context.accounts.insert(values, now, id, action)
}

/** Many ids: one read of the table beats a lookup per id. */
const BULK_READ_IDS = 500

/**
 * An update of a whole record (an import by 客户编码): checked like an insert (code unique,
 * cross-field rules, e.g. a file with only 日均成交笔数 above the stored 日均客流). Callers own the
 * transaction.
 */
export function updateValidatedAccount(context: WorkbenchContext, id: number, values: AccountValues, now: string): void {
  const issues = recordIssues(context, values, id)
  if (issues.length > 0) throw validationFailure(context, issues)
  context.accounts.update(id, values, now)
}

export function listAccounts(context: WorkbenchContext, limit?: number, ids?: number[]): Account[] {
  if (ids !== undefined) {
    const byId = ids.length > BULK_READ_IDS ? new Map(context.accounts.list().map((account) => [account.id, account])) : null
    const found = ids.flatMap((id) => {
      const account = byId ? byId.get(id) : context.accounts.get(id)
      return account ? [account] : []
    })
    return limit === undefined ? found : found.slice(0, limit)
  }
  return limit === undefined ? context.accounts.list() : context.accounts.listFirst(limit)
}

/** The account's change history, newest first; an id with no history (never existed) has none. */
export function accountHistory(context: WorkbenchContext, id: number): AccountHistoryEntry[] {
  return context.accounts.history(id)
}

export function createAccount(context: WorkbenchContext, patch: AccountPatch = {}): Account {
  const created = context.db.transaction(() => {
    const defaults = emptyAccountValues(codeAllocator(context)(), translate(context.language(), 'accounts.newAccountName'))
    const { values, issues } = parseAccountPatch(patch, context)
    if (issues.length > 0) throw validationFailure(context, issues)
    const id = insertValidatedAccount(context, { ...defaults, ...values }, context.now())
    return context.accounts.get(id) as Account
  })()
  publishAccountChanges(context, { created: [created.id] })
  return created
}

/**
 * One cell edit (or a few fields of one account): all fields are stored, or none. With
 * `baseVersion`, refused as stale when the row has been written since that version.
 */
export function updateAccount(context: WorkbenchContext, id: number, patch: AccountPatch, baseVersion?: number): Account {
  const updated = context.db.transaction(() => {
    const existing = context.accounts.get(id)
    if (!existing) throw notFound(context, id)
    assertCurrent(context, existing, baseVersion)
    const { values, issues } = parseAccountPatch(patch, context)
    if (issues.length > 0) throw validationFailure(context, issues)
    const record = { ...toValues(existing), ...values }
    const recordProblems = recordIssues(context, record, id)
    if (recordProblems.length > 0) throw validationFailure(context, recordProblems)
    context.accounts.update(id, record, context.now())
    return context.accounts.get(id) as Account
  })()
  publishAccountChanges(context, { changed: [id] })
  return updated
}

/**
 * A block of cells (a paste): every valid cell is stored, every refused cell is reported with
 * its reason, all in one transaction. Rows past the end are created. A row whose `baseVersion`
 * is no longer current is left as it is: its cells are refused as stale and its current values
 * come back in `updated`.
 */
export function applyAccountChanges(
  context: WorkbenchContext,
  updates: { id: number; patch: AccountPatch; baseVersion?: number }[],
  creates: AccountPatch[]
): AppliedChanges {
  const language = context.language()
  const applied = context.db.transaction((): AppliedChanges => {
    const refused: RefusedCell[] = []
    const updated: Account[] = []
    const created: Account[] = []
    let appliedCount = 0

    const applyTo = (base: AccountValues, ownId: number | null, patch: AccountPatch, refuse: (issue: FieldIssue) => void) => {
      const { values, issues } = parseAccountPatch(patch, context)
      issues.forEach(refuse)
      const accepted: Partial<AccountValues> = { ...values }
      for (const issue of recordIssues(context, { ...base, ...accepted }, ownId)) {
        refuse(issue)
        // The traffic rule involves two cells: keep neither of them from this block.
        const fields: EditableAccountField[] =
          issue.code === 'transactionsExceedTraffic' ? ['dailyTraffic', 'dailyTransactions'] : [issue.field]
        for (const field of fields) delete accepted[field]
      }
      return { record: { ...base, ...accepted }, storedCount: Object.keys(accepted).length }
    }

    const staleMessage = translate(language, 'errors.stale')
    for (const { id, patch, baseVersion } of updates) {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
      if (baseVersion !== undefined && existing.rowVersion !== baseVersion) {
        for (const field of Object.keys(patch) as EditableAccountField[]) refused.push({ id, field, code: 'stale', message: staleMessage })
        updated.push(existing)
        continue
      }
      const { record, storedCount } = applyTo(toValues(existing), id, patch, (issue) => {
        refused.push({ id, field: issue.field, message: describeFieldIssue(language, issue) })
      })
      if (storedCount > 0) context.accounts.update(id, record, context.now())
      updated.push(context.accounts.get(id) as Account)
      appliedCount += storedCount
    }

    const nextCode = codeAllocator(context)
    creates.forEach((patch, createIndex) => {
      const defaults = emptyAccountValues(nextCode(), translate(language, 'accounts.newAccountName'))
      const { record, storedCount } = applyTo(defaults, null, patch, (issue) => {
        refused.push({ id: null, createIndex, field: issue.field, message: describeFieldIssue(language, issue) })
      })
      const id = insertValidatedAccount(context, record, context.now())
      created.push(context.accounts.get(id) as Account)
      appliedCount += storedCount
    })

    return { updated, created, refused, appliedCount }
  })()
  publishAccountChanges(context, { changed: applied.updated.map((account) => account.id), created: applied.created.map((account) => account.id) })
  return applied
}

export function duplicateAccounts(context: WorkbenchContext, ids: number[]): Account[] {
  const suffix = translate(context.language(), 'accounts.copySuffix')
  const copies = context.db.transaction(() => {
    const nextCode = codeAllocator(context)
    return ids.map((id) => {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
      // The registry's limit; the name gives way so that the copy still says it is one.
      const name = existing.name.slice(0, Math.max(0, MAX_NAME_LENGTH - suffix.length)) + suffix
      const newId = insertValidatedAccount(context, { ...toValues(existing), code: nextCode(), name }, context.now())
      return context.accounts.get(newId) as Account
    })
  })()
  publishAccountChanges(context, { created: copies.map((copy) => copy.id) })
  return copies
}

/**
 * Moves the accounts to the recycle bin (回收站) and returns them as binned, with their new
 * versions (an undo sends those back). `baseVersions`, by position: each row must still be at it.
 */
export function deleteAccounts(context: WorkbenchContext, ids: number[], baseVersions?: number[]): Account[] {
  const binned = context.db.transaction(() =>
    ids.map((id, index) => {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
      assertCurrent(context, existing, baseVersions?.[index])
      context.accounts.bin(id, context.now())
      return context.accounts.getAny(id) as Account
    })
  )()
  publishAccountChanges(context, { deleted: ids })
  return binned.map(({ deletedAt: _deletedAt, ...account }: Account & { deletedAt?: string | null }) => account)
}

/**
 * Takes accounts out of the bin (the bin's Restore, and undo of a delete), under their id and
 * code. `baseVersions`, by position: each must still be the binned row's version, so an undo never
 * brings back a row someone restored, emptied or changed since.
 */
export function restoreAccounts(context: WorkbenchContext, ids: number[], baseVersions?: number[]): Account[] {
  const restored = context.db.transaction(() =>
    ids.map((id, index) => {
      const binned = context.accounts.getAny(id)
      if (!binned) throw staleFailure(context, null)
      if (binned.deletedAt === null) {
        const { deletedAt: _deletedAt, ...live } = binned
        throw staleFailure(context, live)
      }
      assertCurrent(context, binned, baseVersions?.[index])
      context.accounts.unbin(id, context.now())
      return context.accounts.get(id) as Account
    })
  )()
  publishAccountChanges(context, { created: ids })
  return restored
}

/** The recycle bin, the most recently deleted first. */
export function listBinnedAccounts(context: WorkbenchContext): BinnedAccount[] {
  return context.accounts.listBinned()
}

/** Empties the bin for good (all of it, or the given accounts): only ever at the user's request. */
export function emptyAccountBin(context: WorkbenchContext, ids?: number[]): { purgedCount: number } {
  const purgedCount = context.db.transaction(() => {
    const targets = ids ?? context.accounts.listBinned().map((account) => account.id)
    return targets.filter((id) => context.accounts.purge(id)).length
  })()
  return { purgedCount }
}
