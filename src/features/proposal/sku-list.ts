import type { TFunction } from 'i18next'
import type { CellInput } from '../../grid/spreadsheet-source'

/** A SKU as a proposal grid names it. */
export interface SkuRef {
  skuId: number
  skuCode: string
  name: string
}

/**
 * A cell holding a list of SKUs (a clause's protected SKUs, an event's SKUs), as the service
 * reads it for undo and as a person pastes it: 'all', or the SKU codes separated by commas. Codes
 * rather than ids, so the text copied out of the grid goes back in.
 */
export function skuListCell(skuIds: readonly number[] | 'all', known: readonly SkuRef[]): CellInput {
  if (skuIds === 'all') return 'all'
  const byId = new Map(known.map((sku) => [sku.skuId, sku]))
  return skuIds.map((skuId) => byId.get(skuId)?.skuCode ?? `#${skuId}`).join(', ')
}

/**
 * The SKUs a typed or pasted list names: 'all' (or the words for it, when `allWords` are given),
 * else each item a code, a name, or "name (code)". An item that names no known SKU throws a
 * sentence naming it.
 */
export function cellToSkuIds(value: CellInput, known: readonly SkuRef[], t: TFunction, allWords: readonly string[] | null): number[] | 'all' {
  const text = value === null ? '' : String(value).trim()
  if (allWords !== null && (text.toLowerCase() === 'all' || allWords.includes(text))) return 'all'
  const byCode = new Map(known.map((sku) => [sku.skuCode.toLowerCase(), sku]))
  const byName = new Map(known.map((sku) => [sku.name, sku]))
  const byHashId = new Map(known.map((sku) => [`#${sku.skuId}`, sku]))
  const ids: number[] = []
  for (const item of text.split(/[,，、;；\n]+/).map((part) => part.trim()).filter((part) => part !== '')) {
    const inBrackets = /[(（]([^()（）]+)[)）]\s*$/.exec(item)?.[1]?.trim()
    const sku = byCode.get(item.toLowerCase()) ?? byName.get(item) ?? byHashId.get(item) ?? (inBrackets === undefined ? undefined : byCode.get(inBrackets.toLowerCase()))
    if (!sku) throw new Error(t('proposal.page.unknownSku', { value: item }))
    if (!ids.includes(sku.skuId)) ids.push(sku.skuId)
  }
  if (ids.length === 0) throw new Error(t('proposal.page.noSkuChosen'))
  return ids
}

/** The list as a person reads it: names, or the words for every SKU. */
export function skuListText(skuIds: readonly number[] | 'all', known: readonly SkuRef[], t: TFunction): string {
  if (skuIds === 'all') return t('proposal.protection.allSkus')
  const byId = new Map(known.map((sku) => [sku.skuId, sku]))
  return skuIds.map((skuId) => byId.get(skuId)?.name ?? `#${skuId}`).join(t('proposal.diffView.separator'))
}

/** The list as copied out of a grid: "name (code)" each, which a paste reads back. */
export function skuListCopyText(skuIds: readonly number[] | 'all', known: readonly SkuRef[], t: TFunction): string {
  if (skuIds === 'all') return t('proposal.protection.allSkus')
  const byId = new Map(known.map((sku) => [sku.skuId, sku]))
  return skuIds
    .map((skuId) => {
      const sku = byId.get(skuId)
      return sku ? t('proposal.diffView.sku', { name: sku.name, code: sku.skuCode }) : `#${skuId}`
    })
    .join(t('proposal.diffView.separator'))
}
