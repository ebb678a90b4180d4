/**
 * The loopback host: serves the built renderer and the same handler table over HTTP, for the
 * browser mode, end-to-end tests and scripting. Binds 127.0.0.1 only; every API call needs the
 * per-run token; requests from a foreign Origin or Host are refused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Result } from '../../../src/shared/result'
import { WORKSPACE_CHANGE_CHANNEL, type WorkspaceChange } from '../../../src/shared/workspace-change'
import { releaseMemory } from '../files/release-memory'
import { RENDERER_NOT_BUILT, resolveRendererFile } from '../renderer-files'
import { bodyCollector, jsonTextOf } from './json-body'

export const TOKEN_HEADER = 'x-ka-token'
const MAX_BODY_BYTES = 128 * 1024 * 1024
/** A body this large is an upload (a file in base64): its garbage is collected before it is parsed. */
const LARGE_BODY_BYTES = 4 * 1024 * 1024

/** Sent with every page: the renderer needs nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // AG Grid injects its theme as <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export interface WebHostOptions {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>
  rendererDir: string
  /** The workspace's writes, streamed to every page at `GET /api/events` (server-sent events). */
  onChange?(listener: (change: WorkspaceChange) => void): () => void
  /** 0 picks a free port. */
  port?: number
  token?: string
}

export interface WebHost {
  url: string
  port: number
  token: string
  /** The address to open in a browser: the token travels in the fragment, never to a server log. */
  openUrl: string
  close(): Promise<void>
}

function send(response: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra
  })
  response.end(body)
}

const sendJson = (response: http.ServerResponse, status: number, value: unknown): void =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8')

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url')
  let port = 0
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`]
  const allowedOrigins = (): string[] => allowedHosts().map((host) => `http://${host}`)

  const server = http.createServer((request, response) => {
    // DNS rebinding: a page on another name that resolves here must not reach the API or the app.
    if (!allowedHosts().includes(request.headers.host ?? '')) {
      sendJson(response, 403, { ok: false, error: { code: 'forbidden-host', message: 'Host not allowed' } })
      return
    }
    const origin = request.headers.origin
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      sendJson(response, 403, { ok: false, error: { code: 'forbidden-origin', message: 'Origin not allowed' } })
      return
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'bad-path', message: 'Malformed path' } })
      return
    }
    if (pathname.startsWith('/api/')) {
      handleApi(request, response, pathname.slice('/api/'.length), url.searchParams)
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8')
      return
    }
    serveStatic(pathname, response)
  })

  function handleApi(request: http.IncomingMessage, response: http.ServerResponse, channel: string, query: URLSearchParams): void {
    const isEventStream = channel === 'events' && request.method === 'GET'
    if (request.method !== 'POST' && !isEventStream) {
      sendJson(response, 405, { ok: false, error: { code: 'method', message: 'Use POST with a JSON body' } })
      return
    }
    const authorization = request.headers.authorization
    // EventSource cannot send headers: the event stream alone also takes the token in its query.
    const given =
      (request.headers[TOKEN_HEADER] as string | undefined) ??
      (authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined) ??
      (isEventStream ? (query.get('token') ?? undefined) : undefined)
    if (!sameToken(given, token)) {
      sendJson(response, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token (header x-ka-token)' } })
      return
    }
    if (isEventStream) {
      streamChanges(request, response)
      return
    }
    const announced = Number(request.headers['content-length'])
    const body = bodyCollector(Number.isSafeInteger(announced) && announced <= MAX_BODY_BYTES ? announced : undefined)
    let isTooLarge = false
    request.on('data', (chunk: Buffer) => {
      if (isTooLarge) return
      if (body.size + chunk.length > MAX_BODY_BYTES) {
        isTooLarge = true
        request.destroy()
        return
      }
      body.add(chunk)
    })
    request.on('end', () => {
      if (isTooLarge) return
      let input: unknown
      try {
        // The bytes are let go once read (the request keeps its listeners until it is answered).
        const isLarge = body.size >= LARGE_BODY_BYTES
        const text = jsonTextOf(body.take())
        // An upload's socket chunks and bytes go before the parse adds its own copy of the file.
        if (isLarge) releaseMemory()
        input = text.trim() === '' ? {} : (JSON.parse(text) as unknown)
      } catch {
        sendJson(response, 400, { ok: false, error: { code: 'bad-json', message: 'The request body is not valid JSON' } })
        return
      }
      options
        .dispatch(channel, input)
        .then((result) => sendJson(response, 200, result))
        .catch((error: unknown) => sendJson(response, 500, { ok: false, error: { code: 'internal', message: String(error) } }))
    })
    request.on('close', () => {
      if (isTooLarge && !response.headersSent) sendJson(response, 413, { ok: false, error: { code: 'too-large', message: 'Request too large' } })
    })
  }

  const streams = new Set<http.ServerResponse>()
  /** One event per committed write, until the page goes away; a comment now and then keeps proxies and idle timers from closing it. */
  function streamChanges(request: http.IncomingMessage, response: http.ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive'
    })
    response.write(': connected\n\n')
    streams.add(response)
    const unsubscribe =
      options.onChange?.((change) => response.write(`event: ${WORKSPACE_CHANGE_CHANNEL}\ndata: ${JSON.stringify(change)}\n\n`)) ?? (() => undefined)
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000)
    request.on('close', () => {
      clearInterval(keepAlive)
      unsubscribe()
      streams.delete(response)
    })
  }

  function serveStatic(pathname: string, response: http.ServerResponse): void {
    const target = resolveRendererFile(options.rendererDir, pathname)
    if (!target) {
      send(response, 503, RENDERER_NOT_BUILT, 'text/plain; charset=utf-8')
      return
    }
    // Built assets carry a content hash in their name: let the browser keep them (and V8 its
    // compiled code) so the next start is faster. Everything else is asked for afresh.
    send(response, 200, fs.readFileSync(target.file), target.type, {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-frame-options': 'DENY',
      ...(target.isHashedAsset ? { 'cache-control': 'public, max-age=31536000, immutable' } : {})
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    port,
    token,
    openUrl: `${url}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
