import type { Migration } from './index'

/**
 * Column layouts move from the Accounts-only `accountsColumnState` setting to one `gridLayouts`
 * setting keyed by grid id, so every grid of the product remembers its own columns and money unit.
 */
export const m0002GridLayouts: Migration = {
  version: 2,
  name: '0002-grid-layouts',
  up(db) {
    const row = db.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'accountsColumnState'`).get()
    if (!row) return
    let columnState: unknown = null
    try {
      columnState = JSON.parse(row.value)
    } catch {
      columnState = null
    }
    if (Array.isArray(columnState)) {
      const layouts = { accounts: { columnState, moneyUnit: 'yuan', savedViews: [] } }
      db.prepare(`INSERT INTO settings (key, value) VALUES ('gridLayouts', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
        JSON.stringify(layouts)
      )
    }
    db.prepare(`DELETE FROM settings WHERE key = 'accountsColumnState'`).run()
  }
}
