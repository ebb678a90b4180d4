/**
 * English place names in files: an accounts export written in en-US names the place in pinyin
 * (Nanshan District, Shenzhen, Guangdong), the importer reads those names back as the same
 * region codes, so an English export re-imported changes nothing; the refused-rows file of an
 * English import lists an ambiguous place's candidates in English.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { exportColumns } from '../../src/shared/export-columns'
import { readTable } from '../../electron/core/files/read-table'

async function englishDemo(): Promise<TestWorkbench> {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'demo' })
  await bench.call('settings:set', { key: 'language', value: 'en-US' })
  return bench
}

const csv = (text: string) => ({ fileName: 'accounts.csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') })

describe('English place names in exported and imported files', () => {
  it('writes the region column in pinyin in an English export', async () => {
    const bench = await englishDemo()
    const accounts = await bench.call('accounts:list', {})
    const inShenzhen = accounts.find((account) => account.regionCode?.startsWith('4403'))
    if (!inShenzhen?.regionCode) throw new Error('the demo has no account in 深圳')
    const file = await bench.call('accounts:export', { format: 'csv', ids: [inShenzhen.id], columns: ['code', 'regionName'], language: 'en-US' })
    const table = await readTable(file.fileName, Buffer.from(file.dataBase64, 'base64'), 'en-US')
    // Row 1 is the header row.
    expect(table.rows[0]?.cells).toEqual(['Account code', 'Region'])
    const place = String(table.rows[1]?.cells[1] ?? '')
    // Smallest first, ending in the city and the province: "… District, Shenzhen, Guangdong" or "Shenzhen, Guangdong".
    expect(place).toMatch(/(^|, )Shenzhen, Guangdong$/)
    expect(place).not.toMatch(/[\u3400-\u9fff]/)
  })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`re-imports an English ${format} export naming places only in English as all unchanged`, async () => {
      const bench = await englishDemo()
      const before = await bench.call('accounts:list', {})
      expect(before.filter((account) => account.regionCode !== null).length).toBeGreaterThan(0)
      // Every column but the code column of the region: the importer must read the English names.
      const columns = exportColumns.filter((column) => column !== 'regionCode')
      const file = await bench.call('accounts:export', { format, ids: before.map((a) => a.id), columns: [...columns], language: 'en-US' })
      const preview = await bench.call('accounts:import-preview', { fileName: file.fileName, dataBase64: file.dataBase64 })
      // The Region column is mapped to the division code, read from its English names.
      expect(preview.columns.find((column) => column.header === 'Region')?.field).toBe('regionCode')
      expect(preview).toMatchObject({ errorCount: 0, newRows: 0, changedRows: 0, unchangedRows: before.length, changes: [] })
      const committed = await bench.call('accounts:import-commit', { fileName: file.fileName, dataBase64: file.dataBase64, mapping: preview.columns.map((c) => c.field) })
      expect(committed).toMatchObject({ insertedCount: 0, updatedCount: 0, unchangedCount: before.length, skipped: 0 })
      expect(await bench.call('accounts:list', {})).toEqual(before)
    })
  }

  it('updates a region typed in English, and refuses an ambiguous English name with its candidates in English', async () => {
    const bench = await englishDemo()
    const walmart = (await bench.call('accounts:list', {})).find((a) => a.code === 'KA-0001')
    if (!walmart) throw new Error('no KA-0001')
    // Row 2 moves Walmart to 南山区; row 3 names Chaoyang District (朝阳区 in Beijing and Changchun, 潮阳区 in Shantou).
    const file = csv(`Account code,Account name,Format,Region\nKA-0001,${walmart.name},Hypermarket,"nanshan district, shenzhen, guangdong"\nKA-9001,New pharmacy,Pharmacy,Chaoyang District\n`)
    const preview = await bench.call('accounts:import-preview', file)
    expect(preview).toMatchObject({ errorCount: 1, changedRows: walmart.regionCode === '440305' ? 0 : 1 })
    expect(preview.errors[0]?.message).toContain('Chaoyang District, Beijing 110105; Chaoyang District, Changchun, Jilin 220104')
    const refused = await bench.call('accounts:import-refused-rows', { ...file, mapping: preview.columns.map((c) => c.field) })
    const refusedTable = await readTable(refused.fileName, Buffer.from(refused.dataBase64, 'base64'), 'en-US')
    // The header row and the one refused row.
    expect(refusedTable.rows).toHaveLength(2)
    const reason = String(refusedTable.rows[1]?.cells.at(-1) ?? '')
    expect(reason).toContain('Chaoyang District, Shantou, Guangdong 440513')
    expect(reason).not.toMatch(/[\u3400-\u9fff]/)
    await bench.call('accounts:import-commit', { ...file, mapping: preview.columns.map((c) => c.field) })
    const after = (await bench.call('accounts:list', { ids: [walmart.id] }))[0]
    expect(after?.regionCode).toBe('440305')
  })
})
