import Database from 'better-sqlite3'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench, type TestWorkbench } from '../helpers/workbench'
import { DATABASE_FILE_NAME } from '../../electron/core/paths'
import { assortmentRepositoryOf } from '../../electron/core/assortment/assortment-repository'
import { writeStampsOf, type WatchedTable } from '../../electron/core/db/write-stamps'
import type { TermsComparison } from '../../src/shared/contract/terms'

/**
 * terms:compare keeps each account's computed figures between calls; every kind of write that
 * feeds them must show in the next comparison. Each test compares first (so the figures are
 * cached), writes, and compares again.
 *
 * The workspace, worked by hand:
 *   SKU-A supply ¥10, retail ¥15, cost ¥6; SKU-B supply ¥20, retail ¥30, cost ¥12.
 *   沃尔玛 (hypermarket, 10 direct stores): SKU-A × 1,000 units → G = 1,000 × 1,000 = 1,000,000 fen.
 *   华联 (supermarket, 5 direct stores): SKU-A × 500, SKU-B × 100 → G = 500,000 + 200,000 = 700,000.
 *   2026 offers: 沃尔玛 entry ¥1,000, barcode ¥100 per SKU, invoice + 30 days; 华联 entry ¥500.
 *   Interest 4.35%: 沃尔玛's K = 1,000,000 × 4.35% × 30 / 365 = 3,575.34 → 3,575.
 */
async function workspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const walmart = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket', directStores: '10' } })
  const lianhua = await call('accounts:create', { values: { code: 'KA-0002', name: '华联', format: 'supermarket', directStores: '5' } })
  const skuA = await call('catalogue:create', { values: { code: 'SKU-A', name: '维C', listSupplyPriceFen: '10', suggestedRetailPriceFen: '15', unitCostFen: '6' } })
  const skuB = await call('catalogue:create', { values: { code: 'SKU-B', name: '钙片', listSupplyPriceFen: '20', suggestedRetailPriceFen: '30', unitCostFen: '12' } })
  const [walmartLine] = await call('assortment:add', { accountId: walmart.id, skuIds: [skuA.id], status: 'listed' })
  const [lianhuaA, lianhuaB] = await call('assortment:add', { accountId: lianhua.id, skuIds: [skuA.id, skuB.id], status: 'listed' })
  await call('assortment:update', { id: walmartLine!.id, patch: { plannedAnnualUnits: '1000' } })
  await call('assortment:update', { id: lianhuaA!.id, patch: { plannedAnnualUnits: '500' } })
  await call('assortment:update', { id: lianhuaB!.id, patch: { plannedAnnualUnits: '100' } })
  const walmartSheet = await call('terms:create-sheet', { accountId: walmart.id, year: 2026, from: 'empty' })
  const entry = await call('terms:add-line', { sheetId: walmartSheet.id, kind: 'entry' })
  const barcode = await call('terms:add-line', { sheetId: walmartSheet.id, kind: 'barcode' })
  await call('terms:update-line', { id: entry.id, patch: { offer: { amount: '1000' } } })
  await call('terms:update-line', { id: barcode.id, patch: { offer: { amount: '100' } } })
  await call('terms:set-payment', { sheetId: walmartSheet.id, side: 'offer', mode: 'invoice', days: 30 })
  const lianhuaSheet = await call('terms:create-sheet', { accountId: lianhua.id, year: 2026, from: 'empty' })
  const lianhuaEntry = await call('terms:add-line', { sheetId: lianhuaSheet.id, kind: 'entry' })
  await call('terms:update-line', { id: lianhuaEntry.id, patch: { offer: { amount: '500' } } })
  const accountIds = [walmart.id, lianhua.id]
  const compare = () => call('terms:compare', { accountIds, year: 2026, side: 'offer', isPerHundredYuan: false })
  return {
    ...wb,
    walmart,
    lianhua,
    skuA,
    skuB,
    lines: { walmart: walmartLine!, lianhuaA: lianhuaA!, lianhuaB: lianhuaB! },
    sheets: { walmart: walmartSheet, lianhua: lianhuaSheet },
    termLines: { entry, barcode, lianhuaEntry },
    compare
  }
}

/** The row's cells, [沃尔玛, 华联]. */
const cellsOf = (comparison: TermsComparison, rowId: string) => comparison.rows.find((row) => row.id === rowId)?.cells

const G = 'figure:purchaseValueFen'

describe('terms:compare after each kind of write', () => {
  it('gives the hand-worked figures, twice the same', async () => {
    const { compare } = await workspace()
    const first = await compare()
    expect(cellsOf(first, G)).toEqual([1_000_000, 700_000])
    expect(cellsOf(first, 'term:entry')).toEqual([100_000, 50_000])
    expect(cellsOf(first, 'term:barcode')).toEqual([10_000, 0])
    expect(cellsOf(first, 'figure:financingCostFen')).toEqual([3_575, null])
    expect(await compare()).toEqual(first)
  })

  it('follows planned units, a line’s own price, a bulk price change and a margin-free status change', async () => {
    const { call, compare, lines } = await workspace()
    await compare()
    await call('assortment:update', { id: lines.walmart.id, patch: { plannedAnnualUnits: '2000' } })
    // 2,000 × 1,000 = 2,000,000; 华联 untouched
    expect(cellsOf(await compare(), G)).toEqual([2_000_000, 700_000])
    await call('assortment:update', { id: lines.lianhuaA.id, patch: { supplyPriceFen: '11' } })
    // 华联: 500 × 1,100 + 100 × 2,000 = 750,000
    expect(cellsOf(await compare(), G)).toEqual([2_000_000, 750_000])
    await call('assortment:bulk-price', { ids: [lines.walmart.id], field: 'supplyPrice', mode: 'percent', amount: '10' })
    // ¥10 + 10% = ¥11: 2,000 × 1,100 = 2,200,000
    expect(cellsOf(await compare(), G)).toEqual([2_200_000, 750_000])
    await call('assortment:update', { id: lines.lianhuaB.id, patch: { status: 'delisted' } })
    // a delisted line is not bought: 华联 500 × 1,100 = 550,000
    expect(cellsOf(await compare(), G)).toEqual([2_200_000, 550_000])
  })

  it('follows lines added, removed and put back (undo), and a copied assortment', async () => {
    const { call, compare, walmart, lianhua, skuB, lines } = await workspace()
    await compare()
    const [added] = await call('assortment:add', { accountId: walmart.id, skuIds: [skuB.id], status: 'proposed' })
    // barcode ¥100 × 2 SKUs = 20,000 fen
    expect(cellsOf(await compare(), 'term:barcode')).toEqual([20_000, 0])
    const removed = await call('assortment:remove', { ids: [added!.id, lines.walmart.id] })
    expect(cellsOf(await compare(), G)).toEqual([0, 700_000])
    await call('assortment:restore', { lines: removed })
    expect(cellsOf(await compare(), G)).toEqual([1_000_000, 700_000])
    await call('assortment:copy', { fromAccountId: lianhua.id, toAccountId: walmart.id, mode: 'replace' })
    // 沃尔玛 now plans 华联's lines (units copied or not, the barcode counts 2 SKUs)
    expect(cellsOf(await compare(), 'term:barcode')).toEqual([20_000, 0])
  })

  it('follows catalogue prices, a SKU deleted and restored', async () => {
    const { call, compare, skuA, skuB } = await workspace()
    await compare()
    await call('catalogue:update', { id: skuA.id, patch: { listSupplyPriceFen: '12' } })
    // 沃尔玛 1,000 × 1,200 = 1,200,000; 华联 500 × 1,200 + 100 × 2,000 = 800,000
    expect(cellsOf(await compare(), G)).toEqual([1_200_000, 800_000])
    const removed = await call('catalogue:delete', { ids: [skuB.id] })
    // 华联 loses SKU-B: 600,000
    expect(cellsOf(await compare(), G)).toEqual([1_200_000, 600_000])
    await call('catalogue:restore', removed)
    expect(cellsOf(await compare(), G)).toEqual([1_200_000, 800_000])
  })

  it('follows term lines edited, added, removed and restored, and the payment term', async () => {
    const { call, compare, sheets, termLines } = await workspace()
    await compare()
    await call('terms:update-line', { id: termLines.entry.id, patch: { offer: { amount: '2000' } } })
    expect(cellsOf(await compare(), 'term:entry')).toEqual([200_000, 50_000])
    const logistics = await call('terms:add-line', { sheetId: sheets.lianhua.id, kind: 'logistics' })
    await call('terms:update-line', { id: logistics.id, patch: { offer: { rate: '3' } } })
    // 3% of 华联's 700,000 = 21,000
    expect(cellsOf(await compare(), 'term:logistics')).toEqual([0, 21_000])
    const removed = await call('terms:remove-lines', { ids: [logistics.id] })
    expect(cellsOf(await compare(), 'term:logistics')).toBeUndefined()
    await call('terms:restore-lines', { lines: removed })
    expect(cellsOf(await compare(), 'term:logistics')).toEqual([0, 21_000])
    await call('terms:set-payment', { sheetId: sheets.walmart.id, side: 'offer', mode: 'invoice', days: 60 })
    // 1,000,000 × 4.35% × 60 / 365 = 7,150.68 → 7,151
    expect(cellsOf(await compare(), 'figure:financingCostFen')).toEqual([7_151, null])
  })

  it('follows a scenario made the offer, and the undo of that', async () => {
    const { call, compare, sheets, termLines } = await workspace()
    await compare()
    const scenario = await call('terms:scenario-create', { sheetId: sheets.walmart.id, name: '让步' })
    await call('terms:scenario-update', { scenarioId: scenario.id, lines: [{ lineId: termLines.entry.id, cells: { amount: '3000' } }] })
    // a scenario alone is not the offer
    expect(cellsOf(await compare(), 'term:entry')).toEqual([100_000, 50_000])
    const before = await call('terms:scenario-promote', { scenarioId: scenario.id })
    expect(cellsOf(await compare(), 'term:entry')).toEqual([300_000, 50_000])
    await call('terms:offer-restore', { snapshot: before })
    expect(cellsOf(await compare(), 'term:entry')).toEqual([100_000, 50_000])
  })

  it('follows the interest rate, the store count and a new sheet for the year', async () => {
    const { call, compare, walmart, sheets } = await workspace()
    await compare()
    await call('terms:settings-set', { annualInterestRatePpm: 100_000 })
    // 1,000,000 × 10% × 30 / 365 = 8,219.18 → 8,219
    expect(cellsOf(await compare(), 'figure:financingCostFen')).toEqual([8_219, null])
    const newStore = await call('terms:add-line', { sheetId: sheets.walmart.id, kind: 'newStore' })
    await call('terms:update-line', { id: newStore.id, patch: { offer: { amount: '50' } } })
    // ¥50 × 10 direct stores = 50,000 fen
    expect(cellsOf(await compare(), 'term:newStore')).toEqual([50_000, 0])
    await call('accounts:update', { id: walmart.id, patch: { directStores: '20' } })
    expect(cellsOf(await compare(), 'term:newStore')).toEqual([100_000, 0])
    const thirdAccount = await call('accounts:create', { values: { code: 'KA-0003', name: '大参林', format: 'pharmacy' } })
    const ids = [walmart.id, thirdAccount.id]
    const before = await call('terms:compare', { accountIds: ids, year: 2026, side: 'offer', isPerHundredYuan: false })
    expect(before.missingAccountIds).toEqual([thirdAccount.id])
    await call('terms:create-sheet', { accountId: thirdAccount.id, year: 2026, from: { accountId: walmart.id, year: 2026 } })
    const after = await call('terms:compare', { accountIds: ids, year: 2026, side: 'offer', isPerHundredYuan: false })
    // the new sheet starts at 沃尔玛's offer: entry ¥1,000
    expect([after.accountIds, cellsOf(after, 'term:entry')]).toEqual([ids, [100_000, 100_000]])
  })

  it('refuses a binned account and compares it again once restored', async () => {
    const { call, callFailing, compare, walmart, lianhua } = await workspace()
    await compare()
    const [binned] = await call('accounts:delete', { ids: [walmart.id] })
    expect((await callFailing('terms:compare', { accountIds: [walmart.id, lianhua.id], year: 2026, side: 'offer', isPerHundredYuan: false })).code).toBe('not-found')
    await call('accounts:restore', { ids: [walmart.id], baseVersions: [binned!.rowVersion] })
    expect(cellsOf(await compare(), G)).toEqual([1_000_000, 700_000])
  })

  it('sees writes that bypass the services: a repository call, and another connection to the file', async () => {
    const { workbench, dataDir, compare, lines } = await workspace()
    await compare()
    const { db } = workbench.context
    const repository = assortmentRepositoryOf(db)
    const line = repository.get(lines.walmart.id)!
    db.transaction(() => repository.update(line.id, { ...line, plannedAnnualUnits: 3000 }, workbench.context.now()))()
    // 3,000 × 1,000 = 3,000,000
    expect(cellsOf(await compare(), G)).toEqual([3_000_000, 700_000])
    const other = new Database(path.join(dataDir, DATABASE_FILE_NAME))
    try {
      other.prepare('UPDATE assortment_lines SET planned_annual_units = 200 WHERE id = ?').run(lines.lianhuaB.id)
    } finally {
      other.close()
    }
    // 500 × 1,000 + 200 × 2,000 = 900,000
    expect(cellsOf(await compare(), G)).toEqual([3_000_000, 900_000])
  })
})

describe('write stamps', () => {
  const TABLES: readonly WatchedTable[] = ['accounts', 'account_plans', 'assortment_lines', 'term_sheets', 'term_lines', 'term_payments']

  async function stampsAround(wb: TestWorkbench, accountIds: readonly number[], write: () => Promise<unknown>) {
    const stamps = writeStampsOf(wb.workbench.context.db)
    const before = accountIds.map((id) => stamps.ofAccount(TABLES, id))
    await write()
    return accountIds.map((id, index) => stamps.ofAccount(TABLES, id) !== before[index])
  }

  it('move for the account written only (a margin target, a payment term, a store count)', async () => {
    const wb = await workspace()
    const { call, walmart, lianhua, sheets } = wb
    const ids = [walmart.id, lianhua.id]
    expect(await stampsAround(wb, ids, () => call('assortment:plan-set', { accountId: walmart.id, marginTargetPpm: 300_000 }))).toEqual([true, false])
    expect(await stampsAround(wb, ids, () => call('terms:set-payment', { sheetId: sheets.lianhua.id, side: 'ask', mode: 'monthly', days: 45 }))).toEqual([false, true])
    expect(await stampsAround(wb, ids, () => call('accounts:update', { id: lianhua.id, patch: { directStores: '8' } }))).toEqual([false, true])
    // reading moves nothing
    expect(await stampsAround(wb, ids, () => call('terms:economics', { accountId: walmart.id, year: 2026 }))).toEqual([false, false])
  })

  it('move for every account when a shared table is written (the catalogue, the terms settings)', async () => {
    const wb = await workspace()
    const { call, walmart, lianhua, skuB } = wb
    const stamps = writeStampsOf(wb.workbench.context.db)
    const shared: readonly WatchedTable[] = ['skus', 'terms_settings']
    const ids = [walmart.id, lianhua.id]
    const before = ids.map((id) => stamps.ofAccount(shared, id))
    await call('catalogue:update', { id: skuB.id, patch: { name: '钙片 新' } })
    expect(ids.map((id, index) => stamps.ofAccount(shared, id) !== before[index])).toEqual([true, true])
    const afterSku = ids.map((id) => stamps.ofAccount(shared, id))
    await call('terms:settings-set', { tradeSpendThresholdPpm: 120_000 })
    expect(ids.map((id, index) => stamps.ofAccount(shared, id) !== afterSku[index])).toEqual([true, true])
  })
})
