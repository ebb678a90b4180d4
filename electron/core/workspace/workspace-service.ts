import fs from 'node:fs'
import path from 'node:path'
import type { WorkbenchContext } from '../context'
import type { WorkspaceStatus } from '../../../src/shared/contract'
import { AppFailure } from '../../../src/shared/result'
import { describeFieldIssue, parseAccountPatch, crossFieldIssues } from '../../../src/shared/domain/accounts/account-fields'
import { emptyAccountValues } from '../../../src/shared/domain/accounts/account'
import { insertValidatedAccount, type AccountPatch } from '../accounts/accounts-service'
import { loadDemoCatalogue } from '../catalogue/catalogue-demo'
import { loadDemoTerms } from '../terms/terms-demo'
import { loadDemoProposals } from '../proposal/proposal-demo'

const INITIALIZED_SETTING = 'workspaceInitialized'

export function workspaceStatus(context: WorkbenchContext): WorkspaceStatus {
  const accountCount = context.accounts.count()
  return { isInitialized: accountCount > 0 || context.settings.get(INITIALIZED_SETTING) !== undefined, accountCount }
}

export function demoAccountsFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'accounts.json')
}

/**
 * First launch: the demo workspace (the shipped sample accounts, catalogue, assortments, term sheets and entry proposals) or an empty one. A workspace
 * that already holds accounts is never overwritten.
 */
export function initializeWorkspace(context: WorkbenchContext, kind: 'demo' | 'empty'): WorkspaceStatus {
  const status = workspaceStatus(context)
  if (status.isInitialized) return status
  const demo = kind === 'demo' ? (JSON.parse(fs.readFileSync(demoAccountsFile(context.resourcesDir), 'utf8')) as { accounts: AccountPatch[] }) : null
  context.db.transaction(() => {
    for (const [index, patch] of (demo?.accounts ?? []).entries()) {
      const { values, issues } = parseAccountPatch(patch, context)
      const record = { ...emptyAccountValues(String(patch.code), String(patch.name)), ...values }
      issues.push(...crossFieldIssues(record))
      if (issues.length > 0) {
        const reasons = issues.map((issue) => describeFieldIssue(context.language(), issue)).join('; ')
        throw new AppFailure('demo-data', `demo account ${index + 1}: ${reasons}`)
      }
      insertValidatedAccount(context, record, context.now())
    }
    if (demo) {
      loadDemoCatalogue(context)
      loadDemoTerms(context)
      loadDemoProposals(context)
    }
    context.settings.set(INITIALIZED_SETTING, kind)
  })()
  return workspaceStatus(context)
}
