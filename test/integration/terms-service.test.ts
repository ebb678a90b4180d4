import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import { accountEconomics, type AssortmentLine } from '../../src/shared/domain/terms'

/**
 * A hypermarket with 10 direct stores and two planned SKUs:
 *   A: supply 10.00, retail 15.00, cost 6.00, 1,000 units (listed)
 *   B: supply 20.00, retail 30.00, cost 12.00, 500 units (proposed)
 *   C: carried but delisted, so not bought (and not counted for per-SKU fees)
 * G = 1,000 × 1,000 + 500 × 2,000 = 2,000,000 fen (¥20,000); V = 3,000,000; COGS = 1,200,000.
 * Offer: entry fee ¥1,000; barcode ¥100 per SKU (× 2 = ¥200); unconditional rebate 2%; logistics 3%;
 * invoice + 30 days. Interest 4.35% (the default).
 */
async function smallWorkspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const account = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket', directStores: '10' } })
  const skuA = await call('catalogue:create', { values: { code: 'SKU-A', name: '维C', listSupplyPriceFen: '10', suggestedRetailPriceFen: '15', unitCostFen: '6' } })
  const skuB = await call('catalogue:create', { values: { code: 'SKU-B', name: '钙片', listSupplyPriceFen: '20', suggestedRetailPriceFen: '30', unitCostFen: '12' } })
  const skuC = await call('catalogue:create', { values: { code: 'SKU-C', name: '鱼油', listSupplyPriceFen: '50', suggestedRetailPriceFen: '80', unitCostFen: '30' } })
  const [lineA] = await call('assortment:add', { accountId: account.id, skuIds: [skuA.id], status: 'listed' })
  const [lineB] = await call('assortment:add', { accountId: account.id, skuIds: [skuB.id], status: 'proposed' })
  const [lineC] = await call('assortment:add', { accountId: account.id, skuIds: [skuC.id], status: 'delisted' })
  await call('assortment:update', { id: lineA!.id, patch: { plannedAnnualUnits: '1000' } })
  await call('assortment:update', { id: lineB!.id, patch: { plannedAnnualUnits: '500' } })
  await call('assortment:update', { id: lineC!.id, patch: { plannedAnnualUnits: '9999' } })
  const sheet = await call('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' })
  const entry = await call('terms:add-line', { sheetId: sheet.id, kind: 'entry' })
  const barcode = await call('terms:add-line', { sheetId: sheet.id, kind: 'barcode' })
  const rebate = await call('terms:add-line', { sheetId: sheet.id, kind: 'unconditionalRebate' })
  const logistics = await call('terms:add-line', { sheetId: sheet.id, kind: 'logistics' })
  await call('terms:update-line', { id: entry.id, patch: { offer: { amount: '1000' } } })
  await call('terms:update-line', { id: barcode.id, patch: { offer: { amount: '100' } } })
  await call('terms:update-line', { id: rebate.id, patch: { offer: { rate: '2%' } } })
  await call('terms:update-line', { id: logistics.id, patch: { offer: { rate: '3' } } })
  await call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'invoice', days: 30 })
  return { ...wb, accountId: account.id, sheetId: sheet.id, lines: { entry, barcode, rebate, logistics } }
}

describe('a term sheet and its economics', () => {
  it('computes the offer as the domain defines it, by hand', async () => {
    const { call, accountId } = await smallWorkspace()
    const { sides, plan } = await call('terms:economics', { accountId, year: 2026 })
    const offer = sides.offer.economics
    expect(plan).toMatchObject({ skuCount: 2, storeCount: 10, annualInterestRatePpm: 43_500, promotionFundingFen: 0 })
    expect([offer.purchaseValueFen, offer.retailValueFen, offer.cogsFen]).toEqual([2_000_000, 3_000_000, 1_200_000])
    // F = 100,000 + 10,000 × 2 SKUs = 120,000; G·D% = 2% + 3% of G = 40,000 + 60,000 = 100,000
    expect([offer.fixedFeesFen, offer.percentageTermsPpm, offer.percentageTermsFen]).toEqual([120_000, 50_000, 100_000])
    // K = 2,000,000 × 4.35% × 30 / 365 = 7,150.68 → 7,151
    expect([offer.effectivePaymentDays, offer.financingCostFen]).toEqual([30, 7_151])
    // N = 2,000,000 − 100,000 − 120,000 − 0 − 7,151 = 1,772,849; contribution = N − 1,200,000 = 572,849
    expect([offer.netRevenueFen, offer.contributionFen]).toEqual([1_772_849, 572_849])
    // contribution margin 572,849 / 2,000,000 = 28.64245% → 286,425 ppm (half up); spend (100,000 + 120,000) / G = 11%
    expect([offer.contributionMarginPpm, offer.tradeSpendRatePpm]).toEqual([286_425, 110_000])
    // retailer comprehensive margin (3,000,000 − 2,000,000 + 100,000 + 120,000) / 3,000,000 = 40.6667% → 406,667
    expect(offer.retailerMarginPpm).toBe(406_667)
    // the ask has nothing entered: no fees, and no payment term to finance
    expect(sides.ask.economics.fixedFeesFen).toBe(0)
    expect(sides.ask.economics.nullReasons.financingCostFen).toBe('paymentNotSet')
    expect(sides.offer.waterfall?.at(-1)).toEqual({ key: 'contribution', isTotal: true, amountFen: 572_849, runningFen: 572_849 })
  })

  it('stores cells as a person types them and refuses what does not fit, changing nothing', async () => {
    const { call, callFailing, accountId, sheetId, lines } = await smallWorkspace()
    const festival = await call('terms:add-line', { sheetId, kind: 'festival' })
    expect(festival).toMatchObject({ category: 'fixed', basis: 'perEvent', values: { ask: null, offer: null, agreed: null } })
    const typed = await call('terms:update-line', { id: festival.id, patch: { ask: { amount: '1.2万', count: '4' }, offer: { amount: '8000' } } })
    expect(typed.values).toEqual({ ask: { unitFen: 1_200_000, count: 4 }, offer: { unitFen: 800_000, count: 1 }, agreed: null })
    const tiered = await call('terms:add-line', { sheetId, kind: 'conditionalRebate' })
    const withTiers = await call('terms:update-line', {
      id: tiered.id,
      patch: { offer: { mode: 'excess', tiers: [{ threshold: '100万', rate: '1' }, { threshold: '200万', rate: '2.5%' }] } }
    })
    expect(withTiers.values.offer).toEqual({ mode: 'excess', tiers: [{ thresholdFen: 100_000_000, ratePpm: 10_000 }, { thresholdFen: 200_000_000, ratePpm: 25_000 }] })

    const before = await call('terms:get', { accountId, year: 2026 })
    expect((await callFailing('terms:update-line', { id: lines.entry.id, patch: { offer: { amount: 'abc' } } })).message).toBe('“金额”须为数字，收到“abc”')
    expect((await callFailing('terms:update-line', { id: lines.entry.id, patch: { offer: { rate: '2' } } })).message).toBe('“固定费用”没有“比例”一栏')
    expect((await callFailing('terms:update-line', { id: lines.logistics.id, patch: { ask: { rate: '-1' } } })).message).toBe('“比例”不能为负数')
    const descending = { offer: { tiers: [{ threshold: '200万', rate: '1' }, { threshold: '100万', rate: '2' }] } }
    expect((await callFailing('terms:update-line', { id: tiered.id, patch: descending })).message).toBe('第 2 档的起点必须高于上一档')
    expect((await callFailing('terms:add-line', { sheetId, kind: 'customFixed' })).message).toBe('自定义费用需要填写名称')
    expect((await callFailing('terms:economics', { accountId, year: 2024 })).message).toBe('“沃尔玛”还没有 2024 年度的合同条款')
    expect(await call('terms:get', { accountId, year: 2026 })).toEqual(before)
  })

  it('gives the demo hypermarket’s economics exactly as the domain module does on the same inputs', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const walmart = (await call('accounts:list', {})).find((account) => account.code === 'KA-0001')!
    const computed = await call('terms:economics', { accountId: walmart.id, year: 2026 })

    // The same inputs gathered by hand: lines listed or proposed, their own prices else the catalogue's.
    const skus = new Map((await call('catalogue:list', {})).map((sku) => [sku.id, sku]))
    const assortment: AssortmentLine[] = (await call('assortment:list', { accountId: walmart.id }))
      .filter((line) => line.status !== 'delisted')
      .map((line) => {
        const sku = skus.get(line.skuId)!
        return {
          skuId: String(sku.id),
          units: line.plannedAnnualUnits ?? 0,
          supplyFen: line.supplyPriceFen ?? sku.listSupplyPriceFen,
          retailFen: line.retailPriceFen ?? sku.suggestedRetailPriceFen ?? 0,
          unitCostFen: sku.unitCostFen ?? 0
        }
      })
    const sheet = await call('terms:get', { accountId: walmart.id, year: 2026 })
    const domainSheet = {
      lines: sheet.lines.map(({ id, sheetId: _s, position: _p, ...line }) => ({ ...line, id: String(id) })),
      payment: { ask: { mode: 'monthly' as const, days: 60 }, offer: { mode: 'monthly' as const, days: 30 }, agreed: { mode: 'monthly' as const, days: 45 } }
    }
    const plan = { assortment, storeCount: walmart.directStores, daysOfInventory: null, promotionFundingFen: 0, marginTargetPpm: null }
    for (const side of ['ask', 'offer', 'agreed'] as const) {
      expect(computed.sides[side].economics).toEqual(accountEconomics(plan, domainSheet as never, side, { annualInterestPpm: 43_500 }))
    }
    // Real figures a KA manager would read: G ¥33,203,145.20 over 27 planned SKUs at 46 stores.
    const agreed = computed.sides.agreed.economics
    expect([computed.plan.skuCount, computed.plan.storeCount, agreed.purchaseValueFen]).toEqual([27, 46, 3_320_314_520])
    // Agreed: 2% + 3% flat, and G ≥ ¥2,500万 reaches the 1% whole-mode tier: D% = 6%
    expect(agreed.percentageTermsPpm).toBe(60_000)
    // G·D% = 66,406,290 + 99,609,436 + 33,203,145 (each 2% / 3% / 1% of G, rounded half up) = 199,218,871
    // F = 6万 + 800 × 27 SKUs + 1.5万 + 8000 × 3 + 4500 × 8 + 5000 × 5 + 2500 × 8 + 3000 = ¥204,600
    expect([agreed.percentageTermsFen, agreed.fixedFeesFen]).toEqual([199_218_871, 20_460_000])
    // 综合毛利率 (V 5,126,866,300 − G + 199,218,871 + 20,460,000) / V = 2,026,230,651 / 5,126,866,300 = 39.5218%
    expect(agreed.retailerMarginPpm).toBe(395_218)
  })
})

describe('contract years', () => {
  it('starts this year from last year’s signed terms and keeps last year readable', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const walmart = (await call('accounts:list', {})).find((account) => account.code === 'KA-0001')!
    const lastYear = await call('terms:get', { accountId: walmart.id, year: 2026 })
    const thisYear = await call('terms:create-sheet', { accountId: walmart.id, year: 2027, from: 'previous-year' })
    expect(thisYear.lines).toHaveLength(lastYear.lines.length)
    // 进场费 2026: ask 8万, offer 5万, agreed 6万 → 2027 ask and offer start at the signed 6万, nothing agreed yet
    const entry = thisYear.lines.find((line) => line.kind === 'entry')!
    expect(entry.values).toEqual({ ask: { unitFen: 6_000_000, count: 1 }, offer: { unitFen: 6_000_000, count: 1 }, agreed: null })
    expect(thisYear.payment).toEqual({ ask: { mode: 'monthly', days: 45, inventoryDays: null }, offer: { mode: 'monthly', days: 45, inventoryDays: null }, agreed: null })
    expect((await call('terms:sheets', { accountId: walmart.id })).map((sheet) => [sheet.year, sheet.lineCount])).toEqual([
      [2027, 11],
      [2026, 11]
    ])
    expect(await call('terms:get', { accountId: walmart.id, year: 2026 })).toEqual(lastYear)
  })

  it('refuses a second sheet for the same year and a start from a year that has none', async () => {
    const { call, callFailing, accountId } = await smallWorkspace()
    expect((await callFailing('terms:create-sheet', { accountId, year: 2026, from: 'empty' })).message).toBe('“沃尔玛”已有 2026 年度的合同条款')
    expect((await callFailing('terms:create-sheet', { accountId, year: 2025, from: 'previous-year' })).message).toBe('“沃尔玛”在 2025 年之前没有合同条款可沿用')
    expect(await call('terms:sheets', { accountId })).toHaveLength(1)
  })
})

describe('remove and restore lines', () => {
  it('gives removed lines back under their ids with their scenario values (undo)', async () => {
    const { call, accountId, sheetId, lines } = await smallWorkspace()
    const scenario = await call('terms:scenario-create', { sheetId, name: '降物流费' })
    await call('terms:scenario-update', { scenarioId: scenario.id, lines: [{ lineId: lines.logistics.id, cells: { rate: '2' } }] })
    const before = await call('terms:get', { accountId, year: 2026 })
    const removed = await call('terms:remove-lines', { ids: [lines.logistics.id, lines.entry.id] })
    expect((await call('terms:get', { accountId, year: 2026 })).lines.map((line) => line.kind)).toEqual(['barcode', 'unconditionalRebate'])
    expect(removed[0]!.scenarioValues).toEqual([{ scenarioId: scenario.id, value: 20_000 }])
    await call('terms:restore-lines', { lines: removed })
    expect((await call('terms:get', { accountId, year: 2026 })).lines).toEqual(before.lines)
    const [restoredScenario] = await call('terms:scenarios', { sheetId })
    expect(restoredScenario!.values.find((entry) => entry.lineId === lines.logistics.id)?.value).toBe(20_000)
  })
})

describe('scenarios', () => {
  it('computes a what-if against the offer, promotes it in one step and undoes the promotion', async () => {
    const { call, accountId, sheetId, lines } = await smallWorkspace()
    const scenario = await call('terms:scenario-create', { sheetId, name: '物流费换账期' })
    expect(scenario.payment).toEqual({ mode: 'invoice', days: 30, inventoryDays: null })
    // Give: monthly statement + 30 days (45 effective); get: logistics 3% → 2%.
    await call('terms:scenario-update', {
      scenarioId: scenario.id,
      lines: [{ lineId: lines.logistics.id, cells: { rate: '2' } }],
      payment: { mode: 'monthly', days: 30 }
    })
    const whatIf = await call('terms:scenario-economics', { scenarioId: scenario.id })
    // logistics 1% of G less: −20,000; K = 2,000,000 × 4.35% × 45 / 365 = 10,726.03 → 10,726, +3,575 on 7,151
    expect(whatIf.delta.percentageTermsFen).toBe(-20_000)
    expect(whatIf.delta.financingCostFen).toBe(3_575)
    expect(whatIf.delta.contributionFen).toBe(16_425)
    expect(whatIf.economics.contributionFen).toBe(589_274)
    expect(whatIf.lineDelta).toEqual({ entry: 0, barcode: 0, unconditionalRebate: 0, logistics: -20_000 })

    const oldOffer = await call('terms:scenario-promote', { scenarioId: scenario.id })
    expect(oldOffer.payment).toEqual({ mode: 'invoice', days: 30, inventoryDays: null })
    expect(oldOffer.values.find((entry) => entry.lineId === lines.logistics.id)?.value).toBe(30_000)
    const promoted = await call('terms:economics', { accountId, year: 2026 })
    expect([promoted.sides.offer.economics.contributionFen, promoted.sides.offer.economics.effectivePaymentDays]).toEqual([589_274, 45])

    await call('terms:offer-restore', { snapshot: oldOffer })
    const undone = await call('terms:economics', { accountId, year: 2026 })
    expect([undone.sides.offer.economics.contributionFen, undone.sides.offer.economics.effectivePaymentDays]).toEqual([572_849, 30])
  })
  it('lets a line added after the scenario follow the offer, and deletes a scenario without touching the offer', async () => {
    const { call, callFailing, accountId, sheetId } = await smallWorkspace()
    const scenario = await call('terms:scenario-create', { sheetId, name: '加系统费' })
    const system = await call('terms:add-line', { sheetId, kind: 'system' })
    await call('terms:update-line', { id: system.id, patch: { offer: { amount: '3000' } } })
    // the new ¥3,000 fee is in the scenario too (it follows the offer), so the two still agree
    const whatIf = await call('terms:scenario-economics', { scenarioId: scenario.id })
    expect([whatIf.economics.fixedFeesFen, whatIf.delta.fixedFeesFen]).toEqual([420_000, 0])
    const offerBefore = await call('terms:get', { accountId, year: 2026 })
    expect((await call('terms:scenario-delete', { scenarioId: scenario.id })).name).toBe('加系统费')
    expect(await call('terms:scenarios', { sheetId })).toEqual([])
    expect(await call('terms:get', { accountId, year: 2026 })).toEqual(offerBefore)
    expect((await callFailing('terms:scenario-economics', { scenarioId: scenario.id })).message).toBe(`方案不存在或已被删除（ID ${scenario.id}）`)
  })
})

describe('restore a deleted scenario (undo of a delete, redo of a create)', () => {
  it('brings the scenario back whole in one call: its id, name, payment and every line value', async () => {
    const { call, sheetId, lines } = await smallWorkspace()
    const scenario = await call('terms:scenario-create', { sheetId, name: '物流费换账期' })
    // logistics 3% → 2% and monthly + 30 days, as in the promotion case above (contribution ¥5,892.74)
    await call('terms:scenario-update', { scenarioId: scenario.id, lines: [{ lineId: lines.logistics.id, cells: { rate: '2' } }], payment: { mode: 'monthly', days: 30 } })
    const [stored] = await call('terms:scenarios', { sheetId })
    const deleted = await call('terms:scenario-delete', { scenarioId: scenario.id })
    expect(await call('terms:scenarios', { sheetId })).toEqual([])

    const restored = await call('terms:scenario-restore', { scenario: deleted })
    expect(restored.id).toBe(scenario.id)
    expect({ ...restored, updatedAt: '' }).toEqual({ ...stored, updatedAt: '' })
    expect((await call('terms:scenario-economics', { scenarioId: restored.id })).economics.contributionFen).toBe(589_274)
  })

  it('gives a new id when the old one is taken (restored twice)', async () => {
    const { call, sheetId } = await smallWorkspace()
    const deleted = await call('terms:scenario-delete', { scenarioId: (await call('terms:scenario-create', { sheetId, name: '甲' })).id })
    const first = await call('terms:scenario-restore', { scenario: deleted })
    const second = await call('terms:scenario-restore', { scenario: deleted })
    expect(first.id).toBe(deleted.id)
    expect(second.id).not.toBe(deleted.id)
    expect((await call('terms:scenarios', { sheetId })).map((entry) => entry.name)).toEqual(['甲', '甲'])
  })

  it('writes all or nothing: a value that no longer fits its line leaves no half scenario behind', async () => {
    const { call, callFailing, sheetId, lines } = await smallWorkspace()
    const deleted = await call('terms:scenario-delete', { scenarioId: (await call('terms:scenario-create', { sheetId, name: '半个方案' })).id })
    // the entry fee (a fixed fee) comes first and would be written; logistics is a rate but gets a fixed fee's value
    const values = deleted.values.map((entry) => (entry.lineId === lines.logistics.id ? { lineId: entry.lineId, value: { unitFen: 100, count: 1 } } : entry))
    expect(values.findIndex((entry) => entry.lineId === lines.logistics.id)).toBe(values.length - 1)
    const failure = await callFailing('terms:scenario-restore', { scenario: { ...deleted, values } })
    expect(failure.message).toBe(`撤销数据与条款行（ID ${lines.logistics.id}）的类型不符`)
    expect(await call('terms:scenarios', { sheetId })).toEqual([])
    // the refused restore did not take the id either: a good restore still gets it back
    expect((await call('terms:scenario-restore', { scenario: deleted })).id).toBe(deleted.id)
  })

  it('refuses a sheet that is gone and a scenario the contract does not accept, writing nothing', async () => {
    const { call, callFailing, sheetId } = await smallWorkspace()
    const deleted = await call('terms:scenario-delete', { scenarioId: (await call('terms:scenario-create', { sheetId, name: '乙' })).id })
    expect((await callFailing('terms:scenario-restore', { scenario: { ...deleted, sheetId: sheetId + 99 } })).code).toBe('not-found')
    expect((await callFailing('terms:scenario-restore', { scenario: { ...deleted, name: ' ' } })).code).toBe('bad-input')
    expect((await callFailing('terms:scenario-restore', { scenario: { ...deleted, values: [{ lineId: 1, value: -5 }] } })).code).toBe('bad-input')
    expect(await call('terms:scenarios', { sheetId })).toEqual([])
  })
})

describe('comparison and warnings', () => {
  it('compares the demo hypermarket, supermarket chain and pharmacy chain, fee by fee', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const byCode = new Map((await call('accounts:list', {})).map((account) => [account.code, account.id]))
    const ids = ['KA-0001', 'KA-0008', 'KA-0015', 'KA-0002'].map((code) => byCode.get(code)!)
    const comparison = await call('terms:compare', { accountIds: ids, year: 2026, side: 'offer', isPerHundredYuan: false })
    expect(comparison.accountIds).toEqual(ids.slice(0, 3))
    expect(comparison.missingAccountIds).toEqual([ids[3]])
    // 进场费 offered: 沃尔玛 5万, 上海华联 3万, 大参林 none (not charged: 0) — lowest is best for us
    const entry = comparison.rows.find((row) => row.id === 'term:entry')!
    expect(entry.cells).toEqual([5_000_000, 3_000_000, 0])
    expect([entry.bestIndexes, entry.worstIndexes]).toEqual([[2], [0]])
    const economics = await Promise.all(ids.slice(0, 3).map((accountId) => call('terms:economics', { accountId, year: 2026 })))
    expect(comparison.rows.find((row) => row.id === 'figure:purchaseValueFen')!.cells).toEqual(economics.map((e) => e.sides.offer.economics.purchaseValueFen))
  })

  it('warns of a 月结 60-day term (75 days after receipt) and of trade spend over the user’s threshold', async () => {
    const { call, accountId, sheetId } = await smallWorkspace()
    await call('terms:set-payment', { sheetId, side: 'ask', mode: 'monthly', days: 60 })
    await call('terms:settings-set', { tradeSpendThresholdPpm: 100_000 })
    const warnings = await call('terms:warnings', { accountId, year: 2026 })
    expect(warnings.ask).toEqual([{ code: 'paymentOver60Days', severity: 'warning', params: { days: 75, maxDays: 60 }, sources: ['fairTrade2006Art14'] }])
    // offer: invoice + 30 is within the limit; its spend rate 11% is above the 10% threshold
    expect(warnings.offer.map((warning) => [warning.code, warning.params])).toEqual([['tradeSpendOverThreshold', { ratePpm: 110_000, thresholdPpm: 100_000 }]])
    expect(await call('terms:settings-get', {})).toEqual({ annualInterestRatePpm: 43_500, tradeSpendThresholdPpm: 100_000 })
  })

  it('tells the demo hypermarket how far its signed terms are from the next whole-mode rebate tier', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const walmart = (await call('accounts:list', {})).find((account) => account.code === 'KA-0001')!
    const { agreed } = await call('terms:warnings', { accountId: walmart.id, year: 2026 })
    // G ¥33,203,145.20; next tier at ¥3,400万: gap 3,400,000,000 − 3,320,314,520 = 79,685,480 fen, within 5% of 3,400万
    expect(agreed.find((warning) => warning.code === 'nextRebateTierNearWhole')?.params).toEqual({
      gapFen: 79_685_480,
      nextThresholdFen: 3_400_000_000,
      nextRatePpm: 20_000,
      currentRatePpm: 10_000
    })
    // 店庆费 and 节庆费 are fees the 2006 measures bar without a service
    expect(agreed.filter((warning) => warning.code === 'feeWithoutService').map((warning) => warning.params.kind)).toEqual(['anniversary', 'festival'])
  })
})
