import { describe, expect, it } from 'vitest'
import { createUndoStack, UNDO_LIMIT } from '../../src/grid/undo-stack'

describe('the undo stack', () => {
  it('undoes and redoes in order, and a new action clears the redo list', async () => {
    const stack = createUndoStack()
    let value = 0
    const set = (from: number, to: number, label: string) => ({
      label,
      undo: async () => {
        value = from
      },
      redo: async () => {
        value = to
      }
    })
    value = 1
    stack.push(set(0, 1, 'one'))
    value = 2
    stack.push(set(1, 2, 'two'))
    expect(await stack.undo()).toBe('two')
    expect(value).toBe(1)
    expect(await stack.undo()).toBe('one')
    expect(value).toBe(0)
    expect(await stack.undo()).toBeNull()
    expect(await stack.redo()).toBe('one')
    expect(value).toBe(1)
    stack.push(set(1, 5, 'five'))
    expect(stack.canRedo()).toBe(false)
  })

  it('keeps a failed undo on the stack so it can be tried again', async () => {
    const stack = createUndoStack()
    let attempts = 0
    stack.push({
      label: 'flaky',
      undo: async () => {
        attempts += 1
        if (attempts === 1) throw new Error('offline')
      },
      redo: async () => undefined
    })
    await expect(stack.undo()).rejects.toThrow('offline')
    expect(stack.canUndo()).toBe(true)
    expect(await stack.undo()).toBe('flaky')
  })

  it(`forgets the oldest entries beyond ${UNDO_LIMIT}`, async () => {
    const stack = createUndoStack()
    for (let i = 0; i < UNDO_LIMIT + 5; i++) stack.push({ label: String(i), undo: async () => undefined, redo: async () => undefined })
    let count = 0
    while ((await stack.undo()) !== null) count += 1
    expect(count).toBe(UNDO_LIMIT)
  })
})

describe('Ctrl+Z pressed while an undo is still being stored', () => {
  it('waits for the running undo and then undoes the entry before it (never "nothing to undo")', async () => {
    const stack = createUndoStack()
    // Two edits of one cell: 0 → 1 → 2. The host takes a while to store each undo.
    let value = 2
    let release: () => void = () => undefined
    const slow = (to: number) => () =>
      new Promise<void>((resolve) => {
        release = () => {
          value = to
          resolve()
        }
      })
    stack.push({ label: 'first edit', undo: slow(0), redo: async () => undefined })
    stack.push({ label: 'second edit', undo: slow(1), redo: async () => undefined })
    const firstPress = stack.undo()
    const secondPress = stack.undo()
    expect(stack.isBusy()).toBe(true)
    await Promise.resolve()
    release()
    expect(await firstPress).toBe('second edit')
    expect(value).toBe(1)
    await Promise.resolve()
    release()
    expect(await secondPress).toBe('first edit')
    expect(value).toBe(0)
    expect(stack.isBusy()).toBe(false)
  })
})
