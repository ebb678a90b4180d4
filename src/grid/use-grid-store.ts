import { useSyncExternalStore } from 'react'
import type { GridLayout } from '../shared/contract'
import { gridLayout, gridUndoStack, subscribeGridLayouts } from './grid-store'

/** The grid's remembered layout, re-rendering when it changes. */
export function useGridLayout(gridId: string): GridLayout {
  return useSyncExternalStore(subscribeGridLayouts, () => gridLayout(gridId))
}

/** Whether Undo and Redo have something to do, re-rendering when that flips. */
export function useUndoState(gridId: string): { canUndo: boolean; canRedo: boolean } {
  const stack = gridUndoStack(gridId)
  const key = useSyncExternalStore(stack.subscribe, () => `${stack.canUndo() ? 1 : 0}${stack.canRedo() ? 1 : 0}`)
  return { canUndo: key[0] === '1', canRedo: key[1] === '1' }
}
