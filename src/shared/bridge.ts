import type { Channel } from './channels'
import type { Result } from './result'
import type { WorkspaceChange } from './workspace-change'

/** Commands the native menu sends to the page (the page owns undo, import, export…). */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'import',
  'export-xlsx',
  'export-csv',
  'add-account',
  'language:zh-CN',
  'language:en-US'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/**
 * What the Electron preload exposes as `window.kaBridge`: one function per contract channel,
 * and subscriptions to menu commands and workspace changes. The browser mode has no bridge and uses HTTP instead.
 */
export interface KaBridge {
  invoke: { [C in Channel]: (input: unknown) => Promise<Result<unknown>> }
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Every write to the workspace, from any window or script; returns the unsubscribe. */
  onWorkspaceChange(listener: (change: WorkspaceChange) => void): () => void
}

export const MENU_COMMAND_CHANNEL = 'menu:command'
