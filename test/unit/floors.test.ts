/**
 * The floors between layers are ESLint rules (eslint.config.mjs); each is proved here by linting
 * a one-line snippet as if it sat at a given path, with the project's own configuration.
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const REPO_ROOT = path.resolve(__dirname, '..', '..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT })
})

/** The no-restricted-imports messages for `code` placed at `file` (repo-relative). */
async function floorErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nvoid x\n`, { filePath: path.join(REPO_ROOT, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the import floors', () => {
  it('keep the renderer away from electron/ and the electron package', async () => {
    expect(await floorErrors('src/features/accounts/probe.ts', "import { x } from '../../../electron/core/workbench'")).toEqual([
      expect.stringContaining('src/ must not import from electron/')
    ])
    expect(await floorErrors('src/app/probe.ts', "import { x } from 'electron'")).toEqual([expect.stringContaining('Only the Electron shell')])
    // What the renderer is meant to use passes.
    expect(await floorErrors('src/features/accounts/probe.ts', "import { x } from '../../shared/contract'")).toEqual([])
  })

  it('keep src/shared away from the renderer and from electron/', async () => {
    for (const folder of ['features/accounts/x', 'app/App', 'grid/x', 'components/Icon', 'lib/api']) {
      expect(await floorErrors('src/shared/contract/probe.ts', `import { x } from '../../${folder}'`), folder).toEqual([
        expect.stringContaining('src/shared must not import the renderer')
      ])
    }
    expect(await floorErrors('src/shared/probe.ts', "import { x } from '../../electron/core/db/connection'")).toEqual([
      expect.stringContaining('src/ must not import from electron/')
    ])
    expect(await floorErrors('src/shared/contract/probe.ts', "import { x } from '../domain/accounts/account'")).toEqual([])
  })

  it('keep the domain pure: no contract, database, Node or electron', async () => {
    const file = 'src/shared/domain/accounts/probe.ts'
    expect(await floorErrors(file, "import { x } from '../../contract'")).toEqual([expect.stringContaining('transport contract')])
    expect(await floorErrors(file, "import { x } from '../../channels'")).toEqual([expect.stringContaining('transport contract')])
    expect(await floorErrors(file, "import { x } from '../../../../electron/core/db/connection'")).toEqual([expect.stringContaining('from electron/')])
    expect(await floorErrors(file, "import x from 'better-sqlite3'")).toEqual([expect.stringContaining('Domain code is pure')])
    expect(await floorErrors(file, "import x from 'node:fs'")).toEqual([expect.stringContaining('no Node modules')])
    expect(await floorErrors(file, "import { x } from 'electron'")).toEqual([expect.stringContaining('Only the Electron shell')])
    expect(await floorErrors(file, "import { x } from '../money'")).toEqual([])
  })

  it('keep the core free of the electron package and of the shell', async () => {
    expect(await floorErrors('electron/core/accounts/probe.ts', "import { x } from 'electron'")).toEqual([expect.stringContaining('Only the Electron shell')])
    expect(await floorErrors('electron/core/accounts/probe.ts', "import { x } from '../../main/ipc'")).toEqual([
      expect.stringContaining('must not import the Electron shell')
    ])
    expect(await floorErrors('electron/core/probe.ts', "import { x } from '../main/window'")).toEqual([expect.stringContaining('must not import the Electron shell')])
    expect(await floorErrors('electron/core/accounts/probe.ts', "import { x } from '../db/connection'")).toEqual([])
  })

  it('let only the shell files import electron', async () => {
    expect(await floorErrors('electron/main/window.ts', "import { x } from 'electron'")).toEqual([])
    expect(await floorErrors('electron/main/app-protocol.ts', "import { x } from 'electron'")).toEqual([expect.stringContaining('Only the Electron shell')])
    // The shell may use the core.
    expect(await floorErrors('electron/main/index.ts', "import { x } from '../core/workbench'")).toEqual([])
  })
})
