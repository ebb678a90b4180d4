import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { Db } from '../../electron/core/db/connection'

/**
 * The terms-service test's hypermarket (10 direct stores), with a proposal for contract year 2026:
 *   A: supply 10.00, retail 15.00, cost 6.00, 1,000 units (listed)
 *   B: supply 20.00, retail 30.00, cost 12.00, 500 units (proposed)
 *   C: delisted, so not in the proposal
 * G = 2,000,000 fen; V = 3,000,000; COGS = 1,200,000.
 * Offer: entry fee ¥1,000; barcode ¥100 per SKU (F = 120,000); rebate 2% + logistics 3% (D% = 5%,
 * G·D% = 100,000); invoice + 30 days (K = 2,000,000 × 4.35% × 30 / 365 = 7,150.68 → 7,151).
 * The retailer asks for 3% logistics (ask side of that line only).
 */
async function proposalWorkspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const account = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket', directStores: '10' } })
  const other = await call('accounts:create', { values: { code: 'KA-0002', name: '家乐福上海', format: 'hypermarket', directStores: '5' } })
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
  for (const [kind, offer] of [
    ['entry', { amount: '1000' }],
    ['barcode', { amount: '100' }],
    ['unconditionalRebate', { rate: '2%' }],
    ['logistics', { rate: '3' }]
  ] as const) {
    const line = await call('terms:add-line', { sheetId: sheet.id, kind })
    await call('terms:update-line', { id: line.id, patch: { offer, ...(kind === 'logistics' ? { ask: { rate: '4' } } : {}) } })
  }
  await call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'invoice', days: 30 })
  const proposal = await call('proposal:create', { accountId: account.id, name: '2026 进场方案' })
  return { ...wb, account, other, proposal, skus: { a: skuA, b: skuB, c: skuC }, lines: { a: lineA!, b: lineB! } }
}

/**
 * 特价 on A at 10 stores for 14 days (2026-03-02 … 03-15, two weeks), 10 units per store-week,
 * +50 %, ¥1.00 support per unit sold, ¥500 fixed fee:
 *   baseline 10 × 10 × 14 / 7 = 200; incremental 200 × 50 % = 100; sold 300
 *   cost = 300 × 100 + 50,000 = 80,000 fen
 *   unit contribution = 1,000 − 5 % of 1,000 − 600 = 350; incremental contribution = 35,000
 *   ROI = (35,000 − 80,000) / 80,000 = −56.25 % → −562,500 ppm
 */
const priceOff = (proposalId: number, skuId: number) => ({
  proposalId,
  kind: 'price_off' as const,
  name: '三月特价',
  skus: [{ skuId, baselineUnitsPerStoreWeek: 10, promoRetailPriceFen: 1290, supplierFundingPerUnitFen: 100 }],
  storeCount: 10,
  startDate: '2026-03-02',
  endDate: '2026-03-15',
  upliftPpm: 500_000,
  fixedFeesFen: 50_000,
  buyQuantity: null,
  getQuantity: null
})

const clause = (proposalId: number, skuIds: number[] | 'all', territoryCode: string, type: 'exclusive' | 'price_protection' = 'exclusive') => ({
  proposalId,
  skuIds,
  territoryCode,
  type,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  minimumPurchaseFen: 50_000_000,
  sellThroughRatePpm: 800_000,
  consequence: 'becomes_non_exclusive' as const
})

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('a proposal and its product entry lines', () => {
  it('takes its SKUs and prices live from the assortment (listed and proposed, not delisted)', async () => {
    const { call, proposal, lines, workbench } = await proposalWorkspace()
    expect(proposal).toMatchObject({ name: '2026 进场方案', year: 2026, marginTargetPpm: null })
    expect(count(workbench.context.db, 'proposals')).toBe(1)
    let detail = await call('proposal:get', { proposalId: proposal.id })
    expect(detail.skus.map((sku) => [sku.skuCode, sku.status, sku.supplyPriceFen, sku.retailPriceFen])).toEqual([
      ['SKU-A', 'listed', 1000, 1500],
      ['SKU-B', 'proposed', 2000, 3000]
    ])
    // A's front margin (15 − 10) / 15 = 33.3333 % → 333,333 ppm
    expect(detail.skus[0]!.frontMarginPpm).toBe(333_333)
    // The price changed in the assortment is the proposal's at once.
    await call('assortment:update', { id: lines.a.id, patch: { supplyPriceFen: '9.50' } })
    detail = await call('proposal:get', { proposalId: proposal.id })
    expect(detail.skus[0]!.supplyPriceFen).toBe(950)
  })

  it('computes the key figures from the offer with P = the promotion plan, by hand', async () => {
    const { call, proposal, skus } = await proposalWorkspace()
    let detail = await call('proposal:get', { proposalId: proposal.id })
    // Without events P = 0: N = 2,000,000 − 100,000 − 120,000 − 0 − 7,151 = 1,772,849
    expect(detail.figures.keyFigures).toMatchObject({ grossPurchaseValue: 2_000_000, promotionFunding: 0, netRevenue: 1_772_849, contribution: 572_849 })
    const { item } = await call('proposal:promotion-upsert', priceOff(proposal.id, skus.a.id))
    // An event that starts in 2025 belongs to last year's contract and is not in this P.
    await call('proposal:promotion-upsert', { ...priceOff(proposal.id, skus.b.id), name: '去年年货节', startDate: '2025-12-20', endDate: '2026-01-05' })
    detail = await call('proposal:get', { proposalId: proposal.id })
    const event = detail.promotionPlan.events.find((result) => result.eventId === String(item.id))
    expect(event).toMatchObject({ baselineUnits: 200, incrementalUnits: 100, costFen: 80_000, incrementalContributionFen: 35_000, roiPpm: -562_500 })
    expect(detail.figures.promotionFundingFen).toBe(80_000)
    // N = 1,772,849 − 80,000 = 1,692,849; contribution 492,849
    // trade spend (100,000 + 120,000 + 80,000) / 2,000,000 = 15 %; retailer margin (1,000,000 + 300,000) / 3,000,000 = 43.3333 %
    expect(detail.figures.keyFigures).toMatchObject({
      promotionFunding: 80_000,
      netRevenue: 1_692_849,
      contribution: 492_849,
      tradeSpendRate: 150_000,
      retailerComprehensiveMargin: 433_333
    })
    // Ask against offer per term: logistics 4 % asked, 3 % offered; the payment term in days.
    expect(detail.termLines).toContainEqual({ termCode: 'logistics', unit: 'ppm', askValue: 40_000, offerValue: 30_000 })
    expect(detail.termLines).toContainEqual({ termCode: 'entry', unit: 'fen', askValue: null, offerValue: 100_000 })
    expect(detail.termLines).toContainEqual({ termCode: 'payment_days', unit: 'days', askValue: null, offerValue: 30 })
  })

  it('leaves P and the figures built on it unknown while an event of the year cannot be costed', async () => {
    const { call, proposal, skus } = await proposalWorkspace()
    const noBaseline = priceOff(proposal.id, skus.a.id)
    noBaseline.skus[0]!.baselineUnitsPerStoreWeek = null as unknown as number
    await call('proposal:promotion-upsert', noBaseline)
    const detail = await call('proposal:get', { proposalId: proposal.id })
    expect(detail.figures.promotionFundingFen).toBeNull()
    expect(detail.figures.keyFigures).toMatchObject({ grossPurchaseValue: 2_000_000, netRevenue: null, contribution: null })
    expect(detail.figures.keyFigureNullReasons.netRevenue).toBe('promotionFundingIncomplete')
    expect(detail.readiness.items.map((entry) => entry.code)).toContain('promotion_without_baseline')
  })
})

describe('concessions, activities and undo', () => {
  it('pairs gives with gets, flags the unpaired one, and undoes a remove under the same id', async () => {
    const { call, callFailing, proposal, workbench } = await proposalWorkspace()
    const paired = await call('proposal:concession-upsert', {
      proposalId: proposal.id,
      give: { termCode: 'payment_days', description: '账期放宽到 45 天', costFen: 3_600_00 },
      get: { termCode: null, description: '三季度两个端架', valueFen: 8_000_00 }
    })
    const unpaired = await call('proposal:concession-upsert', {
      proposalId: proposal.id,
      give: { termCode: 'entry', description: '进场费加 ¥2,000', costFen: 2_000_00 },
      get: null
    })
    expect(paired.previous).toBeNull()
    let detail = await call('proposal:get', { proposalId: proposal.id })
    // gives 360,000 + 200,000 = 560,000 fen = 28 % of G (2,000,000) → 280,000 ppm; gets 800,000; net +240,000
    expect(detail.concessionLedger).toMatchObject({ givesFen: 560_000, givesContributionPpm: 280_000, getsFen: 800_000, netFen: 240_000 })
    expect(detail.concessionLedger.unpairedEntryIds).toEqual([String(unpaired.item.id)])
    expect(detail.readiness.items.filter((entry) => entry.code === 'concession_unpaired')).toHaveLength(1)

    // Pair it: the answer carries the row before, for undo.
    const edited = await call('proposal:concession-upsert', { proposalId: proposal.id, id: unpaired.item.id, give: unpaired.item.give, get: { termCode: null, description: 'DM 一期', valueFen: null } })
    expect(edited.previous?.get).toBeNull()
    expect(edited.item.get?.description).toBe('DM 一期')

    const removed = await call('proposal:concession-remove', { id: paired.item.id })
    expect(count(workbench.context.db, 'proposal_concessions')).toBe(1)
    const restored = await call('proposal:concession-upsert', { proposalId: proposal.id, id: removed.id, position: removed.position, give: removed.give, get: removed.get })
    expect(restored.item).toEqual(removed)
    detail = await call('proposal:get', { proposalId: proposal.id })
    expect(detail.concessions.map((entry) => entry.id)).toEqual([paired.item.id, unpaired.item.id])

    // Another proposal cannot take this row over.
    const second = await call('proposal:create', { accountId: proposal.accountId, name: '备选方案' })
    const refused = await callFailing('proposal:concession-upsert', { proposalId: second.id, id: paired.item.id, give: paired.item.give, get: null })
    expect(refused.code).toBe('validation')
  })

  it('counts training and promoters of the sell-through plan in the value per department', async () => {
    const { call, proposal } = await proposalWorkspace()
    await call('proposal:activity-upsert', {
      proposalId: proposal.id,
      kind: 'staff_training',
      description: '店员产品知识培训',
      costFen: 600_000,
      owner: '张经理',
      quantity: 4,
      commissionPerUnitFen: null,
      startDate: null,
      endDate: null
    })
    await call('proposal:activity-upsert', {
      proposalId: proposal.id,
      kind: 'promoter_incentive',
      description: '促销员挂金',
      costFen: 1_200_000,
      owner: '李主管',
      quantity: 6,
      commissionPerUnitFen: 50,
      startDate: '2026-03-01',
      endDate: '2026-05-31'
    })
    const value = await call('proposal:department-value', { proposalId: proposal.id })
    const byDepartment = Object.fromEntries(value.map((entry) => [entry.department, entry.items]))
    expect(byDepartment.store_operations).toContainEqual({ code: 'training', params: { sessionsPerYear: 4 } })
    expect(byDepartment.store_staff).toContainEqual({ code: 'commission', params: { commissionPerUnitFen: 50 } })
    // 营运: promoters raise conversion even without a sampling event
    expect(byDepartment.store_operations).toContainEqual({ code: 'conversion', params: { eventCount: 0, promoterCount: 6 } })
    // 总经理: cash the retailer holds = G × 30 / 365 = 2,000,000 × 30 / 365 = 164,383.56 → 164,384
    expect(byDepartment.general_manager).toContainEqual({ code: 'cash_flow', params: { effectiveDays: 30, cashHeldFen: 164_384 } })
  })

  it('refuses a bad promotion whole: nothing of it is written', async () => {
    const { callFailing, proposal, skus, workbench } = await proposalWorkspace()
    const duplicate = priceOff(proposal.id, skus.a.id)
    duplicate.skus.push({ ...duplicate.skus[0]! })
    expect((await callFailing('proposal:promotion-upsert', duplicate)).code).toBe('validation')
    expect((await callFailing('proposal:promotion-upsert', { ...priceOff(proposal.id, skus.a.id), endDate: '2026-02-30' })).code).toBe('validation')
    expect((await callFailing('proposal:promotion-upsert', { ...priceOff(proposal.id, 999) })).code).toBe('validation')
    expect(count(workbench.context.db, 'proposal_promotions')).toBe(0)
  })
})

describe('regional protection across accounts', () => {
  it('shows an exclusive overlap on both sides, naming SKUs, territory and dates, and not price protection', async () => {
    const { call, callFailing, proposal, other, skus, workbench } = await proposalWorkspace()
    const theirs = await call('proposal:create', { accountId: other.id, name: '家乐福方案' })
    // Ours: all SKUs in 上海市 (31); theirs: A and C in 浦东新区 (310115) from July.
    const ours = await call('proposal:clause-upsert', clause(proposal.id, 'all', '310000'))
    expect(ours.item.territoryCode).toBe('31')
    const their = await call('proposal:clause-upsert', { ...clause(theirs.id, [skus.c.id, skus.a.id], '310115'), startDate: '2026-07-01', endDate: '2027-06-30' })
    // Price protection in the same place promises a price, not sole supply: no conflict.
    await call('proposal:clause-upsert', clause(theirs.id, 'all', '31', 'price_protection'))
    // Another province: no conflict.
    await call('proposal:clause-upsert', clause(theirs.id, 'all', '44'))

    const report = await call('proposal:conflicts', {})
    expect(report.conflicts).toHaveLength(2)
    const fromOurs = report.conflicts.find((conflict) => conflict.clauseId === ours.item.id)
    expect(fromOurs).toMatchObject({
      otherClauseId: their.item.id,
      otherAccountName: '家乐福上海',
      otherProposalName: '家乐福方案',
      territoryCode: '310115',
      territoryName: '上海市 浦东新区',
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      isResolved: false
    })
    expect(fromOurs?.skus).toEqual([
      { skuId: skus.a.id, skuCode: 'SKU-A', name: '维C' },
      { skuId: skus.c.id, skuCode: 'SKU-C', name: '鱼油' }
    ])
    expect(report.conflicts.find((conflict) => conflict.clauseId === their.item.id)?.otherAccountName).toBe('沃尔玛')

    let readiness = await call('proposal:readiness', { proposalId: proposal.id })
    expect(readiness.items.find((entry) => entry.code === 'protection_conflict')?.params).toMatchObject({ otherAccountName: '家乐福上海', territoryCode: '310115' })
    // Settled by the user: no longer a blocker here, still one on the other side.
    await call('proposal:update', { proposalId: proposal.id, patch: { resolvedConflictKeys: [fromOurs!.key] } })
    readiness = await call('proposal:readiness', { proposalId: proposal.id })
    expect(readiness.items.some((entry) => entry.code === 'protection_conflict')).toBe(false)
    expect((await call('proposal:readiness', { proposalId: theirs.id })).items.some((entry) => entry.code === 'protection_conflict')).toBe(true)

    // A code that is no division is refused, and nothing is written.
    const before = count(workbench.context.db, 'proposal_clauses')
    expect((await callFailing('proposal:clause-upsert', clause(proposal.id, 'all', '990000'))).code).toBe('validation')
    expect(count(workbench.context.db, 'proposal_clauses')).toBe(before)
  })
})

describe('versions', () => {
  it('freezes a version read-only and compares it with the proposal as it is now', async () => {
    const { call, proposal, lines, skus, workbench } = await proposalWorkspace()
    await call('proposal:promotion-upsert', priceOff(proposal.id, skus.a.id))
    const first = await call('proposal:version-save', { proposalId: proposal.id, name: '第一轮报价' })
    expect(first).toMatchObject({ version: 1, name: '第一轮报价' })
    await call('assortment:update', { id: lines.a.id, patch: { supplyPriceFen: '9.50' } })
    const second = await call('proposal:version-save', { proposalId: proposal.id, name: '第二轮' })
    expect(second.version).toBe(2)

    // The saved version did not follow the price change.
    const saved = await call('proposal:version-get', { versionId: first.id })
    expect(saved.snapshot.skus.find((sku) => sku.skuCode === 'SKU-A')?.supplyPriceFen).toBe(1000)

    const diff = await call('proposal:version-compare', { fromVersionId: first.id, to: second.id })
    expect(diff.skuChanges).toEqual([{ skuCode: 'SKU-A', field: 'supplyPriceFen', oldValue: 1000, newValue: 950, delta: -50 }])
    // G falls by 1,000 units × 50 fen = 50,000
    expect(diff.keyFigures.find((figure) => figure.code === 'grossPurchaseValue')).toMatchObject({ oldValue: 2_000_000, newValue: 1_950_000, delta: -50_000 })
    const toCurrent = await call('proposal:version-compare', { fromVersionId: second.id, to: 'current' })
    expect(toCurrent.hasChanges).toBe(false)
    expect((await call('proposal:versions', { proposalId: proposal.id })).map((version) => version.version)).toEqual([1, 2])
    expect(() => workbench.context.db.prepare(`UPDATE proposal_versions SET name = 'x'`).run()).toThrow(/read-only/)
  })

  it('lists proposals with their readiness, and deleting one takes all its parts', async () => {
    const { call, proposal, skus, workbench } = await proposalWorkspace()
    await call('proposal:promotion-upsert', priceOff(proposal.id, skus.a.id))
    await call('proposal:clause-upsert', clause(proposal.id, 'all', '31'))
    await call('proposal:version-save', { proposalId: proposal.id, name: 'v1' })
    const [summary] = await call('proposal:list', { accountId: proposal.accountId })
    expect(summary).toMatchObject({ accountName: '沃尔玛', skuCount: 2, promotionCount: 1, versionCount: 1, latestVersion: { version: 1 } })
    expect(summary!.readiness.isReady).toBe(summary!.readiness.blockerCount === 0)
    await call('proposal:delete', { proposalId: proposal.id })
    for (const table of ['proposals', 'proposal_promotions', 'proposal_clauses', 'proposal_versions']) expect(count(workbench.context.db, table), table).toBe(0)
  })
})
