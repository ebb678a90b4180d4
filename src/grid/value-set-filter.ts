/**
 * A category column's filter: the values ticked in a checkbox list (AG Grid's Set Filter is
 * Enterprise). Matching is by stored value, never by text containment: ticking 符合 (qualified)
 * must not also match 不符合 (not qualified).
 */
export interface ValueSetModel {
  values: string[]
}

export interface ValueSetOption {
  /** The stored value ('' for an empty cell). */
  value: string
  label: string
}

export function doesValuePass(model: ValueSetModel | null, value: string | null | undefined): boolean {
  if (!model) return true
  return model.values.includes(value ?? '')
}

/** The model after ticking or unticking one value; null (no filter) when every option is ticked again. */
export function toggleValue(model: ValueSetModel | null, options: readonly ValueSetOption[], value: string, isTicked: boolean): ValueSetModel | null {
  const current = new Set(model ? model.values : options.map((option) => option.value))
  if (isTicked) current.add(value)
  else current.delete(value)
  if (options.every((option) => current.has(option.value))) return null
  return { values: options.map((option) => option.value).filter((option) => current.has(option)) }
}

/** The floating filter's text: the ticked labels, joined. */
export function describeValueSet(model: ValueSetModel | null, options: readonly ValueSetOption[]): string {
  if (!model) return ''
  return options
    .filter((option) => model.values.includes(option.value))
    .map((option) => option.label)
    .join(', ')
}
