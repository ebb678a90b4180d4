import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { errorMessage, isUnreachable } from '../../src/grid/grid-errors'
import { translate } from '../../src/shared/i18n'

const inChinese = ((key: string) => translate('zh-CN', key)) as unknown as TFunction
const inEnglish = ((key: string) => translate('en-US', key)) as unknown as TFunction

/** What src/lib/api.ts throws when the loopback host does not answer. */
function networkError(message: string): Error {
  return Object.assign(new Error(message), { name: 'ApiError', code: 'network' })
}

describe('when the host cannot be reached', () => {
  it('says so in a sentence, not "TypeError: Failed to fetch"', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), inChinese)).toBe('无法连接到工作台，更改尚未保存')
    expect(errorMessage(networkError('TypeError: Failed to fetch'), inEnglish)).toBe('Cannot reach the workbench; the change is not saved yet')
  })

  it('keeps the change for a retry only when the host was unreachable, not when it refused the value', () => {
    expect(isUnreachable(networkError('HTTP 502'))).toBe(true)
    const refused = Object.assign(new Error('“直营门店数”不能为负数'), { code: 'validation' })
    expect(isUnreachable(refused)).toBe(false)
    expect(errorMessage(refused, inChinese)).toBe('“直营门店数”不能为负数')
  })
})
