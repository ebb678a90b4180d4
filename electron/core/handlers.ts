/**
 * The handler table, merged from one table per capability: exactly one handler per contract
 * channel (the `satisfies` below fails to compile otherwise, and a test pins the set). Each
 * handler parses its input with the channel's schema, calls one service and returns a Result;
 * the transports only move bytes.
 */
import type { z } from 'zod'
import { contract } from '../../src/shared/contract'
import { isChannel, type Channel } from '../../src/shared/channels'
import { AppFailure, fail, ok, type Result } from '../../src/shared/result'
import { translate } from '../../src/shared/i18n'
import type { WorkbenchContext } from './context'
import type { HandlerTable } from './handler-table'
import { workspaceHandlers } from './workspace/workspace-handlers'
import { settingsHandlers } from './settings/settings-handlers'
import { regionsHandlers } from './regions/regions-handlers'
import { accountsHandlers } from './accounts/accounts-handlers'
import { catalogueHandlers } from './catalogue/catalogue-handlers'
import { assortmentHandlers } from './assortment/assortment-handlers'
import { termsHandlers } from './terms/terms-handlers'
import { proposalHandlers } from './proposal/proposal-handlers'
import { proposalDocumentHandlers } from './proposal-document/proposal-document-handlers'

export const handlers = {
  ...workspaceHandlers,
  ...settingsHandlers,
  ...regionsHandlers,
  ...accountsHandlers,
  ...catalogueHandlers,
  ...assortmentHandlers,
  ...termsHandlers,
  ...proposalHandlers,
  ...proposalDocumentHandlers
} satisfies HandlerTable<Channel>

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
