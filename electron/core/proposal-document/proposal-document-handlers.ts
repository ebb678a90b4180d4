import type { ProposalDocumentChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import { exportProposalDocx } from './proposal-document-service'

export const proposalDocumentHandlers = {
  'proposal:export-docx': (context, input) => exportProposalDocx(context, input)
} satisfies HandlerTable<ProposalDocumentChannel>
