import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceLanguage, Region } from '../../shared/domain/regions'
import { Icon } from '../../components/Icon'
import { loadTerritories } from './territory-list'
import { childTerritories, searchTerritories, territoryLookup, territoryName, territoryPath } from './territory-names'

interface TerritoryPickerProps {
  /** The division chosen now (six-digit or significant code), or null. */
  value: string | null
  onChoose(region: Region): void
  testId: string
  /** The language places are named and searched in (English names in en-US, Chinese still found). */
  language: PlaceLanguage
}

/**
 * A map-free territory picker over the real GB/T 2260 list: search by name or code, or browse
 * province → city → county. Any level can be chosen: the seed makes the county the unit for small
 * and mid KA, a national chain may be protected for a whole city or province.
 */
export function TerritoryPicker({ value, onChoose, testId, language }: TerritoryPickerProps): React.JSX.Element {
  const { t } = useTranslation()
  const [regions, setRegions] = useState<Region[] | null>(null)
  const [query, setQuery] = useState('')
  const [parentCode, setParentCode] = useState<string | null>(null)

  useEffect(() => {
    let isCurrent = true
    void loadTerritories().then((list) => {
      if (!isCurrent) return
      setRegions(list)
      // Open where the current territory is, so its neighbours are one click away.
      if (value) {
        const path = territoryPath(list, value)
        const parent = path.length >= 2 ? path[path.length - 2] : undefined
        setParentCode(parent?.code ?? null)
      }
    })
    return () => {
      isCurrent = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const isSearching = query.trim() !== ''
  const shown = useMemo(() => {
    if (!regions) return []
    return isSearching ? searchTerritories(regions, query, language) : childTerritories(regions, parentCode)
  }, [regions, query, parentCode, isSearching, language])
  const lookup = useMemo(() => (regions ? territoryLookup(regions) : null), [regions])
  // Chinese as the list writes it (市辖区 under 上海市 while browsing); English as maps do.
  const nameOf = (region: Region, form: 'full' | 'own') => {
    const chinese = form === 'full' ? region.fullName : region.name
    return language === 'zh-CN' ? chinese : (territoryName(lookup, region.code, language, form) ?? chinese)
  }
  const breadcrumb = regions && parentCode ? territoryPath(regions, parentCode) : []
  const chosen = regions && value ? territoryPath(regions, value).at(-1) : undefined

  return (
    <div className="territory-picker" data-testid={testId}>
      <div className="search-box search-box-small">
        <Icon name="search" size={16} />
        <input
          autoFocus
          type="search"
          value={query}
          placeholder={t('proposal.territory.search')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && isSearching && shown[0]) onChoose(shown[0])
          }}
          data-testid={`${testId}-search`}
        />
      </div>
      {!isSearching && (
        <nav className="territory-breadcrumb" aria-label={t('proposal.territory.label')}>
          <button className="link-button" onClick={() => setParentCode(null)}>
            {t('proposal.territory.all')}
          </button>
          {breadcrumb.map((region) => (
            <span key={region.code}>
              {' › '}
              <button className="link-button" onClick={() => setParentCode(region.code)}>
                {nameOf(region, 'own')}
              </button>
            </span>
          ))}
        </nav>
      )}
      <div className="territory-list" role="listbox" aria-label={t('proposal.territory.label')}>
        {regions === null && <p className="muted">…</p>}
        {regions !== null && shown.length === 0 && <p className="muted">{t('proposal.territory.noMatch')}</p>}
        {shown.map((region) => {
          const hasChildren = region.level !== 'county' && regions !== null && childTerritories(regions, region.code).length > 0
          return (
            <div key={region.code} className="territory-option" role="option" aria-selected={region.code === chosen?.code}>
              <button className="territory-choose" onClick={() => onChoose(region)} data-testid={`territory-${region.code}`}>
                <span className="territory-level">{t(`proposal.territory.level.${region.level}`)}</span>
                <span>{nameOf(region, isSearching ? 'full' : 'own')}</span>
                <span className="muted">{region.code}</span>
              </button>
              {!isSearching && hasChildren && (
                <button className="territory-down" onClick={() => setParentCode(region.code)} title={t('proposal.territory.down')} aria-label={t('proposal.territory.down')}>
                  ›
                </button>
              )}
            </div>
          )
        })}
      </div>
      {chosen && <p className="territory-chosen">{t('proposal.territory.chosen', { name: nameOf(chosen, 'full'), code: chosen.code })}</p>}
    </div>
  )
}
