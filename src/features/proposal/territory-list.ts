import { useEffect, useMemo, useState } from 'react'
import type { Region, RegionLookup } from '../../shared/domain/regions'
import { api } from '../../lib/api'
import { territoryLookup } from './territory-names'

let regionsPromise: Promise<Region[]> | null = null

/** The GB/T 2260 list, asked for once per window (it does not change while the app runs). */
export function loadTerritories(): Promise<Region[]> {
  regionsPromise ??= api.regions.list({}).catch((error: unknown) => {
    regionsPromise = null
    throw error
  })
  return regionsPromise
}

/** The division list as a lookup once it has arrived (null before: English names need none, Chinese ones wait for it). */
export function useTerritoryLookup(): Pick<RegionLookup, 'byCode'> | null {
  const [regions, setRegions] = useState<Region[] | null>(null)
  useEffect(() => {
    let isCurrent = true
    void loadTerritories().then((list) => {
      if (isCurrent) setRegions(list)
    })
    return () => {
      isCurrent = false
    }
  }, [])
  return useMemo(() => (regions ? territoryLookup(regions) : null), [regions])
}
