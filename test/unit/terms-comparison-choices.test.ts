import { describe, expect, it } from 'vitest'
import { chosenAfterChoices } from '../../src/features/comparison/comparison-choices'

/**
 * The comparison's account picker when the year's choices come again (a sheet created in another
 * window): the demo has sheets for accounts 1, 8 and 15 in 2026; account 30 is a new account whose
 * 2026 sheet was just created.
 */
describe('which accounts are compared after the choices change', () => {
  const before = new Set([1, 8, 15])

  it('takes every account with a sheet the first time (and for a new year)', () => {
    expect(chosenAfterChoices({ chosen: null, withSheet: new Set() }, [1, 8, 15], 500)).toEqual([1, 8, 15])
  })

  it('adds a new sheet’s account when every account with a sheet was ticked (the default)', () => {
    expect(chosenAfterChoices({ chosen: [1, 8, 15], withSheet: before }, [1, 8, 15, 30], 500)).toEqual([1, 8, 15, 30])
    // a year that had no sheet yet: nothing ticked was "all" of nothing, so the first sheet joins
    expect(chosenAfterChoices({ chosen: [], withSheet: new Set() }, [30], 500)).toEqual([30])
  })

  it('keeps the user’s own choice: 沃尔玛 and 上海华联 stay the only ones', () => {
    const chosen = [1, 8]
    expect(chosenAfterChoices({ chosen, withSheet: before }, [1, 8, 15, 30], 500)).toBe(chosen)
    const none: number[] = []
    expect(chosenAfterChoices({ chosen: none, withSheet: before }, [1, 8, 15, 30], 500)).toBe(none)
  })

  it('answers the same array when nothing changed, so the comparison is not asked for again', () => {
    const chosen = [1, 8, 15]
    expect(chosenAfterChoices({ chosen, withSheet: before }, [1, 8, 15], 500)).toBe(chosen)
  })

  it('never takes more than the comparison can: with a cap of 3, all-of-three stays three', () => {
    const chosen = [1, 8, 15]
    expect(chosenAfterChoices({ chosen, withSheet: new Set([1, 8, 15, 22]) }, [1, 8, 15, 22, 30], 3)).toBe(chosen)
  })
})
