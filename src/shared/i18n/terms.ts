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
  page: {
    title: '合同条款',
    subtitle: '每个客户每个合同年度的费用条款：对方要求、我方报价、签约，及其对账户经济的影响',
    contractYear: '合同年度',
    yearWithoutSheet: '{{year}}（未建）',
    newYear: '新建年度',
    noAccounts: '还没有客户，请先在“客户”页添加。',
    noSheet: '“{{account}}”还没有 {{year}} 年度的合同条款。',
    startSheet: '建立 {{year}} 年度合同条款',
    empty: '还没有条款行：点击“添加条款”，或导入对方的费用单',
    columns: {
      category: '类别',
      name: '条款',
      basis: '计费方式',
      value: '单价/比例',
      count: '次数',
      amount: '全年金额'
    },
    percentBasis: '按进货额比例',
    tieredBasis: '按档位',
    tierSummary: '{{mode}} {{count}} 档',
    tierModeShort: { whole: '全额', excess: '超额' },
    tiersButton: '档位',
    editTiers: '编辑返利档位',
    cellNotForLine: '这一行没有这一栏',
    pasteNoNewLines: '粘贴不会新增条款行：请用“添加条款”',
    addLine: '添加条款',
    addLineTitle: '添加条款行',
    kind: '条款类型',
    nameRequired: '名称（必填：对方合同中的叫法）',
    nameOptional: '名称（可选：对方合同中的叫法）',
    usualBasis: '按常用方式',
    removeLines: '删除所选行',
    selectFirst: '请先勾选或点选要删除的条款行',
    importFeeSchedule: '导入费用单',
    importTitle: '导入对方费用单（填入“对方要求”）',
    tiersTitle: '{{label}} · {{side}}：返利档位',
    tierThreshold: '进货额起点（元）',
    tierRate: '返利比例（%）',
    addTier: '添加档位',
    removeTier: '删除此档',
    clearSide: '清除此方返利',
    save: '保存',
    paymentTitle: '结算方式',
    paymentNone: '未填',
    days: '天',
    inventoryDays: '库存天数',
    inventoryDaysSuffix: '天库存',
    inventoryDaysHelp: '代销按售出结算：实际账期 = 约定天数 + 库存天数',
    economicsTitle: '账户经济测算',
    economicsTab: '经济测算',
    hidePanel: '收起侧栏',
    showPanel: '展开侧栏',
    panelHint: '收起后表格显示三方的单价、数量和全年金额',
    scenariosTab: '方案测算（{{count}}）',
    planNote: '按计划品项 {{skus}} 个单品、直营门店 {{stores}} 家、年利率 {{interest}} 测算。',
    planGaps: '其中缺计划件数 {{units}} 个、缺成本 {{costs}} 个、缺零售价 {{prices}} 个（按 0 计）。',
    noTierReached: '未达档',
    tierReachedValue: '第 {{tier}} 档（{{rate}}）',
    topTierReached: '已达最高档',
    netNetTitle: '各单品净净价（{{count}} 个）',
    sku: '单品',
    supplyPrice: '供价',
    warningsTitle: '预警',
    noWarnings: '没有预警',
    warningCount: '我方报价 {{count}} 条预警',
    source: '依据：{{sources}}',
    settings: '利率与费用率上限',
    interestRate: '资金年利率',
    spendThreshold: '费用率上限',
    noThreshold: '不设',
    settingsHelp: '适用于本工作区所有客户；费用率上限留空则不预警。',
    settingsSaved: '已保存利率与费用率上限',
    scenariosTitle: '方案测算',
    scenarioName: '方案名称，如“让步方案A”',
    createScenario: '以我方报价新建方案',
    noScenarios: '还没有方案：以当前我方报价为起点新建一个，改动条款后即可看到每项数字的变化。',
    baseOffer: '基准：我方报价',
    editScenario: '编辑此方案的条款',
    promote: '采用为报价',
    promoteHelp: '用此方案替换我方报价（可撤销）',
    deleteScenario: '删除方案',
    confirmDeleteScenario: '删除方案“{{name}}”？它的条款取值会一并删除（可撤销）。',
    scenarioLines: '“{{name}}”的条款',
    scenarioValue: '方案取值',
    newSheetTitle: '为“{{account}}”新建合同年度',
    startFrom: '起点',
    start: {
      'previous-year': '沿用上一年度（签约值作为新一年的要求和报价）',
      account: '参照其他客户的合同条款',
      'fee-schedule': '导入对方的费用单（.xlsx）',
      empty: '空白'
    },
    startHelp: '原有年度的合同条款保持不变，可随时切换查看。',
    createSheet: '建立',
    action: {
      addLine: '添加条款“{{label}}”',
      remove: '删除 {{count}} 行条款',
      tiers: '修改“{{label}}”{{side}}档位',
      payment: '修改{{side}}结算方式',
      promote: '采用方案“{{name}}”为报价',
      scenarioLine: '修改方案“{{name}}”的“{{label}}”',
      scenarioPayment: '修改方案“{{name}}”的结算方式',
      deleteScenario: '删除方案“{{name}}”'
    },
    done: {
      removed: '已删除 {{count}} 行条款（可撤销）',
      promoted: '已将方案“{{name}}”采用为我方报价（可撤销）',
      scenarioDeleted: '已删除方案“{{name}}”',
      sheetCreated: '已建立“{{account}}” {{year}} 年度合同条款',
      imported: '费用单已导入：新增 {{added}} 行，更新 {{updated}} 行，跳过 {{skipped}} 行'
    }
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
  page: {
    title: 'Trade terms',
    subtitle: 'Each account’s terms per contract year: the retailer’s ask, our offer, the agreed terms, and what they do to the account’s economics',
    contractYear: 'Contract year',
    yearWithoutSheet: '{{year}} (not started)',
    newYear: 'New year',
    noAccounts: 'No accounts yet: add them on the Accounts page first.',
    noSheet: '“{{account}}” has no term sheet for {{year}} yet.',
    startSheet: 'Start the {{year}} term sheet',
    empty: 'No term lines yet: add one, or import the retailer’s fee schedule',
    columns: {
      category: 'Category',
      name: 'Term',
      basis: 'Basis',
      value: 'Unit / rate',
      count: 'Count',
      amount: 'Annual amount'
    },
    percentBasis: '% of purchases',
    tieredBasis: 'Tiered',
    tierSummary: '{{mode}}, {{count}} tiers',
    tierModeShort: { whole: 'Whole', excess: 'Excess' },
    tiersButton: 'Edit',
    editTiers: 'Edit the rebate tiers',
    cellNotForLine: 'This line has no such value',
    pasteNoNewLines: 'A paste does not add term lines: use “Add term”',
    addLine: 'Add term',
    addLineTitle: 'Add a term line',
    kind: 'Kind',
    nameRequired: 'Name (required: the retailer’s own word for it)',
    nameOptional: 'Name (optional: the retailer’s own word for it)',
    usualBasis: 'The usual basis',
    removeLines: 'Remove lines',
    selectFirst: 'Tick or click the term lines to remove first',
    importFeeSchedule: 'Import fee schedule',
    importTitle: 'Import the retailer’s fee schedule (into the retailer ask)',
    tiersTitle: '{{label}} · {{side}}: rebate tiers',
    tierThreshold: 'Purchases from (¥)',
    tierRate: 'Rebate (%)',
    addTier: 'Add tier',
    removeTier: 'Remove this tier',
    clearSide: 'Clear this side',
    save: 'Save',
    paymentTitle: 'Payment terms',
    paymentNone: 'Not set',
    days: 'days',
    inventoryDays: 'Inventory days',
    inventoryDaysSuffix: 'days stock',
    inventoryDaysHelp: 'Consignment is paid on sale: effective days = agreed days + days of inventory',
    economicsTitle: 'Account economics',
    economicsTab: 'Economics',
    hidePanel: 'Hide the side panel',
    showPanel: 'Show the side panel',
    panelHint: 'with it hidden, the grid shows every side’s unit, count and annual amount',
    scenariosTab: 'Scenarios ({{count}})',
    planNote: 'Computed on the planned assortment: {{skus}} SKUs, {{stores}} direct stores, annual interest {{interest}}.',
    planGaps: 'Missing: planned units for {{units}}, unit cost for {{costs}}, retail price for {{prices}} (counted as 0).',
    noTierReached: 'No tier reached',
    tierReachedValue: 'Tier {{tier}} ({{rate}})',
    topTierReached: 'Top tier reached',
    netNetTitle: 'Net-net price per SKU ({{count}})',
    sku: 'SKU',
    supplyPrice: 'Supply price',
    warningsTitle: 'Warnings',
    noWarnings: 'No warnings',
    warningCount: '{{count}} warnings on our offer',
    source: 'Source: {{sources}}',
    settings: 'Interest & spend limit',
    interestRate: 'Annual interest rate',
    spendThreshold: 'Trade spend limit',
    noThreshold: 'None',
    settingsHelp: 'Applies to every account of this workspace; leave the limit blank for no warning.',
    settingsSaved: 'Interest rate and trade spend limit saved',
    scenariosTitle: 'What-if scenarios',
    scenarioName: 'Scenario name, e.g. “Concession A”',
    createScenario: 'New scenario from our offer',
    noScenarios: 'No scenarios yet: start one from our current offer, change its terms and see every figure move.',
    baseOffer: 'Base: our offer',
    editScenario: 'Edit this scenario’s terms',
    promote: 'Make it our offer',
    promoteHelp: 'Replace our offer with this scenario (can be undone)',
    deleteScenario: 'Delete scenario',
    confirmDeleteScenario: 'Delete scenario “{{name}}” and its values? This can be undone.',
    scenarioLines: 'Terms of “{{name}}”',
    scenarioValue: 'Scenario',
    newSheetTitle: 'New contract year for “{{account}}”',
    startFrom: 'Start from',
    start: {
      'previous-year': 'Last year’s sheet (its agreed values become this year’s ask and offer)',
      account: 'Another account’s term sheet',
      'fee-schedule': 'The retailer’s fee schedule (.xlsx)',
      empty: 'Empty'
    },
    startHelp: 'Earlier years’ sheets stay as they are and can be opened at any time.',
    createSheet: 'Create',
    action: {
      addLine: 'Add term “{{label}}”',
      remove: 'Remove {{count}} term lines',
      tiers: 'Change the tiers of “{{label}}” ({{side}})',
      payment: 'Change the payment terms ({{side}})',
      promote: 'Make scenario “{{name}}” our offer',
      scenarioLine: 'Change “{{label}}” in scenario “{{name}}”',
      scenarioPayment: 'Change the payment terms of scenario “{{name}}”',
      deleteScenario: 'Delete scenario “{{name}}”'
    },
    done: {
      removed: '{{count}} term lines removed (can be undone)',
      promoted: 'Scenario “{{name}}” is now our offer (can be undone)',
      scenarioDeleted: 'Scenario “{{name}}” deleted',
      sheetCreated: '{{year}} term sheet started for “{{account}}”',
      imported: 'Fee schedule imported: {{added}} lines added, {{updated}} updated, {{skipped}} skipped'
    }
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
