import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { WorkspaceChange } from '../../src/shared/workspace-change'

/**
 * The term-sheet, comparison and proposal pages of other windows refresh from the change feed:
 * every committed write of the terms and proposal services tells it which sheet, scenario or
 * proposal changed (a line, payment, clause or promotion counts as a change of its sheet or
 * proposal), and a refused write tells nothing.
 */
async function workspace() {
  const wb = openTestWorkbench()
  const { call } = wb
  const account = await call('accounts:create', { values: { code: 'KA-0001', name: '沃尔玛', format: 'hypermarket' } })
  const sku = await call('catalogue:create', { values: { code: 'SKU-A', name: '维C', listSupplyPriceFen: '10' } })
  await call('assortment:add', { accountId: account.id, skuIds: [sku.id], status: 'listed' })
  const seen: WorkspaceChange[] = []
  wb.workbench.onChange((change) => seen.push(change))
  /** The changes one call published, as [entity, created, changed, deleted]. */
  const changesOf = async (write: () => Promise<unknown>) => {
    seen.length = 0
    await write()
    return seen.map((change) => [change.entity, change.created, change.changed, change.deleted])
  }
  return { ...wb, account, sku, changesOf }
}

describe('terms writes on the change feed', () => {
  it('names the sheet of every line, payment and offer change, the scenario of every scenario change, and the settings', async () => {
    const { call, account, changesOf } = await workspace()
    let sheetId = 0
    expect(
      await changesOf(async () => {
        sheetId = (await call('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' })).id
      })
    ).toEqual([['termSheets', [sheetId], [], []]])
    const sheet = [['termSheets', [], [sheetId], []]]
    let lineId = 0
    expect(
      await changesOf(async () => {
        lineId = (await call('terms:add-line', { sheetId, kind: 'entry' })).id
      })
    ).toEqual(sheet)
    expect(await changesOf(() => call('terms:update-line', { id: lineId, patch: { offer: { amount: '1000' } } }))).toEqual(sheet)
    expect(await changesOf(() => call('terms:set-payment', { sheetId, side: 'offer', mode: 'invoice', days: 30 }))).toEqual(sheet)
    let removed: Awaited<ReturnType<typeof call<'terms:remove-lines'>>> = []
    expect(
      await changesOf(async () => {
        removed = await call('terms:remove-lines', { ids: [lineId] })
      })
    ).toEqual(sheet)
    expect(await changesOf(() => call('terms:restore-lines', { lines: removed }))).toEqual(sheet)

    let scenarioId = 0
    expect(
      await changesOf(async () => {
        scenarioId = (await call('terms:scenario-create', { sheetId, name: '让步' })).id
      })
    ).toEqual([['termScenarios', [scenarioId], [], []]])
    expect(await changesOf(() => call('terms:scenario-update', { scenarioId, lines: [{ lineId, cells: { amount: '800' } }] }))).toEqual([
      ['termScenarios', [], [scenarioId], []]
    ])
    let before: Awaited<ReturnType<typeof call<'terms:scenario-promote'>>> | undefined
    expect(
      await changesOf(async () => {
        before = await call('terms:scenario-promote', { scenarioId })
      })
    ).toEqual(sheet)
    expect(await changesOf(() => call('terms:offer-restore', { snapshot: before! }))).toEqual(sheet)
    expect(await changesOf(() => call('terms:scenario-delete', { scenarioId }))).toEqual([['termScenarios', [], [], [scenarioId]]])
    expect(await changesOf(() => call('terms:settings-set', { annualInterestRatePpm: 50_000 }))).toEqual([['termsSettings', [], [1], []]])
  })

  it('names the sheet once for a whole fee-schedule import', async () => {
    const { call, account, changesOf } = await workspace()
    const { id: sheetId } = await call('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' })
    const file = ['费用项目,计费方式,金额,次数,比例', '进场费,每年,5万,,', '条码费,每单品,800,,', '配送费,,,,3'].join('\n')
    const upload = { fileName: '费用单.csv', dataBase64: Buffer.from(file, 'utf8').toString('base64') }
    expect(await changesOf(() => call('terms:import-commit', { ...upload, mapping: ['item', 'basis', 'amount', 'count', 'rate'], sheetId, side: 'ask' }))).toEqual([
      ['termSheets', [], [sheetId], []]
    ])
  })

  it('tells nothing when a write is refused', async () => {
    const { call, callFailing, account, changesOf } = await workspace()
    const { id: sheetId } = await call('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' })
    const line = await call('terms:add-line', { sheetId, kind: 'entry' })
    expect(await changesOf(() => callFailing('terms:update-line', { id: line.id, patch: { offer: { amount: 'abc' } } }))).toEqual([])
    expect(await changesOf(() => callFailing('terms:create-sheet', { accountId: account.id, year: 2026, from: 'empty' }))).toEqual([])
    expect(await changesOf(() => callFailing('terms:add-line', { sheetId, kind: 'customFixed', name: ' ' }))).toEqual([])
  })
})

describe('proposal writes on the change feed', () => {
  it('names the proposal of every write to it or its parts', async () => {
    const { call, account, sku, changesOf } = await workspace()
    let proposalId = 0
    expect(
      await changesOf(async () => {
        proposalId = (await call('proposal:create', { accountId: account.id, name: '进场方案' })).id
      })
    ).toEqual([['proposals', [proposalId], [], []]])
    const changed = [['proposals', [], [proposalId], []]]
    expect(await changesOf(() => call('proposal:update', { proposalId, patch: { notes: '首轮' } }))).toEqual(changed)
    const clause = {
      proposalId,
      skuIds: 'all' as const,
      territoryCode: '31',
      type: 'exclusive' as const,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      minimumPurchaseFen: null,
      sellThroughRatePpm: null,
      consequence: 'becomes_non_exclusive' as const
    }
    let clauseId = 0
    expect(
      await changesOf(async () => {
        clauseId = (await call('proposal:clause-upsert', clause)).item.id
      })
    ).toEqual(changed)
    expect(await changesOf(() => call('proposal:clause-remove', { id: clauseId }))).toEqual(changed)
    const promotion = {
      proposalId,
      kind: 'price_off' as const,
      name: '开业特价',
      skus: [{ skuId: sku.id, baselineUnitsPerStoreWeek: 10, promoRetailPriceFen: 800, supplierFundingPerUnitFen: 100 }],
      storeCount: 10,
      startDate: '2026-03-01',
      endDate: '2026-03-14',
      upliftPpm: 500_000,
      fixedFeesFen: 0,
      buyQuantity: null,
      getQuantity: null
    }
    let promotionId = 0
    expect(
      await changesOf(async () => {
        promotionId = (await call('proposal:promotion-upsert', promotion)).item.id
      })
    ).toEqual(changed)
    expect(await changesOf(() => call('proposal:promotion-remove', { id: promotionId }))).toEqual(changed)
    let concessionId = 0
    expect(
      await changesOf(async () => {
        const give = { termCode: 'entry' as const, description: '进场费加 ¥2,000', costFen: 200_000 }
        concessionId = (await call('proposal:concession-upsert', { proposalId, give, get: null })).item.id
      })
    ).toEqual(changed)
    expect(await changesOf(() => call('proposal:concession-remove', { id: concessionId }))).toEqual(changed)
    let activityId = 0
    expect(
      await changesOf(async () => {
        const activity = { proposalId, kind: 'staff_training' as const, description: '店员培训', costFen: 600_000, owner: '张经理', quantity: 4, commissionPerUnitFen: null, startDate: null, endDate: null }
        activityId = (await call('proposal:activity-upsert', activity)).item.id
      })
    ).toEqual(changed)
    expect(await changesOf(() => call('proposal:activity-remove', { id: activityId }))).toEqual(changed)
    expect(await changesOf(() => call('proposal:version-save', { proposalId, name: '第一轮' }))).toEqual(changed)
    expect(await changesOf(() => call('proposal:delete', { proposalId }))).toEqual([['proposals', [], [], [proposalId]]])
  })

  it('tells nothing when a write is refused', async () => {
    const { call, callFailing, account, changesOf } = await workspace()
    const { id: proposalId } = await call('proposal:create', { accountId: account.id, name: '进场方案' })
    const badTerritory = {
      proposalId,
      skuIds: 'all',
      territoryCode: '990000',
      type: 'exclusive',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      minimumPurchaseFen: null,
      sellThroughRatePpm: null,
      consequence: 'becomes_non_exclusive'
    }
    expect(await changesOf(() => callFailing('proposal:clause-upsert', badTerritory))).toEqual([])
    expect(await changesOf(() => callFailing('proposal:clause-remove', { id: 9_999 }))).toEqual([])
  })
})
