import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/core/web-host/server'
import { makeAccountRows, writeAccountsCsv } from '../helpers/account-fixtures'
import { freshDataDir, openTestWorkbench, type TestWorkbench } from '../helpers/workbench'

const INDEX_HTML = '<!doctype html><html><head><title>KA 工作台</title></head><body><div id="root"></div></body></html>'
const SECRET = 'secret-outside-the-renderer-folder'

let host: WebHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

interface Setup {
  host: WebHost
  bench: TestWorkbench
  rendererDir: string
}

/** A real workbench behind the host, and a renderer folder with a secret file beside it. */
async function start(): Promise<Setup> {
  const bench = openTestWorkbench()
  const outer = freshDataDir()
  const rendererDir = path.join(outer, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML)
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  fs.writeFileSync(path.join(outer, 'secret.txt'), SECRET)
  host = await startWebHost({ dispatch: bench.workbench.dispatch, onChange: bench.workbench.onChange, rendererDir, port: 0 })
  return { host, bench, rendererDir }
}

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** A raw HTTP request: the path and headers go on the wire exactly as given (no normalisation). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
  address = '127.0.0.1'
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: address, port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') })
        )
        response.on('error', reject)
      }
    )
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${options.path} within 5 s`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (port: number, channel: string, headers: Record<string, string>, body = '{}') =>
  request(port, { method: 'POST', path: `/api/${channel}`, headers: { 'content-type': 'application/json', ...headers }, body })

/** Whether a TCP connection to address:port can be opened within 2 s. */
function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port })
    const done = (isConnected: boolean) => {
      socket.destroy()
      resolve(isConnected)
    }
    socket.setTimeout(2000, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

describe('binding', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { host } = await start()
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`)
    expect(host.port).toBeGreaterThan(0)
    expect(host.openUrl).toBe(`${host.url}/#token=${host.token}`)
    expect(await canConnect('127.0.0.1', host.port)).toBe(true)

    // Every other address of this machine must refuse the connection (none to try on some machines).
    const otherAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((info): info is os.NetworkInterfaceInfo => info !== undefined && !info.internal)
      .map((info) => info.address)
      .filter((address) => !address.toLowerCase().startsWith('fe80:')) // link-local needs a scope id
      .slice(0, 8)
    for (const address of ['::1', ...otherAddresses]) {
      expect(await canConnect(address, host.port), address).toBe(false)
    }
  })
})

describe('the API token', () => {
  it('is required', async () => {
    const { host } = await start()
    const reply = await api(host.port, 'accounts:list', {})
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('must be the right one', async () => {
    const { host } = await start()
    expect((await api(host.port, 'accounts:list', { [TOKEN_HEADER]: 'wrong' })).status).toBe(401)
    // same length, different bytes
    const sameLength = host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    expect((await api(host.port, 'accounts:list', { [TOKEN_HEADER]: sameLength })).status).toBe(401)
    expect((await api(host.port, 'accounts:list', { authorization: `Bearer ${sameLength}` })).status).toBe(401)
    expect((await api(host.port, 'accounts:list', { authorization: host.token })).status).toBe(401)
  })

  it('opens the API in the x-ka-token header', async () => {
    const { host } = await start()
    const reply = await api(host.port, 'accounts:list', { [TOKEN_HEADER]: host.token })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it('opens the API as a bearer token', async () => {
    const { host } = await start()
    const reply = await api(host.port, 'workspace:status', { authorization: `Bearer ${host.token}` })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { isInitialized: false, accountCount: 0 } })
  })

  it('is also needed by fetch clients, and a good call reaches the real workbench', async () => {
    const { host, bench } = await start()
    const response = await fetch(`${host.url}/api/workspace:init`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ kind: 'empty' })
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, value: { isInitialized: true, accountCount: 0 } })
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: true, accountCount: 0 })
  })
})

describe('foreign pages', () => {
  it('are refused by Origin (403) and the handler does not run', async () => {
    const { host, bench } = await start()
    const reply = await api(
      host.port,
      'workspace:init',
      { [TOKEN_HEADER]: host.token, origin: 'http://evil.example' },
      JSON.stringify({ kind: 'demo' })
    )
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } })
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: false, accountCount: 0 })
  })

  it('are refused by Host (DNS rebinding) with 403 and the handler does not run', async () => {
    const { host, bench } = await start()
    const reply = await api(
      host.port,
      'workspace:init',
      { [TOKEN_HEADER]: host.token, host: `evil.example:${host.port}` },
      JSON.stringify({ kind: 'demo' })
    )
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden-host' } })
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: false, accountCount: 0 })

    const page = await request(host.port, { path: '/', headers: { host: `evil.example:${host.port}` } })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain('<div id="root">')
  })

  it('let the app’s own origin through', async () => {
    const { host } = await start()
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const reply = await api(host.port, 'accounts:list', { [TOKEN_HEADER]: host.token, origin })
      expect(reply.status, origin).toBe(200)
    }
    const viaLocalhost = await api(host.port, 'accounts:list', { [TOKEN_HEADER]: host.token, host: `localhost:${host.port}` })
    expect(viaLocalhost.status).toBe(200)
  })
})

describe('request bodies', () => {
  it('answers bad JSON with 400', async () => {
    const { host, bench } = await start()
    const reply = await api(host.port, 'workspace:init', { [TOKEN_HEADER]: host.token }, '{"kind": "demo"')
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-json' } })
    expect(await bench.call('workspace:status', {})).toEqual({ isInitialized: false, accountCount: 0 })
  })

  it('passes schema failures and unknown channels through as failed Results', async () => {
    const { host } = await start()
    const bad = await api(host.port, 'workspace:init', { [TOKEN_HEADER]: host.token }, '{"kind": "everything"}')
    expect(bad.status).toBe(200)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } })
    const unknown = await api(host.port, 'accounts:drop', { [TOKEN_HEADER]: host.token })
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('a large upload with a Chinese file name reaches the handler intact, with or without a Content-Length', async () => {
    const { host } = await start()
    // 2,000 accounts as a UTF-8 CSV: about 400 KB of base64, beyond the size where the host escapes
    // the body's few non-ASCII characters to keep its text one byte per character.
    const dataBase64 = writeAccountsCsv(makeAccountRows(2000, 3), 'utf-8').toString('base64')
    expect(dataBase64.length).toBeGreaterThan(100_000)
    const body = JSON.stringify({ fileName: '客户导入-华东📊.csv', dataBase64 })
    const framings: Record<string, string>[] = [{ 'content-length': String(Buffer.byteLength(body)) }, { 'transfer-encoding': 'chunked' }]
    for (const headers of framings) {
      const reply = await api(host.port, 'accounts:import-preview', { [TOKEN_HEADER]: host.token, ...headers }, body)
      const answer = JSON.parse(reply.body) as { ok: boolean; value: { fileName: string; totalRows: number; validRows: number } }
      expect(answer.ok).toBe(true)
      expect(answer.value).toMatchObject({ fileName: '客户导入-华东📊.csv', totalRows: 2000, validRows: 2000 })
    }
  })

  it('takes the API by POST only', async () => {
    const { host } = await start()
    const reply = await request(host.port, { method: 'GET', path: '/api/accounts:list', headers: { [TOKEN_HEADER]: host.token } })
    expect(reply.status).toBe(405)
  })
})

describe('the renderer', () => {
  it('is served at / with a strict content security policy', async () => {
    const { host } = await start()
    const reply = await request(host.port, { path: '/' })
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(INDEX_HTML)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'")
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves its assets with their type, and index.html for app routes', async () => {
    const { host } = await start()
    const script = await request(host.port, { path: '/assets/app.js' })
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toBe('console.log("app")')
    const route = await request(host.port, { path: '/accounts' })
    expect(route.body).toBe(INDEX_HTML)
  })

  it('never serves a file outside its folder', async () => {
    const { host } = await start()
    const attempts = [
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%5c..%5c..%5cetc%5cpasswd',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2fetc%2fpasswd',
      '//etc/passwd'
    ]
    for (const attempt of attempts) {
      const reply = await request(host.port, { path: attempt })
      expect(reply.body, attempt).not.toContain(SECRET)
      expect(reply.body, attempt).not.toMatch(/root:.*:0:0:/)
    }
  })

  it('answers a page path with a malformed percent-encoding with a client error and keeps serving', async () => {
    // Any web page can make the browser send this (<img src="http://127.0.0.1:17380/%E0%A4%A">).
    const { host } = await start()
    const page = await request(host.port, { path: '/%E0%A4%A' })
    expect(page.status).toBeGreaterThanOrEqual(400)
    expect(page.status).toBeLessThan(500)
    expect((await request(host.port, { path: '/' })).status).toBe(200)
  })
})

describe('an API path with a malformed percent-encoding', () => {
  it('is answered with a client error and the host keeps serving', async () => {
    const { host } = await start()
    const call = await api(host.port, '%E0%A4%A', { [TOKEN_HEADER]: host.token })
    expect(call.status).toBeGreaterThanOrEqual(400)
    expect(call.status).toBeLessThan(500)
    expect((await api(host.port, 'accounts:list', { [TOKEN_HEADER]: host.token })).status).toBe(200)
  })
})

/** Opens the event stream and collects its events until `count` have arrived. */
function readEvents(port: number, path: string, headers: Record<string, string>, count: number): { status: Promise<number>; events: Promise<{ name: string; data: unknown }[]>; close(): void } {
  let resolveStatus: (status: number) => void = () => undefined
  let resolveEvents: (events: { name: string; data: unknown }[]) => void = () => undefined
  const status = new Promise<number>((resolve) => (resolveStatus = resolve))
  const events = new Promise<{ name: string; data: unknown }[]>((resolve) => (resolveEvents = resolve))
  const req = http.request({ host: '127.0.0.1', port, method: 'GET', path, headers, agent: false }, (response) => {
    resolveStatus(response.statusCode ?? 0)
    let text = ''
    const seen: { name: string; data: unknown }[] = []
    response.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      let end: number
      while ((end = text.indexOf('\n\n')) >= 0) {
        const block = text.slice(0, end)
        text = text.slice(end + 2)
        const name = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (name && data) seen.push({ name, data: JSON.parse(data) as unknown })
        if (seen.length >= count) resolveEvents(seen)
      }
    })
    response.on('end', () => resolveEvents(seen))
  })
  req.on('error', () => resolveEvents([]))
  req.end()
  return { status, events, close: () => req.destroy() }
}

describe('workspace change events', () => {
  it('streams each committed write to a page holding the token, in the query or the header', async () => {
    const { host, bench } = await start()
    await bench.call('workspace:init', { kind: 'empty' })
    const byQuery = readEvents(host.port, `/api/events?token=${host.token}`, { origin: host.url }, 2)
    const byHeader = readEvents(host.port, '/api/events', { [TOKEN_HEADER]: host.token }, 2)
    expect(await byQuery.status).toBe(200)
    expect(await byHeader.status).toBe(200)

    // A script (curl) writes through the API: both pages hear of it.
    const created = JSON.parse((await api(host.port, 'accounts:create', { [TOKEN_HEADER]: host.token })).body) as { value: { id: number } }
    await api(host.port, 'accounts:update', { [TOKEN_HEADER]: host.token }, JSON.stringify({ id: created.value.id, patch: { notes: '脚本' } }))
    const expected = [
      { name: 'workspace:change', data: { entity: 'accounts', changed: [], created: [created.value.id], deleted: [] } },
      { name: 'workspace:change', data: { entity: 'accounts', changed: [created.value.id], created: [], deleted: [] } }
    ]
    expect(await byQuery.events).toEqual(expected)
    expect(await byHeader.events).toEqual(expected)
    byQuery.close()
    byHeader.close()
  })

  it('refuses the stream without the token, with a wrong one, or from a foreign origin', async () => {
    const { host } = await start()
    expect((await request(host.port, { path: '/api/events' })).status).toBe(401)
    expect((await request(host.port, { path: '/api/events?token=wrong' })).status).toBe(401)
    expect((await request(host.port, { path: `/api/events?token=${host.token}`, headers: { origin: 'http://evil.example' } })).status).toBe(403)
    // The query token opens the event stream only, never a channel.
    expect((await request(host.port, { method: 'POST', path: `/api/app:info?token=${host.token}` })).status).toBe(401)
  })
})
