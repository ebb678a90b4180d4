import type { CatalogueChannel } from '../../../src/shared/channels'
import { AppFailure } from '../../../src/shared/result'
import type { HandlerTable } from '../handler-table'
import * as catalogueService from './catalogue-service'

const notYet = (): never => {
  throw new AppFailure('not-implemented', 'not implemented yet')
}

export const catalogueHandlers = {
  'catalogue:list': (context, input) => catalogueService.listSkus(context, input.limit),
  'catalogue:create': (context, input) => catalogueService.createSku(context, input.values),
  'catalogue:update': (context, input) => catalogueService.updateSku(context, input.id, input.patch),
  'catalogue:apply-changes': (context, input) => catalogueService.applySkuChanges(context, input.updates, input.creates),
  'catalogue:delete-impact': (context, input) => catalogueService.catalogueDeleteImpact(context, input.ids),
  'catalogue:delete': (context, input) => catalogueService.deleteSkus(context, input.ids),
  'catalogue:restore': (context, input) => catalogueService.restoreCatalogue(context, input.skus, input.lines),
  'catalogue:import-preview': notYet,
  'catalogue:import-commit': notYet,
  'catalogue:export': notYet
} satisfies HandlerTable<CatalogueChannel>
