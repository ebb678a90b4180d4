/**
 * What one write did to the workspace, as pushed to every window (server-sent events in the
 * browser mode, IPC in Electron) so none keeps showing, or saving over, a stale row. Ids only:
 * each window asks for the rows it shows. Zod-free so the sandboxed preload can bundle it.
 */
export interface WorkspaceChange {
  /** The table's name in the API, e.g. 'accounts'. */
  entity: string
  changed: number[]
  created: number[]
  /** Gone from the lists (moved to the bin, or deleted for good). */
  deleted: number[]
}

/** The IPC channel main sends changes on, and the name of the server-sent event. */
export const WORKSPACE_CHANGE_CHANNEL = 'workspace:change'

const isIdList = (value: unknown): value is number[] => Array.isArray(value) && value.every((id) => Number.isInteger(id))

/** Checks a change that crossed a transport before a page acts on it. */
export function isWorkspaceChange(value: unknown): value is WorkspaceChange {
  if (typeof value !== 'object' || value === null) return false
  const change = value as Record<string, unknown>
  return typeof change.entity === 'string' && isIdList(change.changed) && isIdList(change.created) && isIdList(change.deleted)
}
