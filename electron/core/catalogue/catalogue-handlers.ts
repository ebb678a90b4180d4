import type { CatalogueChannel } from '../../../src/shared/channels'
import { AppFailure } from '../../../src/shared/result'
import type { HandlerTable } from '../handler-table'

const notYet = (): never => {
  throw new AppFailure('not-implemented', 'not implemented yet')
}

export const catalogueHandlers = {
  'catalogue:list': notYet,
  'catalogue:create': notYet,
  'catalogue:update': notYet,
  'catalogue:apply-changes': notYet,
  'catalogue:delete-impact': notYet,
  'catalogue:delete': notYet,
  'catalogue:restore': notYet,
  'catalogue:import-preview': notYet,
  'catalogue:import-commit': notYet,
  'catalogue:export': notYet
} satisfies HandlerTable<CatalogueChannel>
