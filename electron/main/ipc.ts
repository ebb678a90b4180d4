/**
 * The Electron transport: one `ipcMain.handle` per contract channel, nothing else. The handler
 * table behind `dispatch` validates the input; this file only checks who is asking.
 */
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Channel } from '../../src/shared/channels'
import { fail, type Result } from '../../src/shared/result'
import { isAppDocumentUrl } from '../core/renderer-origin'
import { WORKSPACE_CHANGE_CHANNEL, type WorkspaceChange } from '../../src/shared/workspace-change'

export type Dispatch = (channel: Channel, input: unknown) => Promise<Result<unknown>>

/** What the binding needs of the event: the frame that sent the call (null once it is gone). */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>
export type SenderCheck = (event: InvokeEvent) => boolean

/** The part of `ipcMain` the binding uses (Electron's `ipcMain` fits; tests pass a fake). */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<Result<unknown>>): void
  removeHandler(channel: string): void
}

export const FORBIDDEN_SENDER = 'forbidden-sender'

/**
 * Only the app's own top-level document may call the API: not an iframe, not a page the window
 * was somehow navigated to, not a frame that has already gone away.
 */
export function trustedSenderCheck(entryUrl: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    return isAppDocumentUrl(frame.url, entryUrl)
  }
}

/** Registers the handlers; returns a function that removes them again. */
export function bindIpc(ipcMain: IpcRegistry, dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event)) {
        return fail(FORBIDDEN_SENDER, `The call to ${channel} came from a page that is not KA Workbench and was refused.`)
      }
      try {
        return await dispatch(channel, input)
      } catch (error) {
        return fail('internal', error instanceof Error ? error.message : String(error))
      }
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}

/** The part of a window the broadcast needs (Electron's BrowserWindow fits; tests pass fakes). */
export interface ChangeReceiver {
  isDestroyed(): boolean
  webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void }
}

/**
 * Sends every workspace change to every open window, so none keeps showing (or saving over) a
 * row another window or a script changed. Returns the unsubscribe.
 */
export function broadcastWorkspaceChanges(
  onChange: (listener: (change: WorkspaceChange) => void) => () => void,
  windows: () => readonly ChangeReceiver[]
): () => void {
  return onChange((change) => {
    for (const window of windows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(WORKSPACE_CHANGE_CHANNEL, change)
    }
  })
}
