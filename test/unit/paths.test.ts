import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER_NAME, DATA_DIR_ENV, defaultDataDir, resolveDataDir } from '../../electron/core/paths'

describe('defaultDataDir (where Electron puts userData)', () => {
  it('uses $XDG_CONFIG_HOME on Linux when it is set', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/li/.cfg' }, '/home/li')).toBe('/home/li/.cfg/KA Workbench')
  })

  it('falls back to ~/.config on Linux when $XDG_CONFIG_HOME is unset or empty', () => {
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/KA Workbench')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/li')).toBe('/home/li/.config/KA Workbench')
  })

  it('uses %APPDATA% on Windows, or the roaming folder under the home folder', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Li\\AppData\\Roaming' }, 'C:\\Users\\Li')).toBe(
      'C:\\Users\\Li\\AppData\\Roaming\\KA Workbench'
    )
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Li')).toBe('C:\\Users\\Li\\AppData\\Roaming\\KA Workbench')
  })

  it('uses ~/Library/Application Support on macOS, whatever XDG says', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/elsewhere' }, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/KA Workbench'
    )
  })

  it('names the folder after the product', () => {
    expect(APP_FOLDER_NAME).toBe('KA Workbench')
    expect(DATA_DIR_ENV).toBe('KA_WORKBENCH_DATA_DIR')
  })
})

describe('resolveDataDir', () => {
  const env = { [DATA_DIR_ENV]: '/srv/ka-from-env' }

  it('takes --data-dir <dir> over the environment variable', () => {
    expect(resolveDataDir(['node', 'web.js', '--data-dir', '/srv/ka-flag'], env)).toBe('/srv/ka-flag')
  })

  it('takes --data-dir=<dir> over the environment variable', () => {
    expect(resolveDataDir(['node', 'web.js', '--port', '0', '--data-dir=/srv/ka-inline'], env)).toBe('/srv/ka-inline')
  })

  it('resolves a relative --data-dir against the working folder', () => {
    expect(resolveDataDir(['node', 'web.js', '--data-dir', 'my-workspace'], {})).toBe(path.resolve('my-workspace'))
    expect(resolveDataDir(['node', 'web.js', '--data-dir=my-workspace'], {})).toBe(path.resolve('my-workspace'))
  })

  it('uses the environment variable when there is no flag', () => {
    expect(resolveDataDir(['node', 'web.js'], env)).toBe('/srv/ka-from-env')
    expect(resolveDataDir(['node', 'web.js', '--open'], { [DATA_DIR_ENV]: 'relative-env' })).toBe(path.resolve('relative-env'))
  })

  it('ignores a --data-dir with nothing after it', () => {
    expect(resolveDataDir(['node', 'web.js', '--data-dir'], env)).toBe('/srv/ka-from-env')
  })

  it('falls back to the default folder without flag or variable', () => {
    expect(resolveDataDir(['node', 'web.js'], {})).toBe(defaultDataDir())
    expect(resolveDataDir(['node', 'web.js'], { [DATA_DIR_ENV]: '' })).toBe(defaultDataDir())
  })
})
