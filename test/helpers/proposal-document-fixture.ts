/**
 * A proposal to print, made from the demo workspace's files (resources/demo: the account KA-0001,
 * its assortment, the catalogue's prices and costs) and the demo term sheet's figures, with a
 * promotion plan, concessions, protection clauses and sell-through activities added here. Until
 * the proposal services exist, this is what the document tests and the bench print; every figure
 * is then computed by the domain modules through assembleProposalDocumentData.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { yuanTextToFen } from '../../src/shared/domain/money'
import { PROMOTION_KINDS, type ConcessionEntry, type PromotionEvent } from '../../src/shared/domain/proposal'
import type { AssortmentLine, TermSheet } from '../../src/shared/domain/terms'
import type { CatalogueSku, ProposalDocumentSource } from '../../electron/core/proposal-document/assemble-document-data'
import type { DocumentProtectionClause, SellThroughActivity } from '../../electron/core/proposal-document/document-data'

interface DemoSku {
  code: string
  barcode: string
  name: string
  spec: string
  category: string
  unitCost: string
  listSupplyPrice: string
  suggestedRetailPrice: string
  isKeySku: boolean
}
interface DemoAssortmentLine {
  sku: string
  status: string
  plannedAnnualUnits: number
  supplyPrice?: string
  retailPrice?: string
}

// Not from ./workbench (it imports vitest): the bench uses this file too. Both run from the repo root.
const RESOURCES_DIR = path.join(process.cwd(), 'resources')
const demoCatalogue = JSON.parse(fs.readFileSync(path.join(RESOURCES_DIR, 'demo', 'catalogue.json'), 'utf8')) as {
  supplier: { name: string; nameEn: string }
  skus: DemoSku[]
  assortments: { account: string; lines: DemoAssortmentLine[] }[]
}

/** The demo supplier's logo: a navy mark with 华康 beside it, drawn with the shipped font (2× for print). */
export function demoLogo(): { png: Buffer; widthPx: number; heightPx: number } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="48" viewBox="0 0 180 48">
    <rect x="0" y="4" width="40" height="40" rx="8" fill="#1F4E79"/>
    <path d="M10 24h20M20 14v20" stroke="#FFFFFF" stroke-width="6" stroke-linecap="round"/>
    <text x="50" y="34" font-family="Noto Sans CJK SC" font-size="26" fill="#1F4E79">华康健康</text>
  </svg>`
  const png = new Resvg(svg, { font: { fontFiles: [path.join(RESOURCES_DIR, 'fonts', 'NotoSansSC-Regular-GB2312.otf')], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' }, fitTo: { mode: 'zoom', value: 2 } }).render().asPng()
  return { png, widthPx: 180, heightPx: 48 }
}

const fen = (yuanText: string): number => yuanTextToFen(yuanText) ?? 0

/** The demo hypermarket's term sheet (resources/demo/terms.json, KA-0001), as the domain holds it. */
export function demoTermSheet(): TermSheet {
  const fixed = (id: string, kind: 'entry' | 'barcode' | 'anniversary' | 'festival' | 'dmPoster' | 'floorStack' | 'endCap' | 'system', basis: 'perYear' | 'perSku' | 'perEvent' | 'perIssue' | 'perPeriod', ask: [number, number], offer: [number, number]) => ({
    id,
    category: 'fixed' as const,
    kind,
    basis,
    values: { ask: { unitFen: ask[0] * 100, count: ask[1] }, offer: { unitFen: offer[0] * 100, count: offer[1] }, agreed: null }
  })
  return {
    lines: [
      fixed('entry', 'entry', 'perYear', [80_000, 1], [50_000, 1]),
      fixed('barcode', 'barcode', 'perSku', [1_000, 1], [500, 1]),
      fixed('anniversary', 'anniversary', 'perEvent', [20_000, 1], [10_000, 1]),
      fixed('festival', 'festival', 'perEvent', [10_000, 4], [8_000, 2]),
      fixed('dm', 'dmPoster', 'perIssue', [5_000, 12], [4_000, 6]),
      fixed('floorStack', 'floorStack', 'perPeriod', [6_000, 6], [5_000, 4]),
      fixed('endCap', 'endCap', 'perPeriod', [3_000, 12], [2_500, 6]),
      fixed('system', 'system', 'perYear', [3_000, 1], [3_000, 1]),
      { id: 'unconditional', category: 'percentage', kind: 'unconditionalRebate', values: { ask: 30_000, offer: 20_000, agreed: null } },
      { id: 'logistics', category: 'percentage', kind: 'logistics', values: { ask: 40_000, offer: 30_000, agreed: null } },
      {
        id: 'conditional',
        category: 'conditionalRebate',
        kind: 'conditionalRebate',
        values: {
          ask: { mode: 'whole', tiers: [{ thresholdFen: 2_000_000_000, ratePpm: 10_000 }, { thresholdFen: 3_000_000_000, ratePpm: 20_000 }, { thresholdFen: 4_000_000_000, ratePpm: 30_000 }] },
          offer: { mode: 'excess', tiers: [{ thresholdFen: 2_500_000_000, ratePpm: 10_000 }, { thresholdFen: 4_000_000_000, ratePpm: 20_000 }] },
          agreed: null
        }
      }
    ],
    payment: { ask: { mode: 'monthly', days: 60 }, offer: { mode: 'monthly', days: 30 }, agreed: null }
  }
}

const SALE_KINDS = PROMOTION_KINDS

/** `count` events over the year, two weeks to five each, on the plan's SKUs in turn. */
function promotionEvents(count: number, assortment: readonly AssortmentLine[], catalogue: Map<string, CatalogueSku>, language: 'zh-CN' | 'en-US'): PromotionEvent[] {
  const names = {
    'zh-CN': ['春节感冒药特价', '会员日买赠', '维矿堆头陈列', '健康节 DM', '夏季肠胃试吃', '开学季满减', '中秋端架', '国庆会员价', '双十一特价', '冬季感冒 DM'],
    'en-US': ['New Year cold-remedy price-off', 'Member day buy-one-get-one', 'Vitamin floor stack', 'Health festival flyer', 'Summer digestive sampling', 'Back-to-school spend and save', 'Mid-autumn end cap', 'National Day member price', 'Singles Day price-off', 'Winter cold-remedy flyer']
  }[language]
  return Array.from({ length: count }, (_, index) => {
    const kind = SALE_KINDS[index % SALE_KINDS.length]!
    const startDay = 5 + ((index * 17) % 330)
    const start = new Date(Date.UTC(2026, 0, 1 + startDay))
    const end = new Date(start.getTime() + (13 + (index % 4) * 7) * 86_400_000)
    const skuLines = [0, 1, 2].map((offset) => assortment[(index * 3 + offset) % assortment.length]!)
    const round = Math.floor(index / names.length)
    return {
      id: `event-${index + 1}`,
      kind,
      name: `${names[index % names.length]!}${round > 0 ? ` ${round + 1}` : ''}`,
      skus: skuLines.map((line) => ({
        skuCode: line.skuId,
        baselineUnitsPerStoreWeek: 3 + (index % 5),
        supplyPriceFen: line.supplyFen,
        unitCostFen: line.unitCostFen,
        promoRetailPriceFen: Math.round((line.retailFen * 0.85) / 10) * 10,
        supplierFundingPerUnitFen: kind === 'buy_x_get_y' ? 0 : Math.round(line.supplyFen * 0.08)
      })),
      storeCount: 46,
      startDate: start.toISOString().slice(0, 10),
      endDate: end.toISOString().slice(0, 10),
      upliftPpm: 250_000 + (index % 4) * 100_000,
      fixedFeesFen: kind === 'floor_stack_end_cap' || kind === 'flyer' ? 1_500_000 : kind === 'sampling' ? 800_000 : 0,
      buyQuantity: kind === 'buy_x_get_y' ? 3 : null,
      getQuantity: kind === 'buy_x_get_y' ? 1 : null
    } satisfies PromotionEvent
  }).map((event) => ({ ...event, skus: event.skus.filter((line) => catalogue.has(line.skuCode)) }))
}

export interface FixtureOptions {
  language: 'zh-CN' | 'en-US'
  /** SKUs to list: the demo account's planned lines, then more of the catalogue (repeated with suffixed codes) up to this many. */
  skuCount?: number
  eventCount?: number
}

export function demoProposalSource({ language, skuCount, eventCount = 6 }: FixtureOptions): ProposalDocumentSource {
  const skus = new Map(demoCatalogue.skus.map((sku) => [sku.code, sku]))
  const planned = (demoCatalogue.assortments.find((entry) => entry.account === 'KA-0001')?.lines ?? []).filter((line) => line.status === 'listed' || line.status === 'proposed')
  const lineOf = (sku: DemoSku, code: string, units: number, supply?: string, retail?: string): AssortmentLine => ({
    skuId: code,
    units,
    supplyFen: fen(supply ?? sku.listSupplyPrice),
    retailFen: fen(retail ?? sku.suggestedRetailPrice),
    unitCostFen: fen(sku.unitCost)
  })
  const assortment: AssortmentLine[] = planned.flatMap((line) => {
    const sku = skus.get(line.sku)
    return sku ? [lineOf(sku, sku.code, line.plannedAnnualUnits, line.supplyPrice, line.retailPrice)] : []
  })
  const catalogue: CatalogueSku[] = demoCatalogue.skus.map((sku) => ({ skuCode: sku.code, barcode: sku.barcode, name: sku.name, spec: sku.spec, category: sku.category, isKeySku: sku.isKeySku, marginTargetPpm: null }))
  for (let index = 0; skuCount !== undefined && assortment.length < skuCount; index += 1) {
    const sku = demoCatalogue.skus[index % demoCatalogue.skus.length]!
    const code = `${sku.code}-${String(Math.floor(index / demoCatalogue.skus.length) + 1).padStart(2, '0')}`
    assortment.push(lineOf(sku, code, 2_000 + ((index * 37) % 11) * 900))
    catalogue.push({ skuCode: code, barcode: sku.barcode, name: sku.name, spec: sku.spec, category: sku.category, isKeySku: sku.isKeySku, marginTargetPpm: null })
  }
  if (skuCount !== undefined) assortment.length = Math.min(assortment.length, skuCount)
  const catalogueByCode = new Map(catalogue.map((sku) => [sku.skuCode, sku]))
  const isZh = language === 'zh-CN'

  const concessions: ConcessionEntry[] = [
    { id: 'c1', give: { termCode: 'payment_days', description: isZh ? '账期由月结 30 天放宽到 45 天' : 'Payment from 30 to 45 days after statement', costFen: 2_180_000 }, get: { termCode: null, description: isZh ? '第三季度 2 个端架' : 'Two end caps in Q3', valueFen: 3_000_000 } },
    { id: 'c2', give: { termCode: 'entry_fee', description: isZh ? '进场费增加 1 万元' : 'Entry fee up by CNY 10,000', costFen: 1_000_000 }, get: { termCode: null, description: isZh ? '新品首批全部门店铺货' : 'First delivery to every store', valueFen: null } },
    { id: 'c3', give: { termCode: null, description: isZh ? '增加 2 期 DM' : 'Two more flyer issues', costFen: 800_000 }, get: null }
  ]
  const protectionClauses: DocumentProtectionClause[] = [
    { id: 'p1', accountId: 'KA-0001', skus: assortment.slice(0, 3).map((line) => line.skuId), territoryCode: '440305', territoryName: isZh ? '广东省深圳市南山区' : 'Nanshan, Shenzhen, Guangdong', type: 'exclusive', startDate: '2026-03-01', endDate: '2027-02-28', conditions: { minimumPurchaseFen: 80_000_000, sellThroughRatePpm: 850_000 }, consequence: 'becomes_non_exclusive', consequenceText: '' },
    { id: 'p2', accountId: 'KA-0001', skus: 'all', territoryCode: '4403', territoryName: isZh ? '广东省深圳市' : 'Shenzhen, Guangdong', type: 'price_protection', startDate: '2026-03-01', endDate: '2027-02-28', conditions: { minimumPurchaseFen: null, sellThroughRatePpm: null }, consequence: 'protection_lapses', consequenceText: '' }
  ]
  const sellThroughActivities: SellThroughActivity[] = [
    { kind: 'staff_training', description: isZh ? '新品上市前对 46 家门店店员进行产品知识培训' : 'Product training for the staff of all 46 stores before launch', costFen: 2_300_000, owner: isZh ? '区域培训经理' : 'Regional trainer', timing: isZh ? '3 月' : 'March' },
    { kind: 'promoter_incentive', description: isZh ? '每售出一盒重点单品挂金 0.50 元' : 'CNY 0.50 per pack of key SKUs sold', costFen: 4_600_000, owner: isZh ? 'KA 经理' : 'KA manager', timing: isZh ? '全年' : 'All year' },
    { kind: 'pop', description: isZh ? '货架插卡、跳跳卡与收银台海报' : 'Shelf talkers, wobblers and checkout posters', costFen: 920_000, owner: isZh ? '市场部' : 'Marketing', timing: isZh ? '3–4 月' : 'Mar–Apr' },
    { kind: 'display', description: isZh ? '感冒季二次陈列' : 'Secondary display in the cold season', costFen: 1_380_000, owner: isZh ? '门店导购' : 'Merchandisers', timing: isZh ? '11–2 月' : 'Nov–Feb' }
  ]

  return {
    account: { name: isZh ? '沃尔玛（中国）华南区' : 'Walmart China (South)', subtitle: isZh ? `${assortment.length} 个单品 · 广东 46 家门店` : `${assortment.length} SKUs · 46 stores in Guangdong`, storeCount: 46 },
    supplier: { name: isZh ? demoCatalogue.supplier.name : demoCatalogue.supplier.nameEn, logo: demoLogo(), accentColour: '1F4E79' },
    contractYear: 2026,
    date: '2026-12-01',
    version: { number: 2, name: isZh ? '第二轮谈判' : 'Second round' },
    plan: { assortment, storeCount: 46, daysOfInventory: 35, promotionFundingFen: 0, marginTargetPpm: 250_000 },
    catalogue,
    sheet: demoTermSheet(),
    settings: { annualInterestPpm: 43_500 },
    marginTargetPpm: 300_000,
    concessions,
    protectionClauses,
    promotionEvents: promotionEvents(eventCount, assortment, catalogueByCode, language),
    sellThroughActivities,
    departmentFacts: { salesAreaM2: 391_000, employees: 18_400, sellThroughTargetPpm: 900_000, newItemStockDays: 30, trainingSessionsPerYear: 4, promoterCount: 12, commissionPerUnitFen: 50 }
  }
}
