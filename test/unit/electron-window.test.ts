/**
 * The window's security settings, driven through a fake BrowserWindow (Electron cannot run
 * here): web preferences, new windows, navigation, permissions and the CSP header.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/web-host/server'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  class FakeEmitter {
    listeners = new Map<string, Listener[]>()
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
      return this
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener)
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args)
    }
  }
  class FakeSession {
    permissionRequestHandler: Listener | null = null
    permissionCheckHandler: Listener | null = null
    headersListener: Listener | null = null
    webRequest = { onHeadersReceived: (listener: Listener) => (this.headersListener = listener) }
    setPermissionRequestHandler(handler: Listener): void {
      this.permissionRequestHandler = handler
    }
    setPermissionCheckHandler(handler: Listener): void {
      this.permissionCheckHandler = handler
    }
  }
  class FakeWebContents extends FakeEmitter {
    session = new FakeSession()
    windowOpenHandler: Listener | null = null
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler
    }
  }
  const created: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends FakeEmitter {
    webContents = new FakeWebContents()
    shown = 0
    loadedUrl: string | null = null
    loadedFile: string | null = null
    constructor(readonly options: Record<string, unknown>) {
      super()
      created.push(this)
    }
    show(): void {
      this.shown++
    }
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url
    }
    async loadFile(file: string): Promise<void> {
      this.loadedFile = file
    }
  }
  return { created, FakeBrowserWindow }
})

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }))

const { createMainWindow, secureWebPreferences, createNavigationGuard, WINDOW_SIZE } = await import('../../electron/main/window')
const { isAppDocumentUrl, isAppResourceUrl, contentSecurityPolicyFor } = await import('../../electron/main/renderer-origin')

const RENDERER_FILE = path.resolve('/opt/ka-workbench/out/renderer/index.html')
const RENDERER_URL = pathToFileURL(RENDERER_FILE).href
const PRELOAD = path.resolve('/opt/ka-workbench/out/preload/index.js')

function openBuiltWindow() {
  createMainWindow({ preloadPath: PRELOAD, rendererFile: RENDERER_FILE })
  const window = fake.created.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

beforeEach(() => {
  fake.created.length = 0
})

describe('main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    const options = openBuiltWindow().options
    const preferences = options.webPreferences as Record<string, unknown>
    expect(preferences).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false
    })
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(options).toMatchObject({ width: 1440, height: 900, minWidth: 1024, minHeight: 640, show: false })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('exposes the same preferences as a pure function, developer tools only when asked', () => {
    expect(secureWebPreferences(PRELOAD)).toEqual(openBuiltWindow().options.webPreferences)
    expect(secureWebPreferences(PRELOAD, { allowDevTools: true }).devTools).toBe(true)
    expect(WINDOW_SIZE).toEqual({ width: 1440, height: 900, minWidth: 1024, minHeight: 640 })
  })

  it('loads the built renderer and shows itself once ready', () => {
    const window = openBuiltWindow()
    expect(window.loadedFile).toBe(RENDERER_FILE)
    expect(window.shown).toBe(0)
    window.emit('ready-to-show')
    expect(window.shown).toBe(1)
  })

  it('denies every new window', () => {
    const handler = openBuiltWindow().webContents.windowOpenHandler
    expect(handler?.({ url: 'https://example.com', frameName: '', features: '' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: RENDERER_URL, frameName: '', features: '' })).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app, allows its own page', () => {
    const contents = openBuiltWindow().webContents
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const foreign = navigationEvent('https://example.com')
      contents.emit(name, foreign, foreign.url)
      expect(foreign.preventDefault, name).toHaveBeenCalled()

      const otherLocalFile = navigationEvent(pathToFileURL(path.resolve('/etc/passwd')).href)
      contents.emit(name, otherLocalFile, otherLocalFile.url)
      expect(otherLocalFile.preventDefault, name).toHaveBeenCalled()

      const own = navigationEvent(`${RENDERER_URL}#/accounts`)
      contents.emit(name, own, own.url)
      expect(own.preventDefault, name).not.toHaveBeenCalled()
    }
  })

  it('refuses to attach a <webview>', () => {
    const event = navigationEvent('about:blank')
    openBuiltWindow().webContents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const session = openBuiltWindow().webContents.session
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      session.permissionRequestHandler?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(session.permissionCheckHandler?.({}, permission, 'file://', {})).toBe(false)
    }
  })

  it('adds the CSP header to the app responses, replacing any other, and leaves foreign responses alone', () => {
    const listener = openBuiltWindow().webContents.session.headersListener
    if (!listener) throw new Error('no onHeadersReceived listener')

    const ownCallback = vi.fn()
    const asset = pathToFileURL(path.resolve('/opt/ka-workbench/out/renderer/assets/index-abc.js')).href
    listener({ url: asset, responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/javascript'] } }, ownCallback)
    expect(ownCallback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'Content-Type': ['text/javascript'] }
    })
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")

    const foreignCallback = vi.fn()
    listener({ url: 'https://example.com/x.js', responseHeaders: {} }, foreignCallback)
    expect(foreignCallback).toHaveBeenCalledWith({})
  })

  it('in development, loads the dev server and allows only its origin', () => {
    createMainWindow({ preloadPath: PRELOAD, rendererUrl: 'http://localhost:5173' })
    const window = fake.created.at(-1)
    expect(window?.loadedUrl).toBe('http://localhost:5173/')
    const own = navigationEvent('http://localhost:5173/#/accounts')
    const otherPort = navigationEvent('http://localhost:5174/')
    window?.webContents.emit('will-navigate', own, own.url)
    window?.webContents.emit('will-navigate', otherPort, otherPort.url)
    expect(own.preventDefault).not.toHaveBeenCalled()
    expect(otherPort.preventDefault).toHaveBeenCalled()
  })
})

describe('what counts as the app', () => {
  it('is exactly the built index.html, with any hash or query', () => {
    expect(isAppDocumentUrl(`${RENDERER_URL}?x=1#/a`, RENDERER_URL)).toBe(true)
    expect(isAppDocumentUrl(pathToFileURL(path.resolve('/opt/ka-workbench/out/renderer/other.html')).href, RENDERER_URL)).toBe(false)
    expect(isAppDocumentUrl('file://evil-host/opt/ka-workbench/out/renderer/index.html', RENDERER_URL)).toBe(false)
    expect(isAppDocumentUrl('javascript:alert(1)', RENDERER_URL)).toBe(false)
    expect(isAppDocumentUrl('not a url', RENDERER_URL)).toBe(false)
  })

  it('treats Windows paths case-insensitively', () => {
    expect(isAppDocumentUrl('file:///c:/Program%20Files/KA/index.html', 'file:///C:/Program%20Files/KA/index.html')).toBe(true)
  })

  it('serves resources only from inside the renderer folder', () => {
    expect(isAppResourceUrl(pathToFileURL(path.resolve('/opt/ka-workbench/out/renderer/assets/a.css')).href, RENDERER_URL)).toBe(true)
    expect(isAppResourceUrl(pathToFileURL(path.resolve('/opt/ka-workbench/out/main/index.js')).href, RENDERER_URL)).toBe(false)
    expect(isAppResourceUrl('file:///opt/ka-workbench/out/renderer/%2E%2E/main/index.js', RENDERER_URL)).toBe(false)
  })

  it('keeps the strict policy for the built app and loosens scripts only for the dev server', () => {
    expect(contentSecurityPolicyFor(RENDERER_URL)).toBe(CONTENT_SECURITY_POLICY)
    expect(contentSecurityPolicyFor('http://localhost:5173/')).toContain("script-src 'self' 'unsafe-inline'")
  })

  it('guards with the event URL even when no legacy URL argument is given', () => {
    const event = navigationEvent('https://example.com')
    createNavigationGuard(RENDERER_URL)(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
