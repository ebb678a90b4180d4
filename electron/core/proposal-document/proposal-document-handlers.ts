import type { ProposalDocumentChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import { exportProgress } from './export-progress'
import { exportProposalDocx } from './proposal-document-service'

export const proposalDocumentHandlers = {
  'proposal:export-docx': (context, input) => exportProposalDocx(context, input),
  'proposal:export-progress': (_context, input) => exportProgress(input.exportId)
} satisfies HandlerTable<ProposalDocumentChannel>
