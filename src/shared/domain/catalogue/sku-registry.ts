/**
 * Every catalogue SKU field 产品目录, declared once: the parsers, the repository's columns, the
 * import header matching and the export columns are derived from this list.
 *
 * Adding a SKU field: its entry below, a migration adding the column (with its test), its label
 * (catalogue.fields.<field>) in src/shared/i18n/zh-CN.ts and en-US.ts, its property on `Sku`
 * (sku.ts; a type check there fails otherwise) and a test of what a user would check.
 */
import type { FieldSpec } from '../field-registry'
import { SKU_STATUSES } from '../sku/sku'

export const MAX_SKU_CODE_LENGTH = 32
export const MAX_SKU_NAME_LENGTH = 100
export const MAX_SKU_TEXT_LENGTH = 60
export const MAX_SKU_NOTES_LENGTH = 2000
/** ¥10 million a unit, in fen: refuses a price typed in fen or with extra zeros. */
export const MAX_UNIT_PRICE_FEN = 1_000_000_000
export const MAX_CASE_PACK = 100_000

const unitPrice = { type: 'money', maxFen: MAX_UNIT_PRICE_FEN } as const
const shortText = { type: 'text', maxLength: MAX_SKU_TEXT_LENGTH } as const

/** In natural column order (the grid, import and export follow it). */
export const SKU_FIELDS = [
  {
    field: 'code',
    column: 'code',
    kind: { type: 'code', maxLength: MAX_SKU_CODE_LENGTH },
    isRequired: true,
    isGeneratedWhenBlank: true,
    headerSynonyms: ['编码', 'SKU编码', '商品编码', '产品编码', '货号', '品号', '物料编码', '存货编码', 'sku', 'skucode', 'itemcode', 'productcode', 'itemno', 'articleno'],
    totals: 'none'
  },
  {
    // Checked with the sku domain's checkBarcode (EAN-13 / EAN-8), not by its text kind alone.
    field: 'barcode',
    column: 'barcode',
    kind: { type: 'text', maxLength: MAX_SKU_TEXT_LENGTH },
    isRequired: false,
    headerSynonyms: ['条码', '条形码', '商品条码', '国际条码', '69码', 'ean', 'ean13', 'barcode', 'upc', 'gtin'],
    totals: 'none'
  },
  {
    field: 'name',
    column: 'name',
    kind: { type: 'text', maxLength: MAX_SKU_NAME_LENGTH },
    isRequired: true,
    headerSynonyms: ['品名', '商品名称', '产品名称', '名称', '商品名', '品项', 'name', 'productname', 'itemname', 'description'],
    totals: 'none'
  },
  { field: 'spec', column: 'spec', kind: shortText, isRequired: false, headerSynonyms: ['规格', '规格型号', '包装规格', 'spec', 'specification', 'size', 'packsize'], totals: 'none' },
  { field: 'unit', column: 'unit', kind: shortText, isRequired: false, headerSynonyms: ['单位', '计量单位', '销售单位', 'unit', 'uom'], totals: 'none' },
  { field: 'category', column: 'category', kind: shortText, isRequired: false, headerSynonyms: ['品类', '类别', '分类', '商品分类', '产品类别', 'category', 'productcategory'], totals: 'none' },
  { field: 'brand', column: 'brand', kind: shortText, isRequired: false, headerSynonyms: ['品牌', '商标', 'brand'], totals: 'none' },
  {
    field: 'casePack',
    column: 'case_pack',
    kind: { type: 'count', max: MAX_CASE_PACK },
    isRequired: false,
    headerSynonyms: ['箱规', '装箱数', '箱装数', '每箱数量', '件装', '入数', 'casepack', 'caseqty', 'unitspercase', 'pack'],
    totals: 'none'
  },
  {
    field: 'unitCostFen',
    column: 'unit_cost_fen',
    kind: unitPrice,
    isRequired: false,
    headerSynonyms: ['单位成本', '成本', '成本价', '单品成本', 'unitcost', 'cost', 'costprice', 'cogs'],
    totals: 'none'
  },
  {
    field: 'listSupplyPriceFen',
    column: 'list_supply_price_fen',
    kind: unitPrice,
    isRequired: true,
    headerSynonyms: ['供货价', '目录供货价', '标准供货价', '供价', '进价', '出厂价', 'listsupplyprice', 'supplyprice', 'listprice', 'wholesaleprice'],
    totals: 'none'
  },
  {
    field: 'suggestedRetailPriceFen',
    column: 'suggested_retail_price_fen',
    kind: unitPrice,
    isRequired: false,
    headerSynonyms: ['建议零售价', '零售价', '建议售价', '零售指导价', '售价', 'suggestedretailprice', 'retailprice', 'rrp', 'msrp', 'srp'],
    totals: 'none'
  },
  {
    field: 'isKeySku',
    column: 'is_key_sku',
    kind: { type: 'flag' },
    isRequired: false,
    headerSynonyms: ['重点SKU', '重点品项', '重点产品', '是否重点', '重点', 'keysku', 'iskeysku', 'key', 'focussku'],
    totals: 'none'
  },
  {
    field: 'status',
    column: 'status',
    kind: {
      type: 'option',
      values: SKU_STATUSES,
      optionGroup: 'skuStatus',
      extraAliases: { active: ['在售', '正常', '有效', '启用'], discontinued: ['停产', '停售', '淘汰', '下市', 'inactive'] }
    },
    // Blank (or no column in a file) is 在售: a sheet of SKUs rarely says they are on sale.
    isRequired: false,
    defaultValue: 'active',
    headerSynonyms: ['状态', '商品状态', '产品状态', 'status'],
    totals: 'none'
  },
  {
    field: 'notes',
    column: 'notes',
    kind: { type: 'notes', maxLength: MAX_SKU_NOTES_LENGTH },
    isRequired: false,
    headerSynonyms: ['备注', '说明', '附注', 'notes', 'note', 'remark', 'remarks', 'comment'],
    totals: 'none'
  }
] as const satisfies readonly FieldSpec[]

export type SkuFieldSpec = (typeof SKU_FIELDS)[number]
