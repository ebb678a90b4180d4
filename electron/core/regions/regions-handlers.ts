import type { RegionsChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'

export const regionsHandlers = {
  'regions:list': (context) => context.regionList
} satisfies HandlerTable<RegionsChannel>
