import { describe, expect, it } from 'vitest'
import { translate } from '../../src/shared/i18n'

// 复制 means Copy in Chinese software (Ctrl+C): the button that adds copies of ticked accounts as
// new rows must not read as Copy, or a user presses it to copy cells and gets new accounts.
describe('the duplicate-row button (issue 7 §4)', () => {
  it('is not named Copy in either language, and its hint points to Ctrl+C for copying', () => {
    expect(translate('zh-CN', 'accounts.duplicate')).toBe('新建副本')
    expect(translate('zh-CN', 'accounts.duplicate')).not.toContain('复制')
    expect(translate('en-US', 'accounts.duplicate')).not.toMatch(/copy/i)
    expect(translate('zh-CN', 'accounts.duplicateHint')).toContain('Ctrl+C')
    expect(translate('en-US', 'accounts.duplicateHint')).toContain('Ctrl+C')
  })
})
