/**
 * The one typed client. In Electron it calls the preload bridge; in the browser mode it POSTs to
 * the loopback host with the per-run token. Either way a failed Result becomes an ApiError.
 */
import { CHANNELS, type Channel } from '../shared/channels'
import type { ChannelInput, ChannelOutput } from '../shared/contract'
import type { KaBridge, MenuCommand } from '../shared/bridge'
import type { AppError, Result } from '../shared/result'
import { isWorkspaceChange, WORKSPACE_CHANGE_CHANNEL, type WorkspaceChange } from '../shared/workspace-change'

declare global {
  interface Window {
    kaBridge?: KaBridge
    /** Answers requested by public/prefetch.js before this bundle ran (each taken once). */
    __kaPrefetch?: Partial<Record<string, Promise<Result<unknown>>>>
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const TOKEN_KEY = 'ka-workbench-token'

/** The browser mode's token arrives in the URL fragment once; keep it for reloads of this tab. */
function browserToken(): string {
  const fromHash = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash)?.[1]
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash)
    history.replaceState(null, '', window.location.pathname + window.location.search)
    return fromHash
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>

function httpInvoke(token: string): Invoke {
  return async (channel, input) => {
    let response: Response
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ka-token': token },
        body: JSON.stringify(input ?? {})
      })
    } catch (error) {
      return { ok: false, error: { code: 'network', message: String(error) } }
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'network', message: `HTTP ${response.status}` } }
    }
  }
}

export const isDesktop = typeof window !== 'undefined' && window.kaBridge !== undefined
const token = isDesktop ? '' : browserToken()
const invoke: Invoke = isDesktop ? (channel, input) => (window.kaBridge as KaBridge).invoke[channel](input) : httpInvoke(token)

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input)
  if (!result.ok) {
    const error: AppError = result.error
    throw new ApiError(error.code, error.message, error.details)
  }
  return result.value as ChannelOutput<C>
}

/**
 * The answer public/prefetch.js already asked for (input `{}`), once; undefined when there is
 * none, so the caller asks itself.
 */
export function takePrefetched<C extends Channel>(channel: C, key: string = channel): Promise<ChannelOutput<C>> | undefined {
  const pending = window.__kaPrefetch?.[key]
  if (!pending) return undefined
  delete window.__kaPrefetch?.[key]
  return pending.then(
    (result) => {
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details)
      return result.value as ChannelOutput<C>
    },
    (error: unknown) => {
      throw new ApiError('network', String(error))
    }
  )
}

type AreaOf<C> = C extends `${infer A}:${string}` ? A : never
type VerbOf<C, A extends string> = C extends `${A}:${infer V}` ? V : never
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S

/** `api.accounts.applyChanges(input)` for channel `accounts:apply-changes`, and so on. */
export type Api = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A> as CamelCase<V>]: (
      input: ChannelInput<`${A}:${V}` & Channel>
    ) => Promise<ChannelOutput<`${A}:${V}` & Channel>>
  }
}

const camel = (verb: string): string => verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

export const api = CHANNELS.reduce<Record<string, Record<string, (input: unknown) => Promise<unknown>>>>((tree, channel) => {
  const [area = '', verb = ''] = channel.split(':')
  tree[area] ??= {}
  ;(tree[area] as Record<string, unknown>)[camel(verb)] = (input: unknown) => call(channel, input as never)
  return tree
}, {}) as unknown as Api

/** Native menu commands (desktop only); returns the unsubscribe. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.kaBridge?.onMenuCommand(listener) ?? (() => undefined)
}

const changeListeners = new Set<(change: WorkspaceChange) => void>()
let changeStream: EventSource | null = null

/**
 * Every write to the workspace, from this window, another one or a script (ids only): over IPC
 * in Electron, over the loopback host's server-sent events in the browser (one stream per page,
 * reconnected by the browser itself). Returns the unsubscribe.
 */
export function onWorkspaceChange(listener: (change: WorkspaceChange) => void): () => void {
  if (isDesktop) return (window.kaBridge as KaBridge).onWorkspaceChange(listener)
  changeListeners.add(listener)
  if (!changeStream && typeof EventSource !== 'undefined') {
    changeStream = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    changeStream.addEventListener(WORKSPACE_CHANGE_CHANNEL, (event) => {
      let change: unknown
      try {
        change = JSON.parse((event as MessageEvent<string>).data)
      } catch {
        return
      }
      if (isWorkspaceChange(change)) changeListeners.forEach((each) => each(change))
    })
  }
  return () => {
    changeListeners.delete(listener)
    if (changeListeners.size === 0) {
      changeStream?.close()
      changeStream = null
    }
  }
}
