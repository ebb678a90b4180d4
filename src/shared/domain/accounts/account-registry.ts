/**
 * Every account field, declared once. The Account type, the editable field list, the parsers,
 * the repository's columns and row mapping, the zod schemas of the contract, import header
 * matching and the export's editable columns are all derived from this list.
 *
 * Adding an account field is four edits:
 *   1. its entry below (field, column, kind, limits, header synonyms in both languages, totals);
 *   2. a migration adding the column (electron/core/db/migrations/NNNN-….ts, with its test in
 *      test/integration/migrations/);
 *   3. its label (fields.<field>) in src/shared/i18n/zh-CN.ts and en-US.ts (and enums.<group>
 *      for an option field);
 *   4. a test of what a user would check (a value typed, imported, exported).
 * The grid shows it once the renderer lists its column.
 */
import type { FieldSpec } from '../field-registry'

export const ACCOUNT_FORMATS = ['hypermarket', 'supermarket', 'convenience', 'pharmacy'] as const
export const ACCOUNT_BACKGROUNDS = ['international', 'national', 'regional'] as const
export const ACCOUNT_TIERS = ['head', 'emerging', 'high_value', 'brand'] as const
export const TRADE_TYPES = ['hq_direct', 'regional_direct', 'distributor'] as const

export const MAX_NAME_LENGTH = 100
export const MAX_CODE_LENGTH = 32
export const MAX_NOTES_LENGTH = 2000
/** Upper bound for counts and areas: refuses typos such as an extra six zeros. */
export const MAX_COUNT = 1_000_000_000
/** ¥10 trillion in fen: far above any retailer, far below Number.MAX_SAFE_INTEGER. */
export const MAX_SALES_FEN = 1_000_000_000_000_000

const count = { type: 'count', max: MAX_COUNT } as const

/**
 * In natural column order (the grid, import and export follow it). All figures are for the
 * whole account (every direct store together): annual sales, total sales area, employees,
 * average daily traffic and daily transactions. Unknown figures are null.
 */
export const ACCOUNT_FIELDS = [
  {
    field: 'code',
    column: 'code',
    kind: { type: 'code', maxLength: MAX_CODE_LENGTH },
    isRequired: true,
    isGeneratedWhenBlank: true,
    headerSynonyms: ['编码', '代码', '客户代码', '客户编号', '编号', '客户id', '系统编码', 'code', 'accountcode', 'customercode', 'accountno', 'customerno'],
    totals: 'none'
  },
  {
    field: 'name',
    column: 'name',
    kind: { type: 'text', maxLength: MAX_NAME_LENGTH },
    isRequired: true,
    headerSynonyms: ['客户', '名称', '客户名称', '客户名', '零售商', '零售商名称', '公司名称', '企业名称', '系统名称', 'name', 'account', 'accountname', 'customer', 'customername', 'retailer'],
    totals: 'none'
  },
  {
    field: 'format',
    column: 'format',
    kind: {
      type: 'option',
      values: ACCOUNT_FORMATS,
      optionGroup: 'format',
      extraAliases: {
        hypermarket: ['卖场', '大型卖场', '大型超市', 'hyper'],
        supermarket: ['超市', '连锁超市', 'super'],
        convenience: ['便利店', 'cvs'],
        pharmacy: ['药店', '药房', '连锁药房', 'drugstore']
      }
    },
    isRequired: true,
    defaultValue: 'supermarket',
    headerSynonyms: ['业态', '业态类型', '渠道', '渠道类型', '门店业态', 'format', 'storeformat', 'channel'],
    totals: 'none'
  },
  {
    field: 'background',
    column: 'background',
    kind: {
      type: 'option',
      values: ACCOUNT_BACKGROUNDS,
      optionGroup: 'background',
      extraAliases: { international: ['外资'], national: ['全国'], regional: ['区域', '地方'] }
    },
    isRequired: false,
    headerSynonyms: ['经营背景', '背景', '资本背景', '企业背景', 'background', 'ownership'],
    totals: 'none'
  },
  {
    field: 'tier',
    column: 'tier',
    kind: {
      type: 'option',
      values: ACCOUNT_TIERS,
      optionGroup: 'tier',
      extraAliases: { head: ['头部'], emerging: ['新兴'], high_value: ['高价值'], brand: ['品牌'] }
    },
    isRequired: false,
    headerSynonyms: ['客户分类', '分类', '客户类别', '客户类型', 'tier', 'accounttier', 'category'],
    totals: 'none'
  },
  {
    field: 'tradeType',
    column: 'trade_type',
    kind: {
      type: 'option',
      values: TRADE_TYPES,
      optionGroup: 'tradeType',
      extraAliases: { hq_direct: ['总部直供型', '直供'], regional_direct: ['区域直供型'], distributor: ['经销商', '经销', '经销商供货型'] }
    },
    isRequired: false,
    headerSynonyms: ['贸易类型', '供货方式', '供货模式', '合作方式', '合作模式', 'tradetype', 'supplytype', 'supplymode'],
    totals: 'none'
  },
  {
    field: 'regionCode',
    column: 'region_code',
    kind: { type: 'region' },
    isRequired: false,
    headerSynonyms: ['区划代码', '行政区划', '行政区划代码', '区划', '地区代码', '区域代码', '地区编码', 'regioncode', 'divisioncode', 'adcode'],
    placeNameHeaders: ['地区', '区域', '城市', '省份', '省市', '所在地', '所在地区', '所在城市', '地区名称', 'region', 'regionname', 'city', 'province', 'location'],
    totals: 'none'
  },
  {
    field: 'directStores',
    column: 'direct_stores',
    kind: count,
    isRequired: false,
    headerSynonyms: ['直营门店数', '门店数', '直营店数', '门店数量', '直营门店', '直营店', '门店', '店数', 'stores', 'directstores', 'storecount', 'numberofstores'],
    totals: 'sum'
  },
  {
    field: 'salesAreaM2',
    column: 'sales_area_m2',
    kind: count,
    isRequired: false,
    headerSynonyms: ['营业面积', '面积', '总面积', '卖场面积', '经营面积', '门店面积', 'salesarea', 'salesaream2', 'floorarea', 'sellingarea'],
    totals: 'sum'
  },
  {
    field: 'annualSalesFen',
    column: 'annual_sales_fen',
    kind: { type: 'money', maxFen: MAX_SALES_FEN },
    isRequired: false,
    headerSynonyms: ['年销售额', '销售额', '年销售', '年营业额', '营业额', '销售收入', '年销售收入', '年销量额', 'annualsales', 'sales', 'revenue', 'annualrevenue', 'turnover'],
    totals: 'sum'
  },
  {
    field: 'employees',
    column: 'employees',
    kind: count,
    isRequired: false,
    headerSynonyms: ['员工数', '员工', '人数', '员工人数', '员工数量', '职工人数', 'employees', 'staff', 'headcount'],
    totals: 'sum'
  },
  {
    field: 'dailyTraffic',
    column: 'daily_traffic',
    kind: count,
    isRequired: false,
    headerSynonyms: ['日均客流', '客流', '日客流', '客流量', '日均客流量', '日客流量', '来客数', 'dailytraffic', 'traffic', 'footfall'],
    totals: 'sum'
  },
  {
    field: 'dailyTransactions',
    column: 'daily_transactions',
    kind: count,
    isRequired: false,
    headerSynonyms: ['日均成交', '成交笔数', '日成交', '日均成交笔数', '日成交笔数', '交易笔数', '日均交易笔数', '小票数', 'dailytransactions', 'transactions'],
    totals: 'sum'
  },
  {
    field: 'isTopThreeInRegion',
    column: 'is_top_three_in_region',
    kind: { type: 'flag' },
    isRequired: false,
    headerSynonyms: ['区域前三甲', '前三甲', '区域前三', '是否区域前三甲', '是否前三甲', 'topthreeinregion', 'topthree', 'top3'],
    totals: 'none'
  },
  {
    field: 'hasStrongHqExecution',
    column: 'has_strong_hq_execution',
    kind: { type: 'flag' },
    isRequired: false,
    headerSynonyms: ['总部执行力强', '总部执行力', '执行力强', '执行力', 'stronghqexecution', 'hqexecution'],
    totals: 'none'
  },
  {
    field: 'notes',
    column: 'notes',
    kind: { type: 'notes', maxLength: MAX_NOTES_LENGTH },
    isRequired: false,
    headerSynonyms: ['备注', '说明', '附注', '备注说明', '描述', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments', 'description'],
    totals: 'none'
  }
] as const satisfies readonly FieldSpec[]

export type AccountFieldSpec = (typeof ACCOUNT_FIELDS)[number]
