/**
 * The one application window and its security settings (Electron security checklist: context
 * isolation, sandbox, no Node, web security, CSP, permission handler, no new windows, no
 * navigation away from the app). The settings are exported pure so tests can pin them.
 */
import { BrowserWindow, dialog, type Session, type WebContents, type WebPreferences } from 'electron'
import {
  contentSecurityPolicyFor,
  isAppDocumentUrl,
  isAppResourceUrl,
  rendererEntryUrl,
  withContentSecurityPolicy,
  type RendererLocation
} from '../core/renderer-origin'

/** The texts of the question asked when the page has unsaved work and the window is closing. */
export interface LeavePrompt {
  title: string
  message: string
  leave: string
  stay: string
}

export type MainWindowOptions = RendererLocation & {
  preloadPath: string
  /** Read when the question is asked, so it follows the workspace language. */
  leavePrompt: () => LeavePrompt
  /** Developer tools only in development builds. */
  allowDevTools?: boolean
  title?: string
}

export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 1024, minHeight: 640 } as const
/** Matches the page background so the window does not flash white before the first paint. */
export const WINDOW_BACKGROUND = '#f5f6f8'

export function secureWebPreferences(preload: string, options: { allowDevTools?: boolean } = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Produce the V8 code cache on a script's first load, not only after repeated loads (Chromium's heat check).
    v8CacheOptions: 'bypassHeatCheck',
    devTools: options.allowDevTools === true
  }
}

interface NavigationEvent {
  url?: string
  preventDefault(): void
}

/**
 * `will-navigate` / `will-redirect` / `will-frame-navigate` listener: anything but the app's own
 * document is cancelled (a dropped file, a link in imported text, a redirect).
 */
export function createNavigationGuard(entryUrl: string): (event: NavigationEvent, legacyUrl?: string) => void {
  return (event, legacyUrl) => {
    const target = event.url ?? legacyUrl ?? ''
    if (!isAppDocumentUrl(target, entryUrl)) event.preventDefault()
  }
}

/** No window.open, no target=_blank: the app has one window and opens nothing outside it. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' })

/** Camera, notifications, clipboard-read, geolocation…: the workbench needs none of them. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Adds the CSP header to every response of the app itself. The dev server sends none; the app
 * scheme's handler already sends the same policy, so for it this is a second line of defence.
 */
export function applyContentSecurityPolicy(session: Pick<Session, 'webRequest'>, entryUrl: string): void {
  const policy = contentSecurityPolicyFor(entryUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppResourceUrl(details.url, entryUrl)) {
      callback({})
      return
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
}

/** Applies every guard to a window's contents; split out so tests can drive it with a fake. */
export function hardenWebContents(contents: WebContents, entryUrl: string): void {
  const guard = createNavigationGuard(entryUrl)
  contents.setWindowOpenHandler(denyWindowOpen)
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  denyAllPermissions(contents.session)
  applyContentSecurityPolicy(contents.session, entryUrl)
}

/**
 * The page cancels its unload (`beforeunload`) while it has unsaved work: a write in flight or a
 * cell still being edited (src/app/save-status.ts). Electron then keeps the window open without a
 * word; this asks the user instead, and closes anyway when `confirmLeave` says so.
 */
export function askBeforeLosingWork(contents: Pick<WebContents, 'on'>, confirmLeave: () => boolean): void {
  contents.on('will-prevent-unload', (event: { preventDefault(): void }) => {
    // preventDefault here overrides the page's cancel: the window closes.
    if (confirmLeave()) event.preventDefault()
  })
}

export function createMainWindow(options: MainWindowOptions): { window: BrowserWindow; entryUrl: string } {
  const entryUrl = rendererEntryUrl(options)
  const window = new BrowserWindow({
    ...WINDOW_SIZE,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: options.title ?? 'KA Workbench',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath, { allowDevTools: options.allowDevTools === true })
  })
  hardenWebContents(window.webContents, entryUrl)
  askBeforeLosingWork(window.webContents, () => {
    const prompt = options.leavePrompt()
    const answer = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: prompt.title,
      message: prompt.message,
      buttons: [prompt.stay, prompt.leave],
      defaultId: 0,
      cancelId: 0,
      noLink: true
    })
    return answer === 1
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(entryUrl)
  return { window, entryUrl }
}
