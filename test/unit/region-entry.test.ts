import { describe, expect, it } from 'vitest'
import type { Region } from '../../src/shared/domain/regions'
import { regionEditorValue, searchRegions } from '../../src/features/accounts/region-entry'

const regions: Region[] = [
  { code: '310000', name: '上海市', fullName: '上海市', level: 'province' },
  { code: '310100', name: '市辖区', fullName: '上海市 市辖区', level: 'city' },
  { code: '310101', name: '黄浦区', fullName: '上海市 市辖区 黄浦区', level: 'county' },
  { code: '110105', name: '朝阳区', fullName: '北京市 市辖区 朝阳区', level: 'county' },
  { code: '220500', name: '通化市', fullName: '吉林省 通化市', level: 'city' },
  { code: '220104', name: '朝阳区', fullName: '吉林省 长春市 朝阳区', level: 'county' }
]

describe('the region cell editor resolves as paste and the API do', () => {
  it('hands the typed text to the service when no suggestion was picked (Enter never takes the first one)', () => {
    // 3101 suggests 310100 and 310101 first; the service reads 3101 as the city 310100 itself.
    expect(searchRegions(regions, '3101').map((region) => region.code)).toEqual(['310100', '310101'])
    expect(regionEditorValue('3101', searchRegions(regions, '3101'), null)).toBe('3101')
    // 朝阳区 is in Beijing and in Changchun: the service must refuse it with both, not store the first.
    expect(regionEditorValue(' 朝阳区 ', searchRegions(regions, '朝阳区'), null)).toBe('朝阳区')
    expect(regionEditorValue('', searchRegions(regions, ''), null)).toBeNull()
  })

  it('takes a suggestion the person moved to with the arrows or clicked', () => {
    const suggestions = searchRegions(regions, '朝阳区')
    expect(regionEditorValue('朝阳区', suggestions, 1)).toBe('220104')
  })
})
