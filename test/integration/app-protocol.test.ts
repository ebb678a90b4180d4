/**
 * The desktop app's `ka-workbench://` handler, driven with real `Request` objects against a
 * renderer folder on disk (Electron itself cannot run here): what it serves, with which headers,
 * and that no URL reaches a file outside the folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  type AppProtocolHandler
} from '../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../electron/core/web-host/server'
import { freshDataDir } from '../helpers/workbench'

const INDEX_HTML = '<!doctype html><html><head><title>KA 工作台</title></head><body><div id="root"></div></body></html>'
const ASSET_JS = 'console.log("app")'
const SECRET = 'secret-outside-the-renderer-folder'
const MAIN_JS = 'main-process-code-outside-the-renderer-folder'

/** A built renderer folder, with a secret and a main-process file beside it (like out/main). */
function setup(): { handler: AppProtocolHandler; rendererDir: string } {
  const outer = freshDataDir()
  const rendererDir = path.join(outer, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML)
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abcdef12.js'), ASSET_JS)
  fs.mkdirSync(path.join(outer, 'main'))
  fs.writeFileSync(path.join(outer, 'main', 'index.js'), MAIN_JS)
  fs.writeFileSync(path.join(outer, 'secret.txt'), SECRET)
  return { handler: createAppProtocolHandler(rendererDir), rendererDir }
}

const get = (handler: AppProtocolHandler, url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }))

describe('the app scheme', () => {
  it('is registered with the code cache and without CSP bypass or CORS', () => {
    expect(APP_ENTRY_URL).toBe('ka-workbench://app/index.html')
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true })
  })
})

describe('the app scheme handler', () => {
  it('serves index.html as HTML with the strict content security policy', async () => {
    const { handler } = setup()
    const response = await get(handler, APP_ENTRY_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(INDEX_HTML)
  })

  it('serves a built asset as JavaScript, and index.html for the root and app routes', async () => {
    const { handler } = setup()
    const script = await get(handler, 'ka-workbench://app/assets/index-abcdef12.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await script.text()).toBe(ASSET_JS)
    for (const url of ['ka-workbench://app/', 'ka-workbench://app/accounts', `${APP_ENTRY_URL}?x=1#/accounts`]) {
      expect(await (await get(handler, url)).text(), url).toBe(INDEX_HTML)
    }
  })

  it('answers HEAD with the headers and no body', async () => {
    const { handler } = setup()
    const response = await get(handler, 'ka-workbench://app/assets/index-abcdef12.js', 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('')
  })

  it('never serves a file outside the renderer folder', async () => {
    const { handler } = setup()
    const attempts = [
      '/%2E%2E/main/index.js',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/../main/index.js',
      '/../../../../../../etc/passwd',
      '/..%2fmain%2findex.js',
      '/%2e%2e%2fmain%2findex.js',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%5cmain%5cindex.js',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/%00/../secret.txt'
    ]
    for (const attempt of attempts) {
      const response = await get(handler, `ka-workbench://app${attempt}`)
      const body = await response.text()
      expect(body, attempt).not.toContain(SECRET)
      expect(body, attempt).not.toContain(MAIN_JS)
      expect(body, attempt).not.toMatch(/root:.*:0:0:/)
      // What the folder answers instead: the app itself, as for any unknown path.
      expect(body, attempt).toBe(INDEX_HTML)
    }
  })

  it('answers a malformed percent-encoding with 400', async () => {
    const { handler } = setup()
    const response = await get(handler, 'ka-workbench://app/%E0%A4%A')
    expect(response.status).toBe(400)
    expect(await response.text()).not.toContain(INDEX_HTML)
  })

  it('answers another host of the scheme, or another scheme, with 404', async () => {
    const { handler } = setup()
    for (const url of ['ka-workbench://evil/index.html', 'ka-workbench://app:8080/index.html', 'https://app/index.html']) {
      const response = await get(handler, url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain(INDEX_HTML)
    }
  })

  it('refuses every method but GET and HEAD with 405', async () => {
    const { handler } = setup()
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get(handler, APP_ENTRY_URL, method)
      expect(response.status, method).toBe(405)
      expect(await response.text(), method).not.toContain(INDEX_HTML)
    }
  })

  it('answers 503 with a hint when the renderer is not built', async () => {
    const { handler, rendererDir } = setup()
    fs.rmSync(path.join(rendererDir, 'index.html'))
    const response = await get(handler, APP_ENTRY_URL)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('The renderer is not built: run `npm run build` first.')
    // A file that is there is still served; only the fallback is missing.
    expect((await get(handler, 'ka-workbench://app/assets/index-abcdef12.js')).status).toBe(200)
  })
})
