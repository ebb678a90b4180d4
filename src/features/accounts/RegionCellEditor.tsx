import { useEffect, useMemo, useRef, useState } from 'react'
import type { CustomCellEditorProps } from 'ag-grid-react'
import type { Region } from '../../shared/domain/regions'
import type { AccountRow } from './account-rows'

export interface RegionEditorParams {
  regions: { list: readonly Region[] }
}

const MAX_SUGGESTIONS = 40

/** Finds divisions by code prefix or by any part of the full name (浦东, 上海 浦东, 3101…). */
export function searchRegions(regions: readonly Region[], query: string): Region[] {
  const text = query.trim().replace(/\s+/g, '')
  if (text === '') return regions.filter((region) => region.level === 'province').slice(0, MAX_SUGGESTIONS)
  const isCode = /^\d+$/.test(text)
  const found: Region[] = []
  for (const region of regions) {
    const matches = isCode ? region.code.startsWith(text) : region.fullName.replace(/\s+/g, '').includes(text) || region.name.includes(text)
    if (matches) found.push(region)
    if (found.length >= MAX_SUGGESTIONS) break
  }
  return found
}

/** A popup editor: type a code or a name, pick with the arrows and Enter. */
export function RegionCellEditor(props: CustomCellEditorProps<AccountRow, string | null> & RegionEditorParams): React.JSX.Element {
  const { regions, onValueChange, stopEditing, eventKey, initialValue } = props
  const startText = eventKey && eventKey.length === 1 ? eventKey : (initialValue ?? '')
  const [query, setQuery] = useState(startText)
  const [active, setActive] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const suggestions = useMemo(() => searchRegions(regions.list, query), [regions, query])

  useEffect(() => {
    inputRef.current?.focus()
    if (!(eventKey && eventKey.length === 1)) inputRef.current?.select()
  }, [eventKey])

  // Whatever ends the edit (Enter, Tab, a click elsewhere) takes the highlighted division.
  useEffect(() => {
    const text = query.trim()
    const highlighted = suggestions[active]
    onValueChange(text === '' ? null : highlighted ? highlighted.code : text)
  }, [query, suggestions, active, onValueChange])

  const choose = (region: Region | undefined) => {
    onValueChange(region ? region.code : query.trim() === '' ? null : query.trim())
    setTimeout(() => stopEditing(), 0)
  }

  return (
    <div className="region-editor" data-testid="region-editor">
      <input
        ref={inputRef}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            setActive((index) => Math.min(index + 1, suggestions.length - 1))
            event.preventDefault()
            event.stopPropagation()
          } else if (event.key === 'ArrowUp') {
            setActive((index) => Math.max(index - 1, 0))
            event.preventDefault()
            event.stopPropagation()
          } else if (event.key === 'Enter') {
            event.preventDefault()
            event.stopPropagation()
            choose(query.trim() === '' ? undefined : suggestions[active])
          }
        }}
      />
      <ul className="region-suggestions" role="listbox">
        {suggestions.map((region, index) => (
          <li
            key={region.code}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : ''}
            onMouseDown={(event) => {
              event.preventDefault()
              choose(region)
            }}
          >
            <span className="region-code">{region.code}</span>
            <span>{region.fullName}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
