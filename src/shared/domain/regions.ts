import englishNames from './region-english-names.json'

/**
 * GB/T 2260 administrative divisions: province (2 significant digits), city (4), county (6),
 * always written as six digits. Containment is a prefix of the significant digits.
 */
export interface Region {
  code: string
  /** The division's own name, e.g. 浦东新区. */
  name: string
  /** Names from the province down, e.g. 上海市 浦东新区. */
  fullName: string
  level: 'province' | 'city' | 'county'
}

export type RegionResolution =
  | { kind: 'found'; code: string }
  | { kind: 'ambiguous'; candidates: string[] }
  /** A statistical development-zone code (…71–…79, 苏州工业园区 320571): no GB/T 2260 division. */
  | { kind: 'developmentZone'; code: string; name: string }
  | { kind: 'missing' }

/**
 * Development zones 开发区/新区 that statistics give a county-like code (the last two digits
 * 71–79) although GB/T 2260 has no such division: known so that typing one says why it is
 * refused and asks for the district it lies in.
 */
export interface DevelopmentZone {
  code: string
  /** Its name with its city, e.g. 江苏省 苏州市 苏州工业园区. */
  fullName: string
}

/** Whether a six-digit code is a statistical development-zone code rather than a county. */
export const isDevelopmentZoneCode = (code: string): boolean => /^\d{4}7[1-9]$/.test(code)

/** The languages a place is named in: Chinese characters, or pinyin as maps write it. */
export type PlaceLanguage = 'zh-CN' | 'en-US'

export interface RegionLookup {
  byCode(code: string): Region | undefined
  /**
   * A code, a Chinese name or an English name (exact, letter case and spaces aside) as one division.
   * `language` only decides how the candidates of an ambiguous name are written.
   */
  resolve(text: string, language?: PlaceLanguage): RegionResolution
}

/** Significant digits of a division code: 310000 → 31, 310100 → 3101, 310115 → 310115. */
export function significantDivisionCode(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2)
  if (code.endsWith('00')) return code.slice(0, 4)
  return code
}

/** Whether division `inner` lies within division `outer` (or is the same). */
export function isWithinDivision(inner: string, outer: string): boolean {
  return inner.startsWith(significantDivisionCode(outer))
}

/** Suffixes people leave out when they write a place: 上海市 → 上海, 广西壮族自治区 → 广西. */
const NAME_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '地区', '新区', '省', '市', '区', '县', '盟', '旗']
  // Longest first, so 浦东新区 loses 新区, not just 区.
  .sort((a, b) => b.length - a.length)

/** A division's name as it is often written: without its 省/市/区/县… suffix (never shorter than 2 characters). */
export function shortDivisionName(name: string): string {
  const suffix = NAME_SUFFIXES.find((candidate) => name.endsWith(candidate) && name.length - candidate.length >= 2)
  return suffix ? name.slice(0, -suffix.length) : name
}

const normalizeName = (text: string): string => text.replace(/\s+/g, '')

/** An English name as compared: "Shenzhen, Guangdong", "shenzhen guangdong" and "SHENZHEN,GUANGDONG" are one. */
const normalizeEnglishName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s,，]+/g, '')

/** Text with no Chinese character in it is looked up among the English names. */
const hasChineseCharacter = (text: string): boolean => /[\u3400-\u9fff]/.test(text)

/**
 * Several divisions answer to one name: when one of them contains all the others (长沙 is 长沙市
 * and its 长沙县; 吉林 is 吉林省 and its 吉林市), the outermost is meant; otherwise nobody can tell
 * (河北省 or 天津's 河北区; 朝阳区 in 北京 or 长春) and the candidates are listed.
 */
function outermost(matches: readonly Region[]): Region | undefined {
  return matches.find((outer) => matches.every((inner) => isWithinDivision(inner.code, outer.code)))
}

export function createRegionLookup(regions: readonly Region[], developmentZones: readonly DevelopmentZone[] = []): RegionLookup {
  const byCode = new Map(regions.map((region) => [region.code, region]))
  const zoneByCode = new Map(developmentZones.map((zone) => [zone.code, zone]))
  const zoneByName = new Map<string, DevelopmentZone>()
  for (const zone of developmentZones) {
    zoneByName.set(normalizeName(zone.fullName), zone)
    zoneByName.set(normalizeName(zone.fullName.split(/\s+/).at(-1) ?? ''), zone)
  }
  const zoneResolution = (zone: DevelopmentZone): RegionResolution => ({ kind: 'developmentZone', code: zone.code, name: zone.fullName })
  // Names are looked up only when text is typed or pasted: built on first use, not at start-up.
  // Full names (上海市 浦东新区) first; the short forms (浦东, 上海浦东) only when no full name matches.
  // English names (Shenzhen; Nanshan District, Shenzhen, Guangdong) are exact only: no short forms.
  let indexes: { exact: Map<string, Region[]>; short: Map<string, Region[]>; english: Map<string, Region[]> } | null = null
  const nameIndexes = () => {
    if (indexes) return indexes
    const exact = new Map<string, Region[]>()
    const short = new Map<string, Region[]>()
    const english = new Map<string, Region[]>()
    const remember = (index: Map<string, Region[]>, normalized: string, region: Region): void => {
      if (normalized === '') return
      const list = index.get(normalized) ?? []
      if (!list.includes(region)) list.push(region)
      index.set(normalized, list)
    }
    for (const region of regions) {
      remember(exact, normalizeName(region.name), region)
      remember(exact, normalizeName(region.fullName), region)
      remember(short, normalizeName(shortDivisionName(region.name)), region)
      remember(short, normalizeName(region.fullName.split(/\s+/).map(shortDivisionName).join('')), region)
      const ownEnglish = regionEnglishName(region.code)
      if (ownEnglish !== undefined && !PLACEHOLDER_CITY_NAMES.has(ownEnglish)) remember(english, normalizeEnglishName(ownEnglish), region)
      remember(english, normalizeEnglishName(regionEnglishFullName(region.code) ?? ''), region)
    }
    indexes = { exact, short, english }
    return indexes
  }
  const lookupByCode = { byCode: (code: string) => byCode.get(code) }
  return {
    byCode: (code) => byCode.get(code),
    resolve(text, language = 'zh-CN') {
      const trimmed = text.trim()
      if (/^\d{2}$|^\d{4}$|^\d{6}$/.test(trimmed)) {
        const code = trimmed.padEnd(6, '0')
        if (byCode.has(code)) return { kind: 'found', code }
        const zone = zoneByCode.get(code)
        return zone ? zoneResolution(zone) : { kind: 'missing' }
      }
      // "上海市 浦东新区 (310115)" as exported: trust the code in brackets.
      const bracketed = /[(（](\d{6})[)）]\s*$/.exec(trimmed)
      if (bracketed?.[1] && byCode.has(bracketed[1])) return { kind: 'found', code: bracketed[1] }
      const { exact, short, english } = nameIndexes()
      const key = normalizeName(trimmed)
      const matches = hasChineseCharacter(trimmed) ? (exact.get(key) ?? short.get(key) ?? []) : (english.get(normalizeEnglishName(trimmed)) ?? [])
      const meant = outermost(matches)
      if (meant) return { kind: 'found', code: meant.code }
      if (matches.length > 1) {
        return { kind: 'ambiguous', candidates: matches.slice(0, 5).map((r) => `${regionNameIn(lookupByCode, r.code, language) ?? r.fullName} ${r.code}`) }
      }
      const zone = zoneByName.get(key)
      return zone ? zoneResolution(zone) : { kind: 'missing' }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// English names (en-US): pinyin as maps write it, generated from the division list by
// test/generators/region-english-names.ts.

const ENGLISH_NAMES: Readonly<Record<string, string>> = englishNames

/** The municipalities' 市辖区 / 县 placeholders: a level of the code, not a place a person names. */
const PLACEHOLDER_CITY_NAMES = new Set(['Districts', 'Counties'])

/** A division's own English name (310101 → Huangpu District, 341500 → Lu'an); undefined for an unknown code. */
export function regionEnglishName(code: string): string | undefined {
  return ENGLISH_NAMES[code]
}

/**
 * A division's English name with the divisions it lies in, smallest first as English addresses
 * run: 440305 → "Nanshan District, Shenzhen, Guangdong", 310101 → "Huangpu District, Shanghai".
 */
export function regionEnglishFullName(code: string): string | undefined {
  const own = ENGLISH_NAMES[code]
  if (own === undefined) return undefined
  const parts = [own]
  const city = `${code.slice(0, 4)}00`
  const province = `${code.slice(0, 2)}0000`
  if (city !== code && province !== city) {
    const cityName = ENGLISH_NAMES[city]
    if (cityName !== undefined && !PLACEHOLDER_CITY_NAMES.has(cityName)) parts.push(cityName)
  }
  if (province !== code) {
    const provinceName = ENGLISH_NAMES[province]
    if (provinceName !== undefined) parts.push(provinceName)
  }
  return parts.join(', ')
}

/**
 * How a place is named wherever it is shown or written (grid, copy, detail panel, editor, group
 * summary, exports): the full name by default, from the province down in Chinese (广东省 深圳市
 * 南山区) and smallest first in English (Nanshan District, Shenzhen, Guangdong); `form: 'own'`
 * gives the division's own name (深圳市 / Shenzhen), except for the municipalities' 市辖区 / 县
 * levels, which are nothing without their municipality (上海市 市辖区 / Districts, Shanghai).
 * Both forms resolve back to the code (RegionLookup.resolve). English names need no lookup (the
 * region list may not have arrived yet); Chinese ones do. Undefined for a code nobody knows.
 */
export function regionNameIn(
  regions: Pick<RegionLookup, 'byCode'> | null,
  code: string,
  language: PlaceLanguage,
  form: 'full' | 'own' = 'full'
): string | undefined {
  const own = language === 'en-US' ? regionEnglishName(code) : undefined
  if (own !== undefined) return form === 'own' && !PLACEHOLDER_CITY_NAMES.has(own) ? own : regionEnglishFullName(code)
  const region = regions?.byCode(code)
  if (!region) return undefined
  return form === 'own' && language === 'zh-CN' && region.name !== '市辖区' && region.name !== '县' ? region.name : region.fullName
}
