/**
 * Opens a workspace and wires the services to it: the one place both transports (Electron IPC
 * and the loopback host) get their dispatcher from. Plain Node: never imports electron.
 */
import fs from 'node:fs'
import path from 'node:path'
import { openDatabase } from './db/connection'
import { assertNotNewer, migrate, type MigrationReport } from './db/migrate'
import { accountsRepository } from './accounts/accounts-repository'
import { settingsRepository } from './settings/settings-repository'
import { loadDevelopmentZones, loadRegions } from './regions/regions-service'
import { readSettings } from './settings/settings-service'
import { dispatch } from './handlers'
import { createChangeFeed, type ChangeListener } from './workspace/change-feed'
import { DATABASE_FILE_NAME } from './paths'
import type { WorkbenchContext } from './context'
import type { AppInfo } from '../../src/shared/contract'
import { createRegionLookup } from '../../src/shared/domain/regions'
import type { Result } from '../../src/shared/result'

export interface WorkbenchOptions {
  dataDir: string
  resourcesDir: string
  mode: AppInfo['mode']
  version: string
  /** For tests: a fixed clock. */
  now?: () => string
}

export interface Workbench {
  context: WorkbenchContext
  migration: MigrationReport
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>
  /** Tells the listener of every committed write; returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void
  close(): void
}

export function openWorkbench(options: WorkbenchOptions): Workbench {
  fs.mkdirSync(options.dataDir, { recursive: true })
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME)
  assertNotNewer(databaseFile)
  const db = openDatabase(databaseFile)
  let migration: MigrationReport
  try {
    migration = migrate(db, { backupDir: path.join(options.dataDir, 'backups') })
  } catch (error) {
    db.close()
    throw error
  }
  const regionList = loadRegions()
  const settings = settingsRepository(db)
  const context: WorkbenchContext = {
    db,
    accounts: accountsRepository(db),
    settings,
    regions: createRegionLookup(regionList, loadDevelopmentZones()),
    regionList,
    info: {
      version: options.version,
      mode: options.mode,
      dataDir: options.dataDir,
      databaseFile,
      schemaVersion: db.pragma('user_version', { simple: true }) as number
    },
    resourcesDir: options.resourcesDir,
    changes: createChangeFeed(),
    language: () => readSettings(context).language,
    now: options.now ?? (() => new Date().toISOString())
  }
  return {
    context,
    migration,
    dispatch: (channel, input) => dispatch(context, channel, input),
    onChange: (listener) => context.changes.subscribe(listener),
    close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)')
        db.close()
      }
    }
  }
}
