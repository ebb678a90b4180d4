import { describe, expect, it } from 'vitest'
import {
  advanceRelationship,
  assembleTalkCard,
  checkRelationshipDates,
  DEPARTMENTS,
  dueActivities,
  needsOfDepartment,
  nextRelationshipStage,
  type Activity
} from '../../src/shared/domain/pipeline'

describe('department needs catalogue (seed: 各部门的核心需求点)', () => {
  it('lists the seed needs per department in the seed order, and none for a custom department', () => {
    // 总经理 1–7, 采购中心 1–7, 营运中心 1–8, 店长 1–5, 驻店药师 1–2, 营业员 1–4, 促销员 1–3
    expect(DEPARTMENTS.map((department) => needsOfDepartment(department).length)).toEqual([7, 7, 8, 5, 2, 4, 3, 0])
    expect(needsOfDepartment('general_manager')[0]).toEqual({
      id: 'general_manager.gross_margin',
      department: 'general_manager',
      kind: 'business',
      figures: ['marginAmountFen', 'marginRatePpm']
    })
    // 营业员 3,尊重 is a 政绩 (career) need: 被他人尊重
    expect(needsOfDepartment('clerk')[2]).toMatchObject({ id: 'clerk.respect', kind: 'career' })
  })
})

describe('relationship ladder 认识 → 熟悉 → 认可 → 信任 → 交友 → 合作', () => {
  it('advances one rung at a time and records the day; stops at 合作', () => {
    const start = { stage: 'acquainted' as const, reachedOn: { acquainted: '2026-01-05' } }
    const result = advanceRelationship(start, '2026-02-01')
    expect(result).toEqual({
      ok: true,
      relationship: { stage: 'familiar', reachedOn: { acquainted: '2026-01-05', familiar: '2026-02-01' } }
    })
    expect(nextRelationshipStage('friends')).toBe('partners')
    expect(advanceRelationship({ stage: 'partners', reachedOn: {} }, '2026-02-01')).toEqual({ ok: false, code: 'relationshipIssues.already_top' })
  })

  it('checks the dates: missing, out of order, in the future, on a rung not reached', () => {
    const issues = checkRelationshipDates(
      {
        stage: 'trusting',
        // 熟悉 missing; 认可 before 认识; 信任 after today; 交友 not reached but dated
        reachedOn: { acquainted: '2026-03-01', approving: '2026-02-01', trusting: '2026-05-01', friends: '2026-05-02' }
      },
      '2026-04-01'
    )
    expect(issues.map((issue) => [issue.code, issue.stage])).toEqual([
      ['relationshipIssues.date_missing', 'familiar'],
      ['relationshipIssues.date_before_previous', 'approving'],
      ['relationshipIssues.date_in_future', 'trusting'],
      ['relationshipIssues.date_beyond_stage', 'friends']
    ])
  })

  it('finds nothing wrong with a ladder dated in order', () => {
    expect(checkRelationshipDates({ stage: 'familiar', reachedOn: { acquainted: '2026-01-05', familiar: '2026-01-05' } }, '2026-04-01')).toEqual([])
  })
})

describe('assembleTalkCard (个人化卡片话术)', () => {
  it('opens for the department, quotes the ticked needs in the seed order with their figures, then own words and a confirming close', () => {
    const card = assembleTalkCard(
      {
        name: '张采购',
        department: 'purchasing',
        // ticked out of order, one twice, one from the GM list, one unknown id
        tickedNeedIds: ['purchasing.settlement', 'purchasing.margin', 'general_manager.cash_flow', 'purchasing.margin', 'gone.need'],
        ownWordsNeeds: ['  今年要把进口品类做起来 ', ''],
        implicitNeeds: [{ kind: 'career', note: '想在年底评优' }]
      },
      // 毛利率 35% (350,000 ppm), 毛利额 ¥120,000.00, 月结 60 天
      { marginRatePpm: 350_000, marginAmountFen: 12_000_000, paymentDays: 60 }
    )
    expect(card.map((point) => point.code)).toEqual([
      'talk.opening.purchasing',
      'talk.need.purchasing.margin',
      'talk.need.purchasing.settlement',
      'talk.need.general_manager.cash_flow',
      'talk.own_words',
      'talk.implicit.career',
      'talk.closing'
    ])
    expect(card[1]).toMatchObject({ params: { marginRatePpm: 350_000, marginAmountFen: 12_000_000 }, missingFigures: [] })
    expect(card[4]?.params).toEqual({ text: '今年要把进口品类做起来' })
  })

  it('marks the figures a need would quote but the proposal does not have yet', () => {
    const card = assembleTalkCard(
      { name: '刘店长', department: 'store_manager', tickedNeedIds: ['store_manager.store_profitability'], ownWordsNeeds: [] },
      { marginRatePpm: 420_000, expectedSellThroughPpm: null }
    )
    expect(card[1]).toMatchObject({ params: { marginRatePpm: 420_000 }, missingFigures: ['expectedSellThroughPpm'] })
  })
})

describe('assembleTalkCard for a department the seed does not list', () => {
  it('opens with the custom label and carries only the person\'s own words', () => {
    const card = assembleTalkCard(
      { name: '陈主任', department: 'custom', customDepartmentLabel: '品类管理部', tickedNeedIds: [], ownWordsNeeds: ['希望减少断货'] },
      {}
    )
    expect(card.map((point) => [point.code, point.params])).toEqual([
      ['talk.opening.custom', { name: '陈主任', department: '品类管理部' }],
      ['talk.own_words', { text: '希望减少断货' }],
      ['talk.closing', { name: '陈主任' }]
    ])
  })
})

describe('dueActivities (next steps given today)', () => {
  const step = (id: string, dueOn: string, extra: Partial<Activity> = {}): Activity => ({ id, title: `步骤${id}`, dueOn, ...extra })

  it('sorts overdue (most overdue first), due today and the next 7 days; leaves out done, later and undated steps', () => {
    const today = '2026-03-31'
    const due = dueActivities(
      [
        step('a', '2026-04-07'), // +7: upcoming, the last day of the window
        step('b', '2026-04-08'), // +8: beyond the week
        step('c', '2026-03-31'), // today
        step('d', '2026-03-28'), // −3
        step('e', '2026-03-30', { doneOn: '2026-03-30' }), // done
        step('f', '2026-02-28'), // −31
        step('g', '2026-02-30') // not a date
      ],
      today
    )
    expect(due.map((entry) => [entry.activity.id, entry.urgency, entry.daysUntilDue])).toEqual([
      ['f', 'overdue', -31],
      ['d', 'overdue', -3],
      ['c', 'due_today', 0],
      ['a', 'upcoming', 7]
    ])
  })
})
