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
  | { kind: 'missing' }

export interface RegionLookup {
  byCode(code: string): Region | undefined
  resolve(text: string): RegionResolution
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

export function createRegionLookup(regions: readonly Region[]): RegionLookup {
  const byCode = new Map(regions.map((region) => [region.code, region]))
  // Names are looked up only when text is typed or pasted: built on first use, not at start-up.
  let byName: Map<string, Region[]> | null = null
  const namesIndex = (): Map<string, Region[]> => {
    if (byName) return byName
    const index = new Map<string, Region[]>()
    const remember = (key: string, region: Region): void => {
      const normalized = key.replace(/\s+/g, '')
      const list = index.get(normalized) ?? []
      if (!list.includes(region)) list.push(region)
      index.set(normalized, list)
    }
    for (const region of regions) {
      remember(region.name, region)
      remember(region.fullName, region)
    }
    byName = index
    return index
  }
  return {
    byCode: (code) => byCode.get(code),
    resolve(text) {
      const trimmed = text.trim()
      if (/^\d{2}$|^\d{4}$|^\d{6}$/.test(trimmed)) {
        const code = trimmed.padEnd(6, '0')
        return byCode.has(code) ? { kind: 'found', code } : { kind: 'missing' }
      }
      // "上海市 浦东新区 (310115)" as exported: trust the code in brackets.
      const bracketed = /[(（](\d{6})[)）]\s*$/.exec(trimmed)
      if (bracketed?.[1] && byCode.has(bracketed[1])) return { kind: 'found', code: bracketed[1] }
      const matches = namesIndex().get(trimmed.replace(/\s+/g, '')) ?? []
      if (matches.length === 1 && matches[0]) return { kind: 'found', code: matches[0].code }
      if (matches.length > 1) return { kind: 'ambiguous', candidates: matches.slice(0, 5).map((r) => `${r.fullName} ${r.code}`) }
      return { kind: 'missing' }
    }
  }
}
