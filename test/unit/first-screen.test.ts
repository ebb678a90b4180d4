import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIRST_SCREEN_ACCOUNTS } from '../../src/features/accounts/first-screen'

describe('the first screen of accounts', () => {
  it('is the same size in public/prefetch.js (which cannot import the constant) and in the page', () => {
    const prefetch = readFileSync(path.join(__dirname, '..', '..', 'src', 'public', 'prefetch.js'), 'utf8')
    const asked = /\['accounts:first', 'accounts:list', \{ limit: (\d+) \}\]/.exec(prefetch)
    expect(asked, 'prefetch.js asks for the first screen of accounts').not.toBeNull()
    expect(Number(asked?.[1])).toBe(FIRST_SCREEN_ACCOUNTS)
  })
})
