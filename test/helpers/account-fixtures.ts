/**
 * Account rows as a person types them into a sheet (labels in either language, yuan figures,
 * region codes that exist), and writers that turn them into .xlsx or .csv bytes. Shared by the
 * import/export tests and the import benchmark.
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { EDITABLE_ACCOUNT_FIELDS, type EditableAccountField } from '../../src/shared/domain/accounts/account'
import { translate, type Language } from '../../src/shared/i18n'

export type FixtureCell = string | number | boolean | null
export type AccountFixtureRow = Record<EditableAccountField, FixtureCell>

/** Regions the rows use: all exist in the GB/T 2260 data the workbench ships. */
export const FIXTURE_REGIONS = [
  { code: '310000', city: '上海' },
  { code: '440300', city: '深圳' },
  { code: '110105', city: '北京朝阳' },
  { code: '440100', city: '广州' },
  { code: '330100', city: '杭州' },
  { code: '510100', city: '成都' },
  { code: '420100', city: '武汉' },
  { code: '320500', city: '苏州' },
  { code: '370100', city: '济南' },
  { code: '430100', city: '长沙' }
] as const

interface FormatProfile {
  /** How people write the format in their sheets: labels of both languages, keys, aliases. */
  spellings: string[]
  brands: string[]
  storeAreaM2: [number, number]
  stores: [number, number]
  trafficPerStore: [number, number]
  employeesPerStore: [number, number]
}

const FORMATS: FormatProfile[] = [
  {
    spellings: ['大卖场', 'Hypermarket', 'hypermarket', '大型超市'],
    brands: ['沃尔玛', '家乐福', '大润发', '麦德龙', '永辉', '华润万家', '物美', '人人乐'],
    storeAreaM2: [4000, 16000],
    stores: [3, 120],
    trafficPerStore: [3000, 12000],
    employeesPerStore: [120, 400]
  },
  {
    spellings: ['连锁超市', 'Chain supermarket', 'supermarket', '超市'],
    brands: ['联华', '华联', '世纪联华', '家家悦', '步步高', '中百', '新华都', '红旗连锁'],
    storeAreaM2: [600, 3000],
    stores: [10, 400],
    trafficPerStore: [800, 4000],
    employeesPerStore: [20, 80]
  },
  {
    spellings: ['连锁便利店', 'Convenience chain', 'convenience', '便利店'],
    brands: ['美宜佳', '罗森', '全家', '便利蜂', '好德', '快客', '天福', '唐久'],
    storeAreaM2: [50, 150],
    stores: [50, 3000],
    trafficPerStore: [300, 1500],
    employeesPerStore: [3, 8]
  },
  {
    spellings: ['连锁药店', 'Pharmacy chain', 'pharmacy', '药店'],
    brands: ['老百姓大药房', '一心堂', '益丰大药房', '大参林', '海王星辰', '国大药房', '漱玉平民', '健之佳'],
    storeAreaM2: [60, 300],
    stores: [8, 1500],
    trafficPerStore: [100, 600],
    employeesPerStore: [4, 12]
  }
]

const BACKGROUNDS = ['国际', '全国性', '区域性', 'Regional', '']
const TIERS = ['头部客户', '新兴客户', '高价值客户', '品牌客户', 'Head', '']
const TRADE_TYPES = ['总部直供', '区域直供', '经销商供货', 'Via distributor', '']
const FLAGS: FixtureCell[] = ['是', '否', '', 'Yes', 'No', true, false, null]
const NOTES = [
  '',
  '',
  '采购总监：陈立；年度合同每年 3 月续签',
  '新品须经采购中心评审, 账期 60 天',
  '店庆在 9 月，"堆头"需提前两个月预订',
  '二季度有店庆\n需提前备货',
  '结算：月结 45 天'
]

/** A small seeded generator (mulberry32), so a seed always gives the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` varied, valid rows. Codes are unique (`C<seed>-00001`…); sales are yuan, written as
 * a number, as text with thousands separators, or with 万 / 亿.
 */
export function makeAccountRows(count: number, seed = 1): AccountFixtureRow[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const between = ([low, high]: readonly [number, number]): number => Math.round(low + next() * (high - low))
  const rows: AccountFixtureRow[] = []
  for (let i = 0; i < count; i += 1) {
    const profile = pick(FORMATS)
    const region = pick(FIXTURE_REGIONS)
    const stores = between(profile.stores)
    const areaM2 = stores * between(profile.storeAreaM2)
    const salesPerM2Yuan = 8000 + next() * 30000
    const salesFen = Math.round(areaM2 * salesPerM2Yuan * 100)
    const salesStyle = next()
    const annualSales: FixtureCell =
      salesStyle < 0.6
        ? salesFen / 100
        : salesStyle < 0.8
          ? (salesFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
          : salesStyle < 0.9
            ? `${Math.round(salesFen / 1_000_000)}万`
            : `${(salesFen / 10_000_000_000).toFixed(2)}亿`
    const traffic = stores * between(profile.trafficPerStore)
    rows.push({
      code: `C${seed}-${String(i + 1).padStart(5, '0')}`,
      name: `${pick(profile.brands)}${region.city}${i + 1}`,
      format: pick(profile.spellings),
      background: pick(BACKGROUNDS),
      tier: pick(TIERS),
      tradeType: pick(TRADE_TYPES),
      regionCode: next() < 0.7 ? region.code : Number(region.code),
      directStores: stores,
      // No draw from the generator: the other columns stay what each seed always gave.
      franchiseStores: i % 3 === 0 ? '' : Math.round(stores / 4),
      salesAreaM2: areaM2,
      annualSalesFen: annualSales,
      employees: stores * between(profile.employeesPerStore),
      dailyTraffic: traffic,
      dailyTransactions: Math.round(traffic * (0.3 + next() * 0.5)),
      isTopThreeInRegion: pick(FLAGS),
      hasStrongHqExecution: pick(FLAGS),
      notes: pick(NOTES)
    })
  }
  return rows
}

/** The import's header row in a language: the field labels, e.g. 年销售额(元) / Annual sales (CNY). */
export function accountHeaders(language: Language): string[] {
  return EDITABLE_ACCOUNT_FIELDS.map((field) => translate(language, `fields.${field}`))
}

function tableOf(rows: readonly AccountFixtureRow[], headers: Language | readonly string[]): FixtureCell[][] {
  const headerRow = typeof headers === 'string' ? accountHeaders(headers) : [...headers]
  return [headerRow, ...rows.map((row) => EDITABLE_ACCOUNT_FIELDS.map((field) => row[field]))]
}

/** An .xlsx (one sheet) with a header row and one row per account; numbers stay numeric cells. */
export async function writeAccountsXlsx(rows: readonly AccountFixtureRow[], headers: Language | readonly string[]): Promise<Buffer> {
  return writeXlsxTable(tableOf(rows, headers))
}

/** Any table of cells as an .xlsx (first sheet named "Sheet1"). */
export async function writeXlsxTable(table: readonly (readonly FixtureCell[])[], sheetName = 'Sheet1'): Promise<Buffer> {
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve) => stream.on('end', resolve))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true })
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of table) sheet.addRow([...row]).commit()
  sheet.commit()
  await workbook.commit()
  await ended
  return Buffer.concat(chunks)
}

export interface CsvOptions {
  headers?: Language | readonly string[]
  delimiter?: ',' | '\t' | ';'
  /** Write a UTF-8 BOM (as Excel's "CSV UTF-8" does). Default: true for UTF-8. */
  bom?: boolean
  lineEnding?: '\r\n' | '\n'
}

/** RFC 4180 text of a table (quotes doubled; cells with a delimiter, quote or line break quoted). */
export function csvText(table: readonly (readonly FixtureCell[])[], delimiter = ',', lineEnding = '\r\n'): string {
  const field = (cell: FixtureCell): string => {
    const text = cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell)
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return table.map((row) => row.map(field).join(delimiter)).join(lineEnding) + lineEnding
}

/** A .csv of the rows in UTF-8 (with BOM unless told otherwise) or GB18030 (as Chinese Excel saves it). */
export function writeAccountsCsv(rows: readonly AccountFixtureRow[], encoding: 'utf-8' | 'gb18030', options: CsvOptions = {}): Buffer {
  const text = csvText(tableOf(rows, options.headers ?? 'zh-CN'), options.delimiter, options.lineEnding)
  if (encoding === 'gb18030') return encodeGb18030(text)
  const bom = options.bom ?? true
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
}

// ---------------------------------------------------------------------------------------------
// GB18030 encoding without a dependency: TextEncoder only writes UTF-8, so build the reverse of
// Node's own gb18030 decoder, once, for the two-byte (GBK) area and the BMP four-byte area.

let gbTable: Map<string, number[]> | undefined

function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gb18030')
  const remember = (bytes: number[]) => {
    const char = decoder.decode(Uint8Array.from(bytes))
    if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, bytes)
  }
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) remember([lead, trail])
  }
  for (let b1 = 0x81; b1 <= 0x84; b1 += 1) {
    for (let b2 = 0x30; b2 <= 0x39; b2 += 1) {
      for (let b3 = 0x81; b3 <= 0xfe; b3 += 1) {
        for (let b4 = 0x30; b4 <= 0x39; b4 += 1) remember([b1, b2, b3, b4])
      }
    }
  }
  gbTable = table
  return table
}

/** Text → GB18030 bytes (ASCII as is; throws for a character outside the table). */
export function encodeGb18030(text: string): Buffer {
  const table = gb18030Table()
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const encoded = table.get(char)
    if (!encoded) throw new Error(`encodeGb18030: no GB18030 bytes for U+${code.toString(16)}`)
    bytes.push(...encoded)
  }
  return Buffer.from(bytes)
}
