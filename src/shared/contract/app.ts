/** The app and its workspace: version and mode, first launch, the reference data it ships. */
import * as z from 'zod'
import type { AppChannel, RegionsChannel } from '../channels'
import type { Region } from '../domain/regions'
import { channel, noInput, type ChannelDefinition } from './define'

export interface AppInfo {
  version: string
  mode: 'electron' | 'web'
  dataDir: string
  databaseFile: string
  schemaVersion: number
}

export interface WorkspaceStatus {
  isInitialized: boolean
  accountCount: number
}

export const appContract = {
  'app:info': channel<typeof noInput, AppInfo>(noInput),
  'workspace:status': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:init': (() => {
    const input = z.object({ kind: z.enum(['demo', 'empty']) }).strict()
    return channel<typeof input, WorkspaceStatus>(input)
  })(),
  'regions:list': channel<typeof noInput, Region[]>(noInput)
} satisfies Record<AppChannel | RegionsChannel, ChannelDefinition>
