/**
 * The handler table: exactly one handler per contract channel (the `satisfies` below fails to
 * compile otherwise, and a test pins the set). Each handler parses its input with the channel's
 * schema, calls one service and returns a Result; the transports only move bytes.
 */
import type { z } from 'zod'
import { contract, type ChannelOutput, type ParsedInput } from '../../src/shared/contract'
import { isChannel, type Channel } from '../../src/shared/channels'
import { AppFailure, fail, ok, type Result } from '../../src/shared/result'
import { translate } from '../../src/shared/i18n'
import type { WorkbenchContext } from './context'
import * as accountsService from './services/accounts-service'
import { initializeWorkspace, workspaceStatus } from './services/workspace-service'
import { readSettings, writeSetting } from './services/settings-service'
import { commitAccountImport, previewAccountImport } from './import/accounts-import'
import { exportAccounts } from './export/accounts-export'

type HandlerTable = { [C in Channel]: (context: WorkbenchContext, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export const handlers = {
  'app:info': (context) => context.info,
  'workspace:status': (context) => workspaceStatus(context),
  'workspace:init': (context, input) => initializeWorkspace(context, input.kind),
  'settings:get': (context) => readSettings(context),
  'settings:set': (context, input) => writeSetting(context, input),
  'regions:list': (context) => context.regionList,
  'accounts:list': (context, input) => accountsService.listAccounts(context, input.limit),
  'accounts:create': (context, input) => accountsService.createAccount(context, input.values),
  'accounts:update': (context, input) => accountsService.updateAccount(context, input.id, input.patch),
  'accounts:apply-changes': (context, input) => accountsService.applyAccountChanges(context, input.updates, input.creates),
  'accounts:duplicate': (context, input) => accountsService.duplicateAccounts(context, input.ids),
  'accounts:delete': (context, input) => accountsService.deleteAccounts(context, input.ids),
  'accounts:restore': (context, input) => accountsService.restoreAccounts(context, input.accounts),
  'accounts:import-preview': (context, input) => previewAccountImport(context, input),
  'accounts:import-commit': (context, input) => commitAccountImport(context, input),
  'accounts:export': (context, input) => exportAccounts(context, input)
} satisfies HandlerTable

function describeSchemaIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ')
}

/** The single entry both transports call: unknown channel and bad input become failed Results. */
export async function dispatch(context: WorkbenchContext, channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
  const language = context.language()
  if (!isChannel(channel)) return fail('unknown-channel', translate(language, 'errors.unknownChannel', { channel: String(channel).slice(0, 80) }))
  const parsed = contract[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return fail('bad-input', translate(language, 'errors.badInput', { issues: describeSchemaIssues(parsed.error) }))
  }
  try {
    const handler = handlers[channel] as (context: WorkbenchContext, input: unknown) => unknown
    return ok(await handler(context, parsed.data))
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message, error.details)
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[${channel}]`, error)
    return fail('internal', translate(language, 'errors.internal', { message }))
  }
}
