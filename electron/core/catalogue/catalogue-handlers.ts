import type { CatalogueChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as catalogueService from './catalogue-service'
import { commitCatalogueImport, previewCatalogueImport } from './catalogue-import'
import { exportCatalogue } from './catalogue-export'

export const catalogueHandlers = {
  'catalogue:list': (context, input) => catalogueService.listSkus(context, input.limit, input.ids),
  'catalogue:create': (context, input) => catalogueService.createSku(context, input.values),
  'catalogue:update': (context, input) => catalogueService.updateSku(context, input.id, input.patch, input.baseVersion),
  'catalogue:apply-changes': (context, input) => catalogueService.applySkuChanges(context, input.updates, input.creates),
  'catalogue:delete-impact': (context, input) => catalogueService.catalogueDeleteImpact(context, input.ids),
  'catalogue:delete': (context, input) => catalogueService.deleteSkus(context, input.ids, input.baseVersions),
  'catalogue:restore': (context, input) => catalogueService.restoreCatalogue(context, input.skus, input.lines),
  'catalogue:import-preview': (context, input) => previewCatalogueImport(context, input),
  'catalogue:import-commit': async (context, input) => {
    const result = await commitCatalogueImport(context, input)
    // Published here, after the import's transaction, so the import core stays a pure writer.
    catalogueService.publishSkuChanges(context, { created: result.insertedIds })
    return result
  },
  'catalogue:export': (context, input) => exportCatalogue(context, input)
} satisfies HandlerTable<CatalogueChannel>
