/**
 * The entry proposal as a Word document: data in, `docx` Document out (pure; pack-document.ts
 * makes the bytes). Every figure arrives computed by the domain modules and is written with the
 * kit's formatters (figure-format.ts): money rounded once to the shown decimals, rates to 0.1%.
 * Unit prices stay in 元 whatever the chosen unit (a 12.80 元 pack is not "0.00 万元"); amounts
 * (purchase values, fees, costs) are written in the chosen 元 or 万元, named in headers or text.
 */
import { type Document, type FileChild } from 'docx'
import { ALL_SKUS, type DepartmentValueItem } from '../../../src/shared/domain/proposal'
import { ratioToPpm } from '../../../src/shared/domain/rate'
import { translate } from '../../../src/shared/i18n'
import {
  LANDSCAPE_TEXT_WIDTH_DXA,
  PORTRAIT_TEXT_WIDTH_DXA,
  bodyText,
  bulletedText,
  chartFigure,
  columnWidthsDxa,
  coverPage,
  coverSection,
  dataTable,
  heading,
  keyFigures,
  kitDocument,
  landscapeSection,
  portraitSection,
  tableCaption,
  tableOfContents,
  type ColumnKind,
  type DataCell,
  type DataColumn,
  type PageChrome
} from '../files/docx/document-kit'
import { formatCount, formatMoney, formatPercent, MISSING_FIGURE } from '../files/docx/figure-format'
import { kitLabels } from '../files/docx/kit-labels'
import type { DocumentPicture, DocumentTermLine, ProposalDocumentData, ProposalDocumentOptions } from './document-data'
import { proposalDocumentText, type ProposalDocumentText } from './document-text'

/** The formatters one document uses, bound to its language and money unit. */
export interface DocumentFigures {
  /** An amount in the chosen unit, without the unit: "1,234.56". */
  amount: (fen: number | null) => string
  /** An amount with its unit, for sentences: "1,234.56 万元" / "CNY 1,234.56" / "1,234.56 (CNY 10k)". */
  amountPhrase: (fen: number | null) => string
  /** A unit price, always 元 with 2 decimals: "12.80". */
  price: (fen: number | null) => string
  percent: (ppm: number | null) => string
  count: (value: number | null) => string
  /** The chosen unit's name: 元 / 万元 / CNY / CNY 10k. */
  unitName: string
}

export function documentFigures({ language, moneyUnit }: ProposalDocumentOptions): DocumentFigures {
  const unitName = proposalDocumentText[language].moneyUnitSuffix[moneyUnit]
  const amount = (fen: number | null): string => formatMoney(fen, moneyUnit)
  const amountPhrase = (fen: number | null): string => {
    if (fen === null) return MISSING_FIGURE
    if (language === 'zh-CN') return `${amount(fen)} ${unitName}`
    return moneyUnit === 'yuan' ? `CNY ${amount(fen)}` : `${amount(fen)} (${unitName})`
  }
  return { amount, amountPhrase, price: (fen) => formatMoney(fen, 'yuan'), percent: (ppm) => formatPercent(ppm), count: (value) => formatCount(value), unitName }
}

/** A term's value as it reads in its cell: money with its unit, a rate, or days. */
function termValueText(line: DocumentTermLine, value: number | null, figures: DocumentFigures, text: ProposalDocumentText): string {
  if (value === null) return MISSING_FIGURE
  if (line.unit === 'fen') return figures.amountPhrase(value)
  if (line.unit === 'ppm') return figures.percent(value)
  return text.days(value)
}

function termDifferenceText(line: DocumentTermLine, figures: DocumentFigures, text: ProposalDocumentText): string {
  if (line.askValue === null || line.offerValue === null) return MISSING_FIGURE
  const difference = line.offerValue - line.askValue
  if (difference === 0) return '0'
  const sign = difference > 0 ? '+' : '−'
  return `${sign}${termValueText(line, Math.abs(difference), figures, text)}`
}

/** A department item's sentence: the planner's text with its figures formatted for paper. */
export function departmentItemText(item: DepartmentValueItem, language: ProposalDocumentOptions['language'], figures: DocumentFigures): string {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(item.params)) {
    if (name === 'paymentTermKind') params[name] = translate(language, `proposal.paymentTermKind.${String(value)}`)
    else if (typeof value === 'string') params[name] = value
    else if (name.endsWith('Fen')) params[name] = /PerUnit|PerM2|PerEmployee/.test(name) ? `${figures.price(value)} ${language === 'zh-CN' ? '元' : 'CNY'}` : figures.amountPhrase(value)
    else if (name.endsWith('Ppm')) params[name] = figures.percent(value)
    else params[name] = figures.count(value)
  }
  return translate(language, `proposal.department.item.${item.code}`, params)
}

function columns(headers: string[], kinds: ColumnKind[], weights: number[], widthDxa: number): DataColumn[] {
  return columnWidthsDxa(weights, widthDxa).map((width, index) => ({ header: headers[index] ?? '', widthDxa: width, kind: kinds[index] ?? 'text' }))
}

function picture(chart: DocumentPicture | null, caption: () => string): FileChild[] {
  return chart ? chartFigure({ png: chart.png, widthPx: chart.widthPx, heightPx: chart.heightPx, caption: caption() }) : []
}

export function buildProposalDocument(data: ProposalDocumentData, options: ProposalDocumentOptions): Document {
  const { language } = options
  const text = proposalDocumentText[language]
  const labels = kitLabels[language]
  const figures = documentFigures(options)
  const accent = data.supplier.accentColour
  const economics = data.economics
  const title = text.title(data.account.name, data.contractYear)
  const chrome: PageChrome = { company: data.supplier.name, documentTitle: title, language }
  const t = (key: string): string => translate(language, `proposal.${key}`)
  const inBrackets = (head: string, tail: string): string => (language === 'zh-CN' ? `${head}（${tail}）` : `${head} (${tail})`)
  const unitHeader = inBrackets

  let figureNumber = 0
  const nextFigure = (caption: string) => () => labels.figureCaption(++figureNumber, caption)
  let tableNumber = 0
  const nextTable = (caption: string) => tableCaption(labels.tableCaption(++tableNumber, caption))

  // 一、 Executive summary
  const frontMarginPpm = ratioToPpm(economics.retailValueFen - economics.grossPurchaseValueFen, economics.retailValueFen)
  const summary: FileChild[] = [
    heading(text.chapter.summary, 1, { isOnNewPage: true }),
    bodyText(text.summaryText({ skuCount: data.skus.length, account: data.account.name, supplier: data.supplier.name, storeCount: data.account.storeCount, year: data.contractYear })),
    keyFigures(
      [
        { value: figures.amount(economics.grossPurchaseValueFen), unit: figures.unitName, label: t('keyFigure.grossPurchaseValue'), note: text.keyFigureNote.grossPurchaseValue },
        { value: figures.percent(economics.retailerComprehensiveMarginPpm), label: t('keyFigure.retailerComprehensiveMargin'), note: text.keyFigureNote.retailerMargin },
        { value: figures.percent(frontMarginPpm), label: text.frontMargin, note: text.keyFigureNote.frontMargin },
        { value: figures.amount(economics.promotionFundingFen), unit: figures.unitName, label: t('keyFigure.promotionFunding'), note: text.keyFigureNote.promotionFunding },
        { value: figures.amount(economics.netRevenueFen), unit: figures.unitName, label: t('keyFigure.netRevenue'), note: text.keyFigureNote.netRevenue },
        { value: figures.percent(economics.contributionMarginPpm), label: t('keyFigure.contributionMargin'), note: text.keyFigureNote.contributionMargin },
        { value: figures.percent(economics.netNetFactorPpm), label: t('keyFigure.netNetFactor'), note: text.keyFigureNote.netNetFactor },
        { value: figures.amount(economics.breakEvenPurchaseValueFen), unit: figures.unitName, label: t('keyFigure.breakEvenPurchaseValue'), note: text.keyFigureNote.breakEven }
      ],
      accent
    ),
    ...picture(data.charts.economicsWaterfall, nextFigure(text.waterfallChart(figures.unitName)))
  ]

  // 二、 Products (landscape: 14 columns)
  const header = text.productHeaders
  const yuanName = text.moneyUnitSuffix.yuan
  const productColumns = columns(
    [
      header.index,
      header.sku,
      header.barcode,
      header.name,
      header.spec,
      header.category,
      unitHeader(header.supplyPrice, yuanName),
      unitHeader(header.retailPrice, yuanName),
      header.frontMargin,
      header.target,
      header.meetsTarget,
      header.units,
      unitHeader(header.purchaseValue, figures.unitName),
      unitHeader(header.netNetPrice, yuanName)
    ],
    ['count', 'text', 'text', 'text', 'text', 'text', 'money', 'money', 'percent', 'percent', 'text', 'count', 'money', 'money'],
    // Widths in DXA adding up to the landscape text width (14,570), with compact cells (3 pt side
    // margins): each keeps its longest value on one line at 9 pt as LibreOffice lays it out —
    // 3-digit row numbers, SKU-0000 codes, 13-digit barcodes, 8-character names, "100mg×60粒"
    // packs, 6-character categories such as 维生素矿物质, 148,080 units, purchase values of
    // 2,397,684.90 in 元, English headers (Supply, Target, Planned) unbroken. Longer names and
    // Chinese headers wrap (前台毛利 / 率 over two lines).
    [520, 1100, 1540, 1660, 1300, 1300, 840, 840, 920, 800, 740, 910, 1300, 800],
    LANDSCAPE_TEXT_WIDTH_DXA
  )
  productColumns[0] = { ...productColumns[0]!, align: 'center' }
  productColumns[10] = { ...productColumns[10]!, align: 'center' }
  const meetsText = (margin: number | null, target: number | null): string => (margin === null || target === null ? text.meets.unknown : margin >= target ? text.meets.yes : text.meets.no)
  const productRows: DataCell[][] = data.skus.map((sku, index) => [
    index + 1,
    sku.skuCode,
    sku.barcode ?? '',
    sku.name,
    sku.spec ?? '',
    sku.category ?? '',
    figures.price(sku.supplyPriceFen),
    figures.price(sku.retailPriceFen),
    sku.frontMarginPpm,
    sku.marginTargetPpm,
    meetsText(sku.frontMarginPpm, sku.marginTargetPpm),
    sku.plannedAnnualUnits,
    figures.amount(sku.purchaseValueFen),
    figures.price(sku.netNetPriceFen)
  ])
  const metCount = data.skus.filter((sku) => meetsText(sku.frontMarginPpm, sku.marginTargetPpm) === text.meets.yes).length
  const unitsTotal = data.skus.reduce((sum, sku) => sum + (sku.plannedAnnualUnits ?? 0), 0)
  const products: FileChild[] = [
    heading(text.chapter.products),
    // Prices are always in 元; amounts in the chosen unit, named apart only when it differs.
    bodyText(text.productsIntro(data.skus.length, metCount, figures.unitName === yuanName ? yuanName : `${yuanName} / ${figures.unitName}`)),
    nextTable(text.productTable),
    dataTable({
      columns: productColumns,
      rows: productRows,
      totalsRow: ['', labels.total, '', '', '', '', '', '', frontMarginPpm, '', '', unitsTotal, figures.amount(economics.grossPurchaseValueFen), ''],
      moneyUnit: options.moneyUnit,
      accent,
      isCompact: true
    }),
    ...picture(data.charts.marginBySku, nextFigure(text.marginChart(Math.min(data.skus.length, MARGIN_CHART_SKUS), data.skus.length)))
  ]

  // 三、 Terms and concessions
  const termColumns = columns(
    [text.termHeaders.term, text.termHeaders.ask, text.termHeaders.offer, text.termHeaders.difference],
    ['text', 'money', 'money', 'money'],
    [34, 22, 22, 22],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const termRows: DataCell[][] = data.termLines.map((line) => [
    line.label,
    termValueText(line, line.askValue, figures, text),
    termValueText(line, line.offerValue, figures, text),
    termDifferenceText(line, figures, text)
  ])
  const ledger = data.concessions.ledger
  const ledgerLine = new Map(ledger.lines.map((line) => [line.entryId, line]))
  const concessionColumns = columns(
    [text.concessionHeaders.give, unitHeader(text.concessionHeaders.cost, figures.unitName), text.concessionHeaders.points, text.concessionHeaders.get, unitHeader(text.concessionHeaders.value, figures.unitName)],
    ['text', 'money', 'percent', 'text', 'money'],
    [30, 15, 12, 28, 15],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const concessionRows: DataCell[][] = data.concessions.entries.map((entry) => {
    const line = ledgerLine.get(entry.id)
    return [
      entry.give.description,
      figures.amount(entry.give.costFen),
      line?.costContributionPpm ?? null,
      entry.get ? entry.get.description : text.unpaired,
      entry.get ? (entry.get.valueFen === null ? text.unvalued : figures.amount(entry.get.valueFen)) : MISSING_FIGURE
    ]
  })
  const terms: FileChild[] = [
    heading(text.chapter.terms),
    bodyText(text.termsIntro),
    ...(data.payment
      ? [bodyText(text.paymentLine(data.payment, economics.effectivePaymentDays))]
      : []),
    nextTable(text.termTable),
    dataTable({ columns: termColumns, rows: termRows, moneyUnit: options.moneyUnit, accent }),
    heading(text.concessionsTitle, 2),
    bodyText(text.concessionsIntro),
    nextTable(text.concessionTable),
    dataTable({
      columns: concessionColumns,
      rows: concessionRows,
      totalsRow: [labels.total, figures.amount(ledger.givesFen), ledger.givesContributionPpm, `${text.concessionsNet} ${figures.amountPhrase(ledger.netFen)}`, figures.amount(ledger.getsFen)],
      moneyUnit: options.moneyUnit,
      accent
    })
  ]

  // 四、 Regional protection
  const protectionColumns = columns(
    [text.protectionHeaders.territory, text.protectionHeaders.type, text.protectionHeaders.skus, text.protectionHeaders.period, text.protectionHeaders.conditions, text.protectionHeaders.consequence],
    ['text', 'text', 'text', 'text', 'text', 'text'],
    [22, 12, 18, 17, 17, 14],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const protectionRows: DataCell[][] = data.protectionClauses.map((clause) => {
    const conditions = [
      clause.conditions.minimumPurchaseFen === null ? null : text.minimumPurchase(figures.amountPhrase(clause.conditions.minimumPurchaseFen)),
      clause.conditions.sellThroughRatePpm === null ? null : text.sellThrough(figures.percent(clause.conditions.sellThroughRatePpm))
    ].filter((condition) => condition !== null)
    const consequence = t(`protectionConsequence.${clause.consequence}`)
    return [
      inBrackets(clause.territoryName, clause.territoryCode),
      t(`protectionType.${clause.type}`),
      clause.skus === ALL_SKUS ? text.allSkus : clause.skus.join(language === 'zh-CN' ? '、' : ', '),
      text.periodText(clause.startDate, clause.endDate),
      conditions.length > 0 ? conditions.join(language === 'zh-CN' ? '；' : '; ') : text.noConditions,
      clause.consequence === 'other' && clause.consequenceText ? clause.consequenceText : clause.consequenceText ? `${consequence}：${clause.consequenceText}` : consequence
    ]
  })
  const protection: FileChild[] = [
    heading(text.chapter.protection),
    ...(data.protectionClauses.length > 0
      ? [bodyText(text.protectionIntro), nextTable(text.protectionTable), dataTable({ columns: protectionColumns, rows: protectionRows, moneyUnit: options.moneyUnit, accent })]
      : [bodyText(text.noProtection)])
  ]

  // 五、 Promotions
  const plan = data.promotions.plan
  const resultOf = new Map(plan.events.map((result) => [result.eventId, result]))
  const promotionColumns = columns(
    [
      text.promotionHeaders.event,
      text.promotionHeaders.kind,
      text.promotionHeaders.dates,
      text.promotionHeaders.stores,
      text.promotionHeaders.incrementalUnits,
      unitHeader(text.promotionHeaders.cost, figures.unitName),
      unitHeader(text.promotionHeaders.contribution, figures.unitName),
      text.promotionHeaders.roi
    ],
    ['text', 'text', 'text', 'count', 'count', 'money', 'money', 'percent'],
    [24, 13, 20, 8, 11, 12, 13, 9],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const promotionRows: DataCell[][] = data.promotions.events.map((event) => {
    const result = resultOf.get(event.id)
    return [
      event.name,
      t(`promotionKind.${event.kind}`),
      `${event.startDate.slice(5)} – ${event.endDate.slice(5)}`,
      event.storeCount,
      result?.incrementalUnits ?? null,
      figures.amount(result?.costFen ?? null),
      figures.amount(result?.incrementalContributionFen ?? null),
      result?.roiPpm ?? null
    ]
  })
  const promotions: FileChild[] = [
    heading(text.chapter.promotions),
    ...(data.promotions.events.length > 0
      ? [
          bodyText(text.promotionIntro(data.promotions.events.length, figures.amountPhrase(plan.costFen), figures.percent(plan.roiPpm))),
          ...picture(data.charts.promotionCalendar, nextFigure(text.calendarChart)),
          nextTable(text.promotionTable),
          dataTable({
            columns: promotionColumns,
            rows: promotionRows,
            totalsRow: [labels.total, '', '', '', plan.incrementalUnits, figures.amount(plan.costFen), figures.amount(plan.incrementalContributionFen), plan.roiPpm],
            moneyUnit: options.moneyUnit,
            accent
          }),
          ...(plan.incompleteEventIds.length > 0 ? [bodyText(text.missingFigures)] : []),
          ...picture(data.charts.promotionRoi, nextFigure(text.roiChart))
        ]
      : [bodyText(text.noPromotions)])
  ]

  // 六、 Sell-through plan
  const sellThroughColumns = columns(
    [text.sellThroughHeaders.kind, text.sellThroughHeaders.description, text.sellThroughHeaders.owner, text.sellThroughHeaders.timing, unitHeader(text.sellThroughHeaders.cost, figures.unitName)],
    ['text', 'text', 'text', 'text', 'money'],
    [18, 38, 14, 15, 15],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const sellThroughCost = data.sellThroughActivities.reduce((sum, activity) => sum + activity.costFen, 0)
  const sellThrough: FileChild[] = [
    heading(text.chapter.sellThrough),
    ...(data.sellThroughActivities.length > 0
      ? [
          bodyText(text.sellThroughIntro),
          nextTable(text.sellThroughTable),
          dataTable({
            columns: sellThroughColumns,
            rows: data.sellThroughActivities.map((activity) => [text.sellThroughKind[activity.kind], activity.description, activity.owner, activity.timing, figures.amount(activity.costFen)]),
            totalsRow: [labels.total, '', '', '', figures.amount(sellThroughCost)],
            moneyUnit: options.moneyUnit,
            accent
          })
        ]
      : [bodyText(text.noSellThrough)])
  ]

  // 七、 Value for each department
  const departments: FileChild[] = [
    heading(text.chapter.departments),
    bodyText(text.departmentsIntro),
    ...data.departmentValue.flatMap((department) => [
      heading(t(`department.name.${department.department}`), 2),
      ...(department.items.length > 0 ? department.items.map((item) => bulletedText(departmentItemText(item, language, figures))) : [bodyText(text.noDepartmentItems)])
    ])
  ]

  // 八、 Figures for both sides
  const otherIncomeFen =
    economics.fixedFeesFen === null ? null : economics.percentageTermsFen + economics.fixedFeesFen + economics.promotionFundingFen
  const retailerSide: [string, string][] = [
    [unitHeader(text.retailerSide.retailValue, figures.unitName), figures.amount(economics.retailValueFen)],
    [unitHeader(text.retailerSide.frontMarginAmount, figures.unitName), figures.amount(economics.retailValueFen - economics.grossPurchaseValueFen)],
    [text.retailerSide.frontMargin, figures.percent(frontMarginPpm)],
    [unitHeader(text.retailerSide.otherIncome, figures.unitName), figures.amount(otherIncomeFen)],
    [text.retailerSide.comprehensiveMargin, figures.percent(economics.retailerComprehensiveMarginPpm)],
    [text.retailerSide.paymentDays, figures.count(economics.effectivePaymentDays)]
  ]
  const supplierSide: [string, string][] = [
    [unitHeader(text.supplierSide.grossPurchaseValue, figures.unitName), figures.amount(economics.grossPurchaseValueFen)],
    [unitHeader(text.supplierSide.netRevenue, figures.unitName), figures.amount(economics.netRevenueFen)],
    [unitHeader(text.supplierSide.contribution, figures.unitName), figures.amount(economics.contributionFen)],
    [text.supplierSide.contributionMargin, figures.percent(economics.contributionMarginPpm)],
    [text.supplierSide.netNetFactor, figures.percent(economics.netNetFactorPpm)],
    [unitHeader(text.supplierSide.breakEven, figures.unitName), figures.amount(economics.breakEvenPurchaseValueFen)]
  ]
  const bothSidesColumns = columns(
    [text.bothSidesHeaders.retailer, text.bothSidesHeaders.value, text.bothSidesHeaders.supplier, text.bothSidesHeaders.value],
    ['text', 'money', 'text', 'money'],
    [32, 18, 32, 18],
    PORTRAIT_TEXT_WIDTH_DXA
  )
  const bothSides: FileChild[] = [
    heading(text.chapter.bothSides),
    bodyText(text.bothSidesIntro),
    nextTable(text.bothSidesTable),
    dataTable({
      columns: bothSidesColumns,
      rows: retailerSide.map(([label, value], index) => [label, value, supplierSide[index]?.[0] ?? '', supplierSide[index]?.[1] ?? '']),
      moneyUnit: options.moneyUnit,
      accent
    })
  ]

  const versionText = text.version(data.version.number, data.version.name)
  return kitDocument({
    language,
    accent,
    title,
    creator: data.supplier.name,
    description: data.account.subtitle ?? undefined,
    sections: [
      coverSection(
        coverPage({
          title,
          subtitle: data.account.subtitle ?? undefined,
          account: data.account.name,
          supplier: data.supplier.name,
          date: text.date(data.date),
          version: versionText,
          logoPng: data.supplier.logo ? { data: data.supplier.logo.png, widthPx: data.supplier.logo.widthPx, heightPx: data.supplier.logo.heightPx } : undefined,
          accent,
          language
        })
      ),
      portraitSection([...tableOfContents(language), ...summary], chrome),
      landscapeSection(products, chrome),
      portraitSection([...terms, ...protection, ...promotions, ...sellThrough, ...departments, ...bothSides], chrome)
    ]
  })
}

/** How many SKUs the margin chart shows (the largest by purchase value): more would not be read. */
export const MARGIN_CHART_SKUS = 15

export function proposalFileName(data: Pick<ProposalDocumentData, 'account' | 'version'>, language: ProposalDocumentOptions['language']): string {
  return proposalDocumentText[language].fileName(data.account.name, data.version.number)
}
