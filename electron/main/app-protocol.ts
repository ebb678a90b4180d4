/**
 * The desktop app's own URL scheme, `ka-workbench://app/`, which serves the built renderer.
 *
 * Why not file://: Chromium never keeps a V8 code cache for file:// scripts, so every launch
 * recompiled the whole bundle. A standard custom scheme with Electron's `codeCache` privilege
 * gets one. Plain Node (no electron import): index.ts registers the scheme and the handler.
 */
import fs from 'node:fs'
import { RENDERER_NOT_BUILT, resolveRendererFile } from '../core/renderer-files'
import { CONTENT_SECURITY_POLICY } from '../core/web-host/server'

import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from '../core/renderer-origin'

// The scheme's names live in core (the IPC sender check and the CSP decide with them too).
export { APP_ENTRY_URL, APP_HOST, APP_SCHEME }

/**
 * Passed to `protocol.registerSchemesAsPrivileged`. Deliberately without `bypassCSP` (the page's
 * policy must apply) and without `corsEnabled` (no other origin may read the app's files).
 */
export const APP_SCHEME_PRIVILEGES = {
  // An origin of its own (ka-workbench://app) like http's: relative URLs resolve, 'self' in the
  // CSP matches, and `codeCache` only works on standard schemes.
  standard: true,
  // A secure context (as file:// was), so the APIs Chromium reserves for secure origins keep working.
  secure: true,
  // Chromium refuses fetch() to schemes without it; the page may fetch its own files as on the web.
  supportFetchAPI: true,
  // The point of the scheme: V8 keeps the compiled bundle between launches.
  codeCache: true
} as const

/** What the handler reads of Electron's request (a global `Request` fits). */
export interface AppProtocolRequest {
  url: string
  method: string
}

export type AppProtocolHandler = (request: AppProtocolRequest) => Promise<Response>

/** Sent with every answer, errors included: our policy, and no type guessing. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff'
}

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } })
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function decodedPathname(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return null
  }
}

/**
 * The `protocol.handle` handler: read-only access to the files of `rendererDir`, under our host
 * only. The path is resolved by `resolveRendererFile`, which never leaves the folder.
 */
export function createAppProtocolHandler(rendererDir: string): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed')
    const url = parse(request.url)
    if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainText(404, 'Not found')
    const pathname = decodedPathname(url)
    if (pathname === null) return plainText(400, 'Malformed path')
    const target = resolveRendererFile(rendererDir, pathname)
    if (!target) return plainText(503, RENDERER_NOT_BUILT)
    const body = request.method === 'HEAD' ? null : await fs.promises.readFile(target.file)
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': target.type } })
  }
}
