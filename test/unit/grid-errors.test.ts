import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { errorMessage, isStale, isUnreachable, staleCurrentRow } from '../../src/grid/grid-errors'
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

describe('a stale refusal', () => {
  /** What src/lib/api.ts throws when the service refuses a save based on an old row version. */
  const stale = (current: unknown) => Object.assign(new Error('Changed in another window'), { name: 'ApiError', code: 'stale', details: { current } })

  it('hands the grid the current row the service sent, and nothing for other errors', () => {
    expect(staleCurrentRow(stale({ id: 7, directStores: 400, rowVersion: 2 }))).toEqual({ id: 7, directStores: 400, rowVersion: 2 })
    expect(staleCurrentRow(stale(null))).toBeNull()
    expect(staleCurrentRow(Object.assign(new Error('x'), { code: 'validation', details: { current: { id: 7 } } }))).toBeNull()
  })

  it('says what happened in the language of the workspace, and is not retried as unreachable', () => {
    expect(errorMessage(stale(null), inEnglish)).toBe('Changed in another window')
    expect(isStale(stale(null))).toBe(true)
    expect(isUnreachable(stale(null))).toBe(false)
    expect(translate('zh-CN', 'grid.undoStale', { what: '编辑“门店数”' })).toBe('未撤销“编辑“门店数””：之后已在另一个窗口中修改')
    expect(translate('en-US', 'grid.redoStale', { what: 'Edit “Stores”' })).toBe('Not redone: “Edit “Stores”” was changed in another window since')
  })
})
