import { useEffect, useRef, type RefObject } from 'react'
import { api, onWorkspaceChange } from '../../lib/api'
import type { Sku } from '../../shared/domain/catalogue/sku'
import type { AssortmentLine } from '../../shared/domain/assortment/assortment-line'
import type { MarginTargetContext } from '../../shared/domain/sku'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { rowsWithNewSkus, type AssortmentRow } from './assortment-rows'

/** How long the page waits for a burst of changes (an import, a paste in another window) to end before it reads. */
const SETTLE_MS = 250

interface FollowContext {
  grid: RefObject<SpreadsheetController<AssortmentRow> | null>
  skuById: ReadonlyMap<number, Sku>
  target: MarginTargetContext
  toRowWith(line: AssortmentLine, target: MarginTargetContext): AssortmentRow
  mergeCatalogue(fresh: readonly Sku[], goneIds: readonly number[]): void
  reloadWhitespace(): void
}

/**
 * The Assortment page follows the catalogue: a SKU changed elsewhere is read afresh and the
 * lines on it are updated in place (scroll, ticks and an open editor stay; the totals and the
 * structure panel follow the grid). Lines changed elsewhere are the grid layer's to follow
 * ('assortment' is its source's entity); the whitespace, ranked over every account's lines and
 * the catalogue, is read again after either.
 */
export function useAssortmentFollow(context: FollowContext): void {
  const latest = useRef(context)
  useEffect(() => {
    latest.current = context
  })

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let isLive = true
    const toRead = new Set<number>()
    const gone = new Set<number>()
    const settle = async () => {
      const ids = [...toRead]
      const goneIds = [...gone]
      toRead.clear()
      gone.clear()
      const fresh = ids.length > 0 ? await api.catalogue.list({ ids }) : []
      if (!isLive) return
      // An id named as changed but no longer listed went to the bin in the meantime.
      const found = new Set(fresh.map((sku) => sku.id))
      latest.current.mergeCatalogue(fresh, [...goneIds, ...ids.filter((id) => !found.has(id))])
      latest.current.reloadWhitespace()
    }
    const unsubscribe = onWorkspaceChange((change) => {
      if (change.entity === 'catalogue') {
        for (const id of [...change.changed, ...change.created]) toRead.add(id)
        for (const id of change.deleted) gone.add(id)
      } else if (change.entity !== 'assortment') return
      clearTimeout(timer)
      timer = setTimeout(() => void settle().catch(() => undefined), SETTLE_MS)
    })
    return () => {
      isLive = false
      clearTimeout(timer)
      unsubscribe()
    }
  }, [])

  const { skuById } = context
  useEffect(() => {
    const { grid, target, toRowWith } = latest.current
    const shown: AssortmentRow[] = []
    grid.current?.api()?.forEachNode((node) => {
      if (node.data) shown.push(node.data)
    })
    const rebuilt = rowsWithNewSkus(shown, skuById, toRowWith, target)
    if (rebuilt.length > 0) grid.current?.putRows(rebuilt, 'update')
  }, [skuById])
}
