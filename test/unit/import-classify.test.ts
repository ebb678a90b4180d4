import { describe, expect, it } from 'vitest'
import { classifyImportRows, findLikelyDuplicates } from '../../electron/core/files/import-classify'

type Field = 'code' | 'name' | 'stores' | 'notes'
type Row = Record<Field, unknown>

const stored = new Map<string, { id: number; rowVersion: number; values: Row }>([
  ['A-1', { id: 1, rowVersion: 3, values: { code: 'A-1', name: '华润万家', stores: 40, notes: '总部直供' } }]
])
const findStored = (key: string) => stored.get(key.toUpperCase())

describe('sorting import rows by their key', () => {
  it('compares only the mapped fields: a column missing from the file never blanks a stored value', () => {
    // The file maps code, name and stores; notes is not in it (the record holds its blank '').
    const [row] = classifyImportRows<Field, Row>([{ rowNumber: 2, record: { code: 'a-1', name: '华润万家', stores: 42, notes: '' } }], {
      mappedFields: ['code', 'name', 'stores'],
      keyField: 'code',
      findStored
    })
    expect(row).toEqual({
      kind: 'changed',
      rowNumber: 2,
      id: 1,
      baseVersion: 3,
      // The stored code spelling and the stored note are kept.
      record: { code: 'A-1', name: '华润万家', stores: 42, notes: '总部直供' },
      changes: [{ field: 'stores', before: 40, after: 42 }]
    })
  })

  it('calls a row with the stored values unchanged, and a row with an unknown or blank key new', () => {
    const rows = classifyImportRows<Field, Row>(
      [
        { rowNumber: 2, record: { code: 'A-1', name: '华润万家', stores: 40, notes: '总部直供' } },
        { rowNumber: 3, record: { code: 'B-9', name: '永辉', stores: 1, notes: '' } },
        { rowNumber: 4, record: { code: '', name: '无编码', stores: null, notes: '' } }
      ],
      { mappedFields: ['code', 'name', 'stores', 'notes'], keyField: 'code', findStored }
    )
    expect(rows.map((row) => row.kind)).toEqual(['unchanged', 'new', 'new'])
  })
})

describe('likely duplicates among new rows', () => {
  it('points at the stored record or the earlier row with the same likeness, once per row', () => {
    const likeness = (record: { name: string; region: string }) => `${record.name}|${record.region}`
    const found = findLikelyDuplicates(
      [
        { rowNumber: 2, record: { name: '华润万家', region: '440300' } },
        { rowNumber: 3, record: { name: '新店', region: '110101' } },
        { rowNumber: 4, record: { name: '新店', region: '110101' } },
        { rowNumber: 5, record: { name: '新店', region: '310101' } }
      ],
      likeness,
      new Map([['华润万家|440300', 'A-1']])
    )
    expect(found).toEqual([
      { rowNumber: 2, sameAsRow: null, sameAsStored: 'A-1' },
      { rowNumber: 4, sameAsRow: 3, sameAsStored: null }
    ])
  })
})
