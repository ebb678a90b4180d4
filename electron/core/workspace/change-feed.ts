import type { WorkspaceChange } from '../../../src/shared/workspace-change'

export type ChangeListener = (change: WorkspaceChange) => void

/**
 * The workspace's writes, told to whoever listens (the loopback host's event streams, the
 * Electron windows). Services publish after their transaction has committed; a listener that
 * throws is dropped from this one delivery and never stops the others.
 */
export function createChangeFeed() {
  const listeners = new Set<ChangeListener>()
  return {
    publish(change: WorkspaceChange): void {
      if (change.changed.length + change.created.length + change.deleted.length === 0) return
      for (const listener of [...listeners]) {
        try {
          listener(change)
        } catch (error) {
          console.error('[workspace change listener]', error)
        }
      }
    },
    /** Returns the unsubscribe. */
    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>
