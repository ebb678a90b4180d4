import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../helpers/docx-readers'
import { openTestWorkbench } from '../helpers/workbench'

describe('proposal:export-docx', () => {
  it('writes the demo proposal of 沃尔玛华南 with the planner’s figures, in 万元', async () => {
    const bench = openTestWorkbench()
    await bench.call('workspace:init', { kind: 'demo' })
    const proposals = await bench.call('proposal:list', {})
    const walmart = proposals.find((summary) => summary.accountCode === 'KA-0001')
    expect(walmart, 'the demo has a proposal for KA-0001').toBeDefined()
    const detail = await bench.call('proposal:get', { proposalId: walmart!.proposal.id })
    await bench.call('settings:set', { key: 'company', value: { name: '华康健康消费品有限公司', accentColour: '#0A7C66', logoPngBase64: null } })

    const exported = await bench.call('proposal:export-docx', { proposalId: walmart!.proposal.id, language: 'zh-CN', moneyUnit: 'wan' })
    expect(exported.fileName).toMatch(/^沃尔玛.*-进场方案-第\d+版\.docx$/)
    expect(exported.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const docxPath = path.join(bench.dataDir, exported.fileName)
    fs.writeFileSync(docxPath, Buffer.from(exported.dataBase64, 'base64'))
    const reading = readDocx(docxPath)

    expect(reading.headings.filter((h) => h.level === 1)).toHaveLength(8)
    const products = reading.tables.find((table) => table[0]?.[0] === '序号') ?? []
    // One row per SKU of the planner, in its order, plus the header and the totals.
    expect(products.slice(1, -1).map((row) => row[1])).toEqual(detail.skus.map((sku) => sku.skuCode))
    // G in 万元 as the planner's key figure: fen / 1,000,000, two decimals, half up.
    const g = detail.figures.keyFigures.grossPurchaseValue ?? 0
    const gText = (Math.round(g / 10_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    expect(products.at(-1)?.[12]).toBe(gText)
    expect(reading.sections[1]?.headerText).toContain('华康健康消费品有限公司')
  }, 120_000)

  it('refuses a proposal that does not exist without writing anything', async () => {
    const bench = openTestWorkbench()
    await bench.call('workspace:init', { kind: 'demo' })
    const failure = await bench.callFailing('proposal:export-docx', { proposalId: 999_999, language: 'en-US', moneyUnit: 'yuan' })
    expect(failure.code).not.toBe('internal')
    expect((await bench.callFailing('proposal:export-docx', { proposalId: 1, language: 'en-US', moneyUnit: 'yi' })).code).toBe('bad-input')
  })
})
