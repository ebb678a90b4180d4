import type { CatalogueChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as catalogueService from './catalogue-service'
import { commitCatalogueImport, previewCatalogueImport } from './catalogue-import'
import { exportCatalogue } from './catalogue-export'

export const catalogueHandlers = {
  'catalogue:list': (context, input) => catalogueService.listSkus(context, input.limit, input.ids),
  'catalogue:create': (context, input) => catalogueService.createSku(context, input.values),
  'catalogue:update': (context, input) => catalogueService.updateSku(context, input.id, input.patch),
  'catalogue:apply-changes': (context, input) => catalogueService.applySkuChanges(context, input.updates, input.creates),
  'catalogue:delete-impact': (context, input) => catalogueService.catalogueDeleteImpact(context, input.ids),
  'catalogue:delete': (context, input) => catalogueService.deleteSkus(context, input.ids),
  'catalogue:restore': (context, input) => catalogueService.restoreCatalogue(context, input.skus, input.lines),
  'catalogue:import-preview': (context, input) => previewCatalogueImport(context, input),
  'catalogue:import-commit': (context, input) => commitCatalogueImport(context, input),
  'catalogue:export': (context, input) => exportCatalogue(context, input)
} satisfies HandlerTable<CatalogueChannel>
