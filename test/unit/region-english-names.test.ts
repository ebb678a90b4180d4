import { describe, expect, it } from 'vitest'
import { loadRegions } from '../../electron/core/regions/regions-service'
import { regionEnglishFullName, regionEnglishName } from '../../src/shared/domain/regions'

describe('region names in English (pinyin as maps write them)', () => {
  it('drops 省 and 市, keeps District / County, and names the autonomous regions as they are known', () => {
    expect(regionEnglishName('440000')).toBe('Guangdong') // 广东省
    expect(regionEnglishName('440300')).toBe('Shenzhen') // 深圳市
    expect(regionEnglishName('150000')).toBe('Inner Mongolia') // 内蒙古自治区
    expect(regionEnglishName('650000')).toBe('Xinjiang') // 新疆维吾尔自治区
    expect(regionEnglishName('810000')).toBe('Hong Kong') // 香港特别行政区
    expect(regionEnglishName('820000')).toBe('Macao') // 澳门特别行政区
    expect(regionEnglishName('540000')).toBe('Xizang') // 西藏自治区
    expect(regionEnglishName('610000')).toBe('Shaanxi') // 陕西省, not Shanxi (山西省)
    expect(regionEnglishName('140000')).toBe('Shanxi')
    expect(regionEnglishName('310101')).toBe('Huangpu District') // 黄浦区
    expect(regionEnglishName('310115')).toBe('Pudong New Area') // 浦东新区
    expect(regionEnglishName('222400')).toBe('Yanbian Autonomous Prefecture') // 延边朝鲜族自治州: the people left out
  })

  it('reads the well-known polyphones of place names right', () => {
    expect(regionEnglishName('500000')).toBe('Chongqing') // 重庆, not Zhongqing
    expect(regionEnglishName('430100')).toBe('Changsha') // 长沙, not Zhangsha
    expect(regionEnglishName('350200')).toBe('Xiamen') // 厦门, not Shamen
    expect(regionEnglishName('340300')).toBe('Bengbu') // 蚌埠, not Bangbu
    expect(regionEnglishName('341500')).toBe("Lu'an") // 六安, not Liu'an; the apostrophe parts lu|an
    expect(regionEnglishName('511100')).toBe('Leshan') // 乐山, not Yueshan
    expect(regionEnglishName('220100')).toBe('Changchun') // 长春
  })

  it('gives the full name smallest first, leaving out the municipalities’ 市辖区 level', () => {
    expect(regionEnglishFullName('440305')).toBe('Nanshan District, Shenzhen, Guangdong') // 广东省 深圳市 南山区
    expect(regionEnglishFullName('310101')).toBe('Huangpu District, Shanghai')
    expect(regionEnglishFullName('440300')).toBe('Shenzhen, Guangdong')
    expect(regionEnglishFullName('440000')).toBe('Guangdong')
    expect(regionEnglishFullName('999999')).toBeUndefined()
  })

  it('has an English name in Latin letters for every region code the workbench knows', () => {
    const regions = loadRegions()
    const missing = regions.filter((region) => !/^[A-Z][A-Za-zü' ,-]*$/.test(regionEnglishName(region.code) ?? ''))
    expect(missing.map((region) => `${region.code} ${region.name} → ${regionEnglishName(region.code) ?? '(none)'}`)).toEqual([])
    expect(regions.length).toBeGreaterThan(3000)
  })
})
