import type { TFunction } from 'i18next'
import { showToast } from '../components/toast-store'
import { gridUndoStack } from './grid-store'
import { errorMessage } from './grid-errors'

/** Ctrl+Z / Ctrl+Y, the toolbar buttons and the menu command: one step of the grid's stack, reported. */
export async function runGridUndo(gridId: string, direction: 'undo' | 'redo', t: TFunction): Promise<void> {
  const stack = gridUndoStack(gridId)
  try {
    const label = await (direction === 'undo' ? stack.undo() : stack.redo())
    if (label) showToast('info', t(direction === 'undo' ? 'grid.undone' : 'grid.redone', { what: label }))
    else showToast('info', t(direction === 'undo' ? 'grid.nothingToUndo' : 'grid.nothingToRedo'))
  } catch (error) {
    showToast('error', errorMessage(error, t))
  }
}
