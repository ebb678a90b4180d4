/**
 * The Word export of a saved version and the content the brief asked for, read back with
 * python-docx: a version prints its snapshot (a price changed after saving stays as it was), its
 * name and date on the cover; the terms chapter states the payment term in a sentence; the
 * product list names each SKU's barcode and category.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { proposalDocumentText } from '../../electron/core/proposal-document/document-text'
import { readDocx, type DocxReading } from '../helpers/docx-readers'
import { openTestWorkbench } from '../helpers/workbench'

type Bench = ReturnType<typeof openTestWorkbench>

async function exportToReading(bench: Bench, input: { proposalId: number; versionId?: number; language: 'zh-CN' | 'en-US'; moneyUnit: 'yuan' | 'wan' }, name: string): Promise<DocxReading> {
  const exported = await bench.call('proposal:export-docx', input)
  const file = path.join(bench.dataDir, `${name}.docx`)
  fs.writeFileSync(file, Buffer.from(exported.dataBase64, 'base64'))
  return readDocx(file)
}

const productTable = (reading: DocxReading, firstHeader: string) => reading.tables.find((table) => table[0]?.[0] === firstHeader) ?? []
const coverText = (reading: DocxReading) => (reading.tables[0] ?? []).map((row) => row.join(' ')).join('\n')

/** The demo's 沃尔玛华南 proposal, saved as a version "首轮报价", then the first SKU's supply price raised by 1.00 元. */
async function savedThenRepriced() {
  const bench = openTestWorkbench()
  await bench.call('workspace:init', { kind: 'demo' })
  const proposals = await bench.call('proposal:list', {})
  const walmart = proposals.find((summary) => summary.accountCode === 'KA-0001')
  const detail = await bench.call('proposal:get', { proposalId: walmart!.proposal.id })
  const saved = await bench.call('proposal:version-save', { proposalId: detail.proposal.id, name: '首轮报价' })
  const changedSku = detail.skus[0]!
  const oldPriceFen = changedSku.supplyPriceFen ?? 0
  await bench.call('assortment:update', { id: changedSku.assortmentLineId, patch: { supplyPriceFen: ((oldPriceFen + 100) / 100).toFixed(2) } })
  return { bench, detail, proposals, versionId: saved.id, savedOn: saved.savedOn, changedSku, oldPriceFen }
}

describe('proposal:export-docx of a saved version', () => {
  it('prints the price of the day the version was saved, and its name and date on the cover, while the working copy prints today’s', async () => {
    const { bench, detail, proposals, versionId, savedOn, changedSku, oldPriceFen } = await savedThenRepriced()
    const version = await exportToReading(bench, { proposalId: detail.proposal.id, versionId, language: 'zh-CN', moneyUnit: 'yuan' }, 'version')
    const current = await exportToReading(bench, { proposalId: detail.proposal.id, language: 'zh-CN', moneyUnit: 'yuan' }, 'current')
    const rowOf = (reading: DocxReading) => productTable(reading, '序号').find((row) => row[1] === changedSku.skuCode)
    // Column 6 is 供货价（元）: e.g. 2,551 fen → "25.51" in the version, 2,651 fen → "26.51" now.
    const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    expect(oldPriceFen).toBeGreaterThan(0)
    expect(rowOf(version)?.[6]).toBe(yuan(oldPriceFen))
    expect(rowOf(current)?.[6]).toBe(yuan(oldPriceFen + 100))

    // The cover names the version and the day it was saved; the working copy is the next version, dated today.
    const zh = proposalDocumentText['zh-CN']
    expect(coverText(version)).toContain(zh.version(detail.versions.length + 1, '首轮报价'))
    expect(coverText(version)).toContain(zh.date(savedOn))
    expect(coverText(current)).toContain(zh.version(detail.versions.length + 2, null))

    // A version of one proposal is not exported under another.
    const other = proposals.find((summary) => summary.proposal.id !== detail.proposal.id)
    expect(other, 'the demo has a second proposal').toBeDefined()
    const failure = await bench.callFailing('proposal:export-docx', { proposalId: other!.proposal.id, versionId, language: 'zh-CN', moneyUnit: 'yuan' })
    expect(failure.code).toBe('validation')
  }, 240_000)

  it('states the payment term in a sentence and lists each SKU’s barcode and category, in both languages', async () => {
    const { bench, detail, changedSku } = await savedThenRepriced()
    const payment = detail.termLines.find((line) => line.termCode === 'payment_days')
    expect(payment?.offerValue, 'the demo sheet offers payment days').not.toBeNull()
    const zh = await exportToReading(bench, { proposalId: detail.proposal.id, language: 'zh-CN', moneyUnit: 'wan' }, 'zh')
    const en = await exportToReading(bench, { proposalId: detail.proposal.id, language: 'en-US', moneyUnit: 'wan' }, 'en')
    const zhSentence = zh.paragraphs.find((paragraph) => paragraph.text.startsWith('结算方式：'))?.text ?? ''
    expect(zhSentence).toMatch(new RegExp(`^结算方式：(票到 ${payment!.offerValue} 天|月结 ${payment!.offerValue} 天|代销（售后结算），商品售出后 ${payment!.offerValue} 天结算)`))
    const enSentence = en.paragraphs.find((paragraph) => paragraph.text.startsWith('Payment: '))?.text ?? ''
    expect(enSentence).toContain(`${payment!.offerValue} days`)

    const catalogue = await bench.call('catalogue:list', {})
    const sku = catalogue.find((item) => item.code === changedSku.skuCode)
    const zhRows = productTable(zh, '序号')
    expect(zhRows[0]?.slice(1, 6)).toEqual(['单品编码', '条码', '品名', '规格', '品类'])
    const zhRow = zhRows.find((row) => row[1] === changedSku.skuCode)
    expect(zhRow?.[2]).toBe(sku?.barcode ?? '')
    expect(zhRow?.[5]).toBe(sku?.category)
    expect(productTable(en, '#')[0]?.slice(1, 6)).toEqual(['SKU', 'Barcode', 'Product', 'Pack', 'Category'])
  }, 180_000)
})
