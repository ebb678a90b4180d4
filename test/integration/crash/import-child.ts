/**
 * The host process of the crash test, in plain Node: opens the workbench in a data folder and
 * commits the import of one file through dispatch, saying "ready" before and "done" after.
 * Usage: node --import tsx import-child.ts <dataDir> <csvFile> <resourcesDir>
 */
import fs from 'node:fs'
import { openWorkbench } from '../../../electron/core/workbench'
import { EDITABLE_ACCOUNT_FIELDS } from '../../../src/shared/domain/accounts/account'

const [dataDir, csvFile, resourcesDir] = process.argv.slice(2)
if (!dataDir || !csvFile || !resourcesDir) throw new Error('usage: import-child <dataDir> <csvFile> <resourcesDir>')

async function main(root: string, file: string, resources: string): Promise<void> {
  const workbench = openWorkbench({ dataDir: root, resourcesDir: resources, mode: 'web', version: '0.0.0-crash' })
  const dataBase64 = fs.readFileSync(file).toString('base64')
  process.stdout.write('ready\n')
  const result = await workbench.dispatch('accounts:import-commit', { fileName: 'accounts.csv', dataBase64, mapping: [...EDITABLE_ACCOUNT_FIELDS] })
  process.stdout.write(result.ok ? 'done\n' : `failed ${JSON.stringify(result.error)}\n`)
  workbench.close()
}

// Top-level await is not available: the project's .ts files run as CommonJS under tsx.
void main(dataDir, csvFile, resourcesDir)
