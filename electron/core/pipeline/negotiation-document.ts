/**
 * The negotiation preparation sheet 谈判准备单 as a one-page Word document, built with the same
 * kit as the proposal (fonts, table style, header and footer with page X of Y). Pure: a sheet and
 * its labels in, a document out; the service gathers the data and packs the file.
 */
import { HeadingLevel, Paragraph, TextRun, type Document } from 'docx'
import type { PreparationSheet } from '../../../src/shared/domain/pipeline'
import { TERM_UNITS } from '../../../src/shared/domain/pipeline'
import { translate } from '../../../src/shared/i18n'
import {
  PORTRAIT_TEXT_WIDTH_DXA,
  bodyText,
  columnWidthsDxa,
  dataTable,
  kitColours,
  kitDocument,
  portraitSection,
  type DataCell,
  type DataColumn
} from '../files/docx/document-kit'
import { formatMoney, formatPercent, type DocumentLanguage } from '../files/docx/figure-format'
import { kitLabels } from '../files/docx/kit-labels'

export interface NegotiationDocumentInput {
  language: DocumentLanguage
  accountName: string
  /** The supplier's company name for the running header; blank when not set. */
  companyName: string
  accent: string
  round: number
  meetingOn: string | null
  sheet: PreparationSheet
  agreedText: string
}

/** A limit's value in its unit: fen as yuan, ppm as %, days as days. */
function limitText(language: DocumentLanguage, unit: 'fen' | 'ppm' | 'days', value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (unit === 'fen') return `${formatMoney(value, 'yuan')} ${kitLabels[language].moneyUnit.yuan}`
  if (unit === 'ppm') return formatPercent(value)
  return translate(language, 'pipeline.negotiation.sheet.days', { days: value })
}

/** Fills a question template's {{topic}} with the planned topic (or a blank line to write on). */
function questionText(language: DocumentLanguage, entry: PreparationSheet['questionPlan'][number]): string {
  if (entry.text) return entry.text
  if (!entry.templateId) return ''
  const [type, number] = entry.templateId.split('.')
  return translate(language, `pipeline.negotiation.questions.${type}.${number}`, { topic: entry.topic ?? '____' })
}

/** A section title in the kit's Heading 2 style, unnumbered: a one-page form reads better without 1.1, 1.2. */
const section = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 })

export function buildNegotiationDocument(input: NegotiationDocumentInput): Document {
  const { language, sheet, accent } = input
  const t = (key: string, params: Record<string, unknown> = {}) => translate(language, `pipeline.negotiation.${key}`, params)
  const title = t('sheet.title')
  const columns = (headers: string[], weights: number[], kinds: DataColumn['kind'][] = []): DataColumn[] =>
    columnWidthsDxa(weights, PORTRAIT_TEXT_WIDTH_DXA).map((widthDxa, index) => ({ header: headers[index] ?? '', widthDxa, kind: kinds[index] ?? 'text' }))
  const table = (cols: DataColumn[], rows: DataCell[][], totalsRow?: DataCell[]) =>
    dataTable({ columns: cols, rows, ...(totalsRow ? { totalsRow } : {}), moneyUnit: 'yuan', accent, hasZebra: true })

  const limits = table(
    columns([t('sheet.term'), t('limits.opening'), t('limits.objective'), t('limits.walkAway')], [34, 22, 22, 22]),
    sheet.limits.map((limit) => {
      const unit = TERM_UNITS[limit.term]
      const name = `${t(`terms.${limit.term}`)}${limit.skuCode ? ` (${limit.skuCode})` : ''}`
      return [name, limitText(language, unit, limit.opening), limitText(language, unit, limit.objective), limitText(language, unit, limit.walkAway)]
    })
  )
  const buyerTactics = table(
    columns([t('sheet.tactic'), t('sheet.response')], [28, 72]),
    sheet.expectedBuyerTactics.map((entry) => [t(`buyerTactics.${entry.tactic}.name`), entry.plannedResponse || t('sheet.noResponse')])
  )
  const ourTactics = table(
    columns([t('sheet.ourTactic'), t('sheet.note')], [28, 72]),
    sheet.ourTactics.map((entry) => [t(`ourTactics.${entry.tactic}.name`), entry.note])
  )
  const concessionTotal = sheet.concessions.reduce((sum, entry) => sum + (entry.valueFen ?? 0), 0)
  const concessions = table(
    columns([t('sheet.give'), t('sheet.get'), t('sheet.cost')], [40, 40, 20], ['text', 'text', 'money']),
    sheet.concessions.map((entry) => [entry.give, entry.get || t('sheet.noResponse'), entry.valueFen ?? null]),
    [kitLabels[language].total, '', concessionTotal]
  )
  const questions = table(
    columns([t('sheet.questionType'), t('sheet.question')], [22, 78]),
    sheet.questionPlan.map((entry) => [t(`questionTypes.${entry.type}`), questionText(language, entry)])
  )
  const met = new Set(sheet.prerequisitesMet)
  const prerequisites = (['key_people_known', 'solution_confirmed', 'timeline_confirmed', 'negotiation_format_set'] as const).map((id) =>
    bodyText(`${met.has(id) ? '✓' : '○'} ${t(`prerequisites.${id}`)} — ${met.has(id) ? t('sheet.met') : t('sheet.notMet')}`)
  )

  const children = [
    new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: title, bold: true, size: 36, color: accent })] }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun({ text: t('sheet.heading', { account: input.accountName, round: input.round }), size: 24 }),
        ...(input.meetingOn ? [new TextRun({ text: `    ${t('sheet.meetingOn', { date: input.meetingOn })}`, size: 20, color: kitColours.mutedText })] : [])
      ]
    }),
    section(t('sheet.limits')),
    limits,
    section(t('sheet.expectedBuyerTactics')),
    buyerTactics,
    section(t('sheet.ourTactics')),
    ourTactics,
    section(t('sheet.concessions')),
    concessions,
    section(t('sheet.questionPlan')),
    questions,
    section(t('sheet.prerequisites')),
    ...prerequisites,
    ...(input.agreedText ? [section(t('sheet.agreed')), bodyText(input.agreedText)] : [])
  ]

  return kitDocument({
    language,
    accent,
    title: `${title} — ${input.accountName}`,
    creator: input.companyName,
    sections: [portraitSection(children, { company: input.companyName, documentTitle: `${title} · ${input.accountName}`, language })]
  })
}
