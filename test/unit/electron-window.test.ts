/**
 * The window's security settings, driven through a fake BrowserWindow (Electron cannot run
 * here): web preferences, new windows, navigation, permissions and the CSP header.
 */
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/core/web-host/server'

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
  }
  /** The message boxes asked, and the button index the next one answers with. */
  const dialog = {
    asked: [] as { window: unknown; options: Record<string, unknown> }[],
    answer: 0,
    showMessageBoxSync(window: unknown, options: Record<string, unknown>): number {
      dialog.asked.push({ window, options })
      return dialog.answer
    }
  }
  return { created, FakeBrowserWindow, dialog }
})

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, dialog: fake.dialog }))

const { createMainWindow, secureWebPreferences, createNavigationGuard, WINDOW_SIZE } = await import('../../electron/main/window')
const { isAppDocumentUrl, isAppResourceUrl, contentSecurityPolicyFor, rendererEntryUrl } = await import('../../electron/core/renderer-origin')
const { APP_ENTRY_URL } = await import('../../electron/main/app-protocol')

const RENDERER_DIR = path.resolve('/opt/ka-workbench/out/renderer')
const PRELOAD = path.resolve('/opt/ka-workbench/out/preload/index.js')
const LEAVE_PROMPT = { title: '尚未保存', message: '有修改还没有保存', leave: '仍然关闭', stay: '返回' }
const leavePrompt = () => LEAVE_PROMPT

function openBuiltWindow() {
  createMainWindow({ preloadPath: PRELOAD, rendererDir: RENDERER_DIR, leavePrompt })
  const window = fake.created.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

beforeEach(() => {
  fake.created.length = 0
  fake.dialog.asked.length = 0
  fake.dialog.answer = 0
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
      v8CacheOptions: 'bypassHeatCheck',
      devTools: false
    })
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(options).toMatchObject({ width: 1440, height: 900, minWidth: 1024, minHeight: 640, show: false })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('when the page holds its unload (unsaved work), asks in the window; closes only if the user says so', () => {
    const window = openBuiltWindow()
    const stay = { preventDefault: vi.fn() }
    fake.dialog.answer = 0
    window.webContents.emit('will-prevent-unload', stay)
    expect(stay.preventDefault).not.toHaveBeenCalled()
    expect(fake.dialog.asked).toHaveLength(1)
    expect(fake.dialog.asked[0]?.window).toBe(window)
    expect(fake.dialog.asked[0]?.options).toMatchObject({
      type: 'warning',
      title: LEAVE_PROMPT.title,
      message: LEAVE_PROMPT.message,
      buttons: [LEAVE_PROMPT.stay, LEAVE_PROMPT.leave],
      defaultId: 0,
      cancelId: 0
    })

    const leave = { preventDefault: vi.fn() }
    fake.dialog.answer = 1
    window.webContents.emit('will-prevent-unload', leave)
    expect(leave.preventDefault).toHaveBeenCalledOnce()
  })

  it('exposes the same preferences as a pure function, developer tools only when asked', () => {
    expect(secureWebPreferences(PRELOAD)).toEqual(openBuiltWindow().options.webPreferences)
    expect(secureWebPreferences(PRELOAD, { allowDevTools: true }).devTools).toBe(true)
    expect(WINDOW_SIZE).toEqual({ width: 1440, height: 900, minWidth: 1024, minHeight: 640 })
  })

  it('loads the built renderer from the app scheme and shows itself once ready', () => {
    const window = openBuiltWindow()
    expect(APP_ENTRY_URL).toBe('ka-workbench://app/index.html')
    expect(window.loadedUrl).toBe(APP_ENTRY_URL)
    expect(window.shown).toBe(0)
    window.emit('ready-to-show')
    expect(window.shown).toBe(1)
  })

  it('denies every new window', () => {
    const handler = openBuiltWindow().webContents.windowOpenHandler
    expect(handler?.({ url: 'https://example.com', frameName: '', features: '' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: APP_ENTRY_URL, frameName: '', features: '' })).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app, allows its own page', () => {
    const contents = openBuiltWindow().webContents
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const foreign = navigationEvent('https://example.com')
      contents.emit(name, foreign, foreign.url)
      expect(foreign.preventDefault, name).toHaveBeenCalled()

      for (const url of [
        'ka-workbench://app/other.html',
        'ka-workbench://evil/index.html',
        'file:///etc/passwd',
        'file:///opt/ka-workbench/out/renderer/index.html',
        'javascript:alert(1)'
      ]) {
        const refused = navigationEvent(url)
        contents.emit(name, refused, refused.url)
        expect(refused.preventDefault, `${name} ${url}`).toHaveBeenCalled()
      }

      const own = navigationEvent(`${APP_ENTRY_URL}#/accounts`)
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
      expect(session.permissionCheckHandler?.({}, permission, 'ka-workbench://app', {})).toBe(false)
    }
  })

  it('adds the CSP header to the app responses, replacing any other, and leaves foreign responses alone', () => {
    const listener = openBuiltWindow().webContents.session.headersListener
    if (!listener) throw new Error('no onHeadersReceived listener')

    const ownCallback = vi.fn()
    const asset = 'ka-workbench://app/assets/index-abcdef12.js'
    listener({ url: asset, responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/javascript'] } }, ownCallback)
    expect(ownCallback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'Content-Type': ['text/javascript'] }
    })
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")

    for (const url of ['https://example.com/x.js', 'ka-workbench://other/x.js', 'file:///opt/ka-workbench/out/renderer/assets/x.js']) {
      const foreignCallback = vi.fn()
      listener({ url, responseHeaders: {} }, foreignCallback)
      expect(foreignCallback, url).toHaveBeenCalledWith({})
    }
  })

  it('in development, loads the dev server and allows only its origin', () => {
    createMainWindow({ preloadPath: PRELOAD, rendererUrl: 'http://localhost:5173', leavePrompt })
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
  it('is exactly the app scheme\'s index.html, with any hash or query', () => {
    expect(rendererEntryUrl({ rendererDir: RENDERER_DIR })).toBe(APP_ENTRY_URL)
    expect(isAppDocumentUrl(APP_ENTRY_URL, APP_ENTRY_URL)).toBe(true)
    expect(isAppDocumentUrl(`${APP_ENTRY_URL}?x=1#/a`, APP_ENTRY_URL)).toBe(true)
    expect(isAppDocumentUrl('ka-workbench://app/other.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('ka-workbench://app/', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('ka-workbench://evil/index.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('ka-workbench://app:8080/index.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('other-scheme://app/index.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('file:///opt/ka-workbench/out/renderer/index.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('http://app/index.html', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('javascript:alert(1)', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('data:text/html,<p>x</p>', APP_ENTRY_URL)).toBe(false)
    expect(isAppDocumentUrl('not a url', APP_ENTRY_URL)).toBe(false)
  })

  it('serves resources only from the app scheme\'s host', () => {
    expect(isAppResourceUrl('ka-workbench://app/assets/a.css', APP_ENTRY_URL)).toBe(true)
    expect(isAppResourceUrl('ka-workbench://evil/assets/a.css', APP_ENTRY_URL)).toBe(false)
    expect(isAppResourceUrl('file:///opt/ka-workbench/out/renderer/assets/a.css', APP_ENTRY_URL)).toBe(false)
    // Node gives both of these the origin 'null', like the app scheme: they must still not match.
    expect(isAppResourceUrl('javascript:alert(1)', APP_ENTRY_URL)).toBe(false)
    expect(isAppResourceUrl('data:text/javascript,alert(1)', APP_ENTRY_URL)).toBe(false)
  })

  it('keeps the strict policy for the built app and loosens scripts only for the dev server', () => {
    expect(contentSecurityPolicyFor(APP_ENTRY_URL)).toBe(CONTENT_SECURITY_POLICY)
    expect(contentSecurityPolicyFor('http://localhost:5173/')).toContain("script-src 'self' 'unsafe-inline'")
  })

  it('guards with the event URL even when no legacy URL argument is given', () => {
    const event = navigationEvent('https://example.com')
    createNavigationGuard(APP_ENTRY_URL)(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
