import { useSyncExternalStore } from 'react'

export interface Toast {
  id: number
  kind: 'info' | 'success' | 'error'
  text: string
  detail?: string[]
}

let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = (): void => listeners.forEach((listener) => listener())

export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id)
  emit()
}

/** Shows a message at the bottom right; errors stay longer, details are listed under it. */
export function showToast(kind: Toast['kind'], text: string, detail?: string[]): void {
  const toast: Toast = detail && detail.length > 0 ? { id: nextId++, kind, text, detail } : { id: nextId++, kind, text }
  toasts = [...toasts.slice(-3), toast]
  emit()
  setTimeout(() => dismissToast(toast.id), kind === 'error' || detail ? 9000 : 4000)
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => toasts
  )
}
