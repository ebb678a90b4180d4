/**
 * Where the Electron renderer comes from, and which URLs count as "ours": the navigation guard,
 * the IPC sender check and the CSP header all decide with these functions, so they cannot
 * disagree. Plain Node (no electron import) so it is tested without mocks.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { CONTENT_SECURITY_POLICY } from './web-host/server'

/** The Vite dev server in development (`ELECTRON_RENDERER_URL`), the built `index.html` otherwise. */
export type RendererLocation = { rendererUrl: string } | { rendererFile: string }

export function rendererEntryUrl(location: RendererLocation): string {
  if ('rendererUrl' in location) return new URL(location.rendererUrl).href
  return pathToFileURL(path.resolve(location.rendererFile)).href
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Windows paths in file URLs may differ in drive-letter and path case; the file is the same. */
function comparableFilePath(url: URL): string {
  const decoded = decodeURIComponent(url.pathname)
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded
}

/**
 * The app's own document: the same origin as the dev server, or exactly the built index.html
 * (any hash or query). Another local file is not the app, even next to it.
 */
export function isAppDocumentUrl(candidate: string, entryUrl: string): boolean {
  const target = parse(candidate)
  const entry = parse(entryUrl)
  if (!target || !entry) return false
  if (entry.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === entry.host && comparableFilePath(target) === comparableFilePath(entry)
  }
  return (entry.protocol === 'http:' || entry.protocol === 'https:') && target.origin === entry.origin
}

/** Anything the app itself serves: the dev server's origin, or files inside the renderer folder. */
export function isAppResourceUrl(candidate: string, entryUrl: string): boolean {
  const target = parse(candidate)
  const entry = parse(entryUrl)
  if (!target || !entry) return false
  if (entry.protocol === 'file:') {
    if (target.protocol !== 'file:' || target.host !== entry.host) return false
    const entryPath = comparableFilePath(entry)
    const folder = entryPath.slice(0, entryPath.lastIndexOf('/') + 1)
    const targetPath = comparableFilePath(target)
    return targetPath.startsWith(folder) && !targetPath.split('/').includes('..')
  }
  return target.origin === entry.origin
}

/**
 * The policy for the app's pages: the loopback host's policy for the built renderer; the Vite
 * dev server additionally needs its inline React-refresh preamble (development only).
 */
export function contentSecurityPolicyFor(entryUrl: string): string {
  if (parse(entryUrl)?.protocol === 'file:') return CONTENT_SECURITY_POLICY
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
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
