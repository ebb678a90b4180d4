/** A row as the products tab holds it, or an assortment line as stored: its id and how often it was written. */
export interface VersionedLine {
  id: number
  rowVersion: number
}

/**
 * Whether an assortment change (the ids of its changed and created lines) means the products tab
 * must read its proposal again: only when one of them is a line of the proposal's account whose
 * stored version the tab does not show yet. Other accounts' lines are not among `accountLines`;
 * the tab's own write was read back when it was saved, so its echo finds the same version.
 * A line of the account the tab does not show (created, restored, relisted) counts.
 */
export function isAssortmentChangeNew(ids: readonly number[], shownRows: readonly VersionedLine[], accountLines: readonly VersionedLine[]): boolean {
  const shownVersion = new Map(shownRows.map((row) => [row.id, row.rowVersion]))
  const changed = new Set(ids)
  return accountLines.some((line) => changed.has(line.id) && shownVersion.get(line.id) !== line.rowVersion)
}

/** How long a write's own change event is waited for before a change to the line counts as another window's. */
const ECHO_WAIT_MS = 10_000

export interface OwnWriteEchoes {
  /** A write to the line is about to be sent: its change event will come back to this window too. */
  expect(lineId: number): void
  /** The write failed (refused, stale): no change event will come for it. */
  cancel(lineId: number): void
  /** The ids of a change event less the echoes of this window's own writes (each echo taken once). */
  othersOf(ids: readonly number[]): number[]
}

/**
 * The echoes of the tab's own writes. The event of a save often arrives while the save is still
 * reading the proposal back, before the tab shows the line's new version; without this the tab
 * would read the proposal twice for its own edit.
 */
export function createOwnWriteEchoes(now: () => number = Date.now): OwnWriteEchoes {
  const pending = new Map<number, number[]>()
  const live = (lineId: number) => (pending.get(lineId) ?? []).filter((until) => until > now())
  return {
    expect(lineId) {
      pending.set(lineId, [...live(lineId), now() + ECHO_WAIT_MS])
    },
    cancel(lineId) {
      const rest = live(lineId).slice(1)
      if (rest.length > 0) pending.set(lineId, rest)
      else pending.delete(lineId)
    },
    othersOf(ids) {
      return ids.filter((lineId) => {
        const waiting = live(lineId)
        if (waiting.length === 0) {
          pending.delete(lineId)
          return true
        }
        if (waiting.length > 1) pending.set(lineId, waiting.slice(1))
        else pending.delete(lineId)
        return false
      })
    }
  }
}
