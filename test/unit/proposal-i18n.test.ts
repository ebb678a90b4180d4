import { describe, expect, it } from 'vitest'
import {
  DEPARTMENT_VALUE_CODES,
  KEY_FIGURE_CODES,
  PROMOTION_KINDS,
  PROTECTION_CONSEQUENCES,
  READINESS_CODES,
  RETAILER_DEPARTMENTS
} from '../../src/shared/domain/proposal'
import { enUSProposal, zhCNProposal } from '../../src/shared/i18n/proposal'

type Tree = { [key: string]: string | Tree }

const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)))

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort()

describe('proposal texts', () => {
  it('has a Chinese and an English text for every code the module returns', () => {
    for (const texts of [zhCNProposal, enUSProposal]) {
      expect(Object.keys(texts.readiness.code).sort()).toEqual([...READINESS_CODES].sort())
      expect(Object.keys(texts.department.item).sort()).toEqual([...DEPARTMENT_VALUE_CODES].sort())
      expect(Object.keys(texts.department.name).sort()).toEqual([...RETAILER_DEPARTMENTS].sort())
      expect(Object.keys(texts.promotionKind).sort()).toEqual([...PROMOTION_KINDS].sort())
      expect(Object.keys(texts.protectionConsequence).sort()).toEqual([...PROTECTION_CONSEQUENCES].sort())
      expect(Object.keys(texts.keyFigure).sort()).toEqual([...KEY_FIGURE_CODES].sort())
    }
  })

  it('uses the same placeholders in both languages, and no text is empty', () => {
    const english = new Map(leaves(enUSProposal))
    for (const [key, chinese] of leaves(zhCNProposal)) {
      const text = english.get(key)
      expect(text, key).toBeTruthy()
      expect(chinese, key).toBeTruthy()
      expect(placeholders(text ?? ''), key).toEqual(placeholders(chinese))
    }
  })
})
