/**
 * The browser mode as a user starts it: `node out/main/web.js --data-dir DIR --port 0` in a
 * child process (built by `npm run build`, which `npm run bench` runs first).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { BenchContext } from '../types'
import { REPO_ROOT } from './workspace'

export const WEB_ENTRY = path.join(REPO_ROOT, 'out', 'main', 'web.js')

export interface RunningHost {
  /** The address with the token in the fragment, as printed after "Open:". */
  openUrl: string
  /** http://127.0.0.1:PORT */
  origin: string
  token: string
  pid: number
  /** POSTs to /api/<channel> with the token; throws unless the Result is ok. */
  call<T>(channel: string, input: unknown): Promise<T>
  stop(): Promise<void>
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
    }, 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export async function startWebHost(context: BenchContext, dataDir: string, timeoutMs = 30_000): Promise<RunningHost> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${path.relative(REPO_ROOT, WEB_ENTRY)} is missing: run \`npm run build\` first`)
  const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const stop = () => stopChild(child)
  context.onCleanup(stop)

  let output = ''
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host printed no "Open:" line within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /Open:\s*(http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`web host exited (${signal ?? code}) before it was ready:\n${output.trim()}`))
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
  // Keep draining the pipes so the host never blocks on a full buffer.
  child.stdout?.resume()
  child.stderr?.resume()

  const url = new URL(openUrl)
  const token = /(?:^|[#&])token=([^&]+)/.exec(url.hash)?.[1]
  if (!token) throw new Error(`no token in the printed address ${openUrl}`)
  const origin = url.origin
  return {
    openUrl,
    origin,
    token,
    pid: child.pid ?? -1,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ka-token': token },
        body: JSON.stringify(input)
      })
      const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
      if (!result.ok) throw new Error(`${channel} over HTTP failed: [${result.error.code}] ${result.error.message}`)
      return result.value
    },
    stop
  }
}
