import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ParsedInput } from '../../../src/shared/contract'
import { AppFailure } from '../../../src/shared/result'

export async function exportAccounts(_context: WorkbenchContext, _input: ParsedInput<'accounts:export'>): Promise<ChannelOutput<'accounts:export'>> {
  throw new AppFailure('internal', 'export: being built')
}
