/**
 * Playwright fixtures: every test gets its own workbench host (`node out/main/web.js`) on a fresh
 * data folder and a free port, and page objects that read as user actions.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { test as base, expect, type APIRequestContext } from '@playwright/test'
import type { Account } from '../../src/shared/domain/accounts/account'
import { NOT_BUILT_MESSAGE, REPO_ROOT, WEB_HOST_SCRIPT } from './chromium'
import { AccountsPage } from './pages/AccountsPage'
import { WelcomePage } from './pages/WelcomePage'

export { chromiumPath, findChromium } from './chromium'
export { expect }

const HOST_START_TIMEOUT_MS = 20_000
const HOST_STOP_TIMEOUT_MS = 5_000

export interface Workbench {
  /** The address to open: http://127.0.0.1:PORT/#token=TOKEN. */
  readonly url: string
  /** http://127.0.0.1:PORT, for `request.post(`${apiUrl}/api/<channel>`)`. */
  readonly apiUrl: string
  readonly token: string
  readonly dataDir: string
  /** Stops the host (SIGTERM, waits for it to exit) and starts it again on the same data folder. */
  restart(): Promise<void>
}

type HostProcess = ChildProcessByStdio<null, Readable, Readable>

interface RunningHost {
  child: HostProcess
  url: string
  apiUrl: string
  token: string
}

function startHost(dataDir: string, log: string[]): Promise<RunningHost> {
  if (!fs.existsSync(WEB_HOST_SCRIPT)) throw new Error(NOT_BUILT_MESSAGE)
  const child = spawn(process.execPath, [WEB_HOST_SCRIPT, '--data-dir', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise<RunningHost>((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The workbench host printed no "Open:" line within ${HOST_START_TIMEOUT_MS / 1000} s:\n${log.join('')}`))
    }, HOST_START_TIMEOUT_MS)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      log.push(chunk)
      stdout += chunk
      const match = /^Open: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/m.exec(stdout)
      if (match?.[1] && match[2]) {
        clearTimeout(timer)
        resolve({ child, url: `${match[1]}/#token=${match[2]}`, apiUrl: match[1], token: match[2] })
      }
    })
    child.stderr.on('data', (chunk: string) => log.push(chunk))
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`The workbench host exited before it was ready (code ${code}, signal ${signal}):\n${log.join('')}`))
    })
  })
}

async function stopHost(child: HostProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), HOST_STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

interface Fixtures {
  workbench: Workbench
  welcomePage: WelcomePage
  accountsPage: AccountsPage
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
  workbench: async ({}, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-e2e-'))
    const log: string[] = []
    let host = await startHost(dataDir, log)
    const workbench: Workbench = {
      get url() {
        return host.url
      },
      get apiUrl() {
        return host.apiUrl
      },
      get token() {
        return host.token
      },
      dataDir,
      async restart() {
        await stopHost(host.child)
        log.push('--- restart ---\n')
        host = await startHost(dataDir, log)
      }
    }
    try {
      await use(workbench)
    } finally {
      await stopHost(host.child)
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('workbench-host.log', { body: log.join(''), contentType: 'text/plain' })
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
  welcomePage: async ({ page, workbench }, use) => {
    await use(new WelcomePage(page, workbench))
  },
  accountsPage: async ({ page }, use, testInfo) => {
    await use(new AccountsPage(page, testInfo))
  }
})

/** Calls a channel of the running host's API the way a script would, and returns its value. */
export async function callApi<T>(request: APIRequestContext, workbench: Workbench, channel: string, input: unknown = {}): Promise<T> {
  const response = await request.post(`${workbench.apiUrl}/api/${channel}`, { headers: { 'x-ka-token': workbench.token }, data: input })
  expect(response.status(), `HTTP status of ${channel}`).toBe(200)
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
  if (!body.ok) throw new Error(`${channel} failed: [${body.error.code}] ${body.error.message}`)
  return body.value
}

/** What the database holds now, read through the API (`accounts:list`). */
export function listAccounts(request: APIRequestContext, workbench: Workbench): Promise<Account[]> {
  return callApi<Account[]>(request, workbench, 'accounts:list')
}

/** One stored account by its code (throws when there is none). */
export async function accountByCode(request: APIRequestContext, workbench: Workbench, code: string): Promise<Account> {
  const found = (await listAccounts(request, workbench)).find((account) => account.code === code)
  if (!found) throw new Error(`No stored account has the code ${code}`)
  return found
}
