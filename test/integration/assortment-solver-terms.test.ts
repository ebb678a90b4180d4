import { describe, expect, it } from 'vitest'
import { solveSupplyPrice } from '../../src/shared/domain/sku'
import { openTestWorkbench } from '../helpers/workbench'

/**
 * A pharmacy chain carrying two SKUs, 1,000 units a year each:
 *   SKU-A retail ¥30.00, supply ¥20.00 · SKU-B retail ¥16.80, supply ¥8.70.
 */
async function workspace() {
  const wb = openTestWorkbench()
  const account = await wb.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy' } })
  const skuA = await wb.call('catalogue:create', { values: { code: 'SKU-A', name: '钙片', listSupplyPriceFen: '20', suggestedRetailPriceFen: '30' } })
  const skuB = await wb.call('catalogue:create', { values: { code: 'SKU-B', name: '维C', listSupplyPriceFen: '8.70', suggestedRetailPriceFen: '16.80' } })
  const lines = await wb.call('assortment:add', { accountId: account.id, skuIds: [skuA.id, skuB.id], status: 'listed' })
  for (const line of lines) await wb.call('assortment:update', { id: line.id, patch: { plannedAnnualUnits: '1000' } })
  return { ...wb, accountId: account.id, lines }
}

describe('the margin solver’s comprehensive mode reads the account’s terms', () => {
  it('is unavailable, saying why, without a term sheet or with an empty one', async () => {
    const { call, accountId } = await workspace()
    expect(await call('assortment:solver-terms', { accountId })).toEqual({ isAvailable: false, reason: 'noTermSheet', year: null })
    const sheet = await call('terms:create-sheet', { accountId, year: 2026, from: 'empty' })
    await call('terms:add-line', { sheetId: sheet.id, kind: 'entry' })
    expect(await call('assortment:solver-terms', { accountId })).toEqual({ isAvailable: false, reason: 'termSheetEmpty', year: 2026 })
  })

  it('gives D% and the fixed fees per unit of our offer, then of the agreed side once signed, and the solve meets the target', async () => {
    const { call, accountId } = await workspace()
    const sheet = await call('terms:create-sheet', { accountId, year: 2026, from: 'empty' })
    const entry = await call('terms:add-line', { sheetId: sheet.id, kind: 'entry' })
    const rebate = await call('terms:add-line', { sheetId: sheet.id, kind: 'unconditionalRebate' })
    await call('terms:update-line', { id: entry.id, patch: { offer: { amount: '2000' } } })
    await call('terms:update-line', { id: rebate.id, patch: { offer: { rate: '5%' } } })
    // Offer: D% = 5 %; F = ¥2,000 = 200,000 fen over Σq = 2,000 units → f = 100 fen per unit.
    const offer = await call('assortment:solver-terms', { accountId })
    expect(offer).toEqual({ isAvailable: true, year: 2026, side: 'offer', percentageTermsPpm: 50_000, fixedFeePerUnitFen: 100 })

    // SKU-A at 60 %: s = (3000 × 0.4 + 100) / 0.95 = 1300 / 0.95 = 1368.42 → 1368 fen;
    // margin (3000 − 1368 + 68.4 + 100) / 3000 = 1800.4 / 3000 = 60.013 %.
    if (!offer.isAvailable) throw new Error('expected terms')
    const solved = solveSupplyPrice({
      retailPriceFen: 3000,
      targetMarginPpm: 600_000,
      basis: { mode: 'comprehensive', percentageTermsPpm: offer.percentageTermsPpm, fixedFeesPerUnitFen: offer.fixedFeePerUnitFen }
    })
    expect(solved).toMatchObject({ ok: true, value: { supplyPriceFen: 1368, marginPpm: 600_133, isTargetMet: true } })

    // Signed: entry ¥4,000 and a 3 % rebate → D% = 3 %, f = 400,000 / 2,000 = 200 fen.
    await call('terms:update-line', { id: entry.id, patch: { agreed: { amount: '4000' } } })
    await call('terms:update-line', { id: rebate.id, patch: { agreed: { rate: '3%' } } })
    expect(await call('assortment:solver-terms', { accountId })).toEqual({ isAvailable: true, year: 2026, side: 'agreed', percentageTermsPpm: 30_000, fixedFeePerUnitFen: 200 })
  })

  it('takes the latest contract year and says when no units carry the fixed fees', async () => {
    const { call, accountId, lines } = await workspace()
    for (const year of [2025, 2026]) {
      const sheet = await call('terms:create-sheet', { accountId, year, from: 'empty' })
      const entry = await call('terms:add-line', { sheetId: sheet.id, kind: 'entry' })
      await call('terms:update-line', { id: entry.id, patch: { offer: { amount: year === 2026 ? '1000' : '9000' } } })
    }
    // 2026: ¥1,000 over 2,000 units = 50 fen per unit (2025's ¥9,000 is not used).
    expect(await call('assortment:solver-terms', { accountId })).toMatchObject({ year: 2026, fixedFeePerUnitFen: 50, percentageTermsPpm: 0 })
    for (const line of lines) await call('assortment:update', { id: line.id, patch: { plannedAnnualUnits: '0' } })
    expect(await call('assortment:solver-terms', { accountId })).toEqual({ isAvailable: false, reason: 'noUnits', year: 2026 })
  })
})
