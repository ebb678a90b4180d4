type Callback = (...args: never[]) => unknown

/**
 * One function per name, of the same identity for good, each calling whatever `latest.current`
 * holds under that name when it is called. For AG Grid's callback props: ag-grid-react compares
 * props by identity and hands every new function to the grid as a changed option (a new
 * getRowClass makes every rendered row recompute its classes), while a handler written inline
 * reads the render's current values. The names are those `latest.current` has at the start.
 */
export function stableProxies<Callbacks extends Record<string, Callback>>(latest: { readonly current: Callbacks }): Callbacks {
  const proxies: Record<string, Callback> = {}
  for (const name of Object.keys(latest.current)) proxies[name] = (...args: never[]) => (latest.current[name] as Callback)(...args)
  return proxies as Callbacks
}
