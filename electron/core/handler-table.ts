import type { Channel } from '../../src/shared/channels'
import type { ChannelOutput, ParsedInput } from '../../src/shared/contract'
import type { WorkbenchContext } from './context'

/** One handler per channel of C: it gets the parsed input and returns the channel's output. */
export type HandlerTable<C extends Channel> = {
  [K in C]: (context: WorkbenchContext, input: ParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>
}
