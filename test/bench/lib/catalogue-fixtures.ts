/**
 * Catalogues and assortments for the SKU benchmarks: N SKUs of a consumer-health supplier as a
 * KA manager's .xlsx holds them (Chinese headers, prices in yuan as numbers, valid EAN-13
 * barcodes as numeric cells, as Excel keeps them), deterministic from a seed.
 */
import { completeBarcode } from '../../../src/shared/domain/sku/barcode'
import { EDITABLE_SKU_FIELDS, type EditableSkuField } from '../../../src/shared/domain/catalogue/sku'
import { messages } from '../../../src/shared/i18n'
import { writeXlsxTable, type FixtureCell } from '../../helpers/account-fixtures'

const CATEGORIES = ['感冒用药', '维矿补充', '肠胃用药', '皮肤护理', '口腔护理', '儿童用药', '外用贴剂', '眼部护理']
const BRANDS = ['华康', '仁和堂', '百草园', '康达', '益生源', '清风']
const FORMS = [
  ['维生素C片', '100片/瓶', '瓶'],
  ['板蓝根颗粒', '20袋/盒', '盒'],
  ['布洛芬缓释胶囊', '24粒/盒', '盒'],
  ['复方甘草片', '100片/瓶', '瓶'],
  ['葡萄糖酸钙口服液', '10支/盒', '盒'],
  ['护手霜', '50g/支', '支'],
  ['牙膏', '120g/支', '支'],
  ['医用退热贴', '6贴/盒', '盒']
] as const

/** A small deterministic generator (mulberry32), so every run writes the same file. */
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

export const catalogueHeaders = (): string[] => EDITABLE_SKU_FIELDS.map((field) => messages['zh-CN'].catalogue.fields[field])

/** `count` rows in EDITABLE_SKU_FIELDS order; codes BENCH-000001…, barcodes 69xxxxxxxxxxC unique. */
export function makeCatalogueRows(count: number, seed = 3): FixtureCell[][] {
  const next = random(seed)
  const rows: FixtureCell[][] = []
  for (let index = 1; index <= count; index += 1) {
    const [name, spec, unit] = FORMS[index % FORMS.length] as (typeof FORMS)[number]
    const costFen = 200 + Math.floor(next() * 5000)
    const supplyFen = costFen + 50 + Math.floor(next() * 3000)
    const retailFen = supplyFen * 2 + Math.floor(next() * 1000)
    const barcode = completeBarcode(`690${String(index).padStart(9, '0')}`)
    if (barcode === null) throw new Error(`no barcode for ${index}`)
    const cells: Record<EditableSkuField, FixtureCell> = {
      code: `BENCH-${String(index).padStart(6, '0')}`,
      barcode: Number(barcode),
      name: `${BRANDS[index % BRANDS.length]}${name} ${index}`,
      spec,
      unit,
      category: CATEGORIES[index % CATEGORIES.length] as string,
      brand: BRANDS[index % BRANDS.length] as string,
      casePack: [12, 24, 48, 60][index % 4] as number,
      unitCostFen: costFen / 100,
      listSupplyPriceFen: supplyFen / 100,
      suggestedRetailPriceFen: retailFen / 100,
      isKeySku: index % 10 === 0 ? '是' : '否',
      status: index % 50 === 0 ? '停产' : '在售',
      notes: ''
    }
    rows.push(EDITABLE_SKU_FIELDS.map((field) => cells[field]))
  }
  return rows
}

export async function writeCatalogueXlsx(rows: readonly (readonly FixtureCell[])[]): Promise<Buffer> {
  return writeXlsxTable([catalogueHeaders(), ...rows], '产品目录')
}

/** Imports `rows` into the workspace opened by `call` (preview for the mapping, then commit). */
export async function importCatalogueRows(
  call: <T>(channel: 'catalogue:import-preview' | 'catalogue:import-commit', input: unknown) => Promise<T>,
  rows: readonly (readonly FixtureCell[])[]
): Promise<number[]> {
  const dataBase64 = (await writeCatalogueXlsx(rows)).toString('base64')
  const fileName = 'catalogue.xlsx'
  const preview = await call<{ validRows: number; totalRows: number; columns: { field: string | null }[] }>('catalogue:import-preview', { fileName, dataBase64 })
  if (preview.validRows !== rows.length) throw new Error(`catalogue preview: ${preview.validRows} valid rows of ${preview.totalRows}, expected ${rows.length}`)
  const committed = await call<{ insertedIds: number[] }>('catalogue:import-commit', { fileName, dataBase64, mapping: preview.columns.map((column) => column.field) })
  return committed.insertedIds
}
