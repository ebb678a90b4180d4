/**
 * Texts of the trade-terms capability 合同条款, merged under the `terms` namespace. Params named
 * …Fen are money in fen and …Ppm rates in ppm: the UI formats them (¥ with two decimals, % with
 * one) before interpolating, as it does for grid cells. A line's label is its own name when it
 * has one, else kinds.<kind>; warnings about a line take it as {{label}}.
 */
export const zhCNTerms = {
  sides: {
    ask: '对方要求',
    offer: '我方报价',
    agreed: '签约'
  },
  categories: {
    fixed: '固定费用',
    percentage: '比例费用',
    conditionalRebate: '有条件返利'
  },
  kinds: {
    entry: '进场费',
    barcode: '条码费',
    anniversary: '店庆费',
    festival: '节庆费',
    dmPoster: 'DM/海报费',
    display: '陈列费',
    endCap: '端架费',
    floorStack: '堆头费',
    newStore: '新店开业费',
    system: '信息费',
    customFixed: '其他固定费用',
    unconditionalRebate: '无条件返利',
    promotionSupport: '促销支持',
    logistics: '物流配送费',
    damageReturns: '损耗/退货补偿',
    yearEndRebate: '年终返利',
    customPercentage: '其他比例费用',
    conditionalRebate: '有条件返利'
  },
  bases: {
    perYear: '每年',
    perStore: '每店',
    perSku: '每个单品',
    perSkuPerStore: '每单品每店',
    perEvent: '每次',
    perIssue: '每期',
    perPeriod: '每档期'
  },
  count: {
    perEvent: '次数',
    perIssue: '期数',
    perPeriod: '档期数'
  },
  tierModes: {
    whole: '全额累进',
    excess: '超额累进'
  },
  tierModeHelp: {
    whole: '达到的档位返利率适用于全部进货额',
    excess: '每档返利率只适用于该档起点以上、下一档起点以下的部分（类似个税累进）'
  },
  tier: '第 {{tier}} 档：进货额 ≥ {{thresholdFen}}，返利 {{ratePpm}}',
  paymentModes: {
    invoice: '票到{{days}}天',
    monthly: '月结{{days}}天',
    consignment: '代销（售后{{days}}天）'
  },
  paymentModeNames: {
    invoice: '票到N天',
    monthly: '月结N天',
    consignment: '代销'
  },
  paymentHelp: '实际占款天数：票到为 N 天；月结为 N + 15 天；代销为 N + 库存天数',
  figures: {
    purchaseValueFen: '进货额（供价）',
    retailValueFen: '零售额',
    cogsFen: '产品成本',
    percentageTermsPpm: '比例费用合计（D%）',
    percentageTermsFen: '比例费用金额',
    fixedFeesFen: '固定费用合计',
    promotionFundingFen: '促销投入',
    effectivePaymentDays: '实际账期（天）',
    financingCostFen: '资金占用成本',
    netRevenueFen: '净收入',
    contributionFen: '贡献额',
    contributionMarginPpm: '贡献率',
    tradeSpendRatePpm: '费用率',
    netNetFactorPpm: '净净价系数',
    retailerMarginPpm: '零售商综合毛利率',
    breakEvenPurchaseFen: '保本进货额',
    fixedFeePerUnitFen: '单位固定费用',
    netNetPriceFen: '净净价',
    marginTargetPpm: '毛利率目标',
    marginGapPpm: '与目标差距',
    tierReached: '已达档位',
    gapToNextTierFen: '距下一档'
  },
  figureHelp: {
    netRevenueFen: '进货额 × (1 − D%) − 固定费用 − 促销投入 − 资金占用成本',
    contributionMarginPpm: '贡献额 ÷ 进货额',
    tradeSpendRatePpm: '(比例费用金额 + 固定费用 + 促销投入) ÷ 进货额',
    netNetFactorPpm: '1 − D% − (固定费用 + 促销投入 + 资金占用成本) ÷ 进货额',
    retailerMarginPpm: '(零售额 − 进货额 + 比例费用金额 + 固定费用 + 促销投入) ÷ 零售额',
    breakEvenPurchaseFen: '产品结构不变、按比例放大或缩小时，贡献额为零的进货额',
    fixedFeePerUnitFen: '固定费用 ÷ 计划总件数，向下取整到分',
    financingCostFen: '进货额 × 年利率 × 实际账期 ÷ 365'
  },
  nullReasons: {
    noAssortment: '尚无计划单品',
    noPurchaseValue: '进货额为 0',
    noRetailValue: '零售额为 0',
    noUnits: '计划件数为 0',
    storeCountMissing: '有按门店计的费用，但门店数未填',
    paymentNotSet: '未填结算方式',
    daysOfInventoryMissing: '代销需要库存天数',
    noMarginTarget: '未设毛利率目标',
    neverBreaksEven: '按当前结构，任何进货额都无法保本'
  },
  comparison: {
    perHundredYuan: '每百元进货',
    best: '最优',
    worst: '最差',
    notCharged: '未收取'
  },
  waterfall: {
    purchaseValue: '进货额',
    percentageTerms: '− 比例费用',
    fixedFees: '− 固定费用',
    promotionFunding: '− 促销投入',
    financingCost: '− 资金占用成本',
    netRevenue: '净收入',
    cogs: '− 产品成本',
    contribution: '贡献额'
  },
  scenario: {
    base: '基准',
    delta: '变化'
  },
  warnings: {
    paymentOver60Days: '实际账期 {{days}} 天，超过收货后 {{maxDays}} 天的上限',
    feeWithoutService: '“{{label}}”属于无对应服务时不得收取的费用（金额 {{amountFen}}），请确认对方提供了相应服务并写入合同',
    tradeSpendOverThreshold: '费用率 {{ratePpm}} 高于设定的上限 {{thresholdPpm}}',
    retailerMarginBelowTarget: '零售商综合毛利率 {{marginPpm}} 低于目标 {{targetPpm}}',
    nextRebateTierNear: '再进货 {{gapFen}} 即达到下一档（{{nextThresholdFen}}），超出部分返利率升至 {{nextRatePpm}}',
    nextRebateTierNearWhole:
      '再进货 {{gapFen}} 即达到下一档（{{nextThresholdFen}}）：全额累进，全部进货额的返利率将从 {{currentRatePpm}} 升至 {{nextRatePpm}}'
  },
  severities: {
    info: '提示',
    warning: '注意'
  },
  sources: {
    fairTrade2006Art14: '《零售商供应商公平交易管理办法》（2006）第十四条',
    fairTrade2006Art13: '《零售商供应商公平交易管理办法》（2006）第十三条',
    cleanUp2011: '《清理整顿大型零售企业向供应商违规收费工作方案》（2011）',
    userThreshold: '自定的费用率上限',
    accountTarget: '客户的毛利率目标',
    tierLadder: '有条件返利档位'
  },
  issues: {
    negativeAmount: '金额不能为负：{{amountFen}}',
    negativeCount: '次数不能为负：{{count}}',
    negativeRate: '比例不能为负：{{ratePpm}}',
    rateOver100Percent: '比例不能超过 100%：{{ratePpm}}',
    customLineWithoutName: '自定义费用需要填写名称',
    perStoreSkuOnlyForBarcode: '“每单品每店”只适用于条码费',
    tiersNotAscending: '第 {{tier}} 档的起点必须高于上一档',
    noTiers: '有条件返利至少需要一个档位',
    negativePaymentDays: '账期天数不能为负：{{days}}'
  },
  cells: {
    amount: '金额',
    count: '次数',
    rate: '比例',
    mode: '累进方式',
    tiers: '档位',
    threshold: '档位起点'
  },
  importFields: {
    item: '费用项目',
    basis: '计费方式',
    amount: '金额',
    count: '次数',
    rate: '比例'
  },
  import: {
    tieredRebateNotImported: '“{{item}}”按档位计算，请在合同条款表中填写档位',
    amountOrRateRequired: '请填写金额或比例',
    amountAndRate: '金额和比例只能填一个',
    unknownBasis: '无法识别计费方式“{{value}}”（可填：每年、每店、每单品、每次、每期、每档期）',
    fixedFeeNeedsAmount: '“{{item}}”是固定费用，请填写金额而不是比例',
    percentageNeedsRate: '“{{item}}”是比例费用，请填写比例而不是金额',
    basisOnlyForFixed: '只有固定费用有计费方式',
    perSkuPerStoreOnlyForBarcode: '“每单品每店”只适用于条码费',
    nothingToImport: '文件中没有可导入的费用行'
  },
  errors: {
    accountNotFound: '客户不存在或已被删除（ID {{id}}）',
    sheetNotFound: '合同条款表不存在或已被删除（ID {{id}}）',
    noSheetForYear: '“{{account}}”还没有 {{year}} 年度的合同条款',
    sheetExists: '“{{account}}”已有 {{year}} 年度的合同条款',
    noEarlierSheet: '“{{account}}”在 {{year}} 年之前没有合同条款可沿用',
    lineNotFound: '条款行不存在或已被删除（ID {{id}}）',
    scenarioNotFound: '方案不存在或已被删除（ID {{id}}）',
    lineNotOnSheet: '条款行（ID {{id}}）不属于这张合同条款表',
    cellNotForCategory: '“{{category}}”没有“{{cell}}”一栏',
    customLineNeedsName: '自定义费用需要填写名称',
    basisOnlyForFixed: '只有固定费用有计费方式',
    perSkuPerStoreOnlyForBarcode: '“每单品每店”只适用于条码费',
    tiersRequired: '有条件返利请先填写档位（进货额起点和返利比例）',
    tierIncomplete: '每个档位都需要进货额起点和返利比例',
    tiersNotAscending: '第 {{tier}} 档的起点必须高于上一档',
    valueDoesNotFitLine: '撤销数据与条款行（ID {{id}}）的类型不符'
  }
}

export const enUSTerms: typeof zhCNTerms = {
  sides: {
    ask: 'Retailer ask',
    offer: 'Our offer',
    agreed: 'Agreed'
  },
  categories: {
    fixed: 'Fixed fees',
    percentage: 'Percentage terms',
    conditionalRebate: 'Conditional rebate'
  },
  kinds: {
    entry: 'Entry fee',
    barcode: 'Barcode (listing) fee',
    anniversary: 'Store anniversary fee',
    festival: 'Festival fee',
    dmPoster: 'Flyer / poster fee',
    display: 'Display fee',
    endCap: 'End cap fee',
    floorStack: 'Floor stack fee',
    newStore: 'New-store opening fee',
    system: 'System (information) fee',
    customFixed: 'Other fixed fee',
    unconditionalRebate: 'Unconditional rebate',
    promotionSupport: 'Promotion support',
    logistics: 'Logistics / DC fee',
    damageReturns: 'Damage / returns allowance',
    yearEndRebate: 'Year-end rebate',
    customPercentage: 'Other percentage term',
    conditionalRebate: 'Conditional rebate'
  },
  bases: {
    perYear: 'Per year',
    perStore: 'Per store',
    perSku: 'Per SKU',
    perSkuPerStore: 'Per SKU per store',
    perEvent: 'Per event',
    perIssue: 'Per issue',
    perPeriod: 'Per period'
  },
  count: {
    perEvent: 'Events',
    perIssue: 'Issues',
    perPeriod: 'Periods'
  },
  tierModes: {
    whole: 'Whole (all purchases)',
    excess: 'Excess (per band)'
  },
  tierModeHelp: {
    whole: 'The rate of the tier reached applies to all purchases',
    excess: 'Each tier’s rate applies only to the purchases between its threshold and the next one (like a progressive tax)'
  },
  tier: 'Tier {{tier}}: purchases ≥ {{thresholdFen}}, rebate {{ratePpm}}',
  paymentModes: {
    invoice: 'Invoice + {{days}} days',
    monthly: 'Monthly statement + {{days}} days',
    consignment: 'Consignment ({{days}} days after sale)'
  },
  paymentModeNames: {
    invoice: 'Invoice + N days',
    monthly: 'Monthly statement + N days',
    consignment: 'Consignment'
  },
  paymentHelp: 'Effective days: N for invoice; N + 15 for a monthly statement; N + days of inventory for consignment',
  figures: {
    purchaseValueFen: 'Purchase value (at supply price)',
    retailValueFen: 'Retail value',
    cogsFen: 'Cost of goods',
    percentageTermsPpm: 'Percentage terms (D%)',
    percentageTermsFen: 'Percentage terms amount',
    fixedFeesFen: 'Fixed fees',
    promotionFundingFen: 'Promotion funding',
    effectivePaymentDays: 'Effective payment days',
    financingCostFen: 'Financing cost',
    netRevenueFen: 'Net revenue',
    contributionFen: 'Contribution',
    contributionMarginPpm: 'Contribution margin',
    tradeSpendRatePpm: 'Trade spend rate',
    netNetFactorPpm: 'Net-net factor',
    retailerMarginPpm: 'Retailer comprehensive margin',
    breakEvenPurchaseFen: 'Break-even purchase value',
    fixedFeePerUnitFen: 'Fixed fees per unit',
    netNetPriceFen: 'Net-net price',
    marginTargetPpm: 'Margin target',
    marginGapPpm: 'Gap to target',
    tierReached: 'Tier reached',
    gapToNextTierFen: 'To next tier'
  },
  figureHelp: {
    netRevenueFen: 'Purchase value × (1 − D%) − fixed fees − promotion funding − financing cost',
    contributionMarginPpm: 'Contribution ÷ purchase value',
    tradeSpendRatePpm: '(Percentage terms amount + fixed fees + promotion funding) ÷ purchase value',
    netNetFactorPpm: '1 − D% − (fixed fees + promotion funding + financing cost) ÷ purchase value',
    retailerMarginPpm: '(Retail value − purchase value + percentage terms amount + fixed fees + promotion funding) ÷ retail value',
    breakEvenPurchaseFen: 'The purchase value at which contribution is zero, with the same mix scaled up or down',
    fixedFeePerUnitFen: 'Fixed fees ÷ planned units, rounded down to the fen',
    financingCostFen: 'Purchase value × annual interest × effective days ÷ 365'
  },
  nullReasons: {
    noAssortment: 'No SKUs planned yet',
    noPurchaseValue: 'Purchase value is 0',
    noRetailValue: 'Retail value is 0',
    noUnits: 'Planned units are 0',
    storeCountMissing: 'A fee is charged per store but the store count is missing',
    paymentNotSet: 'No payment term entered',
    daysOfInventoryMissing: 'Consignment needs the days of inventory',
    noMarginTarget: 'No margin target set',
    neverBreaksEven: 'With this mix no purchase value breaks even'
  },
  comparison: {
    perHundredYuan: 'Per ¥100 of purchases',
    best: 'Best',
    worst: 'Worst',
    notCharged: 'Not charged'
  },
  waterfall: {
    purchaseValue: 'Purchase value',
    percentageTerms: '− Percentage terms',
    fixedFees: '− Fixed fees',
    promotionFunding: '− Promotion funding',
    financingCost: '− Financing cost',
    netRevenue: 'Net revenue',
    cogs: '− Cost of goods',
    contribution: 'Contribution'
  },
  scenario: {
    base: 'Base',
    delta: 'Change'
  },
  warnings: {
    paymentOver60Days: 'Effective payment term of {{days}} days is over the {{maxDays}}-day limit after receipt',
    feeWithoutService:
      '“{{label}}” ({{amountFen}}) is a fee retailers may not charge without a matching service: make sure the service is given and written into the contract',
    tradeSpendOverThreshold: 'Trade spend rate {{ratePpm}} is above your limit of {{thresholdPpm}}',
    retailerMarginBelowTarget: 'Retailer comprehensive margin {{marginPpm}} is below the target {{targetPpm}}',
    nextRebateTierNear:
      '{{gapFen}} more in purchases reaches the next tier ({{nextThresholdFen}}); purchases above it earn {{nextRatePpm}}',
    nextRebateTierNearWhole:
      '{{gapFen}} more in purchases reaches the next tier ({{nextThresholdFen}}): in whole mode the rate on ALL purchases rises from {{currentRatePpm}} to {{nextRatePpm}}'
  },
  severities: {
    info: 'Note',
    warning: 'Warning'
  },
  sources: {
    fairTrade2006Art14: 'Measures on Fair Trade between Retailers and Suppliers (2006), art. 14',
    fairTrade2006Art13: 'Measures on Fair Trade between Retailers and Suppliers (2006), art. 13',
    cleanUp2011: 'Programme to clean up illegal fees charged by large retailers to suppliers (2011)',
    userThreshold: 'Your trade spend limit',
    accountTarget: 'The account’s margin target',
    tierLadder: 'Conditional rebate tiers'
  },
  issues: {
    negativeAmount: 'An amount cannot be negative: {{amountFen}}',
    negativeCount: 'A count cannot be negative: {{count}}',
    negativeRate: 'A rate cannot be negative: {{ratePpm}}',
    rateOver100Percent: 'A rate cannot be over 100%: {{ratePpm}}',
    customLineWithoutName: 'A custom line needs a name',
    perStoreSkuOnlyForBarcode: '“Per SKU per store” applies to the barcode fee only',
    tiersNotAscending: 'Tier {{tier}} must start above the previous tier',
    noTiers: 'A conditional rebate needs at least one tier',
    negativePaymentDays: 'Payment days cannot be negative: {{days}}'
  },
  cells: {
    amount: 'Amount',
    count: 'Count',
    rate: 'Rate',
    mode: 'Tier mode',
    tiers: 'Tiers',
    threshold: 'Tier threshold'
  },
  importFields: {
    item: 'Fee item',
    basis: 'Basis',
    amount: 'Amount',
    count: 'Count',
    rate: 'Rate'
  },
  import: {
    tieredRebateNotImported: '“{{item}}” is tiered: enter its tiers on the term sheet',
    amountOrRateRequired: 'Enter an amount or a rate',
    amountAndRate: 'Enter an amount or a rate, not both',
    unknownBasis: 'Unknown basis “{{value}}” (per year, per store, per SKU, per event, per issue, per period)',
    fixedFeeNeedsAmount: '“{{item}}” is a fixed fee: enter an amount, not a rate',
    percentageNeedsRate: '“{{item}}” is a percentage term: enter a rate, not an amount',
    basisOnlyForFixed: 'Only fixed fees have a basis',
    perSkuPerStoreOnlyForBarcode: '“Per SKU per store” applies to the barcode fee only',
    nothingToImport: 'The file has no fee rows to import'
  },
  errors: {
    accountNotFound: 'The account does not exist or was deleted (ID {{id}})',
    sheetNotFound: 'The term sheet does not exist or was deleted (ID {{id}})',
    noSheetForYear: '“{{account}}” has no term sheet for {{year}} yet',
    sheetExists: '“{{account}}” already has a term sheet for {{year}}',
    noEarlierSheet: '“{{account}}” has no term sheet before {{year}} to start from',
    lineNotFound: 'The term line does not exist or was deleted (ID {{id}})',
    scenarioNotFound: 'The scenario does not exist or was deleted (ID {{id}})',
    lineNotOnSheet: 'The term line (ID {{id}}) is not on this term sheet',
    cellNotForCategory: '“{{category}}” has no “{{cell}}” value',
    customLineNeedsName: 'A custom fee needs a name',
    basisOnlyForFixed: 'Only fixed fees have a basis',
    perSkuPerStoreOnlyForBarcode: '“Per SKU per store” applies to the barcode fee only',
    tiersRequired: 'Enter the conditional rebate’s tiers first (purchase threshold and rate)',
    tierIncomplete: 'Every tier needs a purchase threshold and a rate',
    tiersNotAscending: 'Tier {{tier}} must start above the tier before it',
    valueDoesNotFitLine: 'The undo data does not fit term line (ID {{id}})'
  }
}
