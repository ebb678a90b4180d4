import { describe, expect, it } from 'vitest'
import { createRegionLookup, regionNameIn } from '../../src/shared/domain/regions'
import { describeFieldIssue, parseAccountField, type ParseContext } from '../../src/shared/domain/accounts/account-fields'
import { loadDevelopmentZones, loadRegions } from '../../electron/core/regions/regions-service'
import { searchRegions, regionEditorValue } from '../../src/features/accounts/region-entry'

// The real GB/T 2260 list the core ships, as the services and the editor use it.
const regionList = loadRegions()
const regions = createRegionLookup(regionList, loadDevelopmentZones())
const inEnglish: ParseContext = { regions, language: () => 'en-US' }
const parseIn = (context: ParseContext, text: string) => parseAccountField('regionCode', text, context)

describe('one name for a region code in each language', () => {
  it('names the full place from the province down in Chinese and smallest first in English', () => {
    expect(regionNameIn(regions, '440305', 'zh-CN')).toBe('广东省 深圳市 南山区')
    expect(regionNameIn(regions, '440305', 'en-US')).toBe('Nanshan District, Shenzhen, Guangdong')
    expect(regionNameIn(regions, '310115', 'en-US')).toBe('Pudong New Area, Shanghai')
    expect(regionNameIn(regions, '999999', 'en-US')).toBeUndefined()
    expect(regionNameIn(regions, '999999', 'zh-CN')).toBeUndefined()
  })

  it('gives the own name for the group summary (省 / 市), the municipalities’ 市辖区 with its municipality', () => {
    expect(regionNameIn(regions, '440300', 'zh-CN', 'own')).toBe('深圳市')
    expect(regionNameIn(regions, '440300', 'en-US', 'own')).toBe('Shenzhen')
    expect(regionNameIn(regions, '440000', 'en-US', 'own')).toBe('Guangdong')
    // 310100 is the level "市辖区" of 上海: alone it names no place.
    expect(regionNameIn(regions, '310100', 'zh-CN', 'own')).toBe('上海市 市辖区')
    expect(regionNameIn(regions, '310100', 'en-US', 'own')).toBe('Districts, Shanghai')
  })

  it('needs no region list for English (the list may not have arrived), but does for Chinese', () => {
    expect(regionNameIn(null, '440300', 'en-US')).toBe('Shenzhen, Guangdong')
    expect(regionNameIn(null, '440300', 'zh-CN')).toBeUndefined()
  })

  it('names every known region in both languages so that the name resolves back to its code', () => {
    // The one exception: 三明's 三元区 appears under two codes (350403 and 350404) in the list itself.
    const lost: string[] = []
    for (const region of regionList) {
      for (const language of ['zh-CN', 'en-US'] as const) {
        const name = regionNameIn(regions, region.code, language) ?? ''
        const back = regions.resolve(name, language)
        if (!(back.kind === 'found' && back.code === region.code)) lost.push(`${region.code} ${language} ${name} → ${JSON.stringify(back)}`)
      }
    }
    expect(lost.filter((line) => !/^35040[34] /.test(line))).toEqual([])
  })
})

describe('English place names resolve as Chinese ones do (paste, import, API, the editor’s typed text)', () => {
  it('takes an own or a full English name exactly, letter case, spaces and commas aside', () => {
    expect(parseIn(inEnglish, 'Shenzhen')).toEqual({ ok: true, value: '440300' })
    expect(parseIn(inEnglish, 'shenzhen')).toEqual({ ok: true, value: '440300' })
    expect(parseIn(inEnglish, 'Nanshan District, Shenzhen, Guangdong')).toEqual({ ok: true, value: '440305' })
    expect(parseIn(inEnglish, '  nanshan district shenzhen guangdong ')).toEqual({ ok: true, value: '440305' })
    expect(parseIn(inEnglish, 'Guangdong')).toEqual({ ok: true, value: '440000' })
    // Chinese and codes still work in English.
    expect(parseIn(inEnglish, '深圳')).toEqual({ ok: true, value: '440300' })
    expect(parseIn(inEnglish, '440300')).toEqual({ ok: true, value: '440300' })
  })

  it('means the outermost when it contains the others, as 吉林 means 吉林省', () => {
    // Jilin is the province 220000 and its city 220200.
    expect(parseIn(inEnglish, 'Jilin')).toEqual({ ok: true, value: '220000' })
  })

  it('matches nothing partial: a part of a name or a name misspelt is refused', () => {
    expect(parseIn(inEnglish, 'Shenz')).toMatchObject({ ok: false, issue: { code: 'invalidRegion' } })
    expect(parseIn(inEnglish, 'Nanshan')).toMatchObject({ ok: false, issue: { code: 'invalidRegion' } })
    expect(parseIn(inEnglish, 'Shenzen')).toMatchObject({ ok: false, issue: { code: 'invalidRegion' } })
  })

  it('refuses an ambiguous name, listing the candidates in English', () => {
    // Chaoyang District is 朝阳区 in Beijing (110105) and in Changchun (220104), and 潮阳区 in Shantou
    // (440513): pinyin makes one name of two, and none contains the others.
    const parsed = parseIn(inEnglish, 'Chaoyang District')
    expect(parsed).toMatchObject({ ok: false, issue: { code: 'ambiguousRegion' } })
    if (parsed.ok) throw new Error('resolved')
    expect(parsed.issue.params?.candidates).toBe(
      'Chaoyang District, Beijing 110105; Chaoyang District, Changchun, Jilin 220104; Chaoyang District, Shantou, Guangdong 440513'
    )
    expect(describeFieldIssue('en-US', parsed.issue)).toContain('Chaoyang District, Beijing 110105')
    // The same name typed in Chinese lists Chinese candidates.
    const chinese = parseIn({ regions }, '朝阳区')
    expect(chinese.ok ? '' : chinese.issue.params?.candidates).toBe('北京市 朝阳区 110105、吉林省 长春市 朝阳区 220104')
  })
})

describe('the region editor in English', () => {
  it('suggests 深圳市 for "Shenzhen", "shenzhen" and "440300"; Chinese still suggests in English', () => {
    for (const typed of ['Shenzhen', 'shenzhen', '440300', '深圳']) {
      expect(searchRegions(regionList, typed, 'en-US').map((region) => region.code), typed).toContain('440300')
    }
    // "shenzhen" is part of Shenzhen and of its districts' names (Nanshan District, Shenzhen, …): the city first.
    expect(searchRegions(regionList, 'shenzhen', 'en-US')[0]?.code).toBe('440300')
  })

  it('hands the typed English text to the service, which resolves it exactly', () => {
    const typed = 'shenzhen'
    const value = regionEditorValue(typed, searchRegions(regionList, typed, 'en-US'), null)
    expect(value).toBe('shenzhen')
    expect(parseIn(inEnglish, value ?? '')).toEqual({ ok: true, value: '440300' })
  })
})
