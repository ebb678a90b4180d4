/**
 * The Word export as the planner calls it: the core writes the document, the renderer hands the
 * bytes to the user as a download (Electron: the native save dialog; Chromium: a .crdownload that
 * is renamed only when whole), so no half-written .docx is ever left where the user looks.
 * While the core works, its phase is polled under an id chosen here; saving is the last phase.
 */
import { api } from '../../lib/api'
import { downloadBase64 } from '../../lib/download'
import type { ExportPhase } from '../../shared/contract'
import type { Language } from '../../shared/i18n'

export type ExportStep = ExportPhase | 'saving'
export const EXPORT_STEPS: readonly ExportStep[] = ['data', 'charts', 'document', 'saving']

const POLL_MS = 250

export interface ProposalExportRequest {
  proposalId: number
  /** A saved version; absent: the proposal as it is now. */
  versionId?: number
  language: Language
  moneyUnit: 'yuan' | 'wan'
}

function newExportId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `export-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
}

/** Exports and downloads the document; `onStep` hears each phase as the core reports it, then 'saving'. Returns the file's name. */
export async function exportProposalDocx(request: ProposalExportRequest, onStep: (step: ExportStep) => void = () => {}): Promise<string> {
  const exportId = newExportId()
  let isDone = false
  const poll = async (): Promise<void> => {
    while (!isDone) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      if (isDone) return
      try {
        const { phase } = await api.proposal.exportProgress({ exportId })
        if (phase && !isDone) onStep(phase)
      } catch {
        // A missed poll only delays the bar; the export's own answer decides the outcome.
      }
    }
  }
  onStep('data')
  void poll()
  try {
    const file = await api.proposal.exportDocx({ ...request, exportId })
    isDone = true
    onStep('saving')
    downloadBase64(file.fileName, file.mimeType, file.dataBase64)
    return file.fileName
  } finally {
    isDone = true
  }
}
