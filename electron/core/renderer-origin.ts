/**
 * Where the Electron renderer comes from, and which URLs count as "ours": the navigation guard,
 * the IPC sender check and the CSP header all decide with these functions, so they cannot
 * disagree. Plain Node (no electron import) so it is tested without mocks.
 */
import { CONTENT_SECURITY_POLICY } from './web-host/server'

/** The desktop app's own URL scheme (served by electron/main/app-protocol.ts). */
export const APP_SCHEME = 'ka-workbench'
export const APP_HOST = 'app'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * The Vite dev server in development (`ELECTRON_RENDERER_URL`), otherwise the built renderer
 * folder, which the app scheme serves (see app-protocol.ts).
 */
export type RendererLocation = { rendererUrl: string } | { rendererDir: string }

export function rendererEntryUrl(location: RendererLocation): string {
  if ('rendererUrl' in location) return new URL(location.rendererUrl).href
  return APP_ENTRY_URL
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

const isDevServer = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:'

/**
 * Same scheme and host as the app-scheme entry. Compared field by field: Node's URL gives every
 * non-special scheme the origin 'null', so `.origin` would match a javascript: or data: URL too.
 */
const isSameAppHost = (target: URL, entry: URL): boolean =>
  entry.protocol === `${APP_SCHEME}:` && target.protocol === entry.protocol && target.host === entry.host

/**
 * The app's own document: the same origin as the dev server, or exactly the app scheme's
 * index.html (any hash or query). Another page of the app scheme is not the app.
 */
export function isAppDocumentUrl(candidate: string, entryUrl: string): boolean {
  const target = parse(candidate)
  const entry = parse(entryUrl)
  if (!target || !entry) return false
  if (isDevServer(entry)) return target.origin === entry.origin
  return isSameAppHost(target, entry) && target.pathname === entry.pathname
}

/** Anything the app itself serves: the dev server's origin, or any URL of the app scheme's host. */
export function isAppResourceUrl(candidate: string, entryUrl: string): boolean {
  const target = parse(candidate)
  const entry = parse(entryUrl)
  if (!target || !entry) return false
  if (isDevServer(entry)) return target.origin === entry.origin
  return isSameAppHost(target, entry)
}

/**
 * The policy for the app's pages: the loopback host's strict policy for the built renderer; the
 * Vite dev server additionally needs its inline React-refresh preamble (development only).
 */
export function contentSecurityPolicyFor(entryUrl: string): string {
  const entry = parse(entryUrl)
  if (entry && isDevServer(entry)) return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  return CONTENT_SECURITY_POLICY
}

/** Response headers with our CSP, replacing any the response carried (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [policy]
  return result
}
