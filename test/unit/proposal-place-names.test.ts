/**
 * Places on the planner in the page's language: the territory picker's search and names, the
 * protection clauses' territory, the conflict sentence (the same on both sides), the readiness
 * checklist and the version diff. In en-US every place is its English name (pinyin as maps write
 * it); zh-CN stays as the GB/T 2260 list writes it.
 */
import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { ProtectionConflictView } from '../../src/shared/contract/proposal'
import type { Region } from '../../src/shared/domain/regions'
import type { ReadinessItem } from '../../src/shared/domain/proposal'
import { translate, type Language } from '../../src/shared/i18n'
import { clauseName, conflictText, proposalNames, readinessText } from '../../src/features/proposal/proposal-text'
import { searchTerritories, territoryLookup, territoryName, territoryText } from '../../src/features/proposal/territory-names'

const tIn = (language: Language) => ((key: string, params?: Record<string, unknown>) => translate(language, key, params)) as unknown as TFunction

/** A slice of the GB/T 2260 list, in its order (provinces before their cities and counties). */
const REGIONS: Region[] = [
  { code: '310000', name: '上海市', fullName: '上海市', level: 'province' },
  { code: '310100', name: '市辖区', fullName: '上海市 市辖区', level: 'city' },
  { code: '310101', name: '黄浦区', fullName: '上海市 市辖区 黄浦区', level: 'county' },
  { code: '310115', name: '浦东新区', fullName: '上海市 浦东新区', level: 'county' },
  { code: '440000', name: '广东省', fullName: '广东省', level: 'province' },
  { code: '440300', name: '深圳市', fullName: '广东省 深圳市', level: 'city' },
  { code: '440305', name: '南山区', fullName: '广东省 深圳市 南山区', level: 'county' }
]
const lookup = territoryLookup(REGIONS)
const accounts = new Map([['7', '深圳万佳']])

const conflict: ProtectionConflictView = {
  key: '1:2',
  clauseId: 1,
  proposalId: 1,
  accountId: 1,
  otherClauseId: 2,
  otherProposalId: 2,
  otherAccountId: 7,
  otherAccountName: '深圳万佳',
  otherProposalName: '2026 进场方案',
  skus: [{ skuId: 38, skuCode: 'SKU-0038', name: '清研草本清新牙膏' }],
  territoryCode: '440305',
  // As the service sends it: the Chinese full name.
  territoryName: '广东省 深圳市 南山区',
  startDate: '2026-06-01',
  endDate: '2026-12-31',
  isResolved: false
}

describe('a clause territory named in the page language', () => {
  it('names the stored significant code in English in en-US, with or without the division list', () => {
    // 31 is 310000 Shanghai; 4403 is 440300 Shenzhen in Guangdong; 440305 is Nanshan District in it.
    expect(territoryText(null, '31', 'en-US')).toBe('Shanghai (31)')
    expect(territoryText(null, '4403', 'en-US')).toBe('Shenzhen, Guangdong (4403)')
    expect(territoryText(lookup, '440305', 'en-US')).toBe('Nanshan District, Shenzhen, Guangdong (440305)')
    expect(territoryName(null, '310115', 'en-US')).toBe('Pudong New Area, Shanghai')
  })

  it('keeps the Chinese full name in zh-CN, and the code alone until the list has arrived', () => {
    expect(territoryText(lookup, '440305', 'zh-CN')).toBe('广东省 深圳市 南山区 (440305)')
    expect(territoryText(lookup, '31', 'zh-CN')).toBe('上海市 (31)')
    expect(territoryText(null, '440305', 'zh-CN')).toBe('440305')
    // A code nobody knows stays a code in both languages.
    expect(territoryText(lookup, '990000', 'en-US')).toBe('990000')
  })
})

describe('the territory picker search', () => {
  const codes = (regions: Region[]) => regions.map((region) => region.code)

  it('finds 上海市 by "Shanghai" in any letter case in en-US, the province first', () => {
    // Every 31… division's English full name ends in "Shanghai"; the province comes first in the list.
    expect(codes(searchTerritories(REGIONS, 'Shanghai', 'en-US'))).toEqual(['310000', '310100', '310101', '310115'])
    expect(codes(searchTerritories(REGIONS, 'pudong', 'en-US'))).toEqual(['310115'])
    expect(codes(searchTerritories(REGIONS, 'nanshan district', 'en-US'))).toEqual(['440305'])
  })

  it('finds by a code prefix and by Chinese in en-US too; Latin letters find nothing in zh-CN', () => {
    expect(codes(searchTerritories(REGIONS, '4403', 'en-US'))).toEqual(['440300', '440305'])
    expect(codes(searchTerritories(REGIONS, '浦东', 'en-US'))).toEqual(['310115'])
    expect(codes(searchTerritories(REGIONS, '浦东', 'zh-CN'))).toEqual(['310115'])
    expect(searchTerritories(REGIONS, 'Shanghai', 'zh-CN')).toEqual([])
  })
})

describe('texts that name a place', () => {
  it('the conflict sentence names the place in English in en-US, although the service sent it in Chinese', () => {
    const text = conflictText(conflict, tIn('en-US'), proposalNames(accounts, null, 'en-US'))
    expect(text).toBe('深圳万佳 (2026 进场方案): Nanshan District, Shenzhen, Guangdong (440305), 清研草本清新牙膏 SKU-0038, 2026-06-01 to 2026-12-31')
    expect(text).not.toMatch(/南山区/)
  })

  it('the conflict sentence in zh-CN is as before, from the list or, before it arrives, from the service', () => {
    const expected = '深圳万佳（2026 进场方案）：广东省 深圳市 南山区 (440305)，清研草本清新牙膏 SKU-0038，2026-06-01 至 2026-12-31'
    expect(conflictText(conflict, tIn('zh-CN'), proposalNames(accounts, lookup, 'zh-CN'))).toBe(expected)
    expect(conflictText(conflict, tIn('zh-CN'), proposalNames(accounts, null, 'zh-CN'))).toBe(expected)
  })

  it('the readiness items name the territory in English in en-US', () => {
    const item: ReadinessItem = {
      code: 'protection_without_conditions',
      severity: 'warning',
      params: { territoryCode: '4403' },
      target: { section: 'protection', itemId: '1' }
    }
    expect(readinessText(item, 'en-US', tIn('en-US'), proposalNames(accounts, null, 'en-US'))).toBe(
      'The exclusive clause for Shenzhen, Guangdong (4403) sets no minimum purchase or sell-through condition'
    )
    const clash: ReadinessItem = {
      code: 'protection_conflict',
      severity: 'blocker',
      params: { clauseId: '1', otherAccountId: '7', territoryCode: '440305', skuCodes: 'SKU-0038', skuNames: '清研草本清新牙膏', startDate: '2026-06-01', endDate: '2026-12-31' },
      target: { section: 'protection', itemId: '1' }
    }
    expect(readinessText(clash, 'en-US', tIn('en-US'), proposalNames(accounts, lookup, 'en-US'))).toBe(
      'Regional protection conflicts with account 深圳万佳: Nanshan District, Shenzhen, Guangdong (440305), SKUs 清研草本清新牙膏, 2026-06-01 to 2026-12-31'
    )
    expect(readinessText(item, 'zh-CN', tIn('zh-CN'), proposalNames(accounts, lookup, 'zh-CN'))).toBe('广东省 深圳市 (4403) 的独家条款没有设置进货额或动销率条件')
  })

  it('the version diff names a clause by its type and its territory in the page language', () => {
    expect(clauseName({ type: 'exclusive', territoryCode: '31' }, tIn('en-US'), proposalNames(accounts, null, 'en-US'))).toBe('Exclusive listing Shanghai (31)')
    expect(clauseName({ type: 'exclusive', territoryCode: '31' }, tIn('zh-CN'), proposalNames(accounts, lookup, 'zh-CN'))).toBe('独家经营 上海市 (31)')
  })
})
