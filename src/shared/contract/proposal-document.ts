/** The Word proposal: one channel that writes the .docx of a proposal in the chosen language and money unit. */
import * as z from 'zod'
import type { ProposalDocumentChannel } from '../channels'
import { LANGUAGES } from '../i18n'
import { channel, type ChannelDefinition } from './define'

export const DOCUMENT_MONEY_UNITS = ['yuan', 'wan'] as const

export interface ExportedProposalDocument {
  fileName: string
  mimeType: string
  dataBase64: string
}

export const proposalDocumentContract = {
  'proposal:export-docx': (() => {
    const input = z
      .object({
        proposalId: z.number().int().positive(),
        language: z.enum(LANGUAGES),
        moneyUnit: z.enum(DOCUMENT_MONEY_UNITS)
      })
      .strict()
    return channel<typeof input, ExportedProposalDocument>(input)
  })()
} satisfies Record<ProposalDocumentChannel, ChannelDefinition>
