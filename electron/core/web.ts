/**
 * Browser mode: `node out/main/web.js [--data-dir DIR] [--port N] [--open]`. Opens the workspace,
 * serves the workbench on 127.0.0.1 and prints the address. Plain Node, no electron.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { openWorkbench } from './workbench'
import { resolveDataDir } from './paths'
import { startWebHost } from './web-host/server'
import { WorkspaceTooNewError } from './db/migrate'
import { translate, DEFAULT_LANGUAGE } from '../../src/shared/i18n'

export const HOST_INFO_FILE = 'web-host.json'
export const DEFAULT_WEB_PORT = 17380

function argValue(name: string): string | undefined {
  const args = process.argv
  const index = args.indexOf(name)
  if (index >= 0) return args[index + 1]
  const inline = args.find((arg) => arg.startsWith(`${name}=`))
  return inline?.slice(name.length + 1)
}

function openInBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => console.log(`Open this address in your browser: ${url}`))
    child.unref()
  } catch {
    console.log(`Open this address in your browser: ${url}`)
  }
}

async function main(): Promise<void> {
  const appRoot = path.resolve(__dirname, '..', '..')
  const dataDir = resolveDataDir()
  const version = (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version
  let workbench
  try {
    workbench = openWorkbench({ dataDir, resourcesDir: path.join(appRoot, 'resources'), mode: 'web', version })
  } catch (error) {
    if (error instanceof WorkspaceTooNewError) {
      console.error(translate(DEFAULT_LANGUAGE, 'errors.workspaceNewer', { found: error.found, supported: error.supported }))
      process.exit(2)
    }
    throw error
  }
  const requestedPort = argValue('--port')
  const port = requestedPort === undefined ? DEFAULT_WEB_PORT : Number(requestedPort)
  let host
  try {
    host = await startWebHost({ dispatch: workbench.dispatch, onChange: workbench.onChange, rendererDir: path.join(appRoot, 'out', 'renderer'), port })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || requestedPort !== undefined) throw error
    host = await startWebHost({ dispatch: workbench.dispatch, onChange: workbench.onChange, rendererDir: path.join(appRoot, 'out', 'renderer'), port: 0 })
  }
  const infoFile = path.join(dataDir, HOST_INFO_FILE)
  fs.writeFileSync(infoFile, JSON.stringify({ url: host.url, port: host.port, token: host.token, pid: process.pid }, null, 2), { mode: 0o600 })

  console.log(`KA Workbench (browser mode) — workspace: ${workbench.context.info.databaseFile}`)
  console.log(`Open: ${host.openUrl}`)
  console.log(`API:  POST ${host.url}/api/<channel> with header x-ka-token (also in ${infoFile})`)
  if (process.argv.includes('--open')) openInBrowser(host.openUrl)

  let isClosing = false
  const shutdown = (): void => {
    if (isClosing) return
    isClosing = true
    void host.close().finally(() => {
      workbench.close()
      fs.rmSync(infoFile, { force: true })
      process.exit(0)
    })
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
