import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'
import type { StakeholderValues } from '../../src/shared/contract/pipeline'

async function workspace() {
  const wb = openTestWorkbench()
  const account = await wb.call('accounts:create', { values: { code: 'KA-0001', name: '老百姓大药房', format: 'pharmacy', regionCode: '430102' } })
  const other = await wb.call('accounts:create', { values: { code: 'KA-0002', name: '永辉超市', format: 'supermarket', regionCode: '350102' } })
  return { ...wb, accountId: account.id, otherId: other.id }
}

const buyer = (overrides: Partial<StakeholderValues> = {}): StakeholderValues => ({
  name: '王经理',
  department: 'purchasing',
  title: '采购经理',
  decisionWeight: 'decision',
  relationship: { stage: 'acquainted', reachedOn: { acquainted: '2026-10-08' } },
  tickedNeedIds: [],
  ownWordsNeeds: ['今年要把毛利率做到 35% 以上'],
  implicitNeeds: [{ kind: 'career', note: '年底考核看品类毛利' }],
  contact: { phone: '', mobile: '13800000000', email: '', wechat: 'wang-buyer', address: '' },
  talkCardText: null,
  notes: '',
  ...overrides
})

const count = (wb: Awaited<ReturnType<typeof workspace>>, table: string): number =>
  (wb.workbench.context.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('stakeholders 关键人', () => {
  it('stores a stakeholder with needs and contact, climbs the ladder one rung with its date, and deletes it', async () => {
    const wb = await workspace()
    const saved = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer() })
    expect(saved).toMatchObject({ accountId: wb.accountId, name: '王经理', department: 'purchasing', contact: { mobile: '13800000000' } })
    const row = wb.workbench.context.db.prepare(`SELECT relationship_stage, contact FROM stakeholders WHERE id = ?`).get(saved.id) as { relationship_stage: string; contact: string }
    expect(row.relationship_stage).toBe('acquainted')
    expect(JSON.parse(row.contact)).toMatchObject({ wechat: 'wang-buyer' })

    const advanced = await wb.call('pipeline:stakeholder-advance', { id: saved.id, on: '2026-11-02' })
    expect(advanced.relationship).toEqual({ stage: 'familiar', reachedOn: { acquainted: '2026-10-08', familiar: '2026-11-02' } })

    const listed = await wb.call('pipeline:stakeholders', { accountId: wb.accountId })
    expect(listed.map((s) => s.name)).toEqual(['王经理'])
    await wb.call('pipeline:stakeholder-delete', { id: saved.id })
    expect(count(wb, 'stakeholders')).toBe(0)
  })

  it('refuses a custom department without its name, a stakeholder of another account and a climb past 合作', async () => {
    const wb = await workspace()
    expect((await wb.callFailing('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer({ department: 'custom' }) })).message).toMatch(/部门名称/)
    const saved = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer() })
    expect((await wb.callFailing('pipeline:stakeholder-save', { accountId: wb.otherId, id: saved.id, values: buyer({ name: '李' }) })).message).toMatch(/不属于/)
    const top = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer({ relationship: { stage: 'partners', reachedOn: {} } }) })
    expect((await wb.callFailing('pipeline:stakeholder-advance', { id: top.id, on: '2026-11-02' })).message).toMatch(/合作/)
    expect(count(wb, 'stakeholders')).toBe(2)
  })

  it("assembles a talk card from the ticked needs, the person's words and the account's offer figures", async () => {
    const wb = await workspace()
    const saved = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer({ tickedNeedIds: ['purchasing.margin'] }) })
    const card = await wb.call('pipeline:talk-card', { id: saved.id })
    const sources = card.points.map((point) => point.source)
    expect(sources[0]).toBe('opening')
    expect(sources).toContain('own_words')
    expect(sources).toContain('implicit_need')
    expect(sources.at(-1)).toBe('closing')
    // No term sheet yet: no figures to quote, and the card does not invent any.
    expect(card.figures).toEqual({})
  })
})

describe('opportunities and the funnel 销售漏斗', () => {
  it('starts at 目标, refuses to move without the evidence, moves with it and keeps the stage history', async () => {
    const wb = await workspace()
    const opportunity = await wb.call('pipeline:opportunity-save', {
      accountId: wb.accountId,
      startedOn: '2026-10-01',
      values: { name: '12 个 SKU 进场', valueFen: 120_000_000, ownerName: '张三', companySize: 'small_mid' }
    })
    expect(opportunity).toMatchObject({ stage: 'target', status: 'open', probabilityPpm: 100_000, stageHistory: [{ stage: 'target', enteredOn: '2026-10-01' }] })
    // ¥1,200,000 × 10% = ¥120,000 weighted.
    expect(opportunity.weightedFen).toBe(12_000_000)

    const refused = await wb.callFailing('pipeline:opportunity-advance', { id: opportunity.id, on: '2026-10-15' })
    expect(refused.code).toBe('refused')
    expect(refused.message).toMatch(/意向/)
    expect(count(wb, 'opportunity_stages')).toBe(1)

    const intention = opportunity.nextEvidence!
    const criteria = [...intention.missingCriterionIds]
    await wb.call('pipeline:opportunity-evidence', { id: opportunity.id, stage: 'intention', criterionIds: criteria })
    const moved = await wb.call('pipeline:opportunity-advance', { id: opportunity.id, on: '2026-10-15' })
    expect(moved.stage).toBe('intention')
    expect(moved.stageHistory).toEqual([
      { stage: 'target', enteredOn: '2026-10-01' },
      { stage: 'intention', enteredOn: '2026-10-15' }
    ])
    expect(moved.weightedFen).toBe(24_000_000)

    // Taking the evidence back flags the deal: its stage is no longer supported.
    const lapsed = await wb.call('pipeline:opportunity-evidence', { id: opportunity.id, stage: 'intention', criterionIds: [] })
    expect(lapsed.hasEvidenceLapsed).toBe(true)
  })

  it('refuses a criterion the stage does not have and leaves the evidence as it was', async () => {
    const wb = await workspace()
    const opportunity = await wb.call('pipeline:opportunity-save', { accountId: wb.accountId, values: { name: '续约', valueFen: 0, ownerName: '张三' } })
    expect((await wb.callFailing('pipeline:opportunity-evidence', { id: opportunity.id, stage: 'target', criterionIds: ['no-such'] })).message).toMatch(/no-such/)
    const row = wb.workbench.context.db.prepare(`SELECT evidence FROM opportunities WHERE id = ?`).get(opportunity.id) as { evidence: string }
    expect(JSON.parse(row.evidence)).toEqual({})
  })

  it('weighs the open pipeline by owner and region, and leaves won deals out of it', async () => {
    const wb = await workspace()
    const a = await wb.call('pipeline:opportunity-save', { accountId: wb.accountId, values: { name: 'A', valueFen: 100_000_00, ownerName: '张三' } })
    await wb.call('pipeline:opportunity-save', { accountId: wb.otherId, values: { name: 'B', valueFen: 300_000_00, ownerName: '李四' } })
    const c = await wb.call('pipeline:opportunity-save', { accountId: wb.otherId, values: { name: 'C', valueFen: 50_000_00, ownerName: '李四' } })
    await wb.call('pipeline:opportunity-close', { id: c.id, status: 'won', on: '2026-11-20' })
    const health = await wb.call('pipeline:health', { today: '2026-12-01' })
    // Open: A ¥100,000 and B ¥300,000, both at 目标 10% → ¥40,000 weighted; C is won and out.
    expect(health.total).toEqual({ count: 2, valueFen: 400_000_00, weightedFen: 40_000_00 })
    expect(health.groups.owner.map((g) => [g.key, g.weightedFen])).toEqual([
      ['李四', 30_000_00],
      ['张三', 10_000_00]
    ])
    expect(health.groups.region.map((g) => g.key).sort()).toEqual(['350000', '430000'])
    expect(health.winRates.isShown).toBe(false)
    await wb.call('pipeline:opportunity-delete', { id: a.id })
    expect((await wb.call('pipeline:opportunities', { status: 'all' })).map((o) => o.name)).toEqual(['B', 'C'])
  })
})

describe('activities and next steps', () => {
  it('lists overdue, due-today and coming next steps in order, and drops a step once done', async () => {
    const wb = await workspace()
    const person = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer() })
    const base = { kind: 'visit' as const, occurredOn: '2026-11-20', stakeholderId: person.id, purpose: '送样品', ownerName: '张三' }
    await wb.call('pipeline:activity-save', { accountId: wb.accountId, values: { ...base, nextStep: '寄报价单', nextStepDueOn: '2026-11-28' } })
    const today = await wb.call('pipeline:activity-save', { accountId: wb.accountId, values: { ...base, nextStep: '约采购总监', nextStepDueOn: '2026-12-01' } })
    await wb.call('pipeline:activity-save', { accountId: wb.otherId, values: { ...base, stakeholderId: null, nextStep: '试吃活动', nextStepDueOn: '2026-12-05' } })
    await wb.call('pipeline:activity-save', { accountId: wb.otherId, values: { ...base, stakeholderId: null, nextStep: '远期', nextStepDueOn: '2027-03-01' } })

    const { steps: due, counts } = await wb.call('pipeline:next-steps', { today: '2026-12-01' })
    expect(counts).toEqual({ overdue: 1, due_today: 1, upcoming: 1 })
    expect(due.map((d) => [d.activity.title, d.urgency, d.daysUntilDue, d.accountName])).toEqual([
      ['寄报价单', 'overdue', -3, '老百姓大药房'],
      ['约采购总监', 'due_today', 0, '老百姓大药房'],
      ['试吃活动', 'upcoming', 4, '永辉超市']
    ])

    await wb.call('pipeline:activity-save', { accountId: wb.accountId, id: today.id, values: { ...base, nextStep: '约采购总监', nextStepDueOn: '2026-12-01', nextStepDoneOn: '2026-12-01' } })
    expect((await wb.call('pipeline:next-steps', { today: '2026-12-01' })).steps.map((d) => d.activity.title)).toEqual(['寄报价单', '试吃活动'])
    expect((await wb.call('pipeline:next-steps', { today: '2026-12-01', limit: 1 })).steps.map((d) => d.activity.title)).toEqual(['寄报价单'])
    expect((await wb.call('pipeline:activities', { accountId: wb.accountId })).map((a) => a.stakeholderName)).toEqual(['王经理', '王经理'])
  })

  it("refuses another account's stakeholder and a next step without a due date", async () => {
    const wb = await workspace()
    const person = await wb.call('pipeline:stakeholder-save', { accountId: wb.accountId, values: buyer() })
    const values = { kind: 'call' as const, occurredOn: '2026-11-20', stakeholderId: person.id }
    expect((await wb.callFailing('pipeline:activity-save', { accountId: wb.otherId, values })).message).toMatch(/不属于/)
    expect((await wb.callFailing('pipeline:activity-save', { accountId: wb.accountId, values: { ...values, nextStep: '回电' } })).message).toMatch(/到期日/)
    expect(count(wb, 'activities')).toBe(0)
  })
})

describe('negotiation preparation sheets 谈判准备单', () => {
  it('stores a sheet per round with its issues and the planned concessions in fen', async () => {
    const wb = await workspace()
    const sheet = await wb.call('pipeline:negotiation-save', {
      accountId: wb.accountId,
      values: {
        round: 1,
        meetingOn: '2026-12-10',
        sheet: {
          limits: [{ term: 'payment_days', objective: 45, walkAway: 60 }],
          expectedBuyerTactics: [{ tactic: 'rounds_of_price_cuts', plannedResponse: '' }],
          ourTactics: [{ tactic: 'trade_conditions', note: '账期换端架' }],
          concessions: [
            { give: '账期 45 天', get: 'Q3 两个端架', valueFen: 1_200_000 },
            { give: '进场费减半', get: '', valueFen: 500_000 }
          ],
          questionPlan: [{ type: 'situation', templateId: 'situation.1' }],
          prerequisitesMet: ['key_people_known']
        }
      }
    })
    expect(sheet.plannedConcessionsFen).toBe(1_700_000)
    const codes = sheet.issues.map((issue) => issue.code)
    expect(codes).toContain('negotiation.issues.buyer_tactic_without_response')
    expect(codes).toContain('negotiation.issues.concession_without_get')
    expect((await wb.call('pipeline:negotiations', { accountId: wb.accountId })).map((s) => s.round)).toEqual([1])
  })
})

describe('funnel settings', () => {
  it('applies a new probability, keeps every change in the history, and refuses one over 100%', async () => {
    const wb = await workspace()
    const before = await wb.call('pipeline:funnel-settings-get', {})
    expect(before.history).toEqual([])
    const changed = await wb.call('pipeline:funnel-settings-set', { overrides: { target: { probabilityPpm: 50_000 } } })
    expect(changed.config.stages.find((s) => s.stage === 'target')?.probabilityPpm).toBe(50_000)
    expect(changed.history).toHaveLength(1)
    expect((await wb.callFailing('pipeline:funnel-settings-set', { overrides: { target: { probabilityPpm: 1_000_001 } } })).code).toBe('bad-input')
    const opportunity = await wb.call('pipeline:opportunity-save', { accountId: wb.accountId, values: { name: 'A', valueFen: 100_000_00, ownerName: '张三' } })
    expect(opportunity.weightedFen).toBe(5_000_00)
  })
})

describe('the demo workspace', () => {
  it('has people, deals at several stages (one won, one lost), next steps due around today and a preparation sheet', async () => {
    const wb = openTestWorkbench()
    await wb.call('workspace:init', { kind: 'demo' })
    const deals = await wb.call('pipeline:opportunities', { status: 'all' })
    expect(deals.length).toBeGreaterThanOrEqual(6)
    expect(new Set(deals.map((d) => d.stage)).size).toBeGreaterThanOrEqual(4)
    expect(deals.filter((d) => d.status === 'won')).toHaveLength(1)
    expect(deals.filter((d) => d.hasEvidenceLapsed)).toEqual([])
    const health = await wb.call('pipeline:health', {})
    expect(health.total.weightedFen).toBeGreaterThan(0)
    const { steps: due } = await wb.call('pipeline:next-steps', {})
    expect(due.map((d) => d.urgency)).toEqual(expect.arrayContaining(['overdue', 'due_today', 'upcoming']))
    const walmart = wb.workbench.context.accounts.codeOwner('KA-0001')!
    const [sheet] = await wb.call('pipeline:negotiations', { accountId: walmart })
    expect(sheet?.plannedConcessionsFen).toBe(1_500_000)
    const people = await wb.call('pipeline:stakeholders', { accountId: wb.workbench.context.accounts.codeOwner('KA-0016')! })
    const card = await wb.call('pipeline:talk-card', { id: people.find((p) => p.name === '周敏')!.id })
    expect(card.figures).toEqual({})
  })
})
