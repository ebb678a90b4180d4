/**
 * A realistic demo proposal built only with the kit: cover, contents, executive summary with key
 * figures and the margin waterfall, a 60-SKU product list in a landscape section, the trade
 * terms, the promotion calendar and next steps — in zh-CN or en-US. The proposal builder
 * follows this shape; the figures follow ka-domain.md (G, D%, F, P, K, N, contribution).
 */
import { type Document } from 'docx'
import { roundHalfUp } from '../../../../src/shared/domain/money'
import { applyRate, ratioToPpm, type Ppm } from '../../../../src/shared/domain/rate'
import { calendarChartOption, type CalendarEvent } from '../charts/calendar-chart'
import { chartPalette } from '../charts/chart-theme'
import { renderChartPng } from '../charts/render-chart'
import { waterfallChartOption } from '../charts/waterfall-chart'
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
  type DataCell,
  type DataColumn,
  type PageChrome
} from './document-kit'
import { formatMoney, formatPercent, type DocumentLanguage } from './figure-format'
import { kitLabels } from './kit-labels'

type Bilingual = Record<DocumentLanguage, string>

interface BaseProduct {
  name: Bilingual
  category: Bilingual
  packUnit: Bilingual
  /** Supply price of one pack unit (one sachet, one tablet…) in fen. */
  supplyFenPerPackUnit: number
  /** The retailer's front margin this product is priced for, in whole percent. */
  frontMarginPercent: number
}

const baseProducts: BaseProduct[] = [
  { name: { 'zh-CN': '复方感冒灵颗粒', 'en-US': 'Compound Cold Relief Granules' }, category: { 'zh-CN': '感冒用药', 'en-US': 'Cold & flu' }, packUnit: { 'zh-CN': '袋', 'en-US': 'sachets' }, supplyFenPerPackUnit: 120, frontMarginPercent: 55 },
  { name: { 'zh-CN': '板蓝根颗粒', 'en-US': 'Isatis Root Granules' }, category: { 'zh-CN': '感冒用药', 'en-US': 'Cold & flu' }, packUnit: { 'zh-CN': '袋', 'en-US': 'sachets' }, supplyFenPerPackUnit: 90, frontMarginPercent: 60 },
  { name: { 'zh-CN': '维生素C泡腾片', 'en-US': 'Vitamin C Effervescent Tablets' }, category: { 'zh-CN': '维矿', 'en-US': 'Vitamins' }, packUnit: { 'zh-CN': '片', 'en-US': 'tablets' }, supplyFenPerPackUnit: 110, frontMarginPercent: 58 },
  { name: { 'zh-CN': '葡萄糖酸钙口服液', 'en-US': 'Calcium Gluconate Oral Solution' }, category: { 'zh-CN': '维矿', 'en-US': 'Vitamins' }, packUnit: { 'zh-CN': '支', 'en-US': 'vials' }, supplyFenPerPackUnit: 150, frontMarginPercent: 52 },
  { name: { 'zh-CN': '布洛芬缓释胶囊', 'en-US': 'Ibuprofen SR Capsules' }, category: { 'zh-CN': '解热镇痛', 'en-US': 'Pain relief' }, packUnit: { 'zh-CN': '粒', 'en-US': 'capsules' }, supplyFenPerPackUnit: 85, frontMarginPercent: 50 },
  { name: { 'zh-CN': '对乙酰氨基酚片', 'en-US': 'Paracetamol Tablets' }, category: { 'zh-CN': '解热镇痛', 'en-US': 'Pain relief' }, packUnit: { 'zh-CN': '片', 'en-US': 'tablets' }, supplyFenPerPackUnit: 40, frontMarginPercent: 48 },
  { name: { 'zh-CN': '蒙脱石散', 'en-US': 'Montmorillonite Powder' }, category: { 'zh-CN': '肠胃用药', 'en-US': 'Digestive' }, packUnit: { 'zh-CN': '袋', 'en-US': 'sachets' }, supplyFenPerPackUnit: 130, frontMarginPercent: 55 },
  { name: { 'zh-CN': '健胃消食片', 'en-US': 'Jianwei Xiaoshi Tablets' }, category: { 'zh-CN': '肠胃用药', 'en-US': 'Digestive' }, packUnit: { 'zh-CN': '片', 'en-US': 'tablets' }, supplyFenPerPackUnit: 25, frontMarginPercent: 60 },
  { name: { 'zh-CN': '氯雷他定片', 'en-US': 'Loratadine Tablets' }, category: { 'zh-CN': '抗过敏', 'en-US': 'Allergy' }, packUnit: { 'zh-CN': '片', 'en-US': 'tablets' }, supplyFenPerPackUnit: 95, frontMarginPercent: 56 },
  { name: { 'zh-CN': '红霉素软膏', 'en-US': 'Erythromycin Ointment' }, category: { 'zh-CN': '皮肤用药', 'en-US': 'Skin care' }, packUnit: { 'zh-CN': '克', 'en-US': 'g' }, supplyFenPerPackUnit: 35, frontMarginPercent: 62 },
  { name: { 'zh-CN': '医用创可贴', 'en-US': 'Adhesive Bandages' }, category: { 'zh-CN': '医疗器械', 'en-US': 'Devices' }, packUnit: { 'zh-CN': '片', 'en-US': 'strips' }, supplyFenPerPackUnit: 12, frontMarginPercent: 60 },
  { name: { 'zh-CN': '一次性医用口罩', 'en-US': 'Disposable Medical Masks' }, category: { 'zh-CN': '医疗器械', 'en-US': 'Devices' }, packUnit: { 'zh-CN': '只', 'en-US': 'masks' }, supplyFenPerPackUnit: 30, frontMarginPercent: 58 }
]

const packCounts = [6, 10, 12, 20, 24] as const

export interface SampleProduct {
  skuCode: string
  barcode: string
  name: string
  spec: string
  category: string
  supplyPriceFen: number
  retailPriceFen: number
  unitCostFen: number
  plannedUnits: number
}

/** EAN-13 check digit: weights 1,3,1,3… over the first 12 digits. */
function ean13(first12: string): string {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0)
  return `${first12}${(10 - (sum % 10)) % 10}`
}

/** The 60 SKUs: 12 products × 5 pack sizes, prices rounded to 10 fen as retailers price. */
export function sampleProducts(language: DocumentLanguage): SampleProduct[] {
  return baseProducts.flatMap((product, productIndex) =>
    packCounts.map((count, packIndex) => {
      const index = productIndex * packCounts.length + packIndex
      const supplyPriceFen = roundHalfUp((product.supplyFenPerPackUnit * count) / 10) * 10
      const retailPriceFen = roundHalfUp((supplyPriceFen * 100) / (100 - product.frontMarginPercent) / 10) * 10
      return {
        skuCode: `HK-${String(1001 + index)}`,
        barcode: ean13(`692${String(4518000 + index * 7).padStart(9, '0')}`),
        name: product.name[language],
        spec: language === 'zh-CN' ? `${count}${product.packUnit['zh-CN']}/盒` : `${count} ${product.packUnit['en-US']}/box`,
        category: product.category[language],
        supplyPriceFen,
        retailPriceFen,
        unitCostFen: roundHalfUp(supplyPriceFen * 0.38),
        plannedUnits: 3_000 + ((index * 37) % 11) * 900
      }
    })
  )
}

interface PercentageTerm {
  name: Bilingual
  ratePpm: Ppm
}
interface FixedFee {
  name: Bilingual
  basis: Bilingual
  amountFen: number
}

const percentageTerms: PercentageTerm[] = [
  { name: { 'zh-CN': '无条件返利', 'en-US': 'Unconditional rebate' }, ratePpm: 20_000 },
  { name: { 'zh-CN': '有条件返利（达 800 万元档）', 'en-US': 'Conditional rebate (CNY 8m tier)' }, ratePpm: 30_000 },
  { name: { 'zh-CN': '促销支持', 'en-US': 'Promotion support' }, ratePpm: 15_000 },
  { name: { 'zh-CN': '物流配送费', 'en-US': 'Logistics / DC fee' }, ratePpm: 20_000 },
  { name: { 'zh-CN': '年终返利', 'en-US': 'Year-end rebate' }, ratePpm: 10_000 }
]

const fixedFees: FixedFee[] = [
  { name: { 'zh-CN': '进场费', 'en-US': 'Entry fee' }, basis: { 'zh-CN': '一次性', 'en-US': 'One-off' }, amountFen: 5_000_000 },
  { name: { 'zh-CN': '条码费', 'en-US': 'Listing fee' }, basis: { 'zh-CN': '60 个 SKU × 500 元', 'en-US': '60 SKUs × CNY 500' }, amountFen: 60 * 50_000 },
  { name: { 'zh-CN': '店庆费', 'en-US': 'Store anniversary fee' }, basis: { 'zh-CN': '每年一次', 'en-US': 'Once a year' }, amountFen: 2_000_000 },
  { name: { 'zh-CN': '节庆费', 'en-US': 'Festival fees' }, basis: { 'zh-CN': '3 个节日 × 8,000 元', 'en-US': '3 festivals × CNY 8,000' }, amountFen: 3 * 800_000 },
  { name: { 'zh-CN': 'DM/海报费', 'en-US': 'Flyer (DM) fee' }, basis: { 'zh-CN': '4 期 × 5,000 元', 'en-US': '4 issues × CNY 5,000' }, amountFen: 4 * 500_000 },
  { name: { 'zh-CN': '堆头陈列费', 'en-US': 'Floor stack display' }, basis: { 'zh-CN': '12 个月 × 3,000 元', 'en-US': '12 months × CNY 3,000' }, amountFen: 12 * 300_000 }
]

interface PromotionEvent extends CalendarEvent {
  fundingFen: number
}

function promotionPlan(language: DocumentLanguage): PromotionEvent[] {
  const isZh = language === 'zh-CN'
  return [
    { label: isZh ? '春节感冒药特价' : 'New Year cold-remedy price-off', startDate: '2027-01-18', endDate: '2027-02-14', colourIndex: 0, fundingFen: 12_000_000 },
    { label: isZh ? '会员日买赠' : 'Member day buy-one-get-one', startDate: '2027-02-01', endDate: '2027-02-21', colourIndex: 2, fundingFen: 6_500_000 },
    { label: isZh ? '维矿堆头陈列' : 'Vitamin floor stack', startDate: '2027-03-01', endDate: '2027-04-25', colourIndex: 1, fundingFen: 9_000_000 },
    { label: isZh ? '健康节 DM' : 'Health festival flyer', startDate: '2027-04-12', endDate: '2027-04-25', colourIndex: 3, fundingFen: 4_000_000 },
    { label: isZh ? '夏季肠胃用药试用' : 'Summer digestive sampling', startDate: '2027-06-07', endDate: '2027-07-04', colourIndex: 4, fundingFen: 5_500_000 }
  ]
}

/** Effective financing days: monthly statement + 60 days, +15 for the statement month. */
const EFFECTIVE_PAYMENT_DAYS = 60 + 15
/** The workspace's annual interest rate for financing cost: 4.35%. */
const ANNUAL_INTEREST_PPM: Ppm = 43_500

export interface SampleFigures {
  grossPurchaseValueFen: number
  retailValueFen: number
  cogsFen: number
  percentageTermsPpm: Ppm
  percentageTermsFen: number
  fixedFeesFen: number
  promotionFen: number
  financingCostFen: number
  netRevenueFen: number
  contributionFen: number
  tradeSpendRatePpm: Ppm | null
  contributionMarginPpm: Ppm | null
}

/** The account's plan figures, each rounded once to the fen, as ka-domain.md defines them. */
export function sampleFigures(language: DocumentLanguage = 'zh-CN'): SampleFigures {
  const products = sampleProducts(language)
  const grossPurchaseValueFen = products.reduce((sum, product) => sum + product.plannedUnits * product.supplyPriceFen, 0)
  const retailValueFen = products.reduce((sum, product) => sum + product.plannedUnits * product.retailPriceFen, 0)
  const cogsFen = products.reduce((sum, product) => sum + product.plannedUnits * product.unitCostFen, 0)
  const percentageTermsPpm = percentageTerms.reduce((sum, term) => sum + term.ratePpm, 0)
  const percentageTermsFen = applyRate(grossPurchaseValueFen, percentageTermsPpm)
  const fixedFeesFen = fixedFees.reduce((sum, fee) => sum + fee.amountFen, 0)
  const promotionFen = promotionPlan(language).reduce((sum, event) => sum + event.fundingFen, 0)
  // K = G × rate × days / 365, rounded once at the end (G × ppm stays an exact integer here: ~1e15).
  const financingCostFen = roundHalfUp(((grossPurchaseValueFen * ANNUAL_INTEREST_PPM) / 1_000_000) * (EFFECTIVE_PAYMENT_DAYS / 365))
  const netRevenueFen = grossPurchaseValueFen - percentageTermsFen - fixedFeesFen - promotionFen - financingCostFen
  const contributionFen = netRevenueFen - cogsFen
  return {
    grossPurchaseValueFen,
    retailValueFen,
    cogsFen,
    percentageTermsPpm,
    percentageTermsFen,
    fixedFeesFen,
    promotionFen,
    financingCostFen,
    netRevenueFen,
    contributionFen,
    tradeSpendRatePpm: ratioToPpm(percentageTermsFen + fixedFeesFen + promotionFen, grossPurchaseValueFen),
    contributionMarginPpm: ratioToPpm(contributionFen, grossPurchaseValueFen)
  }
}

const accent = chartPalette.accent

const text = {
  title: { 'zh-CN': '鑫达连锁药房 2027 年度进场方案', 'en-US': 'Entry Proposal 2027 for Xinda Pharmacy Chain' },
  subtitle: { 'zh-CN': '华康药业 OTC 产品线 · 60 个 SKU · 湖南 186 家门店', 'en-US': 'Huakang OTC range · 60 SKUs · 186 stores in Hunan' },
  account: { 'zh-CN': '鑫达连锁药房（湖南）有限公司', 'en-US': 'Xinda Pharmacy Chain (Hunan) Co., Ltd.' },
  supplier: { 'zh-CN': '华康药业有限公司', 'en-US': 'Huakang Pharmaceutical Co., Ltd.' },
  date: { 'zh-CN': '2026年12月1日', 'en-US': 'December 1, 2026' },
  summary: { 'zh-CN': '执行摘要', 'en-US': 'Executive summary' },
  summaryText: {
    'zh-CN': '华康药业建议以 60 个 OTC 单品进入鑫达连锁药房湖南全部 186 家门店，覆盖感冒、维矿、解热镇痛、肠胃、抗过敏、皮肤和器械七个品类。按照以下条款，贵司前台毛利率平均约 55%，综合毛利率超过 60%；华康承担全年 5 档促销和陈列投入，并以县级区域保护确保价格秩序。',
    'en-US': 'Huakang proposes to list 60 OTC SKUs in all 186 Xinda stores in Hunan, across seven categories: cold & flu, vitamins and minerals, pain relief, digestive, allergy, skin care and devices. Under the terms below, Xinda earns a front margin of about 55% on average and a comprehensive margin above 60%; Huakang funds five promotions and the displays for the year and protects prices county by county.'
  },
  keyGross: { 'zh-CN': '年度进货额', 'en-US': 'Annual purchase value' },
  keySpend: { 'zh-CN': '费用率', 'en-US': 'Trade spend rate' },
  keyNet: { 'zh-CN': '供应商净收入', 'en-US': 'Supplier net revenue' },
  keyMargin: { 'zh-CN': '贡献利润率', 'en-US': 'Contribution margin' },
  keyGrossNote: { 'zh-CN': '按供货价计', 'en-US': 'At supply price' },
  keySpendNote: { 'zh-CN': '比例费用 + 固定费用 + 促销', 'en-US': 'Rebates + fees + promotion' },
  waterfall: { 'zh-CN': '从进货额到贡献利润（万元）', 'en-US': 'From purchase value to contribution (CNY 10k)' },
  products: { 'zh-CN': '进场产品清单', 'en-US': 'Products to list' },
  productsIntro: {
    'zh-CN': '下表列出全部 60 个拟进场单品的供货价、建议零售价、前台毛利率和年度计划量。金额单位：元。',
    'en-US': 'The table lists all 60 proposed SKUs with supply price, suggested retail price, front margin and planned annual units. Amounts in CNY.'
  },
  productTable: { 'zh-CN': '拟进场产品与年度计划', 'en-US': 'Proposed SKUs and annual plan' },
  terms: { 'zh-CN': '合同条款', 'en-US': 'Trade terms' },
  termsIntro: {
    'zh-CN': '比例费用按供货价进货额计算；固定费用按年计。结算方式：月结 60 天。',
    'en-US': 'Percentage terms apply to purchase value at supply price; fixed fees are per year. Payment: monthly statement + 60 days.'
  },
  termsTable: { 'zh-CN': '年度费用明细', 'en-US': 'Annual trade terms' },
  promotion: { 'zh-CN': '促销计划', 'en-US': 'Promotion plan' },
  promotionIntro: {
    'zh-CN': '全年五档活动错开主要节点；阴影处为两档活动重叠的周，已安排不同品类以免争夺同一货架。',
    'en-US': 'Five events spread over the year; shaded weeks are where two events overlap, planned on different categories so they do not compete for one shelf.'
  },
  calendar: { 'zh-CN': '2027 年上半年促销日历', 'en-US': 'Promotion calendar, first half of 2027' },
  nextSteps: { 'zh-CN': '下一步', 'en-US': 'Next steps' },
  steps: {
    'zh-CN': ['12 月 15 日前确认品项与供货价', '12 月 31 日前签订年度合同', '2027 年 1 月 10 日前完成首批配送与门店培训'],
    'en-US': ['Confirm SKUs and supply prices by December 15', 'Sign the annual contract by December 31', 'First delivery and store training by January 10, 2027']
  }
} as const

const productColumnHeaders: Record<DocumentLanguage, string[]> = {
  'zh-CN': ['序号', 'SKU', '条码', '品名', '规格', '品类', '供货价', '零售价', '前台毛利率', '年计划量', '进货额'],
  'en-US': ['#', 'SKU', 'Barcode', 'Product', 'Pack', 'Category', 'Supply price', 'Retail price', 'Front margin', 'Planned units', 'Purchase value']
}
const productColumnKinds: DataColumn['kind'][] = ['count', 'text', 'text', 'text', 'text', 'text', 'money', 'money', 'percent', 'count', 'money']
// Widths measured against 9 pt Arial: a 13-digit barcode and "24 sachets/box" stay on one line.
const productColumnWeights = [9, 15, 23, 37, 24, 26, 16, 16, 18, 16, 20]

const termsColumnHeaders: Record<DocumentLanguage, string[]> = {
  'zh-CN': ['条款', '计算基础', '比例', '年度金额（元）'],
  'en-US': ['Term', 'Basis', 'Rate', 'Annual amount (CNY)']
}

/** The demo document, charts included (rendered with the shipped font). */
export function buildSampleDocument(language: DocumentLanguage, options: { fontFile?: string } = {}): Document {
  const labels = kitLabels[language]
  const figures = sampleFigures(language)
  const products = sampleProducts(language)
  const chrome: PageChrome = { company: text.supplier[language], documentTitle: text.title[language], language }

  const chartSize = { width: 640, height: 300 }
  const calendarHeight = 220
  const waterfall = renderChartPng(
    waterfallChartOption({ ...figures, unit: 'wan', language }),
    { ...chartSize, language, fontFile: options.fontFile }
  )
  const calendar = renderChartPng(calendarChartOption({ events: promotionPlan(language), language }), { ...chartSize, height: calendarHeight, language, fontFile: options.fontFile })

  const productColumns: DataColumn[] = columnWidthsDxa(productColumnWeights, LANDSCAPE_TEXT_WIDTH_DXA).map((widthDxa, index) => ({
    header: productColumnHeaders[language][index] ?? '',
    widthDxa,
    kind: productColumnKinds[index] ?? 'text',
    align: index === 0 ? 'center' : undefined
  }))
  const productRows: DataCell[][] = products.map((product, index) => [
    String(index + 1),
    product.skuCode,
    product.barcode,
    product.name,
    product.spec,
    product.category,
    product.supplyPriceFen,
    product.retailPriceFen,
    ratioToPpm(product.retailPriceFen - product.supplyPriceFen, product.retailPriceFen),
    product.plannedUnits,
    product.plannedUnits * product.supplyPriceFen
  ])
  const totalUnits = products.reduce((sum, product) => sum + product.plannedUnits, 0)
  const productTotals: DataCell[] = ['', labels.total, '', '', '', '', '', '', '', totalUnits, figures.grossPurchaseValueFen]

  const termsColumns: DataColumn[] = columnWidthsDxa([30, 34, 14, 22], PORTRAIT_TEXT_WIDTH_DXA).map((widthDxa, index) => ({
    header: termsColumnHeaders[language][index] ?? '',
    widthDxa,
    kind: (['text', 'text', 'percent', 'money'] as const)[index] ?? 'text'
  }))
  const grossText = `${formatMoney(figures.grossPurchaseValueFen, 'yuan')} ${labels.moneyUnit.yuan}`
  const termsRows: DataCell[][] = [
    ...percentageTerms.map((term) => [term.name[language], language === 'zh-CN' ? `进货额 ${grossText}` : `Purchases ${grossText}`, term.ratePpm, applyRate(figures.grossPurchaseValueFen, term.ratePpm)]),
    ...fixedFees.map((fee) => [fee.name[language], fee.basis[language], null, fee.amountFen])
  ]
  // The percentage rows sum to G·D% only after rounding each; the total shows the sum of the rows as printed.
  const termsTotal = termsRows.reduce((sum, row) => sum + (typeof row[3] === 'number' ? row[3] : 0), 0)

  let figureNumber = 0
  const nextFigure = (title: string) => labels.figureCaption(++figureNumber, title)

  return kitDocument({
    language,
    accent,
    title: text.title[language],
    creator: text.supplier[language],
    description: text.subtitle[language],
    sections: [
      coverSection(coverPage({ title: text.title[language], subtitle: text.subtitle[language], account: text.account[language], supplier: text.supplier[language], date: text.date[language], version: 'V1.0', accent, language })),
      portraitSection(
        [
          ...tableOfContents(language),
          heading(text.summary[language], 1, { isOnNewPage: true }),
          bodyText(text.summaryText[language]),
          keyFigures(
            [
              { value: formatMoney(figures.grossPurchaseValueFen, 'wan', 1), unit: labels.moneyUnit.wan, label: text.keyGross[language], note: text.keyGrossNote[language] },
              { value: formatPercent(figures.tradeSpendRatePpm), label: text.keySpend[language], note: text.keySpendNote[language] },
              { value: formatMoney(figures.netRevenueFen, 'wan', 1), unit: labels.moneyUnit.wan, label: text.keyNet[language] },
              { value: formatPercent(figures.contributionMarginPpm), label: text.keyMargin[language] }
            ],
            accent
          ),
          ...chartFigure({ png: waterfall.png, widthPx: chartSize.width, heightPx: chartSize.height, caption: nextFigure(text.waterfall[language]) })
        ],
        chrome
      ),
      landscapeSection(
        [
          heading(text.products[language]),
          bodyText(text.productsIntro[language]),
          tableCaption(labels.tableCaption(1, text.productTable[language])),
          dataTable({ columns: productColumns, rows: productRows, totalsRow: productTotals, moneyUnit: 'yuan', accent })
        ],
        chrome
      ),
      portraitSection(
        [
          heading(text.terms[language]),
          bodyText(text.termsIntro[language]),
          tableCaption(labels.tableCaption(2, text.termsTable[language])),
          dataTable({ columns: termsColumns, rows: termsRows, totalsRow: [labels.total, '', figures.percentageTermsPpm, termsTotal], moneyUnit: 'yuan', accent }),
          heading(text.promotion[language]),
          bodyText(text.promotionIntro[language]),
          ...chartFigure({ png: calendar.png, widthPx: chartSize.width, heightPx: calendarHeight, caption: nextFigure(text.calendar[language]) }),
          heading(text.nextSteps[language]),
          ...text.steps[language].map((step) => bulletedText(step))
        ],
        chrome
      )
    ]
  })
}
