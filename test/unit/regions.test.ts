import { describe, expect, it } from 'vitest'
import { createRegionLookup, isDevelopmentZoneCode } from '../../src/shared/domain/regions'
import { describeFieldIssue, parseAccountField, type ParseContext } from '../../src/shared/domain/accounts/account-fields'
import { loadDevelopmentZones, loadRegions } from '../../electron/core/regions/regions-service'

// The real GB/T 2260 list the workbench ships (the core's region list), as the services use it.
const regionList = loadRegions()
const regions = createRegionLookup(regionList, loadDevelopmentZones())
const context: ParseContext = { regions }
const parse = (text: string) => parseAccountField('regionCode', text, context)

describe('the municipalities’ 市辖区 (GB/T 2260 city level of 北京, 天津, 上海, 重庆)', () => {
  it('resolves 110100, 120100, 310100, 500100 and 500200, and their 4-digit forms', () => {
    for (const code of ['110100', '120100', '310100', '500100', '500200']) {
      expect(parse(code), code).toEqual({ ok: true, value: code })
      expect(parse(code.slice(0, 4)), code.slice(0, 4)).toEqual({ ok: true, value: code })
    }
    expect(regions.byCode('310100')).toEqual({ code: '310100', name: '市辖区', fullName: '上海市 市辖区', level: 'city' })
    expect(regions.byCode('500200')?.fullName).toBe('重庆市 县')
  })

  it('keeps a district’s name as people read it (上海市 浦东新区) and the city inside its province', () => {
    expect(regions.byCode('310115')?.fullName).toBe('上海市 浦东新区')
    // The city level lies within the province; the district within the city level.
    expect(parse('上海')).toEqual({ ok: true, value: '310000' })
    expect(parse('北京')).toEqual({ ok: true, value: '110000' })
  })
})

describe('statistical development-zone codes (…71–…79) are not GB/T 2260 divisions', () => {
  it('knows 苏州工业园区 320571 and 兰州新区 620171 as zones, not regions', () => {
    expect(isDevelopmentZoneCode('320571')).toBe(true)
    expect(isDevelopmentZoneCode('320581')).toBe(false)
    expect(regions.byCode('320571')).toBeUndefined()
    expect(regionList.some((region) => isDevelopmentZoneCode(region.code) && region.level === 'county')).toBe(false)
  })

  it('refuses the code or the name with a message that says why and asks for the district, in both languages', () => {
    const byCode = parse('320571')
    expect(byCode).toEqual({
      ok: false,
      issue: { field: 'regionCode', code: 'developmentZoneRegion', params: { value: '320571', name: '江苏省 苏州市 苏州工业园区', code: '320571' } }
    })
    expect(parse('苏州工业园区')).toMatchObject({ ok: false, issue: { code: 'developmentZoneRegion', params: { code: '320571' } } })
    if (byCode.ok) return
    expect(describeFieldIssue('zh-CN', byCode.issue)).toBe(
      '“320571”是开发区的统计用代码（江苏省 苏州市 苏州工业园区 320571），不是 GB/T 2260 行政区划；请填写它所在的区县'
    )
    expect(describeFieldIssue('en-US', byCode.issue)).toBe(
      '“320571” is a statistical development-zone code (江苏省 苏州市 苏州工业园区 320571), not a GB/T 2260 division; enter the district or county it lies in'
    )
  })

  it('finds 兰州 as 兰州市: 兰州新区 no longer makes it ambiguous', () => {
    expect(parse('兰州')).toEqual({ ok: true, value: '620100' })
  })
})

describe('a short name several divisions answer to', () => {
  it('means the outermost when it contains all the others (长沙市 and its 长沙县; 吉林省 and its 吉林市)', () => {
    expect(parse('长沙')).toEqual({ ok: true, value: '430100' })
    expect(parse('吉林')).toEqual({ ok: true, value: '220000' })
    // The full names still pick the inner one.
    expect(parse('长沙县')).toEqual({ ok: true, value: '430121' })
    expect(parse('吉林市')).toEqual({ ok: true, value: '220200' })
  })

  it('lists the candidates otherwise (河北省 or 天津’s 河北区; 朝阳区 in 北京 or 长春)', () => {
    expect(parse('河北')).toEqual({
      ok: false,
      issue: { field: 'regionCode', code: 'ambiguousRegion', params: { value: '河北', candidates: '天津市 河北区 120105、河北省 130000' } }
    })
    expect(parse('朝阳区')).toMatchObject({ ok: false, issue: { code: 'ambiguousRegion' } })
  })
})

describe('the county-level cities a province administers directly (天门, 仙桃, 潜江)', () => {
  it('are 省直辖县级行政区划 in a province, 自治区直辖… only in an autonomous region', () => {
    expect(regions.byCode('429000')?.name).toBe('省直辖县级行政区划')
    expect(regions.byCode('429006')?.fullName).toBe('湖北省 省直辖县级行政区划 天门市')
    expect(regions.byCode('469000')?.name).toBe('省直辖县级行政区划')
    expect(regions.byCode('659000')?.name).toBe('自治区直辖县级行政区划')
    expect(parse('天门')).toEqual({ ok: true, value: '429006' })
  })
})
