/**
 * The Word export as the planner calls it: the core writes the document, the renderer hands the
 * bytes to the user as a download (Electron: the native save dialog; Chromium: a .crdownload that
 * is renamed only when whole), so no half-written .docx is ever left where the user looks.
 */
import { api } from '../../lib/api'
import { downloadBase64 } from '../../lib/download'
import type { Language } from '../../shared/i18n'

export async function exportProposalDocx(proposalId: number, language: Language, moneyUnit: 'yuan' | 'wan'): Promise<string> {
  const file = await api.proposal.exportDocx({ proposalId, language, moneyUnit })
  downloadBase64(file.fileName, file.mimeType, file.dataBase64)
  return file.fileName
}
