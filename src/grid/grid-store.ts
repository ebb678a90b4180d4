import type { GridLayout, SavedGridView } from '../shared/contract'
import type { MoneyUnit } from '../shared/domain/money'
import { api } from '../lib/api'
import { createUndoStack, type UndoStack } from './undo-stack'

/**
 * What a grid keeps while its page is not shown: the undo stack and the layout (columns, money
 * unit, saved views), by grid id. Module state, so it lives above every page and survives a page
 * switch; layouts are seeded from the settings once at start and saved back when they change.
 */
interface GridState {
  undoStack: UndoStack
  layout: GridLayout
}

const EMPTY_LAYOUT: GridLayout = { columnState: null, moneyUnit: 'yuan', savedViews: [] }
const grids = new Map<string, GridState>()
const listeners = new Set<() => void>()

export function seedGridLayouts(layouts: Record<string, GridLayout>): void {
  for (const [gridId, layout] of Object.entries(layouts)) {
    const state = grids.get(gridId)
    if (state) state.layout = layout
    else grids.set(gridId, { undoStack: createUndoStack(), layout })
  }
}

function gridState(gridId: string): GridState {
  let state = grids.get(gridId)
  if (!state) {
    state = { undoStack: createUndoStack(), layout: EMPTY_LAYOUT }
    grids.set(gridId, state)
  }
  return state
}

export const gridUndoStack = (gridId: string): UndoStack => gridState(gridId).undoStack
export const gridLayout = (gridId: string): GridLayout => gridState(gridId).layout

const saveTimers = new Map<string, ReturnType<typeof setTimeout>>()
/** Column drags and resizes come in bursts: the setting is written once they settle. */
const SAVE_LAYOUT_AFTER_MS = 400

/**
 * Changes a grid's layout and writes it to the settings: at once for a deliberate choice (a money
 * unit, a saved view), or once a burst of column drags and resizes has settled.
 */
export function updateGridLayout(gridId: string, change: Partial<GridLayout>, when: 'now' | 'settled' = 'settled'): void {
  const state = gridState(gridId)
  state.layout = { ...state.layout, ...change }
  listeners.forEach((listener) => listener())
  clearTimeout(saveTimers.get(gridId))
  const save = () => {
    saveTimers.delete(gridId)
    void api.settings.set({ key: 'gridLayout', gridId, value: gridState(gridId).layout }).catch(() => undefined)
  }
  if (when === 'now') save()
  else saveTimers.set(gridId, setTimeout(save, SAVE_LAYOUT_AFTER_MS))
}

/** Forgets the column layout (the money unit and saved views stay). */
export function resetGridColumns(gridId: string): void {
  updateGridLayout(gridId, { columnState: null }, 'now')
}

export const setGridMoneyUnit = (gridId: string, moneyUnit: MoneyUnit): void => updateGridLayout(gridId, { moneyUnit }, 'now')

export function saveGridView(gridId: string, view: SavedGridView): void {
  const others = gridLayout(gridId).savedViews.filter((saved) => saved.name !== view.name)
  updateGridLayout(gridId, { savedViews: [...others, view].sort((a, b) => a.name.localeCompare(b.name)) }, 'now')
}

export function deleteGridView(gridId: string, name: string): void {
  updateGridLayout(gridId, { savedViews: gridLayout(gridId).savedViews.filter((saved) => saved.name !== name) }, 'now')
}

export function subscribeGridLayouts(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
