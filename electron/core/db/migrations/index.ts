import type { Db } from '../connection'
import { m0001Accounts } from './0001-accounts'
import { m0002GridLayouts } from './0002-grid-layouts'
import { m0003FranchiseStores } from './0003-franchise-stores'
import { m0004AccountAudit } from './0004-account-audit'
import { m0005AccountVersionsAndBin } from './0005-account-versions-and-bin'
import { m0006Catalogue } from './0006-catalogue'
import { m0007Terms } from './0007-terms'
import { m0008Proposals } from './0008-proposals'
import { m0009Pipeline } from './0009-pipeline'
import { m0010SkuAssortmentVersions } from './0010-sku-assortment-versions'

export interface Migration {
  version: number
  name: string
  up(db: Db): void
}

/** In order; a migration, once released, is never edited: add the next one instead. */
export const migrations: readonly Migration[] = [
  m0001Accounts,
  m0002GridLayouts,
  m0003FranchiseStores,
  m0004AccountAudit,
  m0005AccountVersionsAndBin,
  m0006Catalogue,
  m0007Terms,
  m0008Proposals,
  m0009Pipeline,
  m0010SkuAssortmentVersions
]
