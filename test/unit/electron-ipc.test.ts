/**
 * The IPC binding: exactly one handler per contract channel, and only the app's own page may
 * call them. Driven with a fake ipcMain; the trusted calls reach the real dispatcher.
 */
import { describe, expect, it, vi } from 'vitest'
import { bindIpc, broadcastWorkspaceChanges, trustedSenderCheck, FORBIDDEN_SENDER, type ChangeReceiver, type Dispatch, type InvokeEvent } from '../../electron/main/ipc'
import { APP_ENTRY_URL } from '../../electron/main/app-protocol'
import { CHANNELS } from '../../src/shared/channels'
import { ok, type Result } from '../../src/shared/result'
import { openTestWorkbench } from '../helpers/workbench'

// Nothing here may load the real module (Electron 42 downloads its binary on require).
vi.mock('electron', () => ({ ipcMain: {} }))

type Handler = (event: InvokeEvent, input: unknown) => Promise<Result<unknown>>

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    handle(channel: string, listener: Handler): void {
      // Like Electron: a second handler for the same channel is an error.
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, listener)
    },
    removeHandler(channel: string): void {
      handlers.delete(channel)
    }
  }
}

const isTrusted = trustedSenderCheck(APP_ENTRY_URL)
const fromApp: InvokeEvent = { senderFrame: { url: `${APP_ENTRY_URL}#/accounts`, parent: null } as InvokeEvent['senderFrame'] }
const fromFrame = (url: string, parent: unknown = null): InvokeEvent => ({ senderFrame: { url, parent } as InvokeEvent['senderFrame'] })

function call(ipcMain: ReturnType<typeof fakeIpcMain>, channel: string, event: InvokeEvent, input: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, input)
}

describe('bindIpc', () => {
  it('registers exactly the contract channels, no more, no less', () => {
    const ipcMain = fakeIpcMain()
    bindIpc(ipcMain, vi.fn<Dispatch>(), isTrusted)
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    expect(ipcMain.handlers.size).toBe(CHANNELS.length)
  })

  it('removes every handler again when unbound', () => {
    const ipcMain = fakeIpcMain()
    const unbind = bindIpc(ipcMain, vi.fn<Dispatch>(), isTrusted)
    unbind()
    expect(ipcMain.handlers.size).toBe(0)
  })

  it('refuses a foreign page, an iframe and a vanished frame without reaching dispatch', async () => {
    const ipcMain = fakeIpcMain()
    const dispatch = vi.fn<Dispatch>(async () => ok('should not be reached'))
    bindIpc(ipcMain, dispatch, isTrusted)
    const untrusted: InvokeEvent[] = [
      fromFrame('https://example.com/'),
      fromFrame('file:///tmp/downloaded.html'),
      fromFrame('ka-workbench://app/other.html'),
      fromFrame('ka-workbench://evil/index.html'),
      fromFrame(APP_ENTRY_URL, { url: APP_ENTRY_URL }),
      { senderFrame: null }
    ]
    for (const event of untrusted) {
      const result = await call(ipcMain, 'accounts:delete', event, { ids: [1] })
      expect(result).toMatchObject({ ok: false, error: { code: FORBIDDEN_SENDER } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('passes a call from the app page to dispatch with its channel and input', async () => {
    const ipcMain = fakeIpcMain()
    const dispatch = vi.fn<Dispatch>(async (channel, input) => ok({ channel, input }))
    bindIpc(ipcMain, dispatch, isTrusted)
    const result = await call(ipcMain, 'accounts:list', fromApp, {})
    expect(dispatch).toHaveBeenCalledWith('accounts:list', {})
    expect(result).toEqual({ ok: true, value: { channel: 'accounts:list', input: {} } })
  })

  it('turns a throwing dispatch into a failed result instead of a rejected promise', async () => {
    const ipcMain = fakeIpcMain()
    bindIpc(ipcMain, vi.fn<Dispatch>(async () => Promise.reject(new Error('disk full'))), isTrusted)
    expect(await call(ipcMain, 'app:info', fromApp, {})).toMatchObject({ ok: false, error: { code: 'internal', message: 'disk full' } })
  })

  it('with the real dispatcher: answers the app and rejects garbage input with a validation failure', async () => {
    const { workbench } = openTestWorkbench()
    const ipcMain = fakeIpcMain()
    bindIpc(ipcMain, workbench.dispatch, isTrusted)

    const info = await call(ipcMain, 'app:info', fromApp, {})
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test' } })

    const garbage = await call(ipcMain, 'accounts:delete', fromApp, { ids: 'all; DROP TABLE accounts' })
    expect(garbage).toMatchObject({ ok: false, error: { code: 'bad-input' } })

    const forbidden = await call(ipcMain, 'app:info', fromFrame('https://example.com/'), {})
    expect(forbidden).toMatchObject({ ok: false, error: { code: FORBIDDEN_SENDER } })
  })
})

describe('broadcastWorkspaceChanges', () => {
  function fakeWindow(isClosed = false) {
    const sent: unknown[][] = []
    const window: ChangeReceiver = { isDestroyed: () => isClosed, webContents: { isDestroyed: () => isClosed, send: (...args: unknown[]) => sent.push(args) } }
    return { window, sent }
  }

  it('sends each committed write of the workspace to every open window, and stops when unsubscribed', async () => {
    const bench = openTestWorkbench()
    await bench.call('workspace:init', { kind: 'empty' })
    const first = fakeWindow()
    const second = fakeWindow()
    const closed = fakeWindow(true)
    const stop = broadcastWorkspaceChanges(bench.workbench.onChange, () => [first.window, second.window, closed.window])

    const created = await bench.call('accounts:create', {})
    const expected = [['workspace:change', { entity: 'accounts', changed: [], created: [created.id], deleted: [] }]]
    expect(first.sent).toEqual(expected)
    expect(second.sent).toEqual(expected)
    expect(closed.sent).toEqual([])

    stop()
    await bench.call('accounts:delete', { ids: [created.id] })
    expect(first.sent).toHaveLength(1)
  })
})
