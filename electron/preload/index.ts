/**
 * The sandboxed preload: exposes `window.kaBridge` (one function per contract channel, plus the
 * menu-command and workspace-change subscriptions) and nothing else — never `ipcRenderer` itself. Imports only the
 * zod-free channel list so the bundle stays small; the main process validates every input.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, type Channel } from '../../src/shared/channels'
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS, type KaBridge, type MenuCommand } from '../../src/shared/bridge'
import type { Result } from '../../src/shared/result'
import { isWorkspaceChange, WORKSPACE_CHANGE_CHANNEL } from '../../src/shared/workspace-change'

const isMenuCommand = (value: unknown): value is MenuCommand => typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)

const invoke = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>])
) as { [C in Channel]: (input: unknown) => Promise<Result<unknown>> }

const bridge: KaBridge = {
  invoke,
  onMenuCommand(listener) {
    // The event object is never handed to the page: it carries `sender` (the ipcRenderer).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward)
    }
  },
  onWorkspaceChange(listener) {
    const forward = (_event: IpcRendererEvent, change: unknown): void => {
      if (isWorkspaceChange(change)) listener({ entity: change.entity, changed: change.changed, created: change.created, deleted: change.deleted })
    }
    ipcRenderer.on(WORKSPACE_CHANGE_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(WORKSPACE_CHANGE_CHANNEL, forward)
    }
  }
}

contextBridge.exposeInMainWorld('kaBridge', bridge)
