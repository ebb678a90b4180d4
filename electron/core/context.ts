import type { Db } from './db/connection'
import type { AccountsRepository } from './accounts/accounts-repository'
import type { SettingsRepository } from './settings/settings-repository'
import type { ChangeFeed } from './workspace/change-feed'
import type { Region, RegionLookup } from '../../src/shared/domain/regions'
import type { Language } from '../../src/shared/i18n'
import type { AppInfo } from '../../src/shared/contract'

/** What every service is given: one open workspace and the facts around it. */
export interface WorkbenchContext {
  db: Db
  accounts: AccountsRepository
  settings: SettingsRepository
  regions: RegionLookup
  regionList: Region[]
  info: AppInfo
  resourcesDir: string
  /** Every committed write is published here (ids only), for the other windows. */
  changes: ChangeFeed
  /** The workspace's UI language: messages from services are written in it. */
  language(): Language
  now(): string
}
