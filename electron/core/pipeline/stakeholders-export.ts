/**
 * The stakeholders 关键人 of one account, or of all, as .xlsx. Contact details are personal data
 * (issue 11: "not included in any export unless the user ticks it"): without the tick the file has
 * no contact column at all, not empty ones, so nothing about them leaves the laptop.
 */
import type { WorkbenchContext } from '../context'
import type { ExportedFile } from '../../../src/shared/contract/accounts'
import { findDepartmentNeed } from '../../../src/shared/domain/pipeline'
import { translate, type Language } from '../../../src/shared/i18n'
import { textValue, writeTable, XLSX_MIME, type TableColumn, type TableValue } from '../files/table-writer'
import { localToday } from './pipeline-service'
import { pipelineRepositoryOf, type StakeholderRow } from './pipeline-repository'
import { AppFailure } from '../../../src/shared/result'

const CONTACT_FIELDS = ['mobile', 'phone', 'email', 'wechat', 'address'] as const

/** Characters Windows refuses in a file name. */
const safeFileName = (text: string): string => text.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim()

export async function exportStakeholders(
  context: WorkbenchContext,
  accountId: number | undefined,
  includeContactDetails: boolean,
  language: Language
): Promise<ExportedFile> {
  const repository = pipelineRepositoryOf(context.db)
  const accountName = accountId === undefined ? null : repository.accountName(accountId)
  if (accountId !== undefined && accountName === null) {
    throw new AppFailure('not-found', translate(context.language(), 'pipeline.errors.accountNotFound', { id: accountId }))
  }
  const rows = accountId === undefined ? repository.allStakeholders() : repository.stakeholders(accountId)
  const say = (key: string, params?: Record<string, string | number>) => translate(language, `pipeline.${key}`, params)
  const names = new Map<number, string>()
  const nameOf = (id: number): string => {
    let name = names.get(id)
    if (name === undefined) {
      name = repository.accountName(id) ?? ''
      names.set(id, name)
    }
    return name
  }
  const columns: TableColumn[] = [
    { header: say('export.account'), kind: 'text' },
    { header: say('export.name'), kind: 'text' },
    { header: say('export.department'), kind: 'text' },
    { header: say('export.title'), kind: 'text' },
    { header: say('export.decisionWeight'), kind: 'text' },
    { header: say('export.relationship'), kind: 'text' },
    { header: say('export.reachedOn'), kind: 'text' },
    { header: say('export.needs'), kind: 'text' },
    { header: say('export.ownWords'), kind: 'text' },
    ...(includeContactDetails ? CONTACT_FIELDS.map((field): TableColumn => ({ header: say(`ui.${field === 'address' ? 'address' : field}`), kind: 'text' })) : [])
  ]
  const cellsOf = (row: StakeholderRow): TableValue[] => {
    const values = row.values
    const department = values.department === 'custom' && values.customDepartmentLabel ? values.customDepartmentLabel : say(`departments.${values.department}`)
    const needs = values.tickedNeedIds.filter((needId) => findDepartmentNeed(needId) !== undefined).map((needId) => say(`needs.${needId}`))
    return [
      textValue(nameOf(row.accountId)),
      textValue(values.name),
      textValue(department),
      textValue(values.title),
      textValue(say(`decisionWeights.${values.decisionWeight}`)),
      textValue(say(`relationshipStages.${values.relationship.stage}`)),
      textValue(values.relationship.reachedOn[values.relationship.stage]),
      textValue(needs.join('；')),
      textValue(values.ownWordsNeeds.filter((text) => text.trim() !== '').join('；')),
      ...(includeContactDetails ? CONTACT_FIELDS.map((field) => textValue(values.contact[field])) : [])
    ]
  }
  const bytes = await writeTable('xlsx', { sheetName: say('export.sheetName'), columns, rows, cellsOf })
  const baseName = `${say('export.fileBaseName')}-${accountName ?? say('export.allAccounts')}-${localToday(context)}`
  return { fileName: `${safeFileName(baseName)}.xlsx`, mimeType: XLSX_MIME, dataBase64: bytes.toString('base64'), rowCount: rows.length }
}
