/**
 * The main process's start-up order, with `electron` mocked (Electron cannot run here): the app
 * scheme is made privileged before 'ready', and its handler exists before the window loads it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../../electron/main/app-protocol'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    /** Every call the test cares about, in order. */
    calls: [] as string[],
    schemes: [] as unknown[],
    handlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    ready: () => {}
  }
  const emitter = () => ({ on: () => undefined, once: () => undefined })
  class FakeBrowserWindow {
    static getAllWindows = (): unknown[] => []
    webContents = {
      ...emitter(),
      setWindowOpenHandler: () => undefined,
      session: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined }
      }
    }
    on = () => undefined
    once = () => undefined
    constructor() {
      state.calls.push('new BrowserWindow')
    }
    async loadURL(url: string): Promise<void> {
      state.calls.push(`loadURL ${url}`)
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      getPath: () => '/nonexistent/electron-user-data',
      setPath: () => undefined,
      getLocale: () => 'zh-CN',
      getVersion: () => '0.0.0-test',
      getAppPath: () => process.cwd(),
      getName: () => 'KA Workbench',
      requestSingleInstanceLock: () => true,
      setAppUserModelId: () => undefined,
      on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
      whenReady: () =>
        new Promise<void>((resolve) => {
          state.ready = resolve
        }),
      quit: () => undefined,
      exit: (code: number) => state.calls.push(`exit ${code}`)
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: (_title: string, message: string) => state.calls.push(`error ${message}`) },
    ipcMain: { handle: () => undefined, removeHandler: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.calls.push('registerSchemesAsPrivileged')
        state.schemes.push(...schemes)
      },
      handle: (scheme: string, handler: Listener) => {
        state.calls.push(`protocol.handle ${scheme}`)
        state.handlers.set(scheme, handler)
      }
    },
    shell: {},
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined }
  }
  return { state, electron }
})

vi.mock('electron', () => fake.electron)

/** Imports index.ts afresh on a new data folder, then lets 'ready' fire and start() run. */
async function startMain(rendererUrl: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-test-'))
  dataDirs.push(dataDir)
  vi.stubEnv('KA_WORKBENCH_DATA_DIR', dataDir)
  vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl)
  vi.resetModules()
  fake.state.calls.length = 0
  fake.state.schemes.length = 0
  fake.state.handlers.clear()
  await import('../../electron/main/index')
  fake.state.calls.push('ready')
  fake.state.ready()
  await vi.waitFor(() => expect(fake.state.calls.some((call) => call.startsWith('loadURL') || call.startsWith('exit'))).toBe(true))
}

const dataDirs: string[] = []
afterEach(() => {
  // 'will-quit' closes the workspace, so its folder can go.
  fake.state.appListeners.get('will-quit')?.()
  vi.unstubAllEnvs()
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('main process start-up', () => {
  it('makes the app scheme privileged before ready, handles it before the window loads it', async () => {
    await startMain('')
    expect(fake.state.schemes).toEqual([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
    expect(fake.state.calls).toEqual([
      'registerSchemesAsPrivileged',
      'ready',
      `protocol.handle ${APP_SCHEME}`,
      'new BrowserWindow',
      `loadURL ${APP_ENTRY_URL}`
    ])
  })

  it('registers a working handler for the renderer folder beside the main bundle', async () => {
    await startMain('')
    const handler = fake.state.handlers.get(APP_SCHEME)
    if (!handler) throw new Error('no app scheme handler')
    // Run from source, index.ts sits in electron/main: the folder beside it (electron/renderer) is never built.
    const response = (await handler(new Request(APP_ENTRY_URL))) as Response
    expect(response.status).toBe(503)
  })

  it('with the dev server, loads it and leaves the app scheme unhandled', async () => {
    await startMain('http://localhost:5173')
    expect(fake.state.calls).toEqual(['registerSchemesAsPrivileged', 'ready', 'new BrowserWindow', 'loadURL http://localhost:5173/'])
  })
})
