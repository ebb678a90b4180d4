/**
 * Issue 11, the finishing round: talk cards drawn from the account's current proposal (the term
 * sheet only without one), the home page's terms warnings, the stakeholders' export with and
 * without contact details, and funnel criteria edited in settings reaching an opportunity.
 */
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { StakeholderValues } from '../../src/shared/contract/pipeline'
import type { ExportedFile } from '../../src/shared/contract/accounts'

async function workspace() {
  const wb = openTestWorkbench()
  const account = await wb.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy', regionCode: '430102' } })
  const other = await wb.call('accounts:create', { values: { code: 'KA-0002', name: '永辉超市', format: 'supermarket', regionCode: '350102' } })
  return { ...wb, accountId: account.id, otherId: other.id }
}

const person = (overrides: Partial<StakeholderValues> = {}): StakeholderValues => ({
  name: '王经理',
  department: 'purchasing',
  title: '采购经理',
  decisionWeight: 'decision',
  relationship: { stage: 'familiar', reachedOn: { acquainted: '2026-10-08', familiar: '2026-11-02' } },
  tickedNeedIds: [],
  ownWordsNeeds: [],
  implicitNeeds: [],
  contact: { phone: '0731-8888', mobile: '13800000000', email: 'wang@example.cn', wechat: 'wang-buyer', address: '长沙市芙蓉区' },
  talkCardText: null,
  notes: '',
  ...overrides
})

describe('talk cards from the current proposal 个人化卡片话术', () => {
  /**
   * The proposal: sell-through target 85%, 4 staff trainings a year, two promotion events (a 特价 and
   * a 试吃), the 2027 sheet with our offer 月结 30 days → effective 30 + 15 = 45 days. No SKUs, so no
   * margin: those figures stay "to be added" rather than being taken from elsewhere.
   */
  async function withProposal() {
    const wb = await workspace()
    const sheet = await wb.call('terms:create-sheet', { accountId: wb.accountId, year: 2027, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'monthly', days: 30 })
    const proposal = await wb.call('proposal:create', { accountId: wb.accountId, name: '2027 新品进场', year: 2027 })
    await wb.call('proposal:update', { proposalId: proposal.id, patch: { sellThroughTargetPpm: 850_000 } })
    const event = { proposalId: proposal.id, skus: [], storeCount: 10, startDate: '2027-03-01', endDate: '2027-03-14', upliftPpm: 300_000, fixedFeesFen: 0, buyQuantity: null, getQuantity: null }
    await wb.call('proposal:promotion-upsert', { ...event, kind: 'price_off', name: '春季特价' })
    await wb.call('proposal:promotion-upsert', { ...event, kind: 'sampling', name: '门店试吃' })
    await wb.call('proposal:activity-upsert', {
      proposalId: proposal.id,
      kind: 'staff_training',
      description: '店员培训',
      costFen: 200_000,
      owner: '张三',
      quantity: 4,
      commissionPerUnitFen: null,
      startDate: null,
      endDate: null
    })
    return { ...wb, proposalId: proposal.id }
  }

  it("gives a 店长 the proposal's promotion events and sell-through support, each figure with where it came from", async () => {
    const wb = await withProposal()
    const manager = await wb.call('pipeline:stakeholder-save', {
      accountId: wb.accountId,
      values: person({ name: '刘店长', department: 'store_manager', tickedNeedIds: ['store_manager.outdoor_promotion', 'store_manager.store_profitability'] })
    })
    const card = await wb.call('pipeline:talk-card', { id: manager.id })
    expect(card.proposal).toEqual({ id: wb.proposalId, name: '2027 新品进场', year: 2027 })
    // 店外促销 quotes the 2 events; 门店盈利 the 85% target (its margin rate is missing: no SKUs yet).
    const outdoor = card.points.find((point) => point.needId === 'store_manager.outdoor_promotion')
    expect(outdoor?.params).toEqual({ promotionEvents: 2 })
    const profitability = card.points.find((point) => point.needId === 'store_manager.store_profitability')
    expect(profitability).toMatchObject({ params: { expectedSellThroughPpm: 850_000 }, missingFigures: ['marginRatePpm'] })
    expect(card.figureSources).toMatchObject({ promotionEvents: 'proposal_promotions', expectedSellThroughPpm: 'proposal_sell_through', trainingSessions: 'proposal_sell_through' })
    // What the proposal gives 营运中心/店长 follows the needs: the 特价 draws traffic, the 试吃 converts,
    // 4 trainings; the sell-through target is not repeated (the need already quoted it).
    const offer = card.points.filter((point) => point.source === 'proposal_value').map((point) => [point.code, point.params])
    expect(offer).toEqual([
      ['traffic', { eventCount: 1 }],
      ['conversion', { eventCount: 1, promoterCount: 0 }],
      ['training', { sessionsPerYear: 4 }]
    ])
  })

  it("gives a 采购 the payment days and SKU structure, and a card without a proposal falls back to the term sheet", async () => {
    const wb = await withProposal()
    const buyer = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: person({ tickedNeedIds: ['purchasing.settlement', 'purchasing.margin'] }) })
    const card = await wb.call('pipeline:talk-card', { id: buyer.id })
    // 月结 30 days + 15 = 45 effective days, from the proposal's terms.
    expect(card.points.find((point) => point.needId === 'purchasing.settlement')?.params).toEqual({ paymentDays: 45 })
    expect(card.figureSources.paymentDays).toBe('proposal_terms')
    expect(card.points.find((point) => point.needId === 'purchasing.margin')?.missingFigures).toEqual(['marginRatePpm', 'marginAmountFen'])
    // The settlement item restates the days already quoted: left out of the department offer.
    expect(card.points.filter((point) => point.source === 'proposal_value').map((point) => point.code)).not.toContain('settlement_effective_days')

    // The other account has a 2026 sheet at 票到 75 days and no proposal: the sheet's figures, marked so.
    const sheet = await wb.call('terms:create-sheet', { accountId: wb.otherId, year: 2026, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'invoice', days: 75 })
    const otherBuyer = await wb.call('pipeline:stakeholder-save', { accountId: wb.otherId, values: person({ tickedNeedIds: ['purchasing.settlement'] }) })
    const fallback = await wb.call('pipeline:talk-card', { id: otherBuyer.id })
    expect(fallback.proposal).toBeNull()
    expect(fallback.termSheetYear).toBe(2026)
    expect(fallback.figures.paymentDays).toBe(75)
    expect(fallback.figureSources.paymentDays).toBe('term_sheet')
    expect(fallback.points.some((point) => point.source === 'proposal_value')).toBe(false)
  })
})

describe('home page terms warnings 条款预警', () => {
  it("lists the warnings of our offer on each account's latest sheet, warnings first, capped with the count", async () => {
    const wb = await workspace()
    // 老百姓: the 2026 sheet pays at 票到 90 days, but its 2027 sheet (the current one) at 45: no warning.
    const old = await wb.call('terms:create-sheet', { accountId: wb.accountId, year: 2026, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: old.id, side: 'offer', mode: 'invoice', days: 90 })
    const current = await wb.call('terms:create-sheet', { accountId: wb.accountId, year: 2027, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: current.id, side: 'offer', mode: 'invoice', days: 45 })
    // 永辉 2027: 月结 50 → 65 effective days (> 60, 第十四条) and a 店庆费 (第十三条): two warnings.
    const yonghui = await wb.call('terms:create-sheet', { accountId: wb.otherId, year: 2027, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: yonghui.id, side: 'offer', mode: 'monthly', days: 50 })
    const fee = await wb.call('terms:add-line', { sheetId: yonghui.id, kind: 'anniversary' })
    await wb.call('terms:update-line', { id: fee.id, patch: { offer: { amount: '5000' } } })
    // The retailer's ask of 120 days is not ours to act on here.
    await wb.call('terms:set-payment', { sheetId: yonghui.id, side: 'ask', mode: 'invoice', days: 120 })

    const answer = await wb.call('pipeline:terms-warnings', {})
    expect(answer.accountCount).toBe(1)
    expect(answer.warnings.every((entry) => entry.accountId === wb.otherId && entry.year === 2027 && entry.accountName === '永辉超市')).toBe(true)
    expect(answer.warnings.map((entry) => entry.warning.code)).toEqual(['paymentOver60Days', 'feeWithoutService'])
    expect(answer.warnings[0]?.warning.params).toEqual({ days: 65, maxDays: 60 })
    expect(answer.count).toBe(2)

    const capped = await wb.call('pipeline:terms-warnings', { limit: 1 })
    expect(capped.warnings).toHaveLength(1)
    expect(capped.count).toBe(answer.count)
  })

  it('answers from the figures kept since the last call, and again after a term, the settings or the assortment is written', async () => {
    const wb = await workspace()
    const sheet = await wb.call('terms:create-sheet', { accountId: wb.otherId, year: 2027, from: 'empty' })
    await wb.call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'monthly', days: 50 })
    const codes = async () => (await wb.call('pipeline:terms-warnings', {})).warnings.map((entry) => entry.warning.code)
    // 月结 50 → 65 effective days: over 60.
    expect(await codes()).toEqual(['paymentOver60Days'])
    expect(await codes()).toEqual(['paymentOver60Days'])
    // 月结 40 → 55 days: the kept figures must not answer any more.
    await wb.call('terms:set-payment', { sheetId: sheet.id, side: 'offer', mode: 'monthly', days: 40 })
    expect(await codes()).toEqual([])
    // A 店庆费 without a service (第十三条) added to the same sheet.
    const fee = await wb.call('terms:add-line', { sheetId: sheet.id, kind: 'anniversary' })
    await wb.call('terms:update-line', { id: fee.id, patch: { offer: { amount: '5000' } } })
    expect(await codes()).toEqual(['feeWithoutService'])
  })
})

describe('stakeholders export 关键人导出', () => {
  const decode = (file: ExportedFile): Buffer => Buffer.from(file.dataBase64, 'base64')
  const readBack = async (file: ExportedFile): Promise<unknown[][]> => (await readXlsxFile(decode(file)))[0]?.data as unknown[][]

  it('leaves contact details out unless ticked, and has them when ticked (read back from the file)', async () => {
    const wb = await workspace()
    await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: person({ tickedNeedIds: ['purchasing.margin'], ownWordsNeeds: ['毛利率要 35%'] }) })
    await wb.call('pipeline:stakeholder-save', { accountId: wb.otherId, values: person({ name: '陈店长', department: 'store_manager', contact: { phone: '', mobile: '13900000001', email: '', wechat: '', address: '' } }) })

    const plain = await wb.call('pipeline:stakeholders-export', { accountId: wb.accountId })
    expect(plain.fileName).toMatch(/^关键人-老百姓大药房-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const rows = await readBack(plain)
    expect(rows[0]).toEqual(['客户', '姓名', '部门', '职务', '决策权重', '关系阶段', '进入日期', '需求（教材清单）', '需求（原话）'])
    expect(rows[1]).toEqual(['老百姓大药房', '王经理', '采购中心', '采购经理', '决策', '熟悉', '2026-11-02', expect.stringContaining('毛利'), '毛利率要 35%'])
    const text = JSON.stringify(rows)
    for (const detail of ['13800000000', 'wang@example.cn', 'wang-buyer', '0731-8888', '长沙市芙蓉区', '手机', '微信']) expect(text).not.toContain(detail)

    const withContact = await readBack(await wb.call('pipeline:stakeholders-export', { accountId: wb.accountId, includeContactDetails: true }))
    expect(withContact[0]?.slice(9)).toEqual(['手机', '电话', '邮箱', '微信', '地址'])
    expect(withContact[1]?.slice(9)).toEqual(['13800000000', '0731-8888', 'wang@example.cn', 'wang-buyer', '长沙市芙蓉区'])

    const all = await wb.call('pipeline:stakeholders-export', { includeContactDetails: false, language: 'en-US' })
    expect(all.rowCount).toBe(2)
    const allRows = await readBack(all)
    expect(allRows[0]?.[0]).toBe('Account')
    expect(allRows.slice(1).map((row) => row[1])).toEqual(['王经理', '陈店长'])
    expect(JSON.stringify(allRows)).not.toContain('13900000001')
  })
})

describe('funnel criteria edited in settings', () => {
  it("adds a workspace criterion to 目标, counts its tick under the seed's rule, renames and removes it", async () => {
    const wb = await workspace()
    const deal = await wb.call('pipeline:opportunity-save', { accountId: wb.accountId, startedOn: '2026-10-01', values: { name: '进场', valueFen: 1_000_000, ownerName: '张三' } })
    const added = await wb.call('pipeline:funnel-settings-set', { overrides: { target: { extraCriteria: [{ id: 'custom_1', label: '已寄样品' }], rule: { kind: 'at_least', count: 2 } } } })
    expect(added.config.stages[0]?.criteria.map((criterion) => criterion.customLabel ?? criterion.id)).toEqual(['materials_allowed', 'first_contact', 'visit_scheduled', '已寄样品'])
    // 目标: at least 2 of now 4; the workspace's criterion and one of the seed's make 2.
    const ticked = await wb.call('pipeline:opportunity-evidence', { id: deal.id, stage: 'target', criterionIds: ['custom_1', 'first_contact'] })
    expect(ticked.currentEvidence.isMet).toBe(true)

    // Removed: the tick stays on the deal but no longer counts, so the evidence lapses (1 of 2).
    const removed = await wb.call('pipeline:funnel-settings-set', { overrides: {} })
    expect(removed.history).toHaveLength(2)
    const [after] = await wb.call('pipeline:opportunities', { accountId: wb.accountId })
    expect(after?.hasEvidenceLapsed).toBe(true)
    // Sending the old tick back with a new one is accepted; an id the stage never had is not.
    const retick = await wb.call('pipeline:opportunity-evidence', { id: deal.id, stage: 'target', criterionIds: ['custom_1', 'first_contact', 'materials_allowed'] })
    expect(retick.currentEvidence.isMet).toBe(true)
    expect((await wb.callFailing('pipeline:opportunity-evidence', { id: deal.id, stage: 'target', criterionIds: ['custom_9'] })).message).toMatch(/custom_9/)
  })
})
