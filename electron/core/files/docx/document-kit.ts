/**
 * The building blocks every generated Word document is made of (the entry proposal, later the
 * one-page negotiation sheet): styles, cover, contents, numbered headings, tables, key figures,
 * charts, portrait and landscape sections with a running header and "page X of Y" footer.
 * Pure: data in, `docx` objects out; only pack-document.ts turns them into bytes.
 *
 * Choices that must hold together (see /work/shared/design/libraries.md §2):
 * - Fonts: Latin 'Arial' and East Asian 'Microsoft YaHei'. YaHei is on every Chinese Windows
 *   and in WPS, and Word for Mac maps it; Arial is on every Windows and Mac and LibreOffice
 *   replaces it with the metric-compatible Liberation Sans, so line breaks stay put. Both are sans,
 *   so mixed text (SKU codes in Chinese names) does not change voice. Serif SimSun reads as a
 *   government form, not a sales proposal.
 * - Sizes follow Chinese document sizes: body 10.5 pt (五号), tables 9 pt (小五),
 *   headings 16 / 14 / 12 pt (三号 / 四号 / 小四).
 * - Tables: DXA widths on the grid and on every cell, fixed layout (percent widths break in
 *   LibreOffice and WPS); header rows repeat on every page; rows do not split across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LeaderType,
  LevelFormat,
  LineRuleType,
  LevelSuffix,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type INumberingOptions,
  type ISectionOptions,
  type IStylesOptions
} from 'docx'
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { formatCount, formatMoney, formatPercent, type DocumentLanguage } from './figure-format'
import { kitLabels } from './kit-labels'

// A4 in twentieths of a point (DXA). Margins of 2 cm leave 9,638 DXA of text width in portrait
// and 14,570 in landscape: the widths tables are laid out against.
const A4_SHORT_DXA = 11_906
const A4_LONG_DXA = 16_838
const MARGIN_DXA = 1_134
export const PORTRAIT_TEXT_WIDTH_DXA = A4_SHORT_DXA - 2 * MARGIN_DXA
export const LANDSCAPE_TEXT_WIDTH_DXA = A4_LONG_DXA - 2 * MARGIN_DXA

export const documentFonts = { latin: 'Arial', eastAsian: 'Microsoft YaHei' } as const

const fontSlots = {
  ascii: documentFonts.latin,
  hAnsi: documentFonts.latin,
  cs: documentFonts.latin,
  eastAsia: documentFonts.eastAsian,
  // Ambiguous characters (“ ” — …) take the East Asian font, as in a Chinese Word document.
  hint: 'eastAsia'
}

/** Sizes in half-points, as docx wants them. */
const size = { body: 21, table: 18, small: 16, heading1: 32, heading2: 28, heading3: 24, coverTitle: 56, coverSubtitle: 28, figure: 36 } as const

export const kitColours = {
  text: '1F2933',
  mutedText: '5F6B7A',
  rule: 'D5DBE3',
  zebra: 'F4F6F9',
  figureFill: 'F1F5FA'
} as const

/** The accent colour as docx wants it: six hex digits, no '#'. */
export type AccentColour = string

function hex(colour: AccentColour): string {
  return colour.replace(/^#/, '').toUpperCase()
}

export function documentStyles(accent: AccentColour): IStylesOptions {
  const heading = (halfPoints: number, colour: string, spaceBefore: number) => ({
    run: { font: fontSlots, size: halfPoints, bold: true, color: colour },
    paragraph: { spacing: { before: spaceBefore, after: 120, line: 276, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true }
  })
  return {
    default: {
      document: {
        run: { font: fontSlots, size: size.body, color: kitColours.text, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } }
      },
      heading1: heading(size.heading1, hex(accent), 360),
      heading2: heading(size.heading2, kitColours.text, 240),
      heading3: heading(size.heading3, kitColours.text, 180)
    },
    paragraphStyles: [
      {
        id: 'Caption',
        name: 'Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size.small, color: kitColours.mutedText },
        paragraph: { spacing: { before: 60, after: 240 }, alignment: AlignmentType.CENTER }
      },
      {
        id: 'TableCaption',
        name: 'Table Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size.small, bold: true, color: kitColours.text },
        paragraph: { spacing: { before: 120, after: 80 }, keepNext: true }
      },
      {
        // Every data-table cell paragraph takes its size, colour and spacing from here rather than
        // carrying them itself: a 500-SKU product list has 6,500 cells, and per-cell properties
        // made the document XML three times larger and the export slower and hungrier.
        id: TABLE_TEXT_STYLE,
        name: 'Table Text',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size.table, color: kitColours.text },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 420 }, spacing: { after: 40 } } }
    ]
  }
}

export const HEADING_NUMBERING_REFERENCE = 'kit-headings'

/** The paragraph style of data-table cells (9 pt, body colour, no spacing). */
export const TABLE_TEXT_STYLE = 'KitTableText'

/**
 * Heading numbers as each language writes them: 一、 / （一） / 1. in Chinese, 1. / 1.1 / 1.1.1
 * in English. Word counts them, so a heading added later renumbers the rest.
 */
export function headingNumbering(language: DocumentLanguage): INumberingOptions['config'][number] {
  const paragraph = { indent: { left: 0, hanging: 0 } }
  const levels =
    language === 'zh-CN'
      ? [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING, style: { paragraph } },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING, style: { paragraph } },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.SPACE, style: { paragraph } }
        ]
      : [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', suffix: LevelSuffix.SPACE, style: { paragraph } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', suffix: LevelSuffix.SPACE, style: { paragraph } },
          { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', suffix: LevelSuffix.SPACE, style: { paragraph } }
        ]
  return { reference: HEADING_NUMBERING_REFERENCE, levels: levels.map((level) => ({ ...level, alignment: AlignmentType.LEFT })) }
}

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

/** A numbered heading (level 1 starts a chapter: 一、 / 1.). */
export function heading(text: string, level: 1 | 2 | 3 = 1, { isOnNewPage = false }: { isOnNewPage?: boolean } = {}): Paragraph {
  return new Paragraph({ text, heading: headingLevels[level], pageBreakBefore: isOnNewPage, numbering: { reference: HEADING_NUMBERING_REFERENCE, level: level - 1 } })
}

export function bodyText(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] })
}

export function bulletedText(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], bullet: { level: 0 } })
}

export interface CoverPageInput {
  title: string
  subtitle?: string
  /** The retailer the document is for. */
  account: string
  supplier: string
  /** Already written as the reader writes dates (e.g. 2026年12月1日 / December 1, 2026). */
  date: string
  version: string
  logoPng?: { data: Buffer; widthPx: number; heightPx: number }
  accent: AccentColour
  language: DocumentLanguage
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
}

/** The cover: supplier line, accent rule, title, subtitle, who it is for, date and version. */
export function coverPage(input: CoverPageInput): FileChild[] {
  const labels = kitLabels[input.language]
  const accent = hex(input.accent)
  const children: FileChild[] = []
  if (input.logoPng) {
    children.push(
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: input.logoPng.data, transformation: { width: input.logoPng.widthPx, height: input.logoPng.heightPx } })],
        spacing: { after: 600 }
      })
    )
  }
  children.push(
    new Paragraph({ spacing: { before: input.logoPng ? 1200 : 2400, after: 120 }, children: [new TextRun({ text: input.supplier, size: size.coverSubtitle, color: accent, bold: true })] }),
    new Paragraph({
      spacing: { after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: accent, space: 8 } },
      children: []
    }),
    new Paragraph({ spacing: { after: 240, line: 288, lineRule: LineRuleType.AUTO }, children: [new TextRun({ text: input.title, size: size.coverTitle, bold: true, color: kitColours.text })] })
  )
  if (input.subtitle) {
    children.push(new Paragraph({ spacing: { after: 1800 }, children: [new TextRun({ text: input.subtitle, size: size.coverSubtitle, color: kitColours.mutedText })] }))
  }
  const facts: [string, string][] = [
    [labels.preparedFor, input.account],
    [labels.supplier, input.supplier],
    [labels.date, input.date],
    [labels.version, input.version]
  ]
  const labelWidth = 1_800
  const valueWidth = PORTRAIT_TEXT_WIDTH_DXA - labelWidth
  children.push(
    new Table({
      width: { size: PORTRAIT_TEXT_WIDTH_DXA, type: WidthType.DXA },
      columnWidths: [labelWidth, valueWidth],
      layout: TableLayoutType.FIXED,
      borders: { ...noBorders, insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: kitColours.rule }, bottom: { style: BorderStyle.SINGLE, size: 4, color: kitColours.rule }, top: { style: BorderStyle.SINGLE, size: 4, color: kitColours.rule } },
      rows: facts.map(
        ([label, value]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                margins: { top: 100, bottom: 100 },
                children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: label, color: kitColours.mutedText })] })]
              }),
              new TableCell({
                width: { size: valueWidth, type: WidthType.DXA },
                margins: { top: 100, bottom: 100 },
                children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: value, bold: true })] })]
              })
            ]
          })
      )
    }),
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: labels.confidential, size: size.small, color: kitColours.mutedText })] })
  )
  return children
}

/**
 * The contents, filled in from the headings when the document is written, written "clean"
 * (`beginDirty: false`) and without page numbers. Of the three ways docx offers this is the
 * least bad: a dirty field makes Word ask, on opening, whether to update fields that "may refer
 * to other files" — a warning a buyer should never see on a supplier's proposal; estimated page
 * numbers (`docx/layout`) can be wrong (measured one page off in LibreOffice), and a wrong page
 * number looks worse than none. Entries link to their headings; a line under the contents tells
 * the author how to add page numbers in Word (right-click → Update Field) before sending.
 */
export function tableOfContents(language: DocumentLanguage): FileChild[] {
  const labels = kitLabels[language]
  return [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: labels.tableOfContents, size: size.heading1, bold: true })] }),
    // No dot leaders: they would lead to page numbers that are not there.
    new TableOfContents(labels.tableOfContents, { hyperlink: true, headingStyleRange: '1-2', beginDirty: false, tabLeader: LeaderType.NONE }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: labels.tableOfContentsNote, size: size.small, color: kitColours.mutedText, italics: true })] })
  ]
}

export type ColumnKind = 'text' | 'money' | 'percent' | 'count'

export interface DataColumn {
  header: string
  widthDxa: number
  kind: ColumnKind
  /** Defaults: numbers right, text left. */
  align?: 'left' | 'center' | 'right'
}

/** A cell's stored value: text, fen (money), ppm (percent) or a count; null when it cannot be computed. */
export type DataCell = string | number | null

export interface DataTableInput {
  columns: DataColumn[]
  rows: DataCell[][]
  totalsRow?: DataCell[]
  /** The unit money columns are written in (the unit belongs in the column header). */
  moneyUnit: MoneyUnit
  accent: AccentColour
  repeatHeader?: boolean
  hasZebra?: boolean
  /** Narrower side margins in the cells (3 pt instead of 5 pt), for a table with many columns such as a landscape product list. */
  isCompact?: boolean
}

/** One cell's text, formatted by its column's kind with the document's rounding rules. */
export function cellText(value: DataCell, kind: ColumnKind, moneyUnit: MoneyUnit): string {
  if (typeof value === 'string') return value
  if (kind === 'money') return formatMoney(value, moneyUnit)
  if (kind === 'percent') return formatPercent(value)
  if (kind === 'count') return formatCount(value)
  return value === null ? '' : String(value)
}

const alignmentOf = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

function columnAlignment(column: DataColumn): (typeof alignmentOf)[keyof typeof alignmentOf] {
  return alignmentOf[column.align ?? (column.kind === 'text' ? 'left' : 'right')]
}

/** The table's width: the sum of its columns (give columns that add up to the section's text width). */
export function tableWidthDxa(columns: { widthDxa: number }[]): number {
  return columns.reduce((sum, column) => sum + column.widthDxa, 0)
}

/**
 * Scales whole-number weights to DXA widths that add up exactly to `totalDxa` (the last column
 * takes the rounding remainder), so a table fills the text width in either orientation.
 */
export function columnWidthsDxa(weights: number[], totalDxa: number): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  const widths = weights.map((weight) => Math.floor((weight * totalDxa) / weightSum))
  const remainder = totalDxa - widths.reduce((sum, width) => sum + width, 0)
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + remainder
  return widths
}

/**
 * A data table in the house look: accent header row (repeated on every page), thin horizontal
 * rules only, light zebra rows, numbers right-aligned, an optional bold totals row over an
 * accent rule. Rows never split across a page.
 */
export function dataTable({ columns, rows, totalsRow, moneyUnit, accent, repeatHeader = true, hasZebra = true, isCompact = false }: DataTableInput): Table {
  const accentHex = hex(accent)
  // Cell margins are set once on the table (tblCellMar) and the text's look comes from the
  // table-text style; a cell carries only its width, alignment, fill and (totals) rule.
  const margins = isCompact ? { top: 50, bottom: 50, left: 60, right: 60 } : { top: 50, bottom: 50, left: 100, right: 100 }
  const cell = (text: string, column: DataColumn, options: { isHeader?: boolean; isTotal?: boolean; fill?: string }): TableCell => {
    const alignment = columnAlignment(column)
    const isEmphasised = options.isHeader === true || options.isTotal === true
    return new TableCell({
      width: { size: column.widthDxa, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
      borders: options.isTotal ? { top: { style: BorderStyle.SINGLE, size: 12, color: accentHex } } : undefined,
      children: [
        new Paragraph({
          style: TABLE_TEXT_STYLE,
          alignment: alignment === AlignmentType.LEFT ? undefined : alignment,
          children: [isEmphasised ? new TextRun({ text, bold: true, color: options.isHeader ? 'FFFFFF' : undefined }) : new TextRun(text)]
        })
      ]
    })
  }
  const header = new TableRow({
    tableHeader: repeatHeader,
    cantSplit: true,
    children: columns.map((column) => cell(column.header, column, { isHeader: true, fill: accentHex }))
  })
  const body = rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, columnIndex) =>
          cell(cellText(row[columnIndex] ?? null, column.kind, moneyUnit), column, { fill: hasZebra && rowIndex % 2 === 1 ? kitColours.zebra : undefined })
        )
      })
  )
  const totals = totalsRow
    ? [
        new TableRow({
          cantSplit: true,
          children: columns.map((column, columnIndex) => cell(cellText(totalsRow[columnIndex] ?? null, column.kind, moneyUnit), column, { isTotal: true }))
        })
      ]
    : []
  const rule = { style: BorderStyle.SINGLE, size: 4, color: kitColours.rule }
  return new Table({
    width: { size: tableWidthDxa(columns), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.widthDxa),
    layout: TableLayoutType.FIXED,
    margins,
    borders: { ...noBorders, top: { style: BorderStyle.SINGLE, size: 4, color: accentHex }, bottom: { style: BorderStyle.SINGLE, size: 8, color: accentHex }, insideHorizontal: rule },
    rows: [header, ...body, ...totals]
  })
}

export function tableCaption(text: string): Paragraph {
  return new Paragraph({ style: 'TableCaption', children: [new TextRun(text)] })
}

export interface KeyFigure {
  /** The figure as it should read (e.g. "1,250.0", "18.2%"). */
  value: string
  /** Written smaller after the value (e.g. "万元"). */
  unit?: string
  label: string
  note?: string
}

/** A compact grid of 2–4 headline figures for an executive summary (one row; more wrap to the next). */
export function keyFigures(figures: KeyFigure[], accent: AccentColour, textWidthDxa = PORTRAIT_TEXT_WIDTH_DXA): Table {
  const perRow = Math.min(4, Math.max(2, figures.length <= 4 ? figures.length : 4))
  const widths = columnWidthsDxa(Array.from({ length: perRow }, () => 1), textWidthDxa)
  const accentHex = hex(accent)
  const rows: TableRow[] = []
  for (let start = 0; start < figures.length; start += perRow) {
    const slice = figures.slice(start, start + perRow)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((width, index) => {
          const figure = slice[index]
          const paragraphs = figure
            ? [
                new Paragraph({
                  spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO },
                  children: [
                    new TextRun({ text: figure.value, size: size.figure, bold: true, color: accentHex }),
                    ...(figure.unit ? [new TextRun({ text: ` ${figure.unit}`, size: size.body, color: accentHex })] : [])
                  ]
                }),
                new Paragraph({ spacing: { after: figure.note ? 20 : 0 }, children: [new TextRun({ text: figure.label, size: size.table, color: kitColours.text })] }),
                ...(figure.note ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: figure.note, size: size.small, color: kitColours.mutedText })] })] : [])
              ]
            : [new Paragraph({ children: [] })]
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: 160, bottom: 160, left: 180, right: 120 },
            shading: figure ? { type: ShadingType.CLEAR, color: 'auto', fill: kitColours.figureFill } : undefined,
            borders: {
              left: figure ? { style: BorderStyle.SINGLE, size: 24, color: accentHex } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
              right: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
              top: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
              bottom: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' }
            },
            children: paragraphs
          })
        })
      })
    )
  }
  return new Table({ width: { size: textWidthDxa, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: noBorders, rows })
}

export interface ChartFigureInput {
  png: Buffer
  /** The size the picture takes on the page, in CSS pixels (96 per inch); the PNG may hold more pixels. */
  widthPx: number
  heightPx: number
  /** Already numbered, e.g. kitLabels[language].figureCaption(1, '…'). */
  caption: string
}

/** A chart picture, centred, kept on the page with its caption below it. */
export function chartFigure({ png, widthPx, heightPx, caption }: ChartFigureInput): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: widthPx, height: heightPx }, altText: { name: caption, description: caption, title: caption } })]
    }),
    new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })
  ]
}

export interface PageChrome {
  /** The supplier's company name, left in the header. */
  company: string
  /** The document's title, right in the header. */
  documentTitle: string
  language: DocumentLanguage
}

function pageHeader(chrome: PageChrome, textWidthDxa: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthDxa }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: kitColours.rule, space: 4 } },
        children: [
          new TextRun({ text: chrome.company, size: size.small, color: kitColours.mutedText }),
          new TextRun({ text: `\t${chrome.documentTitle}`, size: size.small, color: kitColours.mutedText })
        ]
      })
    ]
  })
}

/** "第 3 页 / 共 8 页" or "Page 3 of 8", right; the confidentiality line left. */
function pageFooter(chrome: PageChrome, textWidthDxa: number): Footer {
  const labels = kitLabels[chrome.language]
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, size: size.small, color: kitColours.mutedText })
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthDxa }],
        children: [
          run([labels.confidential]),
          run([`\t${labels.pageOf.before}`, PageNumber.CURRENT, labels.pageOf.middle, PageNumber.TOTAL_PAGES, labels.pageOf.after])
        ]
      })
    ]
  })
}

const pageMargins = { top: MARGIN_DXA, bottom: MARGIN_DXA, left: MARGIN_DXA, right: MARGIN_DXA, header: 567, footer: 567 }

/** The cover's own section: no header or footer, portrait. */
export function coverSection(children: FileChild[]): ISectionOptions {
  return { properties: { page: { size: { width: A4_SHORT_DXA, height: A4_LONG_DXA }, margin: pageMargins } }, children }
}

/** A portrait A4 section with the running header and footer. */
export function portraitSection(children: FileChild[], chrome: PageChrome): ISectionOptions {
  return {
    properties: { page: { size: { width: A4_SHORT_DXA, height: A4_LONG_DXA }, margin: pageMargins } },
    headers: { default: pageHeader(chrome, PORTRAIT_TEXT_WIDTH_DXA) },
    footers: { default: pageFooter(chrome, PORTRAIT_TEXT_WIDTH_DXA) },
    children
  }
}

/**
 * A landscape A4 section for wide tables. The portrait width and height are given with
 * `orientation: LANDSCAPE`: docx swaps them itself (swapping here too would turn it back).
 */
export function landscapeSection(children: FileChild[], chrome: PageChrome): ISectionOptions {
  return {
    properties: { page: { size: { width: A4_SHORT_DXA, height: A4_LONG_DXA, orientation: PageOrientation.LANDSCAPE }, margin: pageMargins } },
    headers: { default: pageHeader(chrome, LANDSCAPE_TEXT_WIDTH_DXA) },
    footers: { default: pageFooter(chrome, LANDSCAPE_TEXT_WIDTH_DXA) },
    children
  }
}

export interface KitDocumentInput {
  language: DocumentLanguage
  accent: AccentColour
  title: string
  /** Who wrote it (the supplier), for the file's properties. */
  creator: string
  description?: string
  sections: ISectionOptions[]
}

/** A document with the kit's styles and heading numbering; nothing asks to update fields on opening. */
export function kitDocument({ language, accent, title, creator, description, sections }: KitDocumentInput): Document {
  return new Document({
    title,
    creator,
    description,
    styles: documentStyles(accent),
    numbering: { config: [headingNumbering(language)] },
    features: { updateFields: false },
    sections
  })
}
