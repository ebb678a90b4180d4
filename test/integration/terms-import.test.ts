import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

/** A retailer's 费用单 as many arrive: Chinese headers, yuan with 万, rates with or without %. */
const FEE_SCHEDULE = [
  '费用项目,计费方式,金额,次数,比例',
  '进场费,每年,5万,,',
  '条码费,每单品,800,,',
  '节庆费,每次,6000,4,',
  '堆头,每档期,5000,6,',
  '无条件返利,,,,2%',
  '配送费,,,,3',
  '年度合同续签费,,1万,,',
  '陈列费,每档期,abc,,',
  '有条件返利,,,,1',
  '信息费,每月,2000,,'
].join('\n')

const upload = (text: string) => ({ fileName: '华联费用单.csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') })

async function sheetWithEntryFee() {
  const wb = openTestWorkbench()
  const account = await wb.call('accounts:create', { values: { code: 'KA-0008', name: '上海华联超市', format: 'supermarket' } })
  const sheet = await wb.call('terms:create-sheet', { accountId: account.id, year: 2027, from: 'empty' })
  const entry = await wb.call('terms:add-line', { sheetId: sheet.id, kind: 'entry' })
  await wb.call('terms:update-line', { id: entry.id, patch: { offer: { amount: '3万' } } })
  return { ...wb, accountId: account.id, sheetId: sheet.id, entryId: entry.id }
}

describe('fee schedule 费用单 import', () => {
  it('previews the column mapping and every refused row with its reason, writing nothing', async () => {
    const { call, accountId } = await sheetWithEntryFee()
    const preview = await call('terms:import-preview', upload(FEE_SCHEDULE))
    expect(preview.columns.map((column) => column.field)).toEqual(['item', 'basis', 'amount', 'count', 'rate'])
    expect([preview.totalRows, preview.validRows, preview.invalidRows]).toEqual([10, 7, 3])
    expect(preview.errors).toEqual([
      { row: 9, field: 'amount', message: '“金额”须为数字，收到“abc”' },
      { row: 10, field: 'item', message: '“有条件返利”按档位计算，请在合同条款表中填写档位' },
      { row: 11, field: 'basis', message: '无法识别计费方式“每月”（可填：每年、每店、每单品、每次、每期、每档期）' }
    ])
    expect((await call('terms:get', { accountId, year: 2027 })).lines).toHaveLength(1)
  })

  it('sets the ask of the lines it names, adds the others, and hands the refused rows back as a file', async () => {
    const { call, accountId, sheetId, entryId } = await sheetWithEntryFee()
    const result = await call('terms:import-commit', { ...upload(FEE_SCHEDULE), mapping: ['item', 'basis', 'amount', 'count', 'rate'], sheetId, side: 'ask' })
    expect(result.updatedLineIds).toEqual([entryId])
    expect(result.addedLineIds).toHaveLength(6)
    expect([result.skipped, result.refusedRowsFile?.rowCount]).toEqual([3, 3])
    const sheet = await call('terms:get', { accountId, year: 2027 })
    const summary = sheet.lines.map((line) => [line.kind, line.name ?? null, line.category === 'fixed' ? line.basis : null, line.values.ask, line.values.offer])
    expect(summary).toEqual([
      // the offer typed before stays; the retailer's ask joins it on the same line
      ['entry', null, 'perYear', { unitFen: 5_000_000, count: 1 }, { unitFen: 3_000_000, count: 1 }],
      ['barcode', null, 'perSku', { unitFen: 80_000, count: 1 }, null],
      ['festival', null, 'perEvent', { unitFen: 600_000, count: 4 }, null],
      ['floorStack', null, 'perPeriod', { unitFen: 500_000, count: 6 }, null],
      ['unconditionalRebate', null, null, 20_000, null],
      ['logistics', null, null, 30_000, null],
      ['customFixed', '年度合同续签费', 'perYear', { unitFen: 1_000_000, count: 1 }, null]
    ])
  })
})
