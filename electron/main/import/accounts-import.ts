import type { WorkbenchContext } from '../context'
import type { ChannelOutput, ParsedInput } from '../../../src/shared/contract'
import { AppFailure } from '../../../src/shared/result'

export function previewAccountImport(_context: WorkbenchContext, _input: ParsedInput<'accounts:import-preview'>): ChannelOutput<'accounts:import-preview'> {
  throw new AppFailure('internal', 'import preview: being built')
}

export function commitAccountImport(_context: WorkbenchContext, _input: ParsedInput<'accounts:import-commit'>): ChannelOutput<'accounts:import-commit'> {
  throw new AppFailure('internal', 'import commit: being built')
}
