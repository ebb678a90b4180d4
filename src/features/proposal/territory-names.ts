import {
  regionEnglishFullName,
  regionEnglishName,
  regionNameIn,
  significantDivisionCode,
  type PlaceLanguage,
  type Region,
  type RegionLookup
} from '../../shared/domain/regions'

const MAX_MATCHES = 60

/** A lookup over the list the page holds (the renderer has the list, not the core's lookup). */
export function territoryLookup(regions: readonly Region[]): Pick<RegionLookup, 'byCode'> {
  const byCode = new Map(regions.map((region) => [region.code, region]))
  return { byCode: (code) => byCode.get(code) }
}

/**
 * A clause's territory as a person reads it: 上海市 浦东新区 / Pudong New Area, Shanghai. Clauses
 * store the significant code (31, 3101, 310115), the list six digits. English names need no list,
 * Chinese ones do (undefined until it has arrived, or for a code nobody knows).
 */
export function territoryName(regions: Pick<RegionLookup, 'byCode'> | null, code: string, language: PlaceLanguage, form: 'full' | 'own' = 'full'): string | undefined {
  return regionNameIn(regions, code.padEnd(6, '0'), language, form)
}

/** The name with the code as stored beside it, "Shanghai (31)", or the code alone when the name is unknown. */
export function territoryText(regions: Pick<RegionLookup, 'byCode'> | null, code: string, language: PlaceLanguage): string {
  const name = territoryName(regions, code, language)
  return name === undefined ? code : `${name} (${code})`
}

/** The divisions directly under `parentCode` (provinces when null): 31 → 上海's 市辖区, 3101 → its districts. */
export function childTerritories(regions: readonly Region[], parentCode: string | null): Region[] {
  if (parentCode === null) return regions.filter((region) => region.level === 'province')
  const parent = regions.find((region) => region.code === parentCode)
  if (!parent || parent.level === 'county') return []
  const prefix = significantDivisionCode(parent.code)
  const childLevel = parent.level === 'province' ? 'city' : 'county'
  return regions.filter((region) => region.level === childLevel && region.code.startsWith(prefix))
}

const compact = (text: string): string => text.replace(/[\s,，]+/g, '').toLowerCase()

/**
 * Divisions whose code starts with the digits typed, or whose name or full name holds the text
 * (浦东, 上海浦东). In English also any part of the English name, letter case aside (shanghai,
 * Pudong New Area); Chinese keeps working there, as in the accounts' region editor.
 */
export function searchTerritories(regions: readonly Region[], query: string, language: PlaceLanguage = 'zh-CN'): Region[] {
  const text = query.trim().replace(/\s+/g, '')
  if (text === '') return []
  const isCode = /^\d+$/.test(text)
  const english = language === 'en-US' && /[a-z]/i.test(text) ? compact(query) : null
  const found: Region[] = []
  for (const region of regions) {
    const isMatch = isCode
      ? region.code.startsWith(text)
      : english !== null
        ? compact(regionEnglishFullName(region.code) ?? '').includes(english) || compact(regionEnglishName(region.code) ?? '').includes(english)
        : region.name.includes(text) || region.fullName.replace(/\s+/g, '').includes(text)
    if (isMatch) found.push(region)
    if (found.length >= MAX_MATCHES) break
  }
  return found
}

/** The chain from the province down to a division (for the breadcrumb), by its code. */
export function territoryPath(regions: readonly Region[], code: string): Region[] {
  const significant = significantDivisionCode(code)
  const prefixes = [2, 4, 6].filter((length) => length <= significant.length).map((length) => significant.slice(0, length))
  return prefixes.flatMap((prefix) => {
    const region = regions.find((candidate) => significantDivisionCode(candidate.code) === prefix)
    return region ? [region] : []
  })
}
