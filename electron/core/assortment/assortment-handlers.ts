import type { AssortmentChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as assortmentService from './assortment-service'
import { solverTerms } from './solver-terms'

export const assortmentHandlers = {
  'assortment:list': (context, input) => assortmentService.listLines(context, input.accountId),
  'assortment:matrix': (context) => assortmentService.assortmentMatrix(context),
  'assortment:update': (context, input) => assortmentService.updateLine(context, input.id, input.patch, input.baseVersion),
  'assortment:apply-changes': (context, input) => assortmentService.applyLineChanges(context, input.updates, input.creates),
  'assortment:add': (context, input) => assortmentService.addLines(context, input.accountId, input.skuIds, input.status),
  'assortment:remove': (context, input) => assortmentService.removeLines(context, input.ids, input.baseVersions),
  'assortment:restore': (context, input) => assortmentService.restoreLines(context, input.lines),
  'assortment:bulk-price': (context, input) => assortmentService.bulkPrice(context, input.ids, input.field, input.mode, input.amount, input.baseVersions),
  'assortment:copy': (context, input) => assortmentService.copyAssortment(context, input.fromAccountId, input.toAccountId, input.mode),
  'assortment:whitespace': (context, input) => assortmentService.whitespaceFor(context, input.accountId),
  'assortment:plan-get': (context, input) => assortmentService.getPlan(context, input.accountId),
  'assortment:plan-set': (context, input) => assortmentService.setPlan(context, input.accountId, input.marginTargetPpm),
  'assortment:solver-terms': (context, input) => solverTerms(context, input.accountId)
} satisfies HandlerTable<AssortmentChannel>
