import { describe, expect, it } from 'vitest'
import { countVerdicts, DEFAULT_SCREENING_FORMATS, screenAccount as screenWith } from '../../src/shared/domain/accounts/screening'

type ScreeningInput = Parameters<typeof screenWith>[0]

/** The seed's rule on a pharmacy chain 医药连锁, the format it was written for. */
const screenAccount = (input: Omit<ScreeningInput, 'format'> & { format?: ScreeningInput['format'] }) =>
  screenWith({ format: 'pharmacy', ...input }, DEFAULT_SCREENING_FORMATS)

const account = (overrides: Partial<ScreeningInput> = {}): ScreeningInput => ({
  format: 'pharmacy',
  isTopThreeInRegion: true,
  directStores: 25,
  hasStrongHqExecution: true,
  ...overrides
})

describe('screenAccount: each criterion', () => {
  it('reads 区域前三甲 as met, not met or unknown', () => {
    expect(screenAccount(account({ isTopThreeInRegion: true })).topThreeInRegion).toBe('met')
    expect(screenAccount(account({ isTopThreeInRegion: false })).topThreeInRegion).toBe('not_met')
    expect(screenAccount(account({ isTopThreeInRegion: null })).topThreeInRegion).toBe('unknown')
  })

  it('reads 总部执行力强 as met, not met or unknown', () => {
    expect(screenAccount(account({ hasStrongHqExecution: true })).hqExecution).toBe('met')
    expect(screenAccount(account({ hasStrongHqExecution: false })).hqExecution).toBe('not_met')
    expect(screenAccount(account({ hasStrongHqExecution: null })).hqExecution).toBe('unknown')
  })

  it('needs at least 25 direct stores: 24 is not met, 25 is met', () => {
    expect(screenAccount(account({ directStores: 24 })).directStores).toBe('not_met')
    expect(screenAccount(account({ directStores: 25 })).directStores).toBe('met')
    expect(screenAccount(account({ directStores: 6200 })).directStores).toBe('met')
    expect(screenAccount(account({ directStores: 0 })).directStores).toBe('not_met')
  })

  it('does not know the store criterion when the store count is unknown', () => {
    expect(screenAccount(account({ directStores: null })).directStores).toBe('unknown')
  })
})

describe('screenAccount: verdict', () => {
  it('is qualified only when all three criteria are met', () => {
    expect(screenAccount(account())).toEqual({
      topThreeInRegion: 'met',
      directStores: 'met',
      hqExecution: 'met',
      verdict: 'qualified'
    })
  })

  it('is not qualified when any one criterion is not met', () => {
    expect(screenAccount(account({ isTopThreeInRegion: false })).verdict).toBe('not_qualified')
    expect(screenAccount(account({ directStores: 24 })).verdict).toBe('not_qualified')
    expect(screenAccount(account({ hasStrongHqExecution: false })).verdict).toBe('not_qualified')
  })

  it('is not qualified when one criterion is not met even though the others are unknown', () => {
    expect(
      screenAccount({ isTopThreeInRegion: null, directStores: 24, hasStrongHqExecution: null })
    ).toEqual({ topThreeInRegion: 'unknown', directStores: 'not_met', hqExecution: 'unknown', verdict: 'not_qualified' })
    expect(screenAccount({ isTopThreeInRegion: false, directStores: null, hasStrongHqExecution: true }).verdict).toBe(
      'not_qualified'
    )
  })

  it('is pending while something is unknown and nothing is not met', () => {
    expect(screenAccount(account({ hasStrongHqExecution: null })).verdict).toBe('pending')
    expect(screenAccount(account({ directStores: null })).verdict).toBe('pending')
    expect(screenAccount(account({ isTopThreeInRegion: null })).verdict).toBe('pending')
    expect(screenAccount({ isTopThreeInRegion: null, directStores: null, hasStrongHqExecution: null })).toEqual({
      topThreeInRegion: 'unknown',
      directStores: 'unknown',
      hqExecution: 'unknown',
      verdict: 'pending'
    })
  })
})

describe('screenAccount: the formats the rule applies to (a workspace setting)', () => {
  // 家乐福上海 in the demo: a hypermarket, top three, strong HQ, 22 direct stores.
  const carrefourShanghai: ScreeningInput = { format: 'hypermarket', isTopThreeInRegion: true, directStores: 22, hasStrongHqExecution: true }

  it('applies the seed rule to pharmacy chains only by default', () => {
    expect(DEFAULT_SCREENING_FORMATS).toEqual(['pharmacy'])
    expect(screenWith(account(), DEFAULT_SCREENING_FORMATS).verdict).toBe('qualified')
    expect(screenWith(account({ directStores: 24 }), DEFAULT_SCREENING_FORMATS).verdict).toBe('not_qualified')
  })

  it('calls 家乐福上海 不适用, not 不符合, until the user turns the rule on for hypermarkets', () => {
    expect(screenWith(carrefourShanghai, DEFAULT_SCREENING_FORMATS)).toEqual({
      topThreeInRegion: 'met',
      // The criteria stay visible as facts; only the verdict says the rule does not apply.
      directStores: 'not_met',
      hqExecution: 'met',
      verdict: 'not_applicable'
    })
    expect(screenWith(carrefourShanghai, ['pharmacy', 'hypermarket']).verdict).toBe('not_qualified')
  })

  it('gives 不适用 for every format left out, pharmacy chains included when the user turns the rule off', () => {
    for (const format of ['hypermarket', 'supermarket', 'convenience'] as const) {
      expect(screenWith(account({ format }), DEFAULT_SCREENING_FORMATS).verdict).toBe('not_applicable')
    }
    expect(screenWith(account(), []).verdict).toBe('not_applicable')
    expect(screenWith(account({ format: 'convenience' }), ['convenience']).verdict).toBe('qualified')
  })

  it('counts 不适用 apart from 符合 / 待定 / 不符合', () => {
    const screenings = [
      screenWith(account(), DEFAULT_SCREENING_FORMATS),
      screenWith(account({ hasStrongHqExecution: null }), DEFAULT_SCREENING_FORMATS),
      screenWith(carrefourShanghai, DEFAULT_SCREENING_FORMATS),
      screenWith({ ...carrefourShanghai, format: 'supermarket' }, DEFAULT_SCREENING_FORMATS)
    ]
    expect(countVerdicts(screenings)).toEqual({ qualified: 1, pending: 1, not_qualified: 0, not_applicable: 2 })
  })
})
