import type { AssortmentChannel } from '../../../src/shared/channels'
import { AppFailure } from '../../../src/shared/result'
import type { HandlerTable } from '../handler-table'

const notYet = (): never => {
  throw new AppFailure('not-implemented', 'not implemented yet')
}

export const assortmentHandlers = {
  'assortment:list': notYet,
  'assortment:matrix': notYet,
  'assortment:update': notYet,
  'assortment:apply-changes': notYet,
  'assortment:add': notYet,
  'assortment:remove': notYet,
  'assortment:restore': notYet,
  'assortment:bulk-price': notYet,
  'assortment:copy': notYet,
  'assortment:whitespace': notYet,
  'assortment:plan-get': notYet,
  'assortment:plan-set': notYet
} satisfies HandlerTable<AssortmentChannel>
