import { useSyncExternalStore } from 'react'

/** Rows shown after filters and rows in the workspace, for the status line. */
let counts: { shown: number; total: number } | null = null
const listeners = new Set<() => void>()

export function setRowCounts(next: { shown: number; total: number } | null): void {
  if (next && counts && next.shown === counts.shown && next.total === counts.total) return
  counts = next
  listeners.forEach((listener) => listener())
}

export function useRowCounts(): { shown: number; total: number } | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => counts
  )
}
