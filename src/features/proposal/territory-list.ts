import type { Region } from '../../shared/domain/regions'
import { significantDivisionCode } from '../../shared/domain/regions'
import { api } from '../../lib/api'

const MAX_MATCHES = 60

let regionsPromise: Promise<Region[]> | null = null

/** The GB/T 2260 list, asked for once per window (it does not change while the app runs). */
export function loadTerritories(): Promise<Region[]> {
  regionsPromise ??= api.regions.list({}).catch((error: unknown) => {
    regionsPromise = null
    throw error
  })
  return regionsPromise
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

/** Divisions whose code starts with the digits typed, or whose name or full name holds the text (浦东, 上海浦东). */
export function searchTerritories(regions: readonly Region[], query: string): Region[] {
  const text = query.trim().replace(/\s+/g, '')
  if (text === '') return []
  const isCode = /^\d+$/.test(text)
  const found: Region[] = []
  for (const region of regions) {
    const isMatch = isCode ? region.code.startsWith(text) : region.name.includes(text) || region.fullName.replace(/\s+/g, '').includes(text)
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
