/**
 * Texts of the SKU-structure capability 产品结构 (catalogue, assortment, margin solver, structure
 * summary), merged by the integrator under the `sku` namespace. Issue params are the display
 * params of `issueParamsForDisplay` (src/shared/domain/sku/issue-params.ts): `{{margin}}` is
 * "59.9%", `{{supplyPrice}}` is "12.00" (yuan).
 */
export const zhCNSku = {
  fields: {
    code: 'SKU 编码',
    barcode: '条码',
    name: '品名',
    spec: '规格',
    unit: '单位',
    category: '品类',
    brand: '品牌',
    casePack: '箱规',
    unitCost: '单位成本',
    listSupplyPrice: '供货价（目录）',
    suggestedRetailPrice: '建议零售价',
    isKeySku: '重点SKU',
    status: '状态',
    marginTarget: '目标毛利率',
    assortmentStatus: '进场状态',
    supplyPrice: '供货价',
    retailPrice: '零售价',
    plannedAnnualUnits: '计划年销量',
    unitsSold: '实际销量',
    supplyPriceDeviation: '供货价偏差',
    retailPriceDeviation: '零售价偏差',
    frontMargin: '前台毛利率',
    retailerMarginPerUnit: '单品毛利额（零售商）',
    retailerMarginPerYear: '年毛利额（零售商）',
    supplierContributionPerUnit: '单位贡献（我方）',
    supplierContributionPerYear: '年贡献（我方）',
    supplierContributionMargin: '贡献率（我方）',
    plannedPurchaseValue: '计划进货额',
    plannedRetailValue: '计划零售额',
    plannedCostValue: '计划成本',
    meetsMarginTarget: '达到目标毛利',
    abcClass: 'ABC 分类',
    priceBand: '价格带'
  },
  skuStatus: {
    active: '在售',
    discontinued: '已停产'
  },
  assortmentStatus: {
    listed: '已上架',
    proposed: '拟进场',
    delisted: '已下架'
  },
  marginTargetSource: {
    sku: '单品目标',
    account: '客户目标',
    formatDefault: '业态默认',
    none: '未设置'
  },
  fromCatalogue: '沿用目录价',
  totals: {
    row: '合计',
    excluded: '{{count}} 个品项缺少计划销量或有错误，未计入合计',
    withoutRetailPrice: '{{count}} 个品项没有零售价，未计入毛利率',
    withoutUnitCost: '{{count}} 个品项没有单位成本，未计入贡献率',
    belowTarget: '{{count}} 个品项未达目标毛利'
  },
  solver: {
    title: '毛利倒推供货价',
    reverseTitle: '按供货价倒推零售价',
    modeFront: '前台毛利',
    modeComprehensive: '综合毛利（含比例费用和固定费用）',
    target: '目标毛利率',
    percentageTerms: '比例费用合计',
    fixedFeesPerUnit: '单位固定费用',
    roundedDown: '已向下取整到分，保证达到目标毛利',
    roundedUp: '已向上取整到分，保证达到目标毛利',
    oldPrice: '原供货价',
    newPrice: '新供货价',
    change: '变动',
    oldMargin: '原毛利率',
    newMargin: '新毛利率',
    belowCost: '低于成本',
    previewSummary: '可计算 {{solved}} 个，无法计算 {{failed}} 个；降价 {{lowered}} 个，提价 {{raised}} 个；{{belowCost}} 个低于成本',
    apply: '应用新供货价'
  },
  structure: {
    title: '产品结构分析',
    plannedSkus: '计划品项 {{count}} 个',
    abc: 'ABC 分类',
    abcClass: {
      A: 'A 类',
      B: 'B 类',
      C: 'C 类'
    },
    byCategory: '按品类',
    byPriceBand: '按价格带',
    bandBelow: '{{max}} 元以下',
    bandBetween: '{{min}}–{{max}} 元',
    bandAbove: '{{min}} 元及以上',
    unpriced: '无零售价',
    skuCount: 'SKU 数',
    value: '计划进货额',
    share: '占比',
    keySkuShare: '重点SKU 占比',
    sellThrough: '动销率',
    sellThroughBasis: '按已知销量的 {{known}} / {{listed}} 个上架品项计算',
    whitespace: '空白品项（本客户未经营）',
    carryingAccounts: '经营客户数',
    valueElsewhere: '其他客户计划进货额',
    delistedHere: '曾在本客户下架',
    unknownSkus: '{{count}} 个品项不在产品目录中：{{codes}}'
  },
  issues: {
    barcodeMissing: '条码为空',
    barcodeExcelScientific: '条码“{{text}}”被 Excel 转成了科学计数法，原数字已丢失。请把该列设为文本格式后重新导出，或直接导入 .xlsx 文件',
    barcodeNotDigits: '条码“{{text}}”只能包含数字',
    barcodeWrongLength: '条码“{{text}}”为 {{length}} 位，应为 13 位（EAN-13）或 8 位（EAN-8）',
    barcodeCheckDigit: '条码“{{text}}”校验位错误：最后一位应为 {{expected}}，实际为 {{actual}}',
    barcodeNumberNotExact: '条码“{{text}}”不是完整的整数，可能已被表格软件改动',
    supplyPriceNotPositive: '供货价必须大于 0（当前 {{supplyPrice}} 元）',
    retailPriceNotPositive: '零售价必须大于 0（当前 {{retailPrice}} 元）',
    plannedUnitsInvalid: '计划年销量必须是不小于 0 的整数（当前 {{units}}）',
    targetNotBelowFull: '目标毛利率 {{target}} 必须低于 100%',
    targetNegative: '目标毛利率 {{target}} 不能为负',
    targetMissing: '没有适用的目标毛利率，请为客户或单品设置',
    percentageTermsNotBelowFull: '比例费用合计 {{percentageTerms}} 必须低于 100%',
    percentageTermsNegative: '比例费用合计 {{percentageTerms}} 不能为负',
    fixedFeesNegative: '单位固定费用 {{fixedFeesPerUnit}} 元不能为负',
    solvedPriceNotPositive: '按此目标算出的价格不大于 0（{{price}} 元），无法给出报价',
    notWholeNumber: '金额须为整分、比率须为整的百万分比',
    abcCutoffsInvalid: 'ABC 分界不正确：A 类 {{aShare}} 加 B 类 {{bShare}} 不能超过 100%，A 类须大于 0',
    priceBandBoundsInvalid: '价格带分界必须是递增的正数'
  },
  warnings: {
    costAboveSupplyPrice: '单位成本 {{unitCost}} 元高于供货价 {{supplyPrice}} 元，此品项亏损供货',
    retailBelowSupplyPrice: '零售价 {{retailPrice}} 元低于供货价 {{supplyPrice}} 元，零售商倒挂',
    marginBelowTarget: '前台毛利率 {{margin}} 低于目标 {{target}}',
    belowUnitCost: '倒推出的供货价低于单位成本'
  },
  nullReasons: {
    lineHasErrors: '该行有错误，无法计算',
    retailPriceMissing: '缺少零售价',
    plannedUnitsMissing: '缺少计划年销量',
    unitCostMissing: '缺少单位成本',
    noPlannedValue: '没有计划进货额，无法计算占比',
    noListedSkus: '没有已上架品项',
    salesUnknown: '上架品项的销量未知'
  }
}

export const enUSSku: typeof zhCNSku = {
  fields: {
    code: 'SKU code',
    barcode: 'Barcode',
    name: 'Name',
    spec: 'Spec',
    unit: 'Unit',
    category: 'Category',
    brand: 'Brand',
    casePack: 'Case pack',
    unitCost: 'Unit cost',
    listSupplyPrice: 'List supply price',
    suggestedRetailPrice: 'Suggested retail price',
    isKeySku: 'Key SKU',
    status: 'Status',
    marginTarget: 'Target margin',
    assortmentStatus: 'Listing status',
    supplyPrice: 'Supply price',
    retailPrice: 'Retail price',
    plannedAnnualUnits: 'Planned annual units',
    unitsSold: 'Units sold',
    supplyPriceDeviation: 'Supply price vs list',
    retailPriceDeviation: 'Retail price vs suggested',
    frontMargin: 'Front margin',
    retailerMarginPerUnit: 'Retailer margin per unit',
    retailerMarginPerYear: 'Retailer margin per year',
    supplierContributionPerUnit: 'Our contribution per unit',
    supplierContributionPerYear: 'Our contribution per year',
    supplierContributionMargin: 'Our contribution margin',
    plannedPurchaseValue: 'Planned purchase value',
    plannedRetailValue: 'Planned retail value',
    plannedCostValue: 'Planned cost',
    meetsMarginTarget: 'Meets target margin',
    abcClass: 'ABC class',
    priceBand: 'Price band'
  },
  skuStatus: {
    active: 'Active',
    discontinued: 'Discontinued'
  },
  assortmentStatus: {
    listed: 'Listed',
    proposed: 'Proposed',
    delisted: 'Delisted'
  },
  marginTargetSource: {
    sku: 'SKU target',
    account: 'Account target',
    formatDefault: 'Format default',
    none: 'Not set'
  },
  fromCatalogue: 'Catalogue price',
  totals: {
    row: 'Total',
    excluded: '{{count}} lines have no planned units or have errors and are not in the totals',
    withoutRetailPrice: '{{count}} lines have no retail price and are not in the margin',
    withoutUnitCost: '{{count}} lines have no unit cost and are not in the contribution margin',
    belowTarget: '{{count}} lines are below the target margin'
  },
  solver: {
    title: 'Solve supply price from target margin',
    reverseTitle: 'Solve retail price from supply price',
    modeFront: 'Front margin',
    modeComprehensive: 'Comprehensive margin (with percentage terms and fixed fees)',
    target: 'Target margin',
    percentageTerms: 'Percentage terms in total',
    fixedFeesPerUnit: 'Fixed fees per unit',
    roundedDown: 'Rounded down to the fen so the target margin is met',
    roundedUp: 'Rounded up to the fen so the target margin is met',
    oldPrice: 'Old supply price',
    newPrice: 'New supply price',
    change: 'Change',
    oldMargin: 'Old margin',
    newMargin: 'New margin',
    belowCost: 'Below cost',
    previewSummary: '{{solved}} solved, {{failed}} not solvable; {{lowered}} lowered, {{raised}} raised; {{belowCost}} below cost',
    apply: 'Apply new supply prices'
  },
  structure: {
    title: 'Assortment structure',
    plannedSkus: '{{count}} planned SKUs',
    abc: 'ABC classes',
    abcClass: {
      A: 'Class A',
      B: 'Class B',
      C: 'Class C'
    },
    byCategory: 'By category',
    byPriceBand: 'By price band',
    bandBelow: 'Below ¥{{max}}',
    bandBetween: '¥{{min}}–{{max}}',
    bandAbove: '¥{{min}} and above',
    unpriced: 'No retail price',
    skuCount: 'SKUs',
    value: 'Planned purchase value',
    share: 'Share',
    keySkuShare: 'Key SKU share',
    sellThrough: 'Sell-through rate',
    sellThroughBasis: 'Based on the {{known}} of {{listed}} listed SKUs with known sales',
    whitespace: 'Whitespace (SKUs this account does not carry)',
    carryingAccounts: 'Accounts carrying it',
    valueElsewhere: 'Planned purchase value at those accounts',
    delistedHere: 'Delisted at this account before',
    unknownSkus: '{{count}} lines are not in the catalogue: {{codes}}'
  },
  issues: {
    barcodeMissing: 'The barcode is empty',
    barcodeExcelScientific:
      'Barcode "{{text}}" was turned into scientific notation by Excel and its digits are lost. Format the column as text and export again, or import the .xlsx file directly',
    barcodeNotDigits: 'Barcode "{{text}}" may contain digits only',
    barcodeWrongLength: 'Barcode "{{text}}" has {{length}} digits; it must have 13 (EAN-13) or 8 (EAN-8)',
    barcodeCheckDigit: 'Barcode "{{text}}" has a wrong check digit: the last digit should be {{expected}}, not {{actual}}',
    barcodeNumberNotExact: 'Barcode "{{text}}" is not an exact whole number; a spreadsheet may have changed it',
    supplyPriceNotPositive: 'The supply price must be above 0 (now ¥{{supplyPrice}})',
    retailPriceNotPositive: 'The retail price must be above 0 (now ¥{{retailPrice}})',
    plannedUnitsInvalid: 'Planned annual units must be a whole number of 0 or more (now {{units}})',
    targetNotBelowFull: 'The target margin {{target}} must be below 100%',
    targetNegative: 'The target margin {{target}} cannot be negative',
    targetMissing: 'No target margin applies; set one for the account or the SKU',
    percentageTermsNotBelowFull: 'Percentage terms in total ({{percentageTerms}}) must be below 100%',
    percentageTermsNegative: 'Percentage terms in total ({{percentageTerms}}) cannot be negative',
    fixedFeesNegative: 'Fixed fees per unit (¥{{fixedFeesPerUnit}}) cannot be negative',
    solvedPriceNotPositive: 'This target gives a price of 0 or less (¥{{price}}); no price can be offered',
    notWholeNumber: 'Money must be whole fen and rates whole parts per million',
    abcCutoffsInvalid: 'ABC cut-offs are wrong: class A {{aShare}} plus class B {{bShare}} cannot exceed 100%, and class A must be above 0',
    priceBandBoundsInvalid: 'Price band bounds must be positive and ascending'
  },
  warnings: {
    costAboveSupplyPrice: 'Unit cost ¥{{unitCost}} is above the supply price ¥{{supplyPrice}}: this SKU is sold at a loss',
    retailBelowSupplyPrice: 'Retail price ¥{{retailPrice}} is below the supply price ¥{{supplyPrice}}: the retailer sells at a loss',
    marginBelowTarget: 'Front margin {{margin}} is below the target {{target}}',
    belowUnitCost: 'The solved supply price is below unit cost'
  },
  nullReasons: {
    lineHasErrors: 'This line has errors',
    retailPriceMissing: 'No retail price',
    plannedUnitsMissing: 'No planned annual units',
    unitCostMissing: 'No unit cost',
    noPlannedValue: 'No planned purchase value to share out',
    noListedSkus: 'No listed SKUs',
    salesUnknown: 'Sales of the listed SKUs are not known'
  }
}
