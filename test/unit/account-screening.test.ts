import { describe, expect, it } from 'vitest'
import { screenAccount } from '../../src/shared/domain/accounts/screening'

type ScreeningInput = Parameters<typeof screenAccount>[0]

const account = (overrides: Partial<ScreeningInput> = {}): ScreeningInput => ({
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
