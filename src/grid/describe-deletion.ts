/** What a delete dialog names: the first rows by name, how many more, and which are hidden by the filter. */
export interface DeletionSummary {
  /** Up to `limit` names, in the order given. */
  names: string[]
  /** Rows beyond those named. */
  moreCount: number
  /** Names of rows the current filter hides (ticked before filtering, or selected with select-all). */
  hiddenNames: string[]
}

export function describeDeletion(rows: readonly { id: number; name: string }[], shownIds: ReadonlySet<number>, limit = 5): DeletionSummary {
  return {
    names: rows.slice(0, limit).map((row) => row.name),
    moreCount: Math.max(0, rows.length - limit),
    hiddenNames: rows.filter((row) => !shownIds.has(row.id)).map((row) => row.name)
  }
}
