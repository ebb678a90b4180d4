import { useEffect } from 'react'
import type { RowWithId, SpreadsheetController } from '../../grid/spreadsheet-source'

/**
 * Brings the row a checklist link names into view and flashes it: the link says "fix it here".
 * `itemId` is the domain's id (a SKU code, or a stored id as text); `matches` says which row it is.
 */
export function useHighlightRow<Row extends RowWithId>(
  grid: React.RefObject<SpreadsheetController<Row> | null>,
  rows: readonly Row[],
  itemId: string | null,
  matches: (row: Row, itemId: string) => boolean
): void {
  useEffect(() => {
    if (itemId === null) return
    const row = rows.find((candidate) => matches(candidate, itemId))
    if (!row) return
    // After the grid has the rows (a tab switch mounts it in this same commit).
    const timer = setTimeout(() => {
      const api = grid.current?.api()
      const node = api?.getRowNode(String(row.id))
      if (!api || !node) return
      api.ensureNodeVisible(node, 'middle')
      grid.current?.flashRows([row.id])
    }, 50)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId, rows])
}
