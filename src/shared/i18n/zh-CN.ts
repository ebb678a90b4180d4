
/** zh-CN is the source language; en-US must have exactly the same keys (the type checks it). */
import { zhCNSku } from './sku'
import { zhCNTerms } from './terms'
import { zhCNProposal } from './proposal'
import { zhCNPipeline } from './pipeline'

export const zhCN = {
  app: {
    title: 'KA 客户规划工作台',
    shortTitle: 'KA 工作台',
    unsavedTitle: '尚未保存',
    unsavedMessage: '有修改还没有保存：正在保存，或有单元格还在编辑中。现在关闭会丢失这些修改。',
    unsavedLeave: '仍然关闭',
    unsavedStay: '返回'
  },
  nav: {
    accounts: '客户',
    language: '语言',
    switchToEnglish: 'English',
    switchToChinese: '中文'
  },
  status: {
    workspace: '工作区',
    saved: '已保存',
    saving: '保存中…',
    saveFailed: '保存失败',
    rows: '{{shown}} / {{total}} 个客户',
    rowsLoading: '已显示前 {{shown}} 个客户，正在载入其余…',
    mode: {
      electron: '桌面版',
      web: '浏览器模式'
    }
  },
  welcome: {
    title: '欢迎使用 KA 客户规划工作台',
    subtitle: '所有数据保存在本机的工作区文件中，离线可用。请选择如何开始：',
    demoTitle: '演示工作区',
    demoBody: '载入 18 个示例客户：大卖场、连锁超市、便利店和连锁药店，覆盖各类经营背景、客户分类与贸易类型。',
    demoAction: '打开演示工作区',
    emptyTitle: '空白工作区',
    emptyBody: '从零开始，手动录入客户，或从 Excel / CSV 导入。',
    emptyAction: '新建空白工作区',
    dataLocation: '工作区文件：{{path}}',
    preparing: '正在准备工作区…'
  },
  enums: {
    format: {
      hypermarket: '大卖场',
      supermarket: '连锁超市',
      convenience: '连锁便利店',
      pharmacy: '连锁药店'
    },
    background: {
      international: '国际',
      national: '全国性',
      regional: '区域性'
    },
    tier: {
      head: '头部客户',
      emerging: '新兴客户',
      high_value: '高价值客户',
      brand: '品牌客户'
    },
    tradeType: {
      hq_direct: '总部直供',
      regional_direct: '区域直供',
      distributor: '经销商供货'
    },
    criterion: {
      met: '满足',
      not_met: '不满足',
      unknown: '未知'
    },
    verdict: {
      qualified: '符合',
      not_qualified: '不符合',
      pending: '待定'
    },
    flag: {
      yes: '是',
      no: '否',
      unknown: '未知'
    },
    storeClass: {
      A: 'A 类',
      B: 'B 类',
      C: 'C 类'
    },
    skuStatus: {
      active: '在售',
      discontinued: '已停产'
    },
    assortmentStatus: {
      listed: '已上架',
      proposed: '拟进场',
      delisted: '已下架'
    }
  },
  fields: {
    code: '客户编码',
    name: '客户名称',
    format: '业态',
    storeClass: '卖场等级',
    background: '经营背景',
    tier: '客户分类',
    tradeType: '贸易类型',
    regionCode: '区划代码',
    regionName: '地区',
    directStores: '直营门店数',
    salesAreaM2: '营业面积(m²)',
    averageStoreAreaM2: '店均面积(m²)',
    annualSalesFen: '年销售额(元)',
    employees: '员工数',
    dailyTraffic: '日均客流(人次)',
    dailyTransactions: '日均成交(笔)',
    salesPerM2Fen: '坪效(元/m²)',
    salesPerEmployeeFen: '人效(元/人)',
    averageTicketFen: '客单价(元)',
    conversionRate: '成交率',
    isTopThreeInRegion: '区域前三甲',
    directStoresCriterion: '直营 ≥ 25 家',
    hasStrongHqExecution: '总部执行力强',
    screeningVerdict: '圈定结论',
    notes: '备注',
    updatedAt: '更新时间'
  },
  fieldHelp: {
    annualSalesFen: '全部门店年销售额，可输入 1234.56、3000万 或 1.2亿',
    salesAreaM2: '全部直营门店营业面积合计',
    storeClass: '大卖场按店均面积：A ≥ 5,000 m²，B ≥ 2,000 m²，C < 2,000 m²',
    averageTicketFen: '年销售额 ÷ (日均成交 × 365)',
    conversionRate: '日均成交 ÷ 日均客流',
    salesPerM2Fen: '年销售额 ÷ 营业面积',
    salesPerEmployeeFen: '年销售额 ÷ 员工数',
    screeningVerdict: '三项均满足为“符合”，任一不满足为“不符合”，其余为“待定”',
    regionCode: 'GB/T 2260 行政区划代码（省 2 位、市 4 位、县 6 位）'
  },
  groups: {
    identity: '客户',
    classification: '分类与地区',
    profile: '规模',
    kpis: '经营指标',
    screening: '选择与圈定'
  },
  accounts: {
    title: '客户',
    subtitle: '重点客户档案、经营指标与圈定',
    search: '搜索客户、地区、备注…',
    add: '新增',
    duplicate: '复制为新行',
    duplicateHint: '把勾选的客户复制为新的客户行（复制单元格请用 Ctrl+C）',
    deleteMore: '以及另外 {{count}} 个',
    deleteHidden: '其中 {{count}} 个被当前筛选隐藏：{{names}}',
    delete: '删除',
    undo: '撤销',
    redo: '重做',
    import: '导入',
    export: '导出',
    exportXlsx: '导出 Excel (.xlsx)',
    exportCsv: '导出 CSV (UTF-8)',
    columns: '列',
    resetColumns: '恢复默认列',
    totals: '合计 / 平均',
    totalsCount: '合计 {{count}} 个',
    newAccountName: '新客户',
    copySuffix: '（副本）',
    confirmDeleteTitle: '删除客户',
    confirmDeleteOne: '确定删除“{{name}}”吗？可用 Ctrl+Z 撤销。',
    confirmDeleteMany: '确定删除选中的 {{count}} 个客户吗？可用 Ctrl+Z 撤销。',
    deleted: '已删除 {{count}} 个客户（Ctrl+Z 撤销）',
    added: '已新增客户 {{code}}',
    duplicated: '已复制 {{count}} 个客户',
    undone: '已撤销：{{what}}',
    redone: '已重做：{{what}}',
    nothingToUndo: '没有可撤销的操作',
    nothingToRedo: '没有可重做的操作',
    selectFirst: '请先选中客户行',
    pasteReport: '已粘贴 {{applied}} 个单元格，拒绝 {{refused}} 个',
    pasteRefusedItem: '第 {{row}} 行：{{message}}',
    pasteNoFocus: '请先点击要开始粘贴的单元格',
    pasteReadOnly: '“{{field}}”为计算列，不能粘贴',
    pasteNewRows: '新增 {{count}} 行',
    editRefused: '未保存：{{message}}',
    empty: '还没有客户。点击“新增”录入，或从 Excel / CSV 导入。',
    noMatch: '没有符合筛选条件的客户',
    action: {
      edit: '编辑“{{field}}”',
      paste: '粘贴 {{count}} 个单元格',
      add: '新增客户',
      duplicate: '复制 {{count}} 个客户',
      delete: '删除 {{count}} 个客户',
      import: '导入 {{count}} 个客户'
    }
  },
  // The spreadsheet layer (src/grid): every grid's toolbar, clipboard, undo and messages.
  grid: {
    undo: '撤销',
    redo: '重做',
    columns: '列',
    resetColumns: '恢复默认列',
    undone: '已撤销：{{what}}',
    redone: '已重做：{{what}}',
    nothingToUndo: '没有可撤销的操作',
    nothingToRedo: '没有可重做的操作',
    selectFirst: '请先勾选行或点击一个单元格',
    pasteReport: '已粘贴 {{applied}} 个单元格，拒绝 {{refused}} 个',
    pasteRefusedItem: '第 {{row}} 行：{{message}}',
    pasteChangedItem: '第 {{row}} 行“{{field}}”改为 {{value}}',
    pasteNoFocus: '请先点击要开始粘贴的单元格',
    pasteReadOnly: '“{{field}}”为计算列，不能粘贴',
    pasteNewRows: '新增 {{count}} 行（第 {{from}} 行起）',
    editRefused: '未保存：{{message}}',
    unreachable: '无法连接到工作台，更改尚未保存',
    copyRows: '复制选中行',
    copyRowsWithHeader: '连同表头复制',
    copyRowsOnly: '只复制数据',
    rowsCopied: '已复制 {{count}} 行，可粘贴到 Excel',
    moneyUnit: '金额单位',
    unit: { yuan: '元', wan: '万元', yi: '亿元' },
    exportInYuan: '（导出文件中的金额以元为单位）',
    views: '视图',
    viewName: '视图名称，如：华东 大卖场 符合',
    saveView: '保存当前视图',
    deleteView: '删除视图“{{name}}”',
    filterAll: '（全选）',
    emptyValue: '（空）',
    action: {
      edit: '编辑“{{field}}”',
      paste: '粘贴 {{count}} 个单元格',
      clear: '清除 {{count}} 个单元格',
      fillDown: '向下填充 {{count}} 行'
    }
  },
  accountsGrid: {
    annualSalesIn: '年销售额({{unit}})'
  },
  summary: {
    title: '分组汇总',
    groupBy: '分组依据',
    count: '客户数',
    sales: '年销售额({{unit}})',
    fileName: '客户分组汇总-{{by}}',
    by: { format: '业态', province: '省', city: '市', verdict: '圈定结论', tier: '客户分类' }
  },
  import: {
    title: '导入客户',
    chooseFile: '选择文件',
    supported: '支持 .xlsx 与 .csv（UTF-8 或 GBK/GB18030 编码自动识别），表头可为中文或英文。',
    reading: '正在读取 {{name}}…',
    file: '文件',
    encoding: '编码',
    sheet: '工作表',
    mapping: '列对应关系',
    sourceColumn: '文件中的列',
    targetField: '对应字段',
    ignore: '（不导入）',
    sample: '示例值',
    summary: '共 {{total}} 行：{{valid}} 行可导入，{{invalid}} 行有错误将跳过',
    errorsTitle: '有错误的行（不会导入）',
    rowError: '第 {{row}} 行：{{message}}',
    moreErrors: '另有 {{count}} 处错误未列出',
    confirm: '确认导入 {{count}} 行',
    cancel: '取消',
    done: '已导入 {{count}} 个客户',
    nothingToImport: '没有可导入的行',
    missingRequired: '缺少必填列：{{fields}}',
    importing: '正在导入…',
    reasonNotWorkbook: '内容不是有效的 Excel 工作簿（.xlsx）',
    reasonLegacyXls: '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx',
    reasonEncrypted: '文件设置了打开密码，请在 Excel 中取消密码后另存为 .xlsx',
    reasonNotText: '内容不是文本，请在 Excel 中另存为“CSV UTF-8”或 .xlsx',
    reasonUnclosedQuote: '第 {{row}} 行的引号没有闭合',
    // Hardened file reading (import corpus): refusals and cells read as empty for a reason.
    reasonTooLarge: '工作表超出 Excel 的 1,048,576 行上限，或解压后的大小远超其行数所需（文件可能已损坏），已拒绝读取',
    reasonTooManyColumns: '有 {{count}} 列，超过 {{max}} 列的上限；请删去不需要的列后再导入',
    reasonNoSuchSheet: '工作簿中没有名为“{{sheet}}”的工作表',
    cellInvalidBytes: '该单元格含有 {{encoding}} 编码无法识别的字节，请检查原文件中的这一格，或另存为“CSV UTF-8”后再导入',
    cellFormulaWithoutResult: '该单元格是没有保存计算结果的公式，请先用 Excel 或 WPS 打开并保存文件后再导入',
    cellAmbiguousNumber: '“{{value}}”的小数点与千位分隔符无法确定（文件使用欧洲数字格式），请改写为 1200 或 1200.5 这样的形式',
    duplicateMapping: '“{{field}}”被对应到多个列（{{columns}}），每个字段只能对应一列',
    refusedSheetName: '未导入的行',
    refusedReason: '未导入原因',
    rowLabel: '原第 {{row}} 行',
    refusedFileSuffix: '未导入的行'
  },
  export: {
    done: '已导出 {{count}} 行到 {{file}}',
    exporting: '正在导出…',
    sheetName: '客户',
    fileBaseName: '客户'
  },
  catalogue: {
    fields: {
      code: 'SKU 编码',
      barcode: '条码',
      name: '品名',
      spec: '规格',
      unit: '单位',
      category: '品类',
      brand: '品牌',
      casePack: '箱规',
      unitCostFen: '单位成本',
      listSupplyPriceFen: '供货价（目录）',
      suggestedRetailPriceFen: '建议零售价',
      isKeySku: '重点SKU',
      status: '状态',
      notes: '备注'
    },
    newSkuName: '新 SKU',
    errors: {
      invalidCode: 'SKU 编码只能包含字母、数字、- 和 _，收到“{{value}}”',
      duplicateSkuCode: 'SKU 编码“{{value}}”已被使用',
      duplicateBarcode: '条码“{{value}}”已被 SKU {{owner}} 使用',
      duplicateSkuCodeInFile: 'SKU 编码“{{value}}”在文件中重复（第 {{firstRow}} 行已出现）',
      duplicateBarcodeInFile: '条码“{{value}}”在文件中重复（第 {{firstRow}} 行已出现）',
      notFound: 'SKU 不存在或已被删除（ID {{id}}）'
    },
    import: {
      done: '已导入 {{count}} 个 SKU',
      nothingToImport: '没有可导入的行',
      reasonColumn: '未导入原因',
      rowColumn: '原行号',
      refusedFileBaseName: '产品目录-未导入的行'
    },
    export: {
      sheetName: '产品目录',
      fileBaseName: '产品目录'
    }
  },
  assortment: {
    fields: {
      accountId: '客户',
      skuId: 'SKU',
      status: '进场状态',
      supplyPriceFen: '供货价',
      retailPriceFen: '零售价',
      plannedAnnualUnits: '计划年销量',
      marginTargetPpm: '目标毛利率',
      lastYearUnits: '去年销量'
    },
    errors: {
      notFound: '品项不存在或已被删除（ID {{id}}）',
      accountNotFound: '客户不存在或已被删除（ID {{id}}）',
      skuNotFound: 'SKU 不存在或已被删除（ID {{id}}）',
      alreadyCarried: '客户已经营 SKU {{sku}}，不能重复添加',
      sameAccount: '来源客户和目标客户是同一个客户',
      bulkAmountInvalid: '调整幅度“{{value}}”不是有效的数字',
      bulkNoPrice: 'SKU {{sku}} 没有{{field}}，无法调整',
      bulkNotPositive: 'SKU {{sku}} 调整后的{{field}}为 {{price}} 元，必须大于 0',
      bulkTooLarge: 'SKU {{sku}} 调整后的{{field}}过大'
    }
  },
  common: {
    ok: '确定',
    cancel: '取消',
    close: '关闭',
    yes: '是',
    no: '否',
    loading: '加载中…',
    error: '出错了',
    retry: '重试'
  },
  errors: {
    required: '“{{field}}”不能为空',
    notNumber: '“{{field}}”须为数字，收到“{{value}}”',
    notInteger: '“{{field}}”须为整数，收到“{{value}}”',
    negative: '“{{field}}”不能为负数',
    tooLarge: '“{{field}}”数值过大',
    tooLong: '“{{field}}”最多 {{max}} 个字符',
    invalidOption: '“{{field}}”须为以下之一：{{options}}；收到“{{value}}”',
    invalidRegion: '找不到行政区划“{{value}}”（请填 6 位 GB/T 2260 代码或地区名称）',
    ambiguousRegion: '地区“{{value}}”有多处同名（{{candidates}}），请填写代码或完整名称',
    invalidCode: '客户编码只能包含字母、数字、- 和 _，收到“{{value}}”',
    duplicateCode: '客户编码“{{value}}”已被使用',
    duplicateCodeInFile: '客户编码“{{value}}”在文件中重复（第 {{firstRow}} 行已出现）',
    transactionsExceedTraffic: '日均成交（{{transactions}}）不能大于日均客流（{{traffic}}）',
    notFound: '客户不存在或已被删除（ID {{id}}）',
    badInput: '请求内容无效：{{issues}}',
    unknownChannel: '未知的接口：{{channel}}',
    unreadableFile: '无法读取文件“{{name}}”：{{reason}}',
    unsupportedFile: '不支持的文件类型“{{name}}”，请使用 .xlsx 或 .csv',
    emptyFile: '文件“{{name}}”中没有数据行',
    noHeaderMatch: '无法识别文件表头，请确认第一行为列名（如“客户名称”“业态”）',
    workspaceNewer: '工作区文件由更新版本（结构版本 {{found}}）创建，本程序只支持到版本 {{supported}}。为保护数据，未做任何修改。请升级 KA 工作台。',
    internal: '内部错误：{{message}}',
    network: '无法连接工作台服务：{{message}}'
  },
  // Each capability's vocabulary, issue codes and warnings, in its own file.
  sku: zhCNSku,
  terms: zhCNTerms,
  proposal: zhCNProposal,
  pipeline: zhCNPipeline
}

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
export type MessageTree = DeepStrings<typeof zhCN>
