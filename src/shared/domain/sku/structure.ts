/**
 * The structure summary 产品结构分析 of one account's planned assortment: ABC classes, categories,
 * price bands, key-SKU share, sell-through 动销率, and the whitespace 空白品项 (active catalogue SKUs
 * the account does not carry, ranked by how they do where they are carried). "Value" is the
 * planned purchase value q·s (fen) from `assortmentLineFigures`, so the summary adds up to the
 * assortment grid's totals row.
 */
import { PPM_PER_UNIT, type Ppm } from '../rate'
import { assortmentLineFigures, NO_ACCOUNT_TARGET, type MarginTargetContext } from './assortment-figures'
import { exactRatioPpm, PPM } from './exact-ratio'
import { isPlannedStatus, type AssortmentLine, type CatalogueSku } from './sku'

export type AbcClass = 'A' | 'B' | 'C'

/** Shares of planned value for class A and class B; class C is the rest (70 / 20 / 10 by default). */
export interface AbcCutoffs {
  aSharePpm: Ppm
  bSharePpm: Ppm
}
export const DEFAULT_ABC_CUTOFFS: AbcCutoffs = { aSharePpm: 700_000, bSharePpm: 200_000 }

/** Ascending retail price bounds, fen: < ¥10, ¥10–20, ¥20–50, ¥50–100, ≥ ¥100 (OTC and FMCG shelves). */
export const DEFAULT_PRICE_BAND_BOUNDS_FEN: readonly number[] = [1_000, 2_000, 5_000, 10_000]

export type StructureIssueCode = 'abcCutoffsInvalid' | 'priceBandBoundsInvalid'
export type StructureNullReason = 'noPlannedValue' | 'noListedSkus' | 'salesUnknown'

export interface AbcItem {
  skuCode: string
  valueFen: number
}

export interface AbcClassified extends AbcItem {
  abcClass: AbcClass
  /** Cumulative share up to and including this SKU, ppm (half up, for display). */
  cumulativeSharePpm: Ppm
}

export function abcCutoffsIssue(cutoffs: AbcCutoffs): StructureIssueCode | null {
  const { aSharePpm: a, bSharePpm: b } = cutoffs
  const isValid = Number.isSafeInteger(a) && Number.isSafeInteger(b) && a > 0 && b >= 0 && a + b <= PPM_PER_UNIT
  return isValid ? null : 'abcCutoffsInvalid'
}

/**
 * ABC classes by cumulative share of value. SKUs are sorted by value descending; equal values are
 * ordered by SKU code (ascending, plain code-unit order) so the result never depends on input order.
 * A SKU's class is decided by the cumulative share BEFORE it: while that is below 70% the SKU is A,
 * below 90% (70 + 20) B, else C. So the SKU that straddles a cut-off (its share runs from below the
 * line to above it) takes the higher class, and the first SKU is always A. With equal values on
 * both sides of a cut-off, the lower code gets the higher class. The comparison is exact
 * (cumulative·10^6 < cut-off·total, in BigInt). Returns an empty list when the total is not positive.
 */
export function classifyAbc(items: readonly AbcItem[], cutoffs: AbcCutoffs = DEFAULT_ABC_CUTOFFS): AbcClassified[] {
  const total = items.reduce((sum, item) => sum + BigInt(item.valueFen), 0n)
  if (total <= 0n) return []
  const sorted = [...items].sort((x, y) => y.valueFen - x.valueFen || (x.skuCode < y.skuCode ? -1 : x.skuCode > y.skuCode ? 1 : 0))
  const aLine = BigInt(cutoffs.aSharePpm) * total
  const bLine = BigInt(cutoffs.aSharePpm + cutoffs.bSharePpm) * total
  let before = 0n
  return sorted.map((item) => {
    const scaledBefore = before * PPM
    const abcClass: AbcClass = scaledBefore < aLine ? 'A' : scaledBefore < bLine ? 'B' : 'C'
    before += BigInt(item.valueFen)
    return { ...item, abcClass, cumulativeSharePpm: exactRatioPpm(before, total) ?? 0 }
  })
}

export function priceBandBoundsIssue(boundsFen: readonly number[]): StructureIssueCode | null {
  const isAscending = boundsFen.every(
    (bound, index) => Number.isSafeInteger(bound) && bound > 0 && (index === 0 || bound > (boundsFen[index - 1] ?? 0))
  )
  return isAscending ? null : 'priceBandBoundsInvalid'
}

/**
 * The band of a retail price: band i holds prices from bound i−1 (inclusive) up to bound i
 * (exclusive), so ¥10.00 falls in "¥10–20", not "< ¥10". Bounds must be ascending.
 */
export function priceBandIndex(retailPriceFen: number, boundsFen: readonly number[] = DEFAULT_PRICE_BAND_BOUNDS_FEN): number {
  let index = 0
  while (index < boundsFen.length && retailPriceFen >= (boundsFen[index] ?? Infinity)) index += 1
  return index
}

export interface StructureGroup {
  skuCount: number
  plannedValueFen: number
  /** Share of the account's planned value; null when that is 0. */
  sharePpm: Ppm | null
}

export interface PriceBandGroup extends StructureGroup {
  /** Inclusive lower bound (null for the first band) and exclusive upper bound (null for the last). */
  minFen: number | null
  maxFen: number | null
}

export interface StructureSummary {
  statusCounts: { listed: number; proposed: number; delisted: number }
  /** Listed + proposed SKUs, and their planned value. */
  plannedSkuCount: number
  plannedValueFen: number
  /** Planned SKUs without a value (no planned units, or a line error): counted, but in no ABC class. */
  skusWithoutValue: number
  abc: {
    classes: Record<AbcClass, StructureGroup>
    bySku: AbcClassified[]
    nullReason: StructureNullReason | null
  }
  /** Sorted by value descending, then category name. */
  byCategory: (StructureGroup & { category: string })[]
  byPriceBand: PriceBandGroup[]
  /** Planned SKUs with no retail price, outside every band. */
  unpriced: StructureGroup
  keySkus: StructureGroup & { nullReason: StructureNullReason | null }
  sellThrough: {
    /** 动销率 = listed SKUs with sales / listed SKUs whose sales are known. */
    ratePpm: Ppm | null
    nullReason: StructureNullReason | null
    listedSkuCount: number
    skusWithKnownSales: number
    skusWithSales: number
  }
  /** Assortment lines whose SKU is not in the catalogue (left out of everything above). */
  unknownSkuCodes: string[]
}

export interface StructureOptions {
  abcCutoffs?: AbcCutoffs
  priceBandBoundsFen?: readonly number[]
  marginTarget?: MarginTargetContext
}

export type StructureResult = { ok: true; value: StructureSummary } | { ok: false; code: StructureIssueCode; params: Record<string, string | number> }

const emptyGroup = (): StructureGroup => ({ skuCount: 0, plannedValueFen: 0, sharePpm: null })

function addTo(group: StructureGroup, valueFen: number): void {
  group.skuCount += 1
  group.plannedValueFen += valueFen
}

function withShare<G extends StructureGroup>(group: G, totalFen: number): G {
  group.sharePpm = totalFen > 0 ? exactRatioPpm(BigInt(group.plannedValueFen), BigInt(totalFen)) : null
  return group
}

export function structureSummary(
  lines: readonly AssortmentLine[],
  catalogue: readonly CatalogueSku[],
  options: StructureOptions = {}
): StructureResult {
  const cutoffs = options.abcCutoffs ?? DEFAULT_ABC_CUTOFFS
  const bounds = options.priceBandBoundsFen ?? DEFAULT_PRICE_BAND_BOUNDS_FEN
  const cutoffsIssue = abcCutoffsIssue(cutoffs)
  if (cutoffsIssue) return { ok: false, code: cutoffsIssue, params: { aSharePpm: cutoffs.aSharePpm, bSharePpm: cutoffs.bSharePpm } }
  const boundsIssue = priceBandBoundsIssue(bounds)
  if (boundsIssue) return { ok: false, code: boundsIssue, params: { bounds: bounds.join(', ') } }

  const skuByCode = new Map(catalogue.map((sku) => [sku.code, sku]))
  const statusCounts = { listed: 0, proposed: 0, delisted: 0 }
  const unknownSkuCodes: string[] = []
  const categories = new Map<string, StructureGroup & { category: string }>()
  const bands: PriceBandGroup[] = Array.from({ length: bounds.length + 1 }, (_, index) => ({
    ...emptyGroup(),
    minFen: index === 0 ? null : (bounds[index - 1] ?? null),
    maxFen: index === bounds.length ? null : (bounds[index] ?? null)
  }))
  const unpriced = emptyGroup()
  const keySkus = emptyGroup()
  const abcItems: AbcItem[] = []
  let plannedValueFen = 0
  let plannedSkuCount = 0
  let skusWithoutValue = 0
  let skusWithKnownSales = 0
  let skusWithSales = 0

  for (const line of lines) {
    const sku = skuByCode.get(line.skuCode)
    if (!sku) {
      unknownSkuCodes.push(line.skuCode)
      continue
    }
    statusCounts[line.status] += 1
    if (line.status === 'listed' && line.unitsSold !== null && line.unitsSold !== undefined) {
      skusWithKnownSales += 1
      if (line.unitsSold > 0) skusWithSales += 1
    }
    if (!isPlannedStatus(line.status)) continue
    const figures = assortmentLineFigures(line, sku, options.marginTarget ?? NO_ACCOUNT_TARGET)
    const valueFen = figures.plannedPurchaseValueFen ?? 0
    plannedSkuCount += 1
    plannedValueFen += valueFen
    if (figures.plannedPurchaseValueFen === null) skusWithoutValue += 1
    else abcItems.push({ skuCode: sku.code, valueFen })

    const category = categories.get(sku.category) ?? { category: sku.category, ...emptyGroup() }
    addTo(category, valueFen)
    categories.set(sku.category, category)
    const band = figures.retailPriceFen === null ? unpriced : bands[priceBandIndex(figures.retailPriceFen, bounds)]
    if (band) addTo(band, valueFen)
    if (sku.isKeySku) addTo(keySkus, valueFen)
  }

  const bySku = classifyAbc(abcItems, cutoffs)
  const abcGroups: Record<AbcClass, StructureGroup> = { A: emptyGroup(), B: emptyGroup(), C: emptyGroup() }
  for (const item of bySku) addTo(abcGroups[item.abcClass], item.valueFen)

  const listedSkuCount = statusCounts.listed
  const hasValue = plannedValueFen > 0
  return {
    ok: true,
    value: {
      statusCounts,
      plannedSkuCount,
      plannedValueFen,
      skusWithoutValue,
      abc: {
        classes: {
          A: withShare(abcGroups.A, plannedValueFen),
          B: withShare(abcGroups.B, plannedValueFen),
          C: withShare(abcGroups.C, plannedValueFen)
        },
        bySku,
        nullReason: hasValue ? null : 'noPlannedValue'
      },
      byCategory: [...categories.values()]
        .map((group) => withShare(group, plannedValueFen))
        .sort((x, y) => y.plannedValueFen - x.plannedValueFen || (x.category < y.category ? -1 : x.category > y.category ? 1 : 0)),
      byPriceBand: bands.map((band) => withShare(band, plannedValueFen)),
      unpriced: withShare(unpriced, plannedValueFen),
      keySkus: { ...withShare(keySkus, plannedValueFen), nullReason: hasValue ? null : 'noPlannedValue' },
      sellThrough: {
        ratePpm: skusWithKnownSales > 0 ? exactRatioPpm(BigInt(skusWithSales), BigInt(skusWithKnownSales)) : null,
        nullReason: listedSkuCount === 0 ? 'noListedSkus' : skusWithKnownSales === 0 ? 'salesUnknown' : null,
        listedSkuCount,
        skusWithKnownSales,
        skusWithSales
      },
      unknownSkuCodes
    }
  }
}

export interface OtherAccountAssortment {
  accountId: string
  lines: readonly AssortmentLine[]
}

export interface WhitespaceSku {
  skuCode: string
  isKeySku: boolean
  /** Accounts where the SKU is listed (已上架). */
  carryingAccountCount: number
  /** Σ planned purchase value over those accounts, fen. */
  plannedValueFen: number
  /** Carrying accounts whose line has no value (no planned units or a line error), counted as 0. */
  carryingAccountsWithoutValue: number
  /** The SKU was listed here once and delisted: a re-entry, not a first entry. */
  isDelistedHere: boolean
}

/**
 * Active catalogue SKUs this account does not carry (not listed and not proposed here), ranked by
 * the evidence from accounts that list them: planned value Σ descending, then number of carrying
 * accounts descending, then SKU code ascending. Elsewhere only 已上架 lines count as carrying: a
 * proposal at another account is no evidence that the SKU sells. SKUs nobody carries come last,
 * with zeros.
 */
export function whitespace(
  accountLines: readonly AssortmentLine[],
  catalogue: readonly CatalogueSku[],
  otherAccounts: readonly OtherAccountAssortment[]
): WhitespaceSku[] {
  const carriedHere = new Set(accountLines.filter((line) => isPlannedStatus(line.status)).map((line) => line.skuCode))
  const delistedHere = new Set(accountLines.filter((line) => line.status === 'delisted').map((line) => line.skuCode))
  const candidates = new Map<string, { sku: CatalogueSku; row: WhitespaceSku }>()
  for (const sku of catalogue) {
    if (sku.status !== 'active' || carriedHere.has(sku.code)) continue
    candidates.set(sku.code, {
      sku,
      row: {
        skuCode: sku.code,
        isKeySku: sku.isKeySku,
        carryingAccountCount: 0,
        plannedValueFen: 0,
        carryingAccountsWithoutValue: 0,
        isDelistedHere: delistedHere.has(sku.code)
      }
    })
  }
  for (const account of otherAccounts) {
    const countedHere = new Set<string>()
    for (const line of account.lines) {
      const candidate = candidates.get(line.skuCode)
      // One account counts once even if its data repeats a SKU.
      if (!candidate || line.status !== 'listed' || countedHere.has(line.skuCode)) continue
      countedHere.add(line.skuCode)
      const value = assortmentLineFigures(line, candidate.sku).plannedPurchaseValueFen
      candidate.row.carryingAccountCount += 1
      if (value === null) candidate.row.carryingAccountsWithoutValue += 1
      else candidate.row.plannedValueFen += value
    }
  }
  return [...candidates.values()]
    .map((candidate) => candidate.row)
    .sort(
      (x, y) =>
        y.plannedValueFen - x.plannedValueFen ||
        y.carryingAccountCount - x.carryingAccountCount ||
        (x.skuCode < y.skuCode ? -1 : x.skuCode > y.skuCode ? 1 : 0)
    )
}
