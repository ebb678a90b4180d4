import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import { convertToPdf, isSofficeAvailable, pdfPageCount, pdfPagesText, readDocx } from '../helpers/docx-readers'

/** The demo workspace's round-2 sheet for 沃尔玛华南 (resources/demo/pipeline.json), exported and read back. */
async function exportedDemoSheet(language: 'zh-CN' | 'en-US') {
  const wb = openTestWorkbench()
  await wb.call('workspace:init', { kind: 'demo' })
  const walmart = wb.workbench.context.accounts.codeOwner('KA-0001')!
  const [sheet] = await wb.call('pipeline:negotiations', { accountId: walmart })
  const file = await wb.call('pipeline:negotiation-export', { id: sheet!.id, language })
  const filePath = path.join(wb.dataDir, file.fileName)
  fs.writeFileSync(filePath, Buffer.from(file.dataBase64, 'base64'))
  return { file, filePath, dataDir: wb.dataDir }
}

describe('the negotiation preparation sheet .docx', () => {
  it('holds the limits, tactics, concessions with their total and the question plan, as python-docx reads it', async () => {
    const { file, filePath } = await exportedDemoSheet('zh-CN')
    expect(file.fileName).toMatch(/^谈判准备表-沃尔玛（中国）华南区-2-\d{4}-\d{2}-\d{2}\.docx$/)
    const reading = readDocx(filePath)
    expect(reading.headings.map((h) => h.text)).toEqual(['目标与底线', '对方可能的谈判手法及应对', '我方策略', '让步计划（条件置换）', '提问计划', '进入谈判的前提'])
    const [limits, buyer, , concessions, questions] = reading.tables
    // Payment days: objective 45, walk-away 60; fixed fees ¥50,000 / ¥80,000 (fen in the file: 5,000,000 / 8,000,000).
    expect(limits![1]).toEqual(['账期', '—', '45 天', '60 天'])
    expect(limits![2]).toEqual(['固定费用', '—', '50,000.00 元', '80,000.00 元'])
    expect(buyer![1]).toEqual(['多轮杀价', '每轮只让一项，并要求对等条件'])
    // Concessions ¥12,000 + ¥3,000 = ¥15,000.
    expect(concessions!.at(-1)).toEqual(['合计', '', '15,000.00'])
    expect(questions![1]![0]).toBe('情景型问题')
    expect(reading.sections[0]!.hasPageFields).toBe(true)
  })

  it.skipIf(!isSofficeAvailable())('is one or two A4 pages in LibreOffice with the Chinese text on them, and English when asked', async () => {
    const zh = await exportedDemoSheet('zh-CN')
    const pdf = convertToPdf(zh.filePath, zh.dataDir)
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2)
    expect(pdfPagesText(pdf).join('\n')).toContain('账期由 45 天放宽到 60 天')
    const en = await exportedDemoSheet('en-US')
    const reading = readDocx(en.filePath)
    expect(reading.headings[0]!.text).toBe('Objectives and walk-away limits')
    expect(reading.tables[0]![1]).toEqual(['Payment days', '—', '45 days', '60 days'])
  }, 240_000)
})
