/**
 * The Word proposal: one channel that writes the .docx of a proposal (as it is now, or a saved
 * version from its snapshot) in the chosen language and money unit, and one the export dialog
 * polls for the phase a long export is in.
 */
import * as z from 'zod'
import type { ProposalDocumentChannel } from '../channels'
import { LANGUAGES } from '../i18n'
import { channel, type ChannelDefinition } from './define'

export const DOCUMENT_MONEY_UNITS = ['yuan', 'wan'] as const

/** What the core does in turn: gather the figures, draw the charts, write the document. Saving the file is the renderer's. */
export const EXPORT_PHASES = ['data', 'charts', 'document'] as const
export type ExportPhase = (typeof EXPORT_PHASES)[number]

export interface ExportedProposalDocument {
  fileName: string
  mimeType: string
  dataBase64: string
}

/** The phase an export is in; null once it is over (or for an id the core never saw). */
export interface ProposalExportProgress {
  phase: ExportPhase | null
}

/** Chosen by the renderer for one export, so it can ask how far that export is. */
const exportId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/)

export const proposalDocumentContract = {
  'proposal:export-docx': (() => {
    const input = z
      .object({
        proposalId: z.number().int().positive(),
        /** A saved version of this proposal: the document prints its snapshot, not today's data. */
        versionId: z.number().int().positive().optional(),
        language: z.enum(LANGUAGES),
        moneyUnit: z.enum(DOCUMENT_MONEY_UNITS),
        exportId: exportId.optional()
      })
      .strict()
    return channel<typeof input, ExportedProposalDocument>(input)
  })(),
  'proposal:export-progress': (() => {
    const input = z.object({ exportId }).strict()
    return channel<typeof input, ProposalExportProgress>(input)
  })()
} satisfies Record<ProposalDocumentChannel, ChannelDefinition>
