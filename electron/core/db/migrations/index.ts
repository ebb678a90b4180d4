import type { Db } from '../connection'
import { m0001Accounts } from './0001-accounts'
import { m0002GridLayouts } from './0002-grid-layouts'
import { m0003Catalogue } from './0003-catalogue'
import { m0004Terms } from './0004-terms'

export interface Migration {
  version: number
  name: string
  up(db: Db): void
}

/** In order; a migration, once released, is never edited: add the next one instead. */
export const migrations: readonly Migration[] = [m0001Accounts, m0002GridLayouts, m0003Catalogue, m0004Terms]
