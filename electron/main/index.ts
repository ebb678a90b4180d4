/**
 * The Electron main process: lifecycle only. Everything it serves comes from `openWorkbench`,
 * the same dispatcher the browser mode (`web.ts`) uses; this file binds it to IPC, a window and
 * a menu. Keep it thin: it cannot run on our build machines (no Electron binary there).
 */
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, shell } from 'electron'
import { openWorkbench, type Workbench } from '../core/workbench'
import { resolveDataDir } from '../core/paths'
import { WorkspaceTooNewError } from '../core/db/migrate'
import { bindIpc, broadcastWorkspaceChanges, trustedSenderCheck, type Dispatch } from './ipc'
import { installApplicationMenu, MENU_LABELS } from './menu'
import { createMainWindow } from './window'
import { rendererEntryUrl, type RendererLocation } from '../core/renderer-origin'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../src/shared/bridge'
import { DEFAULT_LANGUAGE, translate, type Language } from '../../src/shared/i18n'

const APP_USER_MODEL_ID = 'com.kaworkbench.desktop'

// `--data-dir` / KA_WORKBENCH_DATA_DIR / the default (which is Electron's own userData folder, so
// the desktop app and `npm run web` open the same workspace). Chromium's profile goes to the same
// folder, which also makes the single-instance lock below one per workspace. Must precede 'ready'.
const dataDir = resolveDataDir(process.argv)
if (path.resolve(app.getPath('userData')) !== dataDir) app.setPath('userData', dataDir)

// The built renderer is served as ka-workbench://app/ (V8 code cache, see app-protocol.ts).
// Chromium fixes scheme privileges at startup: this must run before 'ready'.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

let workbench: Workbench | null = null
let mainWindow: BrowserWindow | null = null

/** Before the workspace is open its language setting is unknown: follow the system. */
function systemLanguage(): Language {
  return app.getLocale().toLowerCase().startsWith('en') ? 'en-US' : DEFAULT_LANGUAGE
}

function showStartupFailure(error: unknown): void {
  const language = systemLanguage()
  const message =
    error instanceof WorkspaceTooNewError
      ? translate(language, 'errors.workspaceNewer', { found: error.found, supported: error.supported })
      : translate(language, 'errors.internal', { message: error instanceof Error ? error.message : String(error) })
  dialog.showErrorBox(translate(language, 'app.title'), message)
}

function rendererLocation(): RendererLocation {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL
  // A packaged app never loads a page named by the environment.
  if (!app.isPackaged && devServerUrl) return { rendererUrl: devServerUrl }
  return { rendererDir: path.join(__dirname, '..', 'renderer') }
}

function isLanguageChange(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { key?: unknown }).key === 'language'
}

function start(): void {
  const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources')
  let opened: Workbench
  try {
    opened = openWorkbench({ dataDir, resourcesDir, mode: 'electron', version: app.getVersion() })
  } catch (error) {
    // A newer workspace file is refused before anything writes to it; quit without touching it.
    showStartupFailure(error)
    app.exit(error instanceof WorkspaceTooNewError ? 2 : 1)
    return
  }
  workbench = opened
  const location = rendererLocation()
  // Before the window opens: its first request goes to this handler.
  if ('rendererDir' in location) protocol.handle(APP_SCHEME, createAppProtocolHandler(location.rendererDir))

  const sendCommand = (command: MenuCommand): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command)
  }
  const showAbout = (): void => {
    const language = opened.context.language()
    const options = {
      type: 'info' as const,
      title: MENU_LABELS[language].about,
      message: translate(language, 'app.title'),
      detail: `${MENU_LABELS[language].version} ${app.getVersion()}\n${translate(language, 'welcome.dataLocation', { path: opened.context.info.databaseFile })}`
    }
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
  }
  const openDataFolder = (): void => {
    void shell.openPath(dataDir).then((failure) => {
      if (failure) dialog.showErrorBox(translate(opened.context.language(), 'app.title'), `${dataDir}\n${failure}`)
    })
  }
  const refreshMenu = (): void =>
    installApplicationMenu({
      language: opened.context.language(),
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: app.getName(),
      sendCommand,
      openDataFolder,
      showAbout
    })

  // The menu follows the workspace language: rebuild it after the page changes the setting.
  const dispatch: Dispatch = async (channel, input) => {
    const result = await opened.dispatch(channel, input)
    if (channel === 'settings:set' && result.ok && isLanguageChange(input)) refreshMenu()
    return result
  }
  bindIpc(ipcMain, dispatch, trustedSenderCheck(rendererEntryUrl(location)))
  broadcastWorkspaceChanges(opened.onChange, () => BrowserWindow.getAllWindows())
  refreshMenu()

  const openWindow = (): void => {
    const { window } = createMainWindow({
      ...location,
      preloadPath: path.join(__dirname, '..', 'preload', 'index.js'),
      allowDevTools: !app.isPackaged,
      title: translate(opened.context.language(), 'app.title'),
      leavePrompt: () => {
        const language = opened.context.language()
        return {
          title: translate(language, 'app.unsavedTitle'),
          message: translate(language, 'app.unsavedMessage'),
          leave: translate(language, 'app.unsavedLeave'),
          stay: translate(language, 'app.unsavedStay')
        }
      }
    })
    mainWindow = window
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
  }
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another instance has this workspace open; it is brought to the front ('second-instance').
  app.quit()
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    // Checkpoints the WAL into the workspace file so it is complete on its own.
    workbench?.close()
    workbench = null
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showStartupFailure(error)
      app.exit(1)
    })
}
