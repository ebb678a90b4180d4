import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { openWorkbench, type Workbench } from '../../electron/core/workbench'
import type { Channel } from '../../src/shared/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/contract'
import type { AppError } from '../../src/shared/result'

export const REPO_ROOT = path.resolve(__dirname, '..', '..')
export const RESOURCES_DIR = path.join(REPO_ROOT, 'resources')

const opened: { workbench?: Workbench; dir: string }[] = []

afterEach(() => {
  for (const entry of opened.splice(0)) {
    entry.workbench?.close()
    fs.rmSync(entry.dir, { recursive: true, force: true })
  }
})

/** A fresh, empty data folder, removed after the test. */
export function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-test-'))
  opened.push({ dir })
  return dir
}

export interface TestWorkbench {
  workbench: Workbench
  dataDir: string
  /** Calls a channel through the real dispatcher; throws with the error's code and message on failure. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel and returns the failure (throws if it succeeded). */
  callFailing<C extends Channel>(channel: C, input: unknown): Promise<AppError>
}

export function openTestWorkbench(dataDir: string = freshDataDir()): TestWorkbench {
  const workbench = openWorkbench({ dataDir, resourcesDir: RESOURCES_DIR, mode: 'web', version: '0.0.0-test' })
  const entry = opened.find((e) => e.dir === dataDir)
  if (entry) entry.workbench = workbench
  else opened.push({ dir: dataDir, workbench })
  return {
    workbench,
    dataDir,
    async call(channel, input) {
      const result = await workbench.dispatch(channel, input)
      if (!result.ok) throw new Error(`${channel} failed: [${result.error.code}] ${result.error.message}`)
      return result.value as never
    },
    async callFailing(channel, input) {
      const result = await workbench.dispatch(channel, input)
      if (result.ok) throw new Error(`${channel} was expected to fail but succeeded`)
      return result.error
    }
  }
}
