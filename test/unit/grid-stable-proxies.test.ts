import { describe, expect, it } from 'vitest'
import { stableProxies } from '../../src/grid/stable-proxies'

describe('stableProxies (the grid callbacks AG Grid sees)', () => {
  it('keeps one function per name while calling the latest handler with its arguments', () => {
    // First render: a handler that adds 1; a later render replaces it with one that adds 10.
    const latest = { current: { onValue: (value: number) => value + 1, getRowClass: () => 'row' } }
    const proxies = stableProxies(latest)
    const first = proxies.onValue
    expect(proxies.onValue(5)).toBe(6)
    latest.current = { onValue: (value: number) => value + 10, getRowClass: () => 'row-totals' }
    // Same identity, so the grid is told nothing changed, yet 5 + 10 = 15 is computed now.
    expect(proxies.onValue).toBe(first)
    expect(proxies.onValue(5)).toBe(15)
    expect(proxies.getRowClass()).toBe('row-totals')
  })
})
