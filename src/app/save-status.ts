import { useSyncExternalStore } from 'react'

/** The status line's saved state: every write goes through `trackSave`. */
export type SaveState = 'saved' | 'saving' | 'failed'

let pending = 0
let lastFailed = false
const listeners = new Set<() => void>()
const current = (): SaveState => (pending > 0 ? 'saving' : lastFailed ? 'failed' : 'saved')
let snapshot: SaveState = 'saved'
/** "Saving…" shows only for a write that takes a while: a quick edit does not flicker. */
const SHOW_SAVING_AFTER_MS = 150
let savingTimer: ReturnType<typeof setTimeout> | null = null

function notify(): void {
  const next = current()
  if (next === snapshot) return
  snapshot = next
  listeners.forEach((listener) => listener())
}

export async function trackSave<T>(work: Promise<T>): Promise<T> {
  pending += 1
  savingTimer ??= setTimeout(() => {
    savingTimer = null
    notify()
  }, SHOW_SAVING_AFTER_MS)
  try {
    const value = await work
    lastFailed = false
    return value
  } catch (error) {
    // A refusal (bad value, duplicate code…) means the service answered and nothing was lost;
    // only an unreachable or failing service leaves work unsaved.
    const code = (error as { code?: unknown }).code
    lastFailed = code === 'network' || code === 'internal' || code === undefined
    throw error
  } finally {
    pending -= 1
    if (pending === 0 && savingTimer) {
      clearTimeout(savingTimer)
      savingTimer = null
    }
    notify()
  }
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => snapshot
  )
}

/** Other work that closing the window would lose (a cell editor still open, say). */
const unsavedWorkChecks = new Set<() => boolean>()

/** Registers a check for work not yet handed to `trackSave`; returns its removal. */
export function registerUnsavedWork(check: () => boolean): () => void {
  unsavedWorkChecks.add(check)
  return () => {
    unsavedWorkChecks.delete(check)
  }
}

/** Whether closing now would lose something: a write in flight, or work not yet written. */
export function hasUnsavedWork(): boolean {
  return pending > 0 || [...unsavedWorkChecks].some((check) => check())
}

// Closing the window then asks first: the browser's own prompt, or in the desktop app the
// dialog the main process shows on 'will-prevent-unload' (electron/main/window.ts).
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (hasUnsavedWork()) event.preventDefault()
  })
}
