import { describe, expect, it } from 'vitest'
import {
  ECONOMICS_FIGURE_KEYS,
  ECONOMICS_NULL_REASONS,
  FEE_BASES,
  FIXED_FEE_KINDS,
  PAYMENT_MODES,
  PERCENTAGE_TERM_KINDS,
  REBATE_TIER_MODES,
  TERM_SHEET_ISSUE_CODES,
  TERM_SIDES,
  TERM_WARNING_CODES,
  WARNING_SOURCES,
  WATERFALL_STEP_KEYS
} from '../../src/shared/domain/terms'
import { enUSTerms, zhCNTerms } from '../../src/shared/i18n/terms'

// Every code the module returns must have a text in both languages, or the UI shows a raw key.
const vocabularies: [string, readonly string[]][] = [
  ['sides', TERM_SIDES],
  ['kinds', [...FIXED_FEE_KINDS, ...PERCENTAGE_TERM_KINDS, 'conditionalRebate']],
  ['bases', FEE_BASES],
  ['tierModes', REBATE_TIER_MODES],
  ['paymentModes', PAYMENT_MODES],
  ['paymentModeNames', PAYMENT_MODES],
  ['figures', ECONOMICS_FIGURE_KEYS],
  ['nullReasons', ECONOMICS_NULL_REASONS],
  ['waterfall', WATERFALL_STEP_KEYS],
  ['warnings', TERM_WARNING_CODES],
  ['sources', WARNING_SOURCES],
  ['issues', TERM_SHEET_ISSUE_CODES]
]

describe('terms texts', () => {
  it.each(vocabularies)('has a zh-CN and an en-US text for every %s code', (group, codes) => {
    for (const [language, tree] of [['zh-CN', zhCNTerms], ['en-US', enUSTerms]] as const) {
      const texts = (tree as unknown as Record<string, Record<string, string>>)[group] ?? {}
      const missing = codes.filter((code) => !texts[code]?.trim())
      expect(missing, `${language} ${group}`).toEqual([])
    }
  })

  it('uses the same {{params}} in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const group of ['warnings', 'issues', 'paymentModes'] as const) {
      for (const [key, zh] of Object.entries(zhCNTerms[group])) {
        expect(params((enUSTerms[group] as Record<string, string>)[key] ?? ''), `${group}.${key}`).toEqual(params(zh))
      }
    }
  })
})
