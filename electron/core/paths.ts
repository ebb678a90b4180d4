import os from 'node:os'
import path from 'node:path'

/** Folder name under the OS's per-user application data folder (Electron's `userData`). */
export const APP_FOLDER_NAME = 'KA Workbench'
export const DATA_DIR_ENV = 'KA_WORKBENCH_DATA_DIR'
export const DATABASE_FILE_NAME = 'workspace.sqlite'

/**
 * The per-user data folder, computed the way Electron computes `app.getPath('userData')`, so
 * the desktop app and the browser mode open the same workspace without importing electron.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir()
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME)
}

/** `--data-dir <dir>` or `--data-dir=<dir>` on the command line, then the env variable, then the default. */
export function resolveDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--data-dir' && argv[i + 1]) return path.resolve(argv[i + 1] as string)
    if (arg.startsWith('--data-dir=')) return path.resolve(arg.slice('--data-dir='.length))
  }
  if (env[DATA_DIR_ENV]) return path.resolve(env[DATA_DIR_ENV] as string)
  return defaultDataDir(process.platform, env)
}
