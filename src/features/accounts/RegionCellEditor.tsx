import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { CustomCellEditorProps } from 'ag-grid-react'
import { regionNameIn, type PlaceLanguage, type Region, type RegionLookup } from '../../shared/domain/regions'
import type { AccountRow } from './account-rows'
import { regionEditorValue, searchRegions } from './region-entry'
import { takeTypedAhead } from '../../grid/typed-ahead'

export interface RegionEditorParams {
  /**
   * The region list and lookup as they are when the editor opens. A function, not the object:
   * AG Grid copies a column's plain-object params when the columns are set, so an object filled
   * after that (the list arrives after the first screen) would stay empty in the grid's copy.
   */
  regions(): { list: readonly Region[]; lookup: RegionLookup | null }
  language: PlaceLanguage
}

/** A popup editor: type a code or a name (the service resolves it), or pick a suggestion with the arrows or the mouse. */
export function RegionCellEditor(props: CustomCellEditorProps<AccountRow, string | null> & RegionEditorParams): React.JSX.Element {
  const { language, onValueChange, stopEditing, eventKey, initialValue } = props
  const regions = props.regions()
  const isTypedStart = !!eventKey && eventKey.length === 1
  // The first key and any typed before this editor could take them.
  const [query, setQuery] = useState(() => (isTypedStart ? eventKey + takeTypedAhead() : (initialValue ?? '')))
  // No suggestion is taken unless the person moves to one: null until then.
  const [picked, setPicked] = useState<number | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const suggestions = useMemo(() => searchRegions(regions.list, query, language), [regions.list, query, language])

  // Focus before the browser paints, so keys typed quickly after the first are not lost.
  useLayoutEffect(() => {
    const input = inputRef.current
    if (!input) return
    input.focus()
    if (isTypedStart) input.setSelectionRange(input.value.length, input.value.length)
    else input.select()
  }, [isTypedStart])

  // Whatever ends the edit (Enter, Tab, a click elsewhere) hands over the same value.
  useEffect(() => onValueChange(regionEditorValue(query, suggestions, picked)), [query, suggestions, picked, onValueChange])

  const choose = (index: number) => {
    setPicked(index)
    onValueChange(regionEditorValue(query, suggestions, index))
    setTimeout(() => stopEditing(), 0)
  }
  const move = (step: number) => setPicked((index) => Math.max(0, Math.min((index ?? -1) + step, suggestions.length - 1)))

  return (
    <div className="region-editor" data-testid="region-editor">
      <input
        ref={inputRef}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setPicked(null)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            move(event.key === 'ArrowDown' ? 1 : -1)
            event.preventDefault()
            event.stopPropagation()
          } else if (event.key === 'Enter') {
            event.preventDefault()
            event.stopPropagation()
            onValueChange(regionEditorValue(query, suggestions, picked))
            setTimeout(() => stopEditing(), 0)
          }
        }}
      />
      <ul className="region-suggestions" role="listbox">
        {suggestions.map((region, index) => (
          <li
            key={region.code}
            role="option"
            aria-selected={index === picked}
            className={index === picked ? 'active' : ''}
            onMouseDown={(event) => {
              event.preventDefault()
              choose(index)
            }}
          >
            <span className="region-code">{region.code}</span>
            <span>{regionNameIn(regions.lookup, region.code, language) ?? region.fullName}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
