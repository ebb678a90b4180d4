import { describe, expect, it } from 'vitest'
import { describeValueSet, doesValuePass, toggleValue, type ValueSetOption } from '../../src/grid/value-set-filter'

// 圈定结论 (screening verdict): 符合 qualified, 待定 pending, 不符合 not qualified.
const verdicts: ValueSetOption[] = [
  { value: 'qualified', label: '符合' },
  { value: 'pending', label: '待定' },
  { value: 'not_qualified', label: '不符合' }
]

describe('the checkbox-list filter of a category column', () => {
  it('ticking only 符合 keeps 符合 rows and drops 不符合 (no text containment)', () => {
    // Start with everything ticked (no filter), untick 待定 and 不符合.
    let model = toggleValue(null, verdicts, 'pending', false)
    model = toggleValue(model, verdicts, 'not_qualified', false)
    expect(model).toEqual({ values: ['qualified'] })
    expect(doesValuePass(model, 'qualified')).toBe(true)
    expect(doesValuePass(model, 'not_qualified')).toBe(false)
    expect(doesValuePass(model, 'pending')).toBe(false)
    expect(describeValueSet(model, verdicts)).toBe('符合')
  })

  it('ticking every value again removes the filter; an empty cell is its own value', () => {
    const model = toggleValue(null, verdicts, 'pending', false)
    expect(toggleValue(model, verdicts, 'pending', true)).toBeNull()
    expect(doesValuePass(null, null)).toBe(true)
    expect(doesValuePass({ values: ['qualified'] }, null)).toBe(false)
    expect(doesValuePass({ values: [''] }, null)).toBe(true)
  })
})
