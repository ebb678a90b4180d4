/** The preparation sheet's .docx: the service's data through the pure builder, packed in memory. */
import type { WorkbenchContext } from '../context'
import type { ExportedFile } from '../../../src/shared/contract/accounts'
import { translate, type Language } from '../../../src/shared/i18n'
import { chartPalette } from '../files/charts/chart-theme'
import { packDocument } from '../files/docx/pack-document'
import { buildNegotiationDocument } from './negotiation-document'
import { getNegotiation, localToday } from './pipeline-service'
import { pipelineRepositoryOf } from './pipeline-repository'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Characters Windows refuses in a file name. */
const safeFileName = (text: string): string => text.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim()

export async function exportNegotiation(context: WorkbenchContext, id: number, language: Language): Promise<ExportedFile> {
  const negotiation = getNegotiation(context, id)
  const accountName = pipelineRepositoryOf(context.db).accountName(negotiation.accountId) ?? ''
  const companySetting = context.settings.get('companyName')
  const document = buildNegotiationDocument({
    language,
    accountName,
    companyName: typeof companySetting === 'string' ? companySetting : '',
    accent: chartPalette.accent,
    round: negotiation.round,
    meetingOn: negotiation.meetingOn,
    sheet: negotiation.sheet,
    agreedText: negotiation.agreedText
  })
  const bytes = await packDocument(document)
  const baseName = `${translate(language, 'pipeline.negotiation.sheet.fileBaseName')}-${accountName}-${negotiation.round}-${localToday(context)}`
  return { fileName: `${safeFileName(baseName)}.docx`, mimeType: DOCX_MIME, dataBase64: bytes.toString('base64'), rowCount: 1 }
}
