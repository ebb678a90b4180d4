/** The page's own undo stack: one entry per user action (an edit, a paste, a delete…). */
export interface UndoEntry {
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

export const UNDO_LIMIT = 200

export function createUndoStack() {
  const done: UndoEntry[] = []
  const undone: UndoEntry[] = []
  let isBusy = false
  return {
    push(entry: UndoEntry): void {
      done.push(entry)
      if (done.length > UNDO_LIMIT) done.shift()
      undone.length = 0
    },
    /** Runs the last entry's undo; returns its label, or null when there is nothing to undo. */
    async undo(): Promise<string | null> {
      if (isBusy) return null
      const entry = done.pop()
      if (!entry) return null
      isBusy = true
      try {
        await entry.undo()
        undone.push(entry)
        return entry.label
      } catch (error) {
        done.push(entry)
        throw error
      } finally {
        isBusy = false
      }
    },
    async redo(): Promise<string | null> {
      if (isBusy) return null
      const entry = undone.pop()
      if (!entry) return null
      isBusy = true
      try {
        await entry.redo()
        done.push(entry)
        return entry.label
      } catch (error) {
        undone.push(entry)
        throw error
      } finally {
        isBusy = false
      }
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0
  }
}

export type UndoStack = ReturnType<typeof createUndoStack>
