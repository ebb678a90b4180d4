import { regionEnglishFullName, type PlaceLanguage, type Region } from '../../shared/domain/regions'

const MAX_SUGGESTIONS = 40

const compact = (text: string): string => text.replace(/[\s,，]+/g, '').toLowerCase()

/** Text in Latin letters is searched among the English names as well (in English only). */
const hasLatinLetter = (text: string): boolean => /[a-z]/i.test(text)

/**
 * Finds divisions by code prefix or by any part of the full name (浦东, 上海 浦东, 3101…), as
 * suggestions. In English also by any part of the English name, letter case aside (shenzhen,
 * Nanshan District); Chinese keeps working there.
 */
export function searchRegions(regions: readonly Region[], query: string, language: PlaceLanguage = 'zh-CN'): Region[] {
  const text = query.trim().replace(/\s+/g, '')
  if (text === '') return regions.filter((region) => region.level === 'province').slice(0, MAX_SUGGESTIONS)
  const isCode = /^\d+$/.test(text)
  const english = language === 'en-US' && hasLatinLetter(text) ? compact(query) : null
  const found: Region[] = []
  for (const region of regions) {
    const matches = isCode
      ? region.code.startsWith(text)
      : english !== null
        ? compact(regionEnglishFullName(region.code) ?? '').includes(english)
        : region.fullName.replace(/\s+/g, '').includes(text) || region.name.includes(text)
    if (matches) found.push(region)
    if (found.length >= MAX_SUGGESTIONS) break
  }
  return found
}

/**
 * What the region editor hands the service when the edit ends. A suggestion only when the person
 * picked one (arrows or mouse); otherwise the typed text, which the service resolves exactly as
 * it does for a paste or an import: 3101 is the city 310100, an ambiguous 朝阳区 is refused with
 * its candidates. (Enter used to take the first suggestion: 3101 stored 310101 黄浦区.)
 */
export function regionEditorValue(query: string, suggestions: readonly Region[], pickedIndex: number | null): string | null {
  const picked = pickedIndex === null ? undefined : suggestions[pickedIndex]
  if (picked) return picked.code
  const text = query.trim()
  return text === '' ? null : text
}
