import { describe, expect, it } from 'vitest'
import { describeDeletion } from '../../src/grid/describe-deletion'

describe('what the delete dialog names', () => {
  const rows = [
    { id: 1, name: '华联超市' },
    { id: 2, name: '永辉超市' },
    { id: 3, name: '大润发' },
    { id: 4, name: '老百姓大药房' }
  ]

  it('names the first accounts, says how many more, and which the filter hides', () => {
    // 4 ticked, 2 named, so "and 2 more"; 大润发 (3) is ticked but filtered out of view.
    expect(describeDeletion(rows, new Set([1, 2, 4]), 2)).toEqual({ names: ['华联超市', '永辉超市'], moreCount: 2, hiddenNames: ['大润发'] })
  })

  it('names every account when there are few, and none as hidden when all are shown', () => {
    expect(describeDeletion(rows.slice(0, 1), new Set([1]))).toEqual({ names: ['华联超市'], moreCount: 0, hiddenNames: [] })
  })
})
