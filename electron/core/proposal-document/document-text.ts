/**
 * The words the proposal document writes itself: chapter titles, table headers, captions and the
 * sentences around the figures. Names the planner shows too (promotion kinds, protection types,
 * key figures, department items) come from the `proposal` i18n namespace so paper and screen use
 * one wording; this file holds only what exists on paper. zh-CN first; en-US has every key.
 */
import type { MoneyUnit } from '../../../src/shared/domain/money'
import type { DocumentPayment, SellThroughActivityKind } from './document-data'

type Language = 'zh-CN' | 'en-US'

export interface ProposalDocumentText {
  title: (account: string, year: number) => string
  version: (number: number, name: string | null) => string
  /** Under the cover's title: the proposal's name and how many SKUs it lists. */
  subtitle: (proposal: string, skuCount: number) => string
  date: (isoDate: string) => string
  fileName: (account: string, version: number) => string
  chapter: {
    summary: string
    products: string
    terms: string
    protection: string
    promotions: string
    sellThrough: string
    departments: string
    bothSides: string
  }
  summaryText: (p: { skuCount: number; account: string; supplier: string; storeCount: number | null; year: number }) => string
  keyFigureNote: { grossPurchaseValue: string; retailerMargin: string; frontMargin: string; promotionFunding: string; netRevenue: string; contributionMargin: string; netNetFactor: string; breakEven: string }
  frontMargin: string
  productsIntro: (skuCount: number, metCount: number, unit: string) => string
  productHeaders: { index: string; sku: string; barcode: string; name: string; spec: string; category: string; supplyPrice: string; retailPrice: string; frontMargin: string; target: string; meetsTarget: string; units: string; purchaseValue: string; netNetPrice: string }
  meets: { yes: string; no: string; unknown: string }
  productTable: string
  marginChart: (shown: number, total: number) => string
  waterfallChart: (unit: string) => string
  termsIntro: string
  termHeaders: { term: string; ask: string; offer: string; difference: string }
  termTable: string
  paymentDaysLabel: string
  days: (days: number) => string
  /** The payment term in a sentence: 票到 / 月结 N days, or 代销 paid N days after sale with the days of inventory it waits on shelf first. */
  paymentLine: (payment: DocumentPayment, effectiveDays: number | null) => string
  concessionsTitle: string
  concessionsIntro: string
  concessionHeaders: { give: string; cost: string; points: string; get: string; value: string }
  concessionTable: string
  unpaired: string
  unvalued: string
  concessionsNet: string
  protectionIntro: string
  noProtection: string
  protectionHeaders: { territory: string; type: string; skus: string; period: string; conditions: string; consequence: string }
  protectionTable: string
  periodText: (start: string, end: string) => string
  minimumPurchase: (amount: string) => string
  sellThrough: (rate: string) => string
  noConditions: string
  promotionIntro: (events: number, cost: string, roi: string) => string
  noPromotions: string
  promotionHeaders: { event: string; kind: string; dates: string; stores: string; incrementalUnits: string; cost: string; contribution: string; roi: string }
  promotionTable: string
  calendarChart: string
  roiChart: string
  missingFigures: string
  sellThroughIntro: string
  noSellThrough: string
  sellThroughHeaders: { kind: string; description: string; owner: string; timing: string; cost: string }
  sellThroughTable: string
  sellThroughKind: Record<SellThroughActivityKind, string>
  departmentsIntro: string
  noDepartmentItems: string
  bothSidesIntro: string
  bothSidesHeaders: { retailer: string; supplier: string; figure: string; value: string }
  bothSidesTable: string
  retailerSide: { retailValue: string; frontMarginAmount: string; frontMargin: string; otherIncome: string; comprehensiveMargin: string; paymentDays: string }
  supplierSide: { grossPurchaseValue: string; netRevenue: string; contribution: string; contributionMargin: string; netNetFactor: string; breakEven: string }
  allSkus: string
  moneyUnitSuffix: Record<MoneyUnit, string>
}

const zhMonthDay = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const enMonthDay = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${EN_MONTHS[(month ?? 1) - 1]} ${day}, ${year}`
}

/** Characters a file name may not hold on Windows, macOS or Linux. */
const unsafeFileNameCharacters = new Set([...'\\/:*?"<>|'])
const safe = (text: string): string =>
  [...text]
    .map((character) => (unsafeFileNameCharacters.has(character) || character.charCodeAt(0) < 0x20 ? '_' : character))
    .join('')
    .trim()

export const proposalDocumentText: Record<Language, ProposalDocumentText> = {
  'zh-CN': {
    title: (account, year) => `${account} ${year} 年度进场方案`,
    version: (number, name) => `第 ${number} 版${name ? `（${name}）` : ''}`,
    subtitle: (proposal, skuCount) => `${proposal} · ${skuCount} 个单品`,
    date: zhMonthDay,
    fileName: (account, version) => `${safe(account)}-进场方案-第${version}版.docx`,
    chapter: {
      summary: '执行摘要',
      products: '进场产品清单',
      terms: '合同条款与条件置换',
      protection: '区域保护',
      promotions: '促销计划与投入产出',
      sellThrough: '动销上量方案',
      departments: '各部门价值',
      bothSides: '双方收益'
    },
    summaryText: ({ skuCount, account, supplier, storeCount, year }) =>
      `${supplier}建议 ${year} 年度以 ${skuCount} 个单品进入${account}${storeCount ? `全部 ${storeCount} 家门店` : ''}。本方案列明各单品的供货价、建议零售价与毛利，合同条款的双方立场与条件置换，区域保护条款，全年促销计划及其投入产出，动销上量措施，以及本方案为贵司各部门带来的价值。`,
    keyFigureNote: {
      grossPurchaseValue: '按供货价计',
      retailerMargin: '前台毛利 + 返利、费用与促销',
      frontMargin: '按建议零售价计',
      promotionFunding: '厂家全年促销投入',
      netRevenue: '扣除全部费用与资金成本',
      contributionMargin: '贡献额 / 进货额',
      netNetFactor: '净净价 / 供货价',
      breakEven: '贡献额为零时的进货额'
    },
    frontMargin: '前台毛利率',
    productsIntro: (skuCount, metCount, unit) => `下表列出全部 ${skuCount} 个拟进场单品，其中 ${metCount} 个达到毛利率目标。金额单位：${unit}。`,
    productHeaders: {
      index: '序号',
      sku: '单品编码',
      barcode: '条码',
      name: '品名',
      spec: '规格',
      category: '品类',
      supplyPrice: '供货价',
      retailPrice: '零售价',
      frontMargin: '前台毛利率',
      target: '目标',
      meetsTarget: '达标',
      units: '年计划量',
      purchaseValue: '进货额',
      netNetPrice: '净净价'
    },
    meets: { yes: '达标', no: '未达标', unknown: '—' },
    productTable: '拟进场单品与年度计划',
    marginChart: (shown, total) => (shown < total ? `进货额前 ${shown} 名单品的前台毛利率` : '各单品前台毛利率'),
    waterfallChart: (unit) => `从进货额到贡献额（${unit}）`,
    termsIntro: '下表对照贵司的要求与我方的报价；比例费用按供货价进货额计算，固定费用按年计。',
    termHeaders: { term: '条款', ask: '贵司要求', offer: '我方报价', difference: '差异' },
    termTable: '合同条款：要求与报价',
    paymentDaysLabel: '结算账期',
    days: (days) => `${days} 天`,
    paymentLine: ({ kind, days, inventoryDays }, effectiveDays) => {
      const effective = effectiveDays === null ? '' : `，实际账期 ${effectiveDays} 天`
      if (kind === 'invoice') return `结算方式：票到 ${days} 天，即收到发票后 ${days} 天内付款${effective}。`
      if (kind === 'monthly_statement') return `结算方式：月结 ${days} 天，即每月对账后 ${days} 天内付款${effective}。`
      const inventory = inventoryDays === null ? '（库存天数待定）' : `，按库存天数 ${inventoryDays} 天计`
      return `结算方式：代销（售后结算），商品售出后 ${days} 天结算${inventory}${effective}。`
    },
    concessionsTitle: '条件置换',
    concessionsIntro: '我方的每一项让步都对应一项交换条件；让步成本同时以金额和占进货额的百分点表示。',
    concessionHeaders: { give: '我方让步', cost: '让步成本', points: '占进货额', get: '交换条件', value: '所得价值' },
    concessionTable: '条件置换明细',
    unpaired: '（待商定）',
    unvalued: '未估值',
    concessionsNet: '净得失',
    protectionIntro: '为保障价格秩序和双方投入，我方对以下区域与单品提供保护；区域按 GB/T 2260 行政区划。',
    noProtection: '本方案未设区域保护条款。',
    protectionHeaders: { territory: '保护区域', type: '类型', skus: '单品', period: '保护期', conditions: '条件', consequence: '未达成时' },
    protectionTable: '区域保护条款',
    periodText: (start, end) => `${start} 至 ${end}`,
    minimumPurchase: (amount) => `进货额不低于 ${amount}`,
    sellThrough: (rate) => `动销率不低于 ${rate}`,
    noConditions: '无',
    promotionIntro: (events, cost, roi) => `全年安排 ${events} 档促销活动，厂家投入 ${cost}，整体投入产出比 ${roi}。`,
    noPromotions: '本方案尚未安排促销活动。',
    promotionHeaders: { event: '活动', kind: '类型', dates: '日期', stores: '门店', incrementalUnits: '增量销量', cost: '厂家投入', contribution: '增量贡献', roi: 'ROI' },
    promotionTable: '促销活动与投入产出',
    calendarChart: '促销日历（阴影为活动重叠的周）',
    roiChart: '各档活动的投入产出比',
    missingFigures: '— 表示数据不全、无法测算的数字。',
    sellThroughIntro: '为确保新品进店后动销，我方安排以下门店执行与激励措施。',
    noSellThrough: '本方案尚未安排动销措施。',
    sellThroughHeaders: { kind: '措施', description: '内容', owner: '负责人', timing: '时间', cost: '费用' },
    sellThroughTable: '动销上量措施',
    sellThroughKind: { staff_training: '店员培训', promoter_incentive: '促销员激励（挂金）', pop: 'POP 物料', display: '陈列', other: '其他' },
    departmentsIntro: '本方案对贵司各部门的价值，均由上文的数字计算得出。',
    noDepartmentItems: '暂无可计算的内容。',
    bothSidesIntro: '同一组数字，分别从贵司和我方的角度看。',
    bothSidesHeaders: { retailer: '贵司', supplier: '我方', figure: '指标', value: '数值' },
    bothSidesTable: '双方收益对照',
    retailerSide: { retailValue: '零售额', frontMarginAmount: '前台毛利额', frontMargin: '前台毛利率', otherIncome: '返利、费用与促销收入', comprehensiveMargin: '综合毛利率', paymentDays: '实际账期（天）' },
    supplierSide: { grossPurchaseValue: '进货额', netRevenue: '净收入', contribution: '贡献额', contributionMargin: '贡献率', netNetFactor: '净净价系数', breakEven: '盈亏平衡进货额' },
    allSkus: '全部单品',
    moneyUnitSuffix: { yuan: '元', wan: '万元', yi: '亿元' }
  },
  'en-US': {
    title: (account, year) => `Entry Proposal ${year} for ${account}`,
    version: (number, name) => `Version ${number}${name ? ` (${name})` : ''}`,
    subtitle: (proposal, skuCount) => `${proposal} · ${skuCount} SKUs`,
    date: enMonthDay,
    fileName: (account, version) => `${safe(account)}-entry-proposal-v${version}.docx`,
    chapter: {
      summary: 'Executive summary',
      products: 'Products to list',
      terms: 'Trade terms and concessions',
      protection: 'Regional protection',
      promotions: 'Promotion plan and ROI',
      sellThrough: 'Sell-through plan',
      departments: 'Value for each department',
      bothSides: 'Figures for both sides'
    },
    summaryText: ({ skuCount, account, supplier, storeCount, year }) =>
      `${supplier} proposes to list ${skuCount} SKUs in ${storeCount ? `all ${storeCount} stores of ` : ''}${account} for ${year}. This proposal sets out each SKU's supply price, suggested retail price and margin, both sides' positions on the trade terms with the concessions traded, the regional protection clauses, the year's promotion plan and its return, the sell-through plan and the value for each of your departments.`,
    keyFigureNote: {
      grossPurchaseValue: 'At supply price',
      retailerMargin: 'Front margin + rebates, fees, promotion',
      frontMargin: 'At suggested retail price',
      promotionFunding: 'Supplier promotion funding',
      netRevenue: 'After all terms and financing',
      contributionMargin: 'Contribution / purchases',
      netNetFactor: 'Net-net price / supply price',
      breakEven: 'Purchases at zero contribution'
    },
    frontMargin: 'Front margin',
    productsIntro: (skuCount, metCount, unit) => `The table lists all ${skuCount} proposed SKUs; ${metCount} of them meet the margin target. Amounts in ${unit}.`,
    productHeaders: {
      index: '#',
      sku: 'SKU',
      barcode: 'Barcode',
      name: 'Product',
      spec: 'Pack',
      category: 'Category',
      supplyPrice: 'Supply price',
      retailPrice: 'Retail price',
      frontMargin: 'Front margin',
      target: 'Target',
      meetsTarget: 'Met',
      units: 'Planned units',
      purchaseValue: 'Purchase value',
      netNetPrice: 'Net-net price'
    },
    meets: { yes: 'Yes', no: 'No', unknown: '—' },
    productTable: 'Proposed SKUs and annual plan',
    marginChart: (shown, total) => (shown < total ? `Front margin of the ${shown} SKUs with the largest purchase value` : 'Front margin by SKU'),
    waterfallChart: (unit) => `From purchase value to contribution (${unit})`,
    termsIntro: 'The table sets your requests beside our offer; percentage terms apply to purchase value at supply price, fixed fees are per year.',
    termHeaders: { term: 'Term', ask: 'You ask', offer: 'We offer', difference: 'Difference' },
    termTable: 'Trade terms: ask and offer',
    paymentDaysLabel: 'Payment days',
    days: (days) => `${days} days`,
    paymentLine: ({ kind, days, inventoryDays }, effectiveDays) => {
      const effective = effectiveDays === null ? '' : `; effectively ${effectiveDays} days`
      if (kind === 'invoice') return `Payment: ${days} days from invoice${effective}.`
      if (kind === 'monthly_statement') return `Payment: monthly statement, ${days} days after the statement${effective}.`
      const inventory = inventoryDays === null ? ' (days of inventory not yet known)' : `, with ${inventoryDays} days of inventory on the shelf first`
      return `Payment: consignment, paid ${days} days after the goods are sold${inventory}${effective}.`
    },
    concessionsTitle: 'Concessions',
    concessionsIntro: 'Each concession we make is traded for something in return; its cost is given in CNY and in points of purchase value.',
    concessionHeaders: { give: 'We give', cost: 'Cost', points: 'Of purchases', get: 'In return', value: 'Value' },
    concessionTable: 'Concessions ledger',
    unpaired: '(to be agreed)',
    unvalued: 'Not valued',
    concessionsNet: 'Net',
    protectionIntro: 'To keep prices orderly and protect both sides’ investment, we protect the territories and SKUs below (GB/T 2260 divisions).',
    noProtection: 'This proposal has no regional protection clause.',
    protectionHeaders: { territory: 'Territory', type: 'Type', skus: 'SKUs', period: 'Period', conditions: 'Conditions', consequence: 'If missed' },
    protectionTable: 'Regional protection clauses',
    periodText: (start, end) => `${start} to ${end}`,
    minimumPurchase: (amount) => `Purchases of at least ${amount}`,
    sellThrough: (rate) => `Sell-through of at least ${rate}`,
    noConditions: 'None',
    promotionIntro: (events, cost, roi) => `${events} promotions over the year, with supplier funding of ${cost} and an overall ROI of ${roi}.`,
    noPromotions: 'No promotions are planned yet.',
    promotionHeaders: { event: 'Event', kind: 'Type', dates: 'Dates', stores: 'Stores', incrementalUnits: 'Extra units', cost: 'Cost', contribution: 'Extra contribution', roi: 'ROI' },
    promotionTable: 'Promotions and their return',
    calendarChart: 'Promotion calendar (shaded weeks: events overlap)',
    roiChart: 'ROI of each promotion',
    missingFigures: '— marks a figure that cannot be worked out from the data given.',
    sellThroughIntro: 'To make the new items sell once listed, we will run the following in store.',
    noSellThrough: 'No sell-through activities are planned yet.',
    sellThroughHeaders: { kind: 'Activity', description: 'What', owner: 'Owner', timing: 'When', cost: 'Cost' },
    sellThroughTable: 'Sell-through activities',
    sellThroughKind: { staff_training: 'Staff training', promoter_incentive: 'Promoter incentive', pop: 'POP material', display: 'Display', other: 'Other' },
    departmentsIntro: 'What this proposal gives each of your departments, worked out from the figures above.',
    noDepartmentItems: 'Nothing can be worked out yet.',
    bothSidesIntro: 'The same figures, seen from your side and from ours.',
    bothSidesHeaders: { retailer: 'Your side', supplier: 'Our side', figure: 'Figure', value: 'Value' },
    bothSidesTable: 'Figures for both sides',
    retailerSide: { retailValue: 'Retail value', frontMarginAmount: 'Front margin amount', frontMargin: 'Front margin', otherIncome: 'Rebates, fees and promotion', comprehensiveMargin: 'Comprehensive margin', paymentDays: 'Effective payment days' },
    supplierSide: { grossPurchaseValue: 'Purchase value', netRevenue: 'Net revenue', contribution: 'Contribution', contributionMargin: 'Contribution margin', netNetFactor: 'Net-net factor', breakEven: 'Break-even purchases' },
    allSkus: 'All SKUs',
    // No-break spaces: "CNY 10k" is one unit and must not wrap between its words.
    moneyUnitSuffix: { yuan: 'CNY', wan: 'CNY\u00a010k', yi: 'CNY\u00a0100m' }
  }
}
