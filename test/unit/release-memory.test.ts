import { describe, expect, it } from 'vitest'
import { releaseMemory } from '../../electron/core/files/release-memory'

describe('releasing memory after a large import step', () => {
  it('collects garbage the process no longer holds, without the --expose-gc flag', () => {
    // About 100 MB of small objects, then dropped: without a collection the heap still counts them.
    let garbage: { index: number; text: string }[] | null = Array.from({ length: 1_000_000 }, (_, index) => ({ index, text: `row ${index}` }))
    const held = process.memoryUsage().heapUsed
    expect(garbage.length).toBe(1_000_000)
    garbage = null
    releaseMemory()
    const after = process.memoryUsage().heapUsed
    expect(held - after).toBeGreaterThan(40_000_000)
  })
})
