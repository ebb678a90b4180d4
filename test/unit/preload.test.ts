/**
 * The preload's surface: `window.kaBridge` with one function per contract channel and a
 * filtered menu-command subscription; nothing else reaches the page.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/shared/channels'
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS, type KaBridge, type MenuCommand } from '../../src/shared/bridge'
import { WORKSPACE_CHANGE_CHANNEL } from '../../src/shared/workspace-change'

type Listener = (event: unknown, ...args: unknown[]) => void

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  const listeners = new Map<string, Set<Listener>>()
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }))
  const ipcRenderer = {
    invoke,
    on(channel: string, listener: Listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
      return ipcRenderer
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    }
  }
  const send = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args)
  }
  return { exposed, listeners, invoke, ipcRenderer, send }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: fake.ipcRenderer
}))

let bridge: KaBridge

beforeAll(async () => {
  await import('../../electron/preload/index')
  bridge = fake.exposed.get('kaBridge') as KaBridge
})

describe('preload', () => {
  it('exposes one world key, kaBridge, holding only invoke, onMenuCommand and onWorkspaceChange', () => {
    expect([...fake.exposed.keys()]).toEqual(['kaBridge'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand', 'onWorkspaceChange'])
  })

  it('has exactly one invoke function per contract channel', () => {
    expect(Object.keys(bridge.invoke).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof bridge.invoke[channel]).toBe('function')
  })

  it('calls ipcRenderer.invoke with the same channel name and input', async () => {
    for (const channel of CHANNELS) {
      fake.invoke.mockClear()
      const input = { probe: channel }
      const result = await bridge.invoke[channel](input)
      expect(fake.invoke).toHaveBeenCalledExactlyOnceWith(channel, input)
      expect(result).toEqual({ ok: true, value: { channel, input } })
    }
  })

  it('forwards menu commands, only the command, and drops anything outside MENU_COMMANDS', () => {
    const received: unknown[][] = []
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args))
    for (const command of MENU_COMMANDS) fake.send(MENU_COMMAND_CHANNEL, command)
    for (const junk of ['export-pdf', 'rm -rf /', '', 42, null, { command: 'undo' }, ['undo']]) fake.send(MENU_COMMAND_CHANNEL, junk)
    fake.send('some-other-channel', 'undo')
    expect(received).toEqual(MENU_COMMANDS.map((command) => [command]))

    unsubscribe()
    fake.send(MENU_COMMAND_CHANNEL, 'undo')
    expect(received).toHaveLength(MENU_COMMANDS.length)
    expect(fake.listeners.get(MENU_COMMAND_CHANNEL)?.size ?? 0).toBe(0)
  })

  it('keeps separate subscriptions independent', () => {
    const first: MenuCommand[] = []
    const second: MenuCommand[] = []
    const stopFirst = bridge.onMenuCommand((command) => first.push(command))
    const stopSecond = bridge.onMenuCommand((command) => second.push(command))
    stopFirst()
    fake.send(MENU_COMMAND_CHANNEL, 'redo')
    stopSecond()
    expect(first).toEqual([])
    expect(second).toEqual(['redo'])
  })

  it('forwards workspace changes as plain ids, drops malformed ones, and stops when unsubscribed', () => {
    const received: unknown[][] = []
    const unsubscribe = bridge.onWorkspaceChange((...args: unknown[]) => received.push(args))
    fake.send(WORKSPACE_CHANGE_CHANNEL, { entity: 'accounts', changed: [3], created: [], deleted: [7], extra: 'dropped' })
    for (const junk of [null, 'accounts', { entity: 'accounts', changed: ['3'], created: [], deleted: [] }, { changed: [], created: [], deleted: [] }]) {
      fake.send(WORKSPACE_CHANGE_CHANNEL, junk)
    }
    expect(received).toEqual([[{ entity: 'accounts', changed: [3], created: [], deleted: [7] }]])
    unsubscribe()
    fake.send(WORKSPACE_CHANGE_CHANNEL, { entity: 'accounts', changed: [1], created: [], deleted: [] })
    expect(received).toHaveLength(1)
    expect(fake.listeners.get(WORKSPACE_CHANGE_CHANNEL)?.size ?? 0).toBe(0)
  })
})
