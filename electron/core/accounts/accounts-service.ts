/**
 * Account use cases. Each runs in one synchronous transaction: a user action is stored whole or
 * not at all. Patch values are cell values as a person types them (money in yuan, e.g. "1.2亿").
 */
import type { WorkbenchContext } from '../context'
import type { AppliedChanges, RefusedCell } from '../../../src/shared/contract'
import {
  emptyAccountValues,
  type Account,
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

function toValues(account: Account): AccountValues {
  const { id: _id, updatedAt: _updatedAt, ...values } = account
  return values
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
export function insertValidatedAccount(context: WorkbenchContext, values: AccountValues, now: string, id?: number): number {
  const issues = recordIssues(context, values, null)
  if (issues.length > 0) throw validationFailure(context, issues)
  return context.accounts.insert(values, now, id)
}

/** Many ids: one read of the table beats a lookup per id. */
const BULK_READ_IDS = 500

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

export function createAccount(context: WorkbenchContext, patch: AccountPatch = {}): Account {
  return context.db.transaction(() => {
    const defaults = emptyAccountValues(codeAllocator(context)(), translate(context.language(), 'accounts.newAccountName'))
    const { values, issues } = parseAccountPatch(patch, context)
    if (issues.length > 0) throw validationFailure(context, issues)
    const id = insertValidatedAccount(context, { ...defaults, ...values }, context.now())
    return context.accounts.get(id) as Account
  })()
}

/** One cell edit (or a few fields of one account): all fields are stored, or none. */
export function updateAccount(context: WorkbenchContext, id: number, patch: AccountPatch): Account {
  return context.db.transaction(() => {
    const existing = context.accounts.get(id)
    if (!existing) throw notFound(context, id)
    const { values, issues } = parseAccountPatch(patch, context)
    if (issues.length > 0) throw validationFailure(context, issues)
    const record = { ...toValues(existing), ...values }
    const recordProblems = recordIssues(context, record, id)
    if (recordProblems.length > 0) throw validationFailure(context, recordProblems)
    context.accounts.update(id, record, context.now())
    return context.accounts.get(id) as Account
  })()
}

/**
 * A block of cells (a paste): every valid cell is stored, every refused cell is reported with
 * its reason, all in one transaction. Rows past the end are created.
 */
export function applyAccountChanges(
  context: WorkbenchContext,
  updates: { id: number; patch: AccountPatch }[],
  creates: AccountPatch[]
): AppliedChanges {
  const language = context.language()
  return context.db.transaction(() => {
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

    for (const { id, patch } of updates) {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
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
}

export function duplicateAccounts(context: WorkbenchContext, ids: number[]): Account[] {
  const suffix = translate(context.language(), 'accounts.copySuffix')
  return context.db.transaction(() => {
    const nextCode = codeAllocator(context)
    return ids.map((id) => {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
      const name = (existing.name + suffix).slice(0, 100)
      const newId = insertValidatedAccount(context, { ...toValues(existing), code: nextCode(), name }, context.now())
      return context.accounts.get(newId) as Account
    })
  })()
}

/** Deletes the accounts and returns them whole, so the user can undo. */
export function deleteAccounts(context: WorkbenchContext, ids: number[]): Account[] {
  return context.db.transaction(() =>
    ids.map((id) => {
      const existing = context.accounts.get(id)
      if (!existing) throw notFound(context, id)
      context.accounts.delete(id)
      return existing
    })
  )()
}

/** Puts deleted accounts back (undo of a delete), under their old id and code. */
export function restoreAccounts(context: WorkbenchContext, accounts: Account[]): Account[] {
  return context.db.transaction(() =>
    accounts.map((account) => {
      const isIdFree = context.accounts.get(account.id) === undefined
      const id = insertValidatedAccount(context, toValues(account), context.now(), isIdFree ? account.id : undefined)
      return context.accounts.get(id) as Account
    })
  )()
}
