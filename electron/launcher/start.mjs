#!/usr/bin/env node
/**
 * `npm start`: builds the app, then runs it in Electron when the Electron runtime is installed,
 * or in the browser mode (`out/main/web.js --open`) when it is not — the Electron binary cannot
 * be downloaded on some machines. Extra arguments (e.g. `--data-dir D`, `--port N`) pass through.
 *
 * Dependency-free ESM on purpose: it runs before anything is built. It never `require`s
 * `electron`: from Electron 42 on, that tries to download the binary.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM']

/** The Electron executable, if installed: the same lookup as electron's index.js, minus the download. */
export function findElectronBinary(root = ROOT, env = process.env) {
  const electronDir = path.join(root, 'node_modules', 'electron')
  const pathFile = path.join(electronDir, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const executable = fs.readFileSync(pathFile, 'utf8').trim()
  if (!executable) return null
  const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist'), executable)
  return fs.existsSync(binary) ? binary : null
}

/** The child being waited for: Ctrl+C and `kill` go to it, and its exit code becomes ours. */
let running = null
function forwardSignals() {
  for (const signal of FORWARDED_SIGNALS) {
    process.on(signal, () => {
      if (running && running.exitCode === null && running.signalCode === null) running.kill(signal)
      else process.exit(128 + (os.constants.signals[signal] ?? 1))
    })
  }
}

/** Runs a child process; resolves with its exit code (128 + n when a signal ended it). */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: options.env ?? process.env })
    running = child
    let output = ''
    if (options.capture) {
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
    }
    child.on('error', (error) => {
      running = null
      resolve({ code: 1, output: `${output}${error.message}\n` })
    })
    child.on('exit', (code, signal) => {
      running = null
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 1), output })
    })
  })
}

/** `electron-vite build`, quietly: its output is shown only when the build fails. */
async function build() {
  const bin = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = fs.existsSync(bin)
    ? await run(process.execPath, [bin, 'build'], { capture: true })
    : await run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { capture: true })
  if (result.code !== 0) {
    process.stderr.write(result.output)
    process.stderr.write(`Build failed (exit code ${result.code}).\n`)
    process.exit(result.code)
  }
}

async function main() {
  forwardSignals()
  const extraArgs = process.argv.slice(2)
  const electronBinary = findElectronBinary()
  if (!electronBinary) {
    console.log('Electron runtime not available (it cannot be downloaded here); opening KA Workbench in your browser instead.')
  }
  await build()
  if (electronBinary) {
    // An inherited ELECTRON_RUN_AS_NODE would start Electron as plain Node instead of the app.
    const env = { ...process.env }
    delete env.ELECTRON_RUN_AS_NODE
    process.exitCode = (await run(electronBinary, [ROOT, ...extraArgs], { env })).code
    return
  }
  const webArgs = extraArgs.includes('--open') ? extraArgs : ['--open', ...extraArgs]
  process.exitCode = (await run(process.execPath, [path.join(ROOT, 'out', 'main', 'web.js'), ...webArgs])).code
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
