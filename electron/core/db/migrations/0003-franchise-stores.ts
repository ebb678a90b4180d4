import type { Migration } from './index'

/**
 * 加盟门店数: franchise stores, apart from direct stores (the screening and the store class count
 * direct stores only; 门店总数 is their sum). Existing accounts get an unknown count, not zero:
 * nobody has said they have no franchise stores.
 */
export const m0003FranchiseStores: Migration = {
  version: 3,
  name: '0003-franchise-stores',
  up(db) {
    db.exec(`ALTER TABLE accounts ADD COLUMN franchise_stores INTEGER CHECK (franchise_stores >= 0)`)
  }
}
