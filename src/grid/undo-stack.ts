/**
 * A grid's undo stack: one entry per user action (an edit, a paste, a delete…). Kept per grid id
 * in the grid store (src/grid/grid-store.ts), so it survives a page switch.
 */
export interface UndoEntry {
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

export const UNDO_LIMIT = 200

export function createUndoStack() {
  const done: UndoEntry[] = []
  const undone: UndoEntry[] = []
  // Steps run one after another: Ctrl+Z pressed while an undo is still being stored waits for it
  // and then undoes the next entry (it used to answer "nothing to undo").
  let queue: Promise<unknown> = Promise.resolve()
  let pending = 0
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  const step = (from: UndoEntry[], to: UndoEntry[], run: (entry: UndoEntry) => Promise<void>): Promise<string | null> => {
    pending += 1
    const result = queue.then(async () => {
      const entry = from.pop()
      if (!entry) return null
      try {
        await run(entry)
        to.push(entry)
        return entry.label
      } catch (error) {
        from.push(entry)
        throw error
      }
    })
    const settle = () => {
      pending -= 1
      notify()
    }
    queue = result.then(settle, settle)
    return result
  }

  return {
    push(entry: UndoEntry): void {
      done.push(entry)
      if (done.length > UNDO_LIMIT) done.shift()
      undone.length = 0
      notify()
    },
    /** Runs the last entry's undo (after any step still running); its label, or null when there is nothing to undo. */
    undo: (): Promise<string | null> => step(done, undone, (entry) => entry.undo()),
    redo: (): Promise<string | null> => step(undone, done, (entry) => entry.redo()),
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    isBusy: () => pending > 0,
    /** Called after every change of the stacks; returns the unsubscribe. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

export type UndoStack = ReturnType<typeof createUndoStack>
