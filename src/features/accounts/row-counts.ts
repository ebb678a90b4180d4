import { useSyncExternalStore } from 'react'

/**
 * Rows shown after filters and rows in the workspace, for the status line. `total` is null while
 * only the first screen of a large workspace is in (the rest is loading).
 */
export interface RowCounts {
  shown: number
  total: number | null
}

let counts: RowCounts | null = null
const listeners = new Set<() => void>()

export function setRowCounts(next: RowCounts | null): void {
  if (next && counts && next.shown === counts.shown && next.total === counts.total) return
  counts = next
  listeners.forEach((listener) => listener())
}

export function useRowCounts(): RowCounts | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => counts
  )
}
