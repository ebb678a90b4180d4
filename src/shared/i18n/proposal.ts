/**
 * Texts of the entry-proposal capability 进场方案 (merged in under the `proposal` namespace).
 * Params named …Fen / …Ppm are formatted by the UI (yuan with 2 decimals, % with 1) before they
 * are put into these texts; a param holding a code (paymentTermKind) is replaced by its text here
 * (proposal.paymentTermKind.*); dates are ISO and shown as they are.
 */
export const zhCNProposal = {
  title: '进场方案',
  section: {
    skus: '产品与价格',
    terms: '合同条款',
    protection: '区域保护',
    promotions: '促销方案',
    concessions: '条件置换'
  },
  promotionKind: {
    price_off: '特价',
    buy_x_get_y: '买赠',
    spend_and_save: '满减',
    floor_stack_end_cap: '堆头/端架',
    flyer: 'DM 海报',
    sampling: '试吃/促销员',
    member_price: '会员价'
  },
  promotion: {
    skus: '促销单品',
    storeCount: '门店数',
    startDate: '开始日期',
    endDate: '结束日期',
    days: '天数',
    weeks: '周数',
    baselinePerStoreWeek: '单店周基线销量',
    uplift: '预计增量',
    promoRetailPrice: '促销价',
    supplierFundingPerUnit: '厂家每件补贴',
    fixedFees: '固定费用',
    buyGet: '买 {{buy}} 赠 {{get}}',
    baselineUnits: '基线销量',
    incrementalUnits: '增量销量',
    freeUnits: '赠品数量',
    funding: '价格补贴',
    freeGoodsCost: '赠品成本',
    cost: '促销投入',
    incrementalContribution: '增量贡献',
    netReturn: '净回报',
    roi: '投入产出比 (ROI)',
    totalFunding: '促销费用合计 (P)',
    missingReason: {
      invalid_dates: '活动日期无效：结束日期早于开始日期或日期不存在',
      no_skus: '活动还没有选择单品',
      no_baseline: '有单品缺少基线销量，无法测算',
      no_buy_get_quantities: '买赠活动需要填写“买几赠几”',
      no_cost: '活动对厂家没有费用，不计算投入产出比'
    },
    calendar: {
      week: '第 {{week}} 周',
      overlap: '{{skuCode}} 在 {{startDate}} 至 {{endDate}} 同时参加两个活动'
    }
  },
  priceCutVsFreeGoods: {
    title: '少降多送：降价与送货对比',
    retailPrice: '零售价',
    priceCut: '降价幅度',
    unitCost: '单位成本',
    unitsTakenHome: '活动期销量（件）',
    priceCutCost: '降价的费用',
    freeGoodsCost: '同等让利送货的费用',
    freeUnits: '赠送数量',
    saving: '节省',
    offer: '买 {{buy}} 赠 {{get}}（相当于降价 {{discountPpm}}）',
    invalid: {
      cut_out_of_range: '降价幅度须大于 0% 且小于 100%',
      no_units: '请填写活动期销量'
    }
  },
  protectionType: {
    exclusive: '独家经营',
    price_protection: '价格保护'
  },
  protectionConsequence: {
    protection_lapses: '保护自动失效',
    becomes_non_exclusive: '转为非独家',
    territory_reduced: '缩小保护区域',
    penalty: '按约定扣罚',
    other: '其他（见说明）'
  },
  protection: {
    skus: '保护单品',
    allSkus: '全部单品',
    territory: '保护区域',
    period: '保护期',
    minimumPurchase: '最低进货额',
    sellThroughRate: '动销率要求',
    consequence: '未达成时',
    problem: {
      invalid_territory: '区域代码无效（应为 2 位省、4 位市或 6 位县级行政区划代码）',
      invalid_period: '保护期无效：结束日期早于开始日期或日期不存在'
    },
    conflict: '与客户 {{otherAccountId}} 的独家条款冲突：{{territoryCode}}，单品 {{skuCodes}}，{{startDate}} 至 {{endDate}}'
  },
  keyFigure: {
    grossPurchaseValue: '进货额 G',
    retailValue: '零售额 V',
    percentageTerms: '比例费用 D%',
    fixedFees: '固定费用 F',
    promotionFunding: '促销费用 P',
    financingCost: '资金成本 K',
    netRevenue: '厂家净收入 N',
    contribution: '贡献额',
    contributionMargin: '贡献率',
    tradeSpendRate: '费用率',
    netNetFactor: '净净价系数',
    retailerComprehensiveMargin: '客户综合毛利率',
    breakEvenPurchaseValue: '盈亏平衡进货额'
  },
  diff: {
    title: '版本对比：第 {{fromVersion}} 版 → 第 {{toVersion}} 版',
    noChanges: '两个版本没有差异',
    added: '新增',
    removed: '删除',
    changed: '修改',
    skusAdded: '新增单品',
    skusRemoved: '删除单品',
    oldToNew: '{{oldValue}} → {{newValue}}',
    delta: '变化 {{delta}}',
    deltaPoints: '变化 {{delta}} 个百分点',
    skuField: {
      supplyPriceFen: '供货价',
      retailPriceFen: '零售价',
      unitCostFen: '单位成本',
      plannedAnnualUnits: '计划年销量',
      retailerMarginTargetPpm: '毛利率目标'
    },
    ask: '客户要求',
    offer: '我方报价',
    clauses: '区域保护条款',
    events: '促销活动',
    concessions: '条件置换'
  },
  diffView: {
    sku: '{{name}}（{{code}}）',
    list: '{{label}}：{{items}}',
    separator: '、',
    skuChange: '{{sku}} {{field}}：{{change}}',
    termChange: '{{term}}（{{kind}}）：客户要求 {{ask}}；我方报价 {{offer}}',
    itemChange: '{{kind}}：{{name}}',
    itemFields: '（{{fields}}）',
    from: '对比版本',
    to: '与版本',
    compare: '对比'
  },
  concessions: {
    give: '让步',
    get: '交换所得',
    cost: '让步成本',
    costPoints: '占贡献率',
    value: '所得价值',
    gives: '让步合计',
    gets: '所得合计',
    net: '净得失',
    unpaired: '未换取条件',
    unvalued: '所得未估值'
  },
  readiness: {
    title: '发出前检查',
    ready: '方案已完整，可以发出',
    summary: '{{blockerCount}} 项必须处理，{{warningCount}} 项提醒',
    severity: {
      blocker: '必须处理',
      warning: '提醒'
    },
    code: {
      no_skus: '方案中还没有单品',
      sku_without_supply_price: '{{skuName}}（{{skuCode}}）没有供货价',
      sku_without_retail_price: '{{skuName}}（{{skuCode}}）没有零售价',
      sku_without_unit_cost: '{{skuName}}（{{skuCode}}）没有单位成本，无法测算贡献',
      sku_without_volume: '{{skuName}}（{{skuCode}}）没有计划年销量',
      sku_margin_below_target: '{{skuName}}（{{skuCode}}）前台毛利率 {{marginPpm}}，低于目标 {{targetPpm}}',
      term_without_offer: '条款“{{termCode}}”客户有要求，我方还没有报价',
      concession_unpaired: '让步“{{description}}”（{{costFen}}）还没有换取条件',
      protection_conflict: '区域保护与客户 {{otherAccountId}} 冲突：{{territoryCode}}，单品 {{skuCodes}}，{{startDate}} 至 {{endDate}}',
      protection_invalid_territory: '区域代码“{{territoryCode}}”无效',
      protection_invalid_period: '保护期 {{startDate}} 至 {{endDate}} 无效',
      protection_without_conditions: '{{territoryCode}} 的独家条款没有设置进货额或动销率条件',
      promotion_invalid_dates: '活动“{{eventName}}”的日期无效',
      promotion_without_skus: '活动“{{eventName}}”还没有选择单品',
      promotion_without_baseline: '活动“{{eventName}}”有单品缺少基线销量',
      promotion_without_buy_get: '买赠活动“{{eventName}}”没有填写买几赠几',
      promotion_sku_not_in_proposal: '活动“{{eventName}}”中的 {{skuCode}} 不在本方案的单品中',
      promotion_overlap: '{{skuCode}} 在 {{startDate}} 至 {{endDate}} 同时参加“{{eventName}}”和“{{otherEventName}}”'
    }
  },
  page: {
    subtitle: '每个客户一份方案：产品、区域保护、促销、条件置换、动销与版本，发出前逐项检查',
    pickAccount: '选择客户',
    noAccounts: '还没有客户。请先在“客户”页录入或导入客户。',
    loading: '正在载入方案…',
    createTitle: '{{accountName}} 还没有进场方案',
    createBody: '新建后可录入单品、区域保护、促销和条件置换，每轮谈判保存一个版本。',
    create: '新建进场方案',
    created: '已为 {{accountName}} 新建进场方案',
    export: '导出 Word',
    exporting: '正在生成 Word 文档…',
    exported: '已导出 {{fileName}}',
    keyFigures: '关键指标',
    notComputed: '无法计算',
    tab: {
      skus: '产品',
      protection: '区域保护',
      promotions: '促销',
      concessions: '条件置换',
      sellThrough: '动销',
      versions: '版本'
    },
    readinessOpen: '查看检查清单',
    readinessHide: '收起检查清单',
    goTo: '去处理',
    departmentEmpty: '补全方案数据后显示'
  },
  territory: {
    label: '选择区域',
    search: '搜索名称或代码（如 浦东、3101）',
    level: { province: '省', city: '市', county: '县/区' },
    down: '下一级',
    up: '返回上一级',
    all: '全国省份',
    noMatch: '没有匹配的行政区划',
    chosen: '已选：{{name}}（{{code}}）'
  },
  calendar: {
    title: '促销日历',
    empty: '还没有日期有效的活动',
    overlapsTitle: '同一单品档期重叠',
    noOverlaps: '没有单品档期重叠',
    invalid: '{{count}} 个活动日期无效，未显示在日历上'
  },
  calculator: {
    hint: '同样的让利，送货只花单位成本，降价却花零售价。',
    perUnit: '每件降价 {{amount}}',
    savingShare: '节省 {{share}}',
    offersTitle: '可以写在价签上的买赠',
    unitsSuffix: '件'
  },
  paymentTermKind: {
    invoice: '票到',
    monthly_statement: '月结',
    consignment: '代销（售后结算）'
  },
  department: {
    name: {
      general_manager: '总经理',
      purchasing: '采购中心',
      store_operations: '营运中心 / 店长',
      store_staff: '驻店药师 / 营业员 / 促销员'
    },
    item: {
      gross_margin: '综合毛利额 {{grossMarginFen}}，综合毛利率 {{grossMarginPpm}}',
      cash_flow: '实际账期 {{effectiveDays}} 天，平均占用厂家资金 {{cashHeldFen}}，改善现金流',
      sales_per_m2: '本方案单品年零售额折合坪效 {{salesPerM2Fen}}/平方米',
      sales_per_employee: '本方案单品年零售额折合人效 {{salesPerEmployeeFen}}/人',
      promotion_effect: '{{eventCount}} 档促销，预计增量 {{incrementalUnits}} 件，厂家投入 {{supplierFundingFen}}',
      sku_structure: '{{skuCount}} 个单品，其中重点单品 {{keySkuCount}} 个，优化品类结构',
      front_margin: '前台毛利额 {{frontMarginFen}}，前台毛利率 {{frontMarginPpm}}',
      new_item_sell_through: '新品动销率目标 {{sellThroughTargetPpm}}',
      new_item_stock: '新品库存控制在 {{stockDays}} 天以内',
      other_income: '营业外收入 {{otherIncomeFen}}（固定费用 {{fixedFeesFen}} + 比例费用 {{percentageTermsFen}}）',
      settlement: '结算方式：{{paymentTermKind}}，{{paymentDays}} 天',
      settlement_effective_days: '结算方式：{{paymentTermKind}}，{{paymentDays}} 天（实际账期 {{effectiveDays}} 天）',
      sell_through: '门店动销率目标 {{sellThroughTargetPpm}}',
      traffic: '{{eventCount}} 档特价/DM/会员活动带动客流',
      ticket: '{{eventCount}} 档买赠/满减活动提升客单价',
      conversion: '{{eventCount}} 档试吃/堆头陈列，{{promoterCount}} 名促销员，提高成交率',
      training: '每年 {{sessionsPerYear}} 次店员培训',
      commission: '每销售一件挂金 {{commissionPerUnitFen}}',
      product_knowledge: '每年 {{sessionsPerYear}} 次产品知识与关联销售培训',
      store_promotion: '{{samplingEventCount}} 档门店试吃活动，{{promoterCount}} 名促销员驻店支持'
    }
  }
}

export const enUSProposal: typeof zhCNProposal = {
  title: 'Entry proposal',
  section: {
    skus: 'SKUs and prices',
    terms: 'Trade terms',
    protection: 'Regional protection',
    promotions: 'Promotion plan',
    concessions: 'Concessions'
  },
  promotionKind: {
    price_off: 'Price-off',
    buy_x_get_y: 'Buy X get Y',
    spend_and_save: 'Spend and save',
    floor_stack_end_cap: 'Floor stack / end cap',
    flyer: 'Flyer (DM)',
    sampling: 'Sampling / promoters',
    member_price: 'Member price'
  },
  promotion: {
    skus: 'SKUs',
    storeCount: 'Stores',
    startDate: 'Start date',
    endDate: 'End date',
    days: 'Days',
    weeks: 'Weeks',
    baselinePerStoreWeek: 'Baseline units per store-week',
    uplift: 'Expected uplift',
    promoRetailPrice: 'Promo price',
    supplierFundingPerUnit: 'Supplier funding per unit',
    fixedFees: 'Fixed fees',
    buyGet: 'Buy {{buy}} get {{get}} free',
    baselineUnits: 'Baseline units',
    incrementalUnits: 'Incremental units',
    freeUnits: 'Free units',
    funding: 'Price support',
    freeGoodsCost: 'Free goods at cost',
    cost: 'Promotion cost',
    incrementalContribution: 'Incremental contribution',
    netReturn: 'Net return',
    roi: 'ROI',
    totalFunding: 'Total promotion funding (P)',
    missingReason: {
      invalid_dates: 'The event dates are not valid: the end is before the start or a date does not exist',
      no_skus: 'No SKUs chosen for the event yet',
      no_baseline: 'A SKU has no baseline units, so the event cannot be costed',
      no_buy_get_quantities: 'A buy X get Y event needs how many to buy and how many free',
      no_cost: 'The event costs the supplier nothing, so there is no ROI'
    },
    calendar: {
      week: 'Week {{week}}',
      overlap: '{{skuCode}} is in two events from {{startDate}} to {{endDate}}'
    }
  },
  priceCutVsFreeGoods: {
    title: 'Free goods instead of a price cut',
    retailPrice: 'Retail price',
    priceCut: 'Price cut',
    unitCost: 'Unit cost',
    unitsTakenHome: 'Units sold during the offer',
    priceCutCost: 'Cost of the price cut',
    freeGoodsCost: 'Cost of free goods of equal value',
    freeUnits: 'Free units',
    saving: 'Saving',
    offer: 'Buy {{buy}} get {{get}} free (equal to {{discountPpm}} off)',
    invalid: {
      cut_out_of_range: 'The price cut must be above 0% and below 100%',
      no_units: 'Enter the units sold during the offer'
    }
  },
  protectionType: {
    exclusive: 'Exclusive listing',
    price_protection: 'Price protection'
  },
  protectionConsequence: {
    protection_lapses: 'Protection lapses',
    becomes_non_exclusive: 'Becomes non-exclusive',
    territory_reduced: 'Territory is reduced',
    penalty: 'Agreed penalty',
    other: 'Other (see note)'
  },
  protection: {
    skus: 'Protected SKUs',
    allSkus: 'All SKUs',
    territory: 'Territory',
    period: 'Period',
    minimumPurchase: 'Minimum purchase value',
    sellThroughRate: 'Required sell-through rate',
    consequence: 'If missed',
    problem: {
      invalid_territory: 'Not a valid division code (2-digit province, 4-digit city or 6-digit county)',
      invalid_period: 'The period is not valid: the end is before the start or a date does not exist'
    },
    conflict: 'Conflicts with the exclusive clause of account {{otherAccountId}}: {{territoryCode}}, SKUs {{skuCodes}}, {{startDate}} to {{endDate}}'
  },
  keyFigure: {
    grossPurchaseValue: 'Gross purchase value G',
    retailValue: 'Retail value V',
    percentageTerms: 'Percentage terms D%',
    fixedFees: 'Fixed fees F',
    promotionFunding: 'Promotion funding P',
    financingCost: 'Financing cost K',
    netRevenue: 'Supplier net revenue N',
    contribution: 'Contribution',
    contributionMargin: 'Contribution margin',
    tradeSpendRate: 'Trade spend rate',
    netNetFactor: 'Net-net factor',
    retailerComprehensiveMargin: 'Retailer comprehensive margin',
    breakEvenPurchaseValue: 'Break-even purchase value'
  },
  diff: {
    title: 'Compare versions: v{{fromVersion}} → v{{toVersion}}',
    noChanges: 'The two versions are the same',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    skusAdded: 'SKUs added',
    skusRemoved: 'SKUs removed',
    oldToNew: '{{oldValue}} → {{newValue}}',
    delta: 'Change {{delta}}',
    deltaPoints: 'Change {{delta}} percentage points',
    skuField: {
      supplyPriceFen: 'Supply price',
      retailPriceFen: 'Retail price',
      unitCostFen: 'Unit cost',
      plannedAnnualUnits: 'Planned annual units',
      retailerMarginTargetPpm: 'Margin target'
    },
    ask: 'Retailer asks',
    offer: 'We offer',
    clauses: 'Protection clauses',
    events: 'Promotion events',
    concessions: 'Concessions'
  },
  diffView: {
    sku: '{{name}} ({{code}})',
    list: '{{label}}: {{items}}',
    separator: ', ',
    skuChange: '{{sku}} {{field}}: {{change}}',
    termChange: '{{term}} ({{kind}}): retailer asks {{ask}}; we offer {{offer}}',
    itemChange: '{{kind}}: {{name}}',
    itemFields: ' ({{fields}})',
    from: 'Compare version',
    to: 'with version',
    compare: 'Compare'
  },
  concessions: {
    give: 'Give',
    get: 'Get',
    cost: 'Cost of the give',
    costPoints: 'Contribution points',
    value: 'Value of the get',
    gives: 'Total given',
    gets: 'Total gained',
    net: 'Net',
    unpaired: 'Nothing asked in return',
    unvalued: 'Get not valued'
  },
  readiness: {
    title: 'Before it goes out',
    ready: 'The proposal is complete and can go out',
    summary: '{{blockerCount}} to fix, {{warningCount}} to check',
    severity: {
      blocker: 'Must fix',
      warning: 'Check'
    },
    code: {
      no_skus: 'The proposal has no SKUs yet',
      sku_without_supply_price: '{{skuName}} ({{skuCode}}) has no supply price',
      sku_without_retail_price: '{{skuName}} ({{skuCode}}) has no retail price',
      sku_without_unit_cost: '{{skuName}} ({{skuCode}}) has no unit cost, so its contribution cannot be worked out',
      sku_without_volume: '{{skuName}} ({{skuCode}}) has no planned annual units',
      sku_margin_below_target: '{{skuName}} ({{skuCode}}) front margin {{marginPpm}} is below the target {{targetPpm}}',
      term_without_offer: 'The retailer asks for "{{termCode}}" and we have not offered anything yet',
      concession_unpaired: 'The give "{{description}}" ({{costFen}}) has not been traded for anything',
      protection_conflict: 'Regional protection conflicts with account {{otherAccountId}}: {{territoryCode}}, SKUs {{skuCodes}}, {{startDate}} to {{endDate}}',
      protection_invalid_territory: 'Territory code "{{territoryCode}}" is not valid',
      protection_invalid_period: 'Protection period {{startDate}} to {{endDate}} is not valid',
      protection_without_conditions: 'The exclusive clause for {{territoryCode}} sets no minimum purchase or sell-through condition',
      promotion_invalid_dates: 'The dates of "{{eventName}}" are not valid',
      promotion_without_skus: '"{{eventName}}" has no SKUs yet',
      promotion_without_baseline: 'A SKU in "{{eventName}}" has no baseline units',
      promotion_without_buy_get: 'The buy X get Y event "{{eventName}}" does not say how many to buy and how many free',
      promotion_sku_not_in_proposal: '{{skuCode}} in "{{eventName}}" is not one of the proposal\'s SKUs',
      promotion_overlap: '{{skuCode}} is in both "{{eventName}}" and "{{otherEventName}}" from {{startDate}} to {{endDate}}'
    }
  },
  page: {
    subtitle: 'One proposal per account: SKUs, regional protection, promotions, concessions, sell-through and versions, checked before it goes out',
    pickAccount: 'Choose an account',
    noAccounts: 'No accounts yet. Add or import them on the Accounts page first.',
    loading: 'Loading the proposal…',
    createTitle: '{{accountName}} has no entry proposal yet',
    createBody: 'Create one to enter SKUs, regional protection, promotions and concessions, and save a version after each negotiation round.',
    create: 'Create entry proposal',
    created: 'Entry proposal created for {{accountName}}',
    export: 'Export Word',
    exporting: 'Building the Word document…',
    exported: 'Exported {{fileName}}',
    keyFigures: 'Key figures',
    notComputed: 'Cannot be computed',
    tab: {
      skus: 'Products',
      protection: 'Regional protection',
      promotions: 'Promotions',
      concessions: 'Concessions',
      sellThrough: 'Sell-through',
      versions: 'Versions'
    },
    readinessOpen: 'Show the checklist',
    readinessHide: 'Hide the checklist',
    goTo: 'Fix',
    departmentEmpty: 'Shown once the proposal has its figures'
  },
  territory: {
    label: 'Choose a territory',
    search: 'Search by name or code (e.g. Pudong, 3101)',
    level: { province: 'Province', city: 'City', county: 'County' },
    down: 'Next level',
    up: 'Back up',
    all: 'All provinces',
    noMatch: 'No matching division',
    chosen: 'Chosen: {{name}} ({{code}})'
  },
  calendar: {
    title: 'Promotion calendar',
    empty: 'No event with valid dates yet',
    overlapsTitle: 'Same SKU in overlapping events',
    noOverlaps: 'No SKU is in two events at once',
    invalid: '{{count}} events have invalid dates and are not on the calendar'
  },
  calculator: {
    hint: 'For the same shopper value, free goods cost only their unit cost; a price cut costs the shelf price.',
    perUnit: '{{amount}} off each unit',
    savingShare: '{{share}} saved',
    offersTitle: 'Offers a shelf talker can state',
    unitsSuffix: 'units'
  },
  paymentTermKind: {
    invoice: 'Invoice',
    monthly_statement: 'Monthly statement',
    consignment: 'Consignment (paid after sale)'
  },
  department: {
    name: {
      general_manager: 'General manager',
      purchasing: 'Purchasing',
      store_operations: 'Store operations / store managers',
      store_staff: 'Pharmacists / clerks / promoters'
    },
    item: {
      gross_margin: 'Gross margin {{grossMarginFen}}, comprehensive margin rate {{grossMarginPpm}}',
      cash_flow: '{{effectiveDays}} effective payment days: on average {{cashHeldFen}} of the supplier\'s money in hand',
      sales_per_m2: 'Annual retail sales of these SKUs add {{salesPerM2Fen}} per m²',
      sales_per_employee: 'Annual retail sales of these SKUs add {{salesPerEmployeeFen}} per employee',
      promotion_effect: '{{eventCount}} promotions, about {{incrementalUnits}} extra units, {{supplierFundingFen}} funded by the supplier',
      sku_structure: '{{skuCount}} SKUs, {{keySkuCount}} of them key SKUs, to round out the range',
      front_margin: 'Front margin {{frontMarginFen}}, front margin rate {{frontMarginPpm}}',
      new_item_sell_through: 'New-item sell-through target {{sellThroughTargetPpm}}',
      new_item_stock: 'New-item stock kept within {{stockDays}} days',
      other_income: 'Other income {{otherIncomeFen}} (fixed fees {{fixedFeesFen}} + percentage terms {{percentageTermsFen}})',
      settlement: 'Settlement: {{paymentTermKind}}, {{paymentDays}} days',
      settlement_effective_days: 'Settlement: {{paymentTermKind}}, {{paymentDays}} days ({{effectiveDays}} effective days)',
      sell_through: 'Store sell-through target {{sellThroughTargetPpm}}',
      traffic: '{{eventCount}} price-off / flyer / member events to draw traffic',
      ticket: '{{eventCount}} buy X get Y / spend-and-save events to raise the average ticket',
      conversion: '{{eventCount}} sampling / display events and {{promoterCount}} promoters to lift conversion',
      training: '{{sessionsPerYear}} staff training sessions a year',
      commission: 'Commission of {{commissionPerUnitFen}} on every unit sold',
      product_knowledge: '{{sessionsPerYear}} product-knowledge and cross-selling sessions a year',
      store_promotion: '{{samplingEventCount}} in-store sampling events and {{promoterCount}} promoters on site'
    }
  }
}
