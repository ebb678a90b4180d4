/**
 * The Word export names each protected territory in the document's language: the demo's 沃尔玛华南
 * proposal protects 深圳市 (stored as 4403), so the English document says "Shenzhen, Guangdong
 * (4403)" and the Chinese one "广东省 深圳市（4403）".
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx, type DocxReading } from '../helpers/docx-readers'
import { openTestWorkbench } from '../helpers/workbench'

describe('proposal:export-docx names places in the document language', () => {
  it('writes the protection clauses’ territories in English in an en-US export and in Chinese in a zh-CN one', async () => {
    const bench = openTestWorkbench()
    await bench.call('workspace:init', { kind: 'demo' })
    const walmart = (await bench.call('proposal:list', {})).find((summary) => summary.accountCode === 'KA-0001')!
    const detail = await bench.call('proposal:get', { proposalId: walmart.proposal.id })
    expect(detail.clauses.map((clause) => clause.territoryCode)).toContain('4403')

    const read = async (language: 'zh-CN' | 'en-US'): Promise<DocxReading> => {
      const exported = await bench.call('proposal:export-docx', { proposalId: walmart.proposal.id, language, moneyUnit: 'yuan' })
      const file = path.join(bench.dataDir, `${language}.docx`)
      fs.writeFileSync(file, Buffer.from(exported.dataBase64, 'base64'))
      return readDocx(file)
    }
    const territories = (reading: DocxReading, header: string) => (reading.tables.find((table) => table[0]?.[0] === header) ?? []).slice(1).map((row) => row[0])

    const english = territories(await read('en-US'), 'Territory')
    expect(english).toContain('Shenzhen, Guangdong (4403)')
    // No Chinese character left in the column.
    expect(english.join('')).not.toMatch(/[\u3400-\u9fff]/)
    expect(territories(await read('zh-CN'), '保护区域')).toContain('广东省 深圳市（4403）')
  })
})
