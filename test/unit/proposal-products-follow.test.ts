/**
 * The products tab and the assortment: its saves send the line's version (a stale refusal reads
 * the proposal again, so the other window's value is shown), and a change event reads the
 * proposal again only when it brings one of this account's lines at a version the tab does not
 * show — not another account's lines, not the echo of the tab's own write.
 */
import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { createItemSource } from '../../src/features/proposal/item-source'
import { createOwnWriteEchoes, isAssortmentChangeNew } from '../../src/features/proposal/assortment-follow'

const t = ((key: string) => key) as unknown as TFunction

describe('which assortment change the products tab reads the proposal again for', () => {
  // The tab shows lines 11 (version 3) and 12 (version 1); the account also has line 13, delisted.
  const shown = [
    { id: 11, rowVersion: 3 },
    { id: 12, rowVersion: 1 }
  ]
  const accountLines = [
    { id: 11, rowVersion: 3 },
    { id: 12, rowVersion: 2 },
    { id: 13, rowVersion: 5 }
  ]

  it('a line of the account at a newer version than shown, or one the tab does not show', () => {
    expect(isAssortmentChangeNew([12], shown, accountLines)).toBe(true)
    expect(isAssortmentChangeNew([13], shown, accountLines)).toBe(true)
  })

  it('not a line it already shows at the stored version (its own write, read back), nor another account’s line', () => {
    expect(isAssortmentChangeNew([11], shown, accountLines)).toBe(false)
    expect(isAssortmentChangeNew([99, 100], shown, accountLines)).toBe(false)
  })
})

describe('the echoes of the tab’s own writes', () => {
  it('takes each expected echo once; a cancelled write or an expired wait leaves the id to others', () => {
    let clock = 1_000
    const echoes = createOwnWriteEchoes(() => clock)
    echoes.expect(11)
    echoes.expect(11)
    echoes.expect(12)
    echoes.cancel(12)
    // Two writes to 11: two echoes taken; 12's write failed, so its event is another window's.
    expect(echoes.othersOf([11, 12])).toEqual([12])
    expect(echoes.othersOf([11])).toEqual([])
    expect(echoes.othersOf([11])).toEqual([11])
    // An echo waited for longer than 10 s never came: the next change to the line is not taken for it.
    echoes.expect(13)
    clock += 10_001
    expect(echoes.othersOf([13])).toEqual([13])
  })
})

describe('the item source with row versions', () => {
  type Row = { id: number; rowVersion: number; units: number }
  const staleError = () => Object.assign(new Error('Changed in another window'), { code: 'stale', details: { current: { id: 1, rowVersion: 4 } } })

  function source(save: (row: Row, baseVersion: number) => Promise<void>, isAffectedBy?: (ids: number[]) => Promise<boolean>) {
    let rows: Row[] = [{ id: 1, rowVersion: 3, units: 10 }]
    const calls = { reloads: 0, baseVersions: [] as number[] }
    const built = createItemSource<Row, 'units'>(t, {
      entity: 'assortment',
      fields: ['units'],
      moneyFields: [],
      serviceValue: (row) => row.units,
      copyText: (row) => String(row.units),
      fieldLabel: () => 'units',
      save: async (row, _patch, baseVersion) => {
        calls.baseVersions.push(baseVersion)
        await save(row, baseVersion)
      },
      remove: async () => undefined,
      rowsNow: () => rows,
      reload: async () => {
        calls.reloads += 1
        // Another window had stored 12 units at version 4.
        rows = [{ id: 1, rowVersion: 4, units: 12 }]
        return rows
      },
      ...(isAffectedBy ? { isAffectedBy } : {})
    })
    return { built, calls }
  }

  it('sends the version the edit was based on, and a stale refusal reads the rows again before it is reported', async () => {
    const { built, calls } = source(async (_row, baseVersion) => {
      if (baseVersion !== 4) throw staleError()
    })
    await expect(built.saveCell(1, 'units', 9, 3)).rejects.toMatchObject({ code: 'stale' })
    expect(calls.baseVersions).toEqual([3])
    expect(calls.reloads).toBe(1)
    // Based on the version read again, the edit holds.
    expect(await built.saveCell(1, 'units', 9, 4)).toMatchObject({ id: 1, rowVersion: 4 })
  })

  it('a paste reports a stale line’s cells as stale', async () => {
    const { built } = source(async () => {
      throw staleError()
    })
    const result = await built.applyChanges([{ id: 1, patch: { units: 9 }, baseVersion: 3 }], [])
    expect(result.refused).toEqual([{ id: 1, field: 'units', code: 'stale', message: 'Changed in another window' }])
    expect(result.appliedCount).toBe(0)
  })

  it('a change that does not concern the rows reads nothing again', async () => {
    const { built, calls } = source(async () => undefined, async (ids) => ids.includes(1))
    expect(await built.fetchRows([99])).toEqual([])
    expect(calls.reloads).toBe(0)
    expect(await built.fetchRows([1])).toEqual([{ id: 1, rowVersion: 4, units: 12 }])
    expect(calls.reloads).toBe(1)
  })
})
