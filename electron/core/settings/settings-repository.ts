import type { Db } from '../db/connection'

/** Key/value settings stored as JSON in the workspace (so both modes share them). */
export function settingsRepository(db: Db) {
  const getStatement = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`)
  const setStatement = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`
  )
  const deleteStatement = db.prepare<[string]>(`DELETE FROM settings WHERE key = ?`)
  return {
    get(key: string): unknown {
      const row = getStatement.get(key)
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as unknown
      } catch {
        return undefined
      }
    },
    set(key: string, value: unknown): void {
      if (value === null || value === undefined) deleteStatement.run(key)
      else setStatement.run(key, JSON.stringify(value))
    }
  }
}

export type SettingsRepository = ReturnType<typeof settingsRepository>
