/**
 * Stakeholders 关键人 at a retailer, what each department needs (seed: "KA连锁的开发技巧 组织架构中
 * 各部门的核心需求点"), the kinds of need (seed: "四、如何了解客户需求") and the relationship ladder
 * 认识 → 熟悉 → 认可 → 信任 → 交友 → 合作 (seed: "如何运用'公式'").
 * Labels live in src/shared/i18n/pipeline.ts under the same ids.
 */
import { daysBetween, isIsoDate, type IsoDate } from './dates'

export const DEPARTMENTS = [
  'general_manager', // 总经理
  'purchasing', // 采购中心 / 采购
  'operations', // 门店管理部（营运中心）总部
  'store_manager', // 门店店长
  'pharmacist', // 驻店药师
  'clerk', // 营业员
  'promoter', // 促销员
  'custom' // a department the seed does not name; the user gives its label
] as const
export type Department = (typeof DEPARTMENTS)[number]

/** 决策 decides, 影响 influences the decision, 使用 works with the product day to day. */
export const DECISION_WEIGHTS = ['decision', 'influence', 'user'] as const
export type DecisionWeight = (typeof DECISION_WEIGHTS)[number]

/**
 * Need kinds. Explicit 显性 needs are what the customer states ("客户对其要求的清楚描述, 属于需求冰山的
 * 1/8"): 功能需求, 系统需求, 用户需求, 运营需求. Implicit 隐性 needs sit under the water:
 * 政绩需求 "与客户仕途和地位相关" (工作保障、被他人尊重、自我实现、职位竞争),
 * 业务需求 "与客户业务直接相关的潜在问题" (收入增长、效率提高、成本下降),
 * 管理需求 "组织或客户高层次的目标" (组织战略、组织发展、组织变革、竞争驱动).
 */
export const EXPLICIT_NEED_KINDS = ['function', 'system', 'user', 'operations'] as const
export const IMPLICIT_NEED_KINDS = ['career', 'business', 'management'] as const
export type ExplicitNeedKind = (typeof EXPLICIT_NEED_KINDS)[number]
export type ImplicitNeedKind = (typeof IMPLICIT_NEED_KINDS)[number]
export type NeedKind = ExplicitNeedKind | ImplicitNeedKind

export function isImplicitNeedKind(kind: NeedKind): kind is ImplicitNeedKind {
  return (IMPLICIT_NEED_KINDS as readonly string[]).includes(kind)
}

/** The proposal figures a talk point can quote (see talk-card.ts). */
export const TALK_FIGURE_KEYS = [
  'marginAmountFen', // 毛利额, fen a year
  'marginRatePpm', // 毛利率, ppm
  'paymentDays', // 账期, days
  'skuCount', // SKUs proposed
  'keySkuCount', // of which key SKUs 重点SKU
  'expectedSellThroughPpm', // 预计动销率, ppm
  'promotionRoiPpm', // 促销 ROI, ppm
  'promotionEvents', // promotion events a year 门店促销活动场次
  'otherIncomeFen', // 营业外收入 the retailer gets from us (fees), fen a year
  'expectedAnnualSalesFen', // 预计年销售额 at retail, fen
  'commissionPerUnitFen', // 挂金 per unit sold, fen
  'trainingSessions' // 培训场次 a year
] as const
export type TalkFigureKey = (typeof TALK_FIGURE_KEYS)[number]

export interface DepartmentNeed {
  /** Stable id; also the i18n key under pipeline.needs. */
  id: string
  department: Exclude<Department, 'custom'>
  /** Our reading of which kind the seed's need is; the seed does not classify them. */
  kind: NeedKind
  /** Figures that answer this need in a talk card, in the order they are quoted. */
  figures: readonly TalkFigureKey[]
}

const need = (
  department: DepartmentNeed['department'],
  id: string,
  kind: NeedKind,
  figures: readonly TalkFigureKey[] = []
): DepartmentNeed => ({ id: `${department}.${id}`, department, kind, figures })

/**
 * The seed's checklist per department, in the seed's order (the seed's words in the comments).
 * Only 总经理 … 促销员 have lists; a custom department starts empty and relies on own-words needs.
 */
export const DEPARTMENT_NEEDS: readonly DepartmentNeed[] = [
  // 一、总经理
  need('general_manager', 'gross_margin', 'business', ['marginAmountFen', 'marginRatePpm']), // 1.整体盈利能力,重点关注毛利额,整体的毛利率
  need('general_manager', 'cash_flow', 'business', ['paymentDays']), // 2.资金的实用情况,重点关注现金流、重点单位的货付情况
  need('general_manager', 'sales_per_area_staff', 'business', ['expectedAnnualSalesFen']), // 3.坪效和人效,重点关注主要品类的产出情况
  need('general_manager', 'partner_sell_through', 'business', ['expectedSellThroughPpm']), // 4.战略合作单位的动销情况
  need('general_manager', 'promotion_effect', 'business', ['promotionRoiPpm']), // 5.促销效果
  need('general_manager', 'store_expansion', 'management'), // 6.门店拓展及整体规划
  need('general_manager', 'staff_selling_skills', 'management', ['trainingSessions']), // 7.员工销售技巧的提升
  // 二、采购中心
  need('purchasing', 'sku_structure', 'function', ['skuCount', 'keySkuCount']), // 1,品类品种品规的调整与完善,即SKU的结构优化
  need('purchasing', 'margin', 'business', ['marginRatePpm', 'marginAmountFen']), // 2,品种的毛利率与毛利额
  need('purchasing', 'new_item_sell_through', 'operations', ['expectedSellThroughPpm']), // 3,所引进品种的动销及库存状况,尤其关注重点的动销和盈利情况
  need('purchasing', 'supplier_partnership', 'management', ['promotionEvents']), // 4,厂家互动及供货厂商的战略合作方案,重点关注动销
  need('purchasing', 'other_income', 'business', ['otherIncomeFen']), // 5,营业外收入
  need('purchasing', 'settlement', 'function', ['paymentDays']), // 6,结算方式
  need('purchasing', 'display', 'operations'), // 7,品相,重点关注陈列与卖相
  // 三、门店管理部（营运中心）总部
  need('operations', 'sell_through', 'operations', ['expectedSellThroughPpm']), // 1,产品动销情况,重点关注动销率及动销周期
  need('operations', 'sales_per_area_staff', 'business', ['expectedAnnualSalesFen']), // 2,坪效与人数
  need('operations', 'sell_through_campaigns', 'operations', ['promotionEvents', 'promotionRoiPpm']), // 3,动销活动方案及实施效果等情况
  need('operations', 'staff_selling_skills', 'management', ['trainingSessions']), // 4,员工销售技巧的提升
  need('operations', 'training', 'user', ['trainingSessions']), // 5,培训
  need('operations', 'margin_contribution', 'business', ['marginRatePpm']), // 6,产品的毛利贡献率
  need('operations', 'traffic_ticket_conversion', 'business'), // 7,人流量,客单价,成交率
  need('operations', 'membership', 'system'), // 8,会员制管理
  // 门店店长
  need('store_manager', 'store_profitability', 'business', ['marginRatePpm', 'expectedSellThroughPpm']), // 1,门店的盈利能力,关注营业额与高毛利品种的动销
  need('store_manager', 'associated_selling', 'user', ['trainingSessions']), // 2,员工的关联销售能力
  need('store_manager', 'traffic_ticket_conversion', 'business'), // 3,人流量,客单量,成交率。日营业额
  need('store_manager', 'outdoor_promotion', 'operations', ['promotionEvents']), // 4,店外促销
  need('store_manager', 'career_plan', 'career'), // 5,个人职业生涯规划
  // 驻店药师
  need('pharmacist', 'associated_selling', 'user'), // 1,关联销售
  need('pharmacist', 'efficacy', 'function'), // 2,产品疗效
  // 营业员
  need('clerk', 'commission_income', 'career', ['commissionPerUnitFen']), // 1,收入(挂金)
  need('clerk', 'skill_growth', 'career', ['trainingSessions']), // 2,个人能力的提升
  need('clerk', 'respect', 'career'), // 3,尊重
  need('clerk', 'store_promotions', 'operations', ['promotionEvents']), // 4,门店促销活动
  // 促销员
  need('promoter', 'commission', 'career', ['commissionPerUnitFen']), // 1,挂金
  need('promoter', 'store_promotions', 'operations', ['promotionEvents']), // 2,门店促销活动
  need('promoter', 'product_knowledge', 'user', ['trainingSessions']) // 3,产品知识
]

export function needsOfDepartment(department: Department): DepartmentNeed[] {
  return DEPARTMENT_NEEDS.filter((entry) => entry.department === department)
}

export function findDepartmentNeed(id: string): DepartmentNeed | undefined {
  return DEPARTMENT_NEEDS.find((entry) => entry.id === id)
}

/** Seed: 认识--熟悉--认可--信任--交友--合作, "项目的进阶本质是你与客户关键人员信任的产生及关系的进阶". */
export const RELATIONSHIP_STAGES = ['acquainted', 'familiar', 'approving', 'trusting', 'friends', 'partners'] as const
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number]

/**
 * What to do at each rung. The seed lists five tips beside the six rungs; we pair them in order and
 * split "少一些功利,多一分真诚,友情是无价的" between 信任 (真诚) and 交友 (友情).
 */
export const RELATIONSHIP_GUIDANCE: Record<RelationshipStage, string> = {
  acquainted: 'first_visit', // 初次拜访,第一印象很重要!开放式的问题收集信息,当好听众
  familiar: 'no_argument', // 不与客户的认知进行争辩,求同存议
  approving: 'solve_problems', // 帮助客户解决项目中的问题,用专业和商务打动客户(产品及公司)
  trusting: 'sincerity', // 少一些功利,多一分真诚
  friends: 'friendship', // 友情是无价的
  partners: 'joint_work' // (挖坑)共同去完成一件工作,创造双赢
}

export function relationshipStageIndex(stage: RelationshipStage): number {
  return RELATIONSHIP_STAGES.indexOf(stage)
}

/** The next rung, or null at 合作 (the top). */
export function nextRelationshipStage(stage: RelationshipStage): RelationshipStage | null {
  return RELATIONSHIP_STAGES[relationshipStageIndex(stage) + 1] ?? null
}

export interface Relationship {
  stage: RelationshipStage
  /** The day each rung was reached, as far as the user recorded it. */
  reachedOn: Partial<Record<RelationshipStage, IsoDate>>
}

export interface Stakeholder {
  id: string
  name: string
  department: Department
  /** The label of a custom department (ignored otherwise). */
  customDepartmentLabel?: string
  title?: string
  decisionWeight: DecisionWeight
  relationship: Relationship
  /** Ids from DEPARTMENT_NEEDS the KA manager ticked for this person. */
  tickedNeedIds: string[]
  /** Needs in the person's own words 原话, quoted as they are. */
  ownWordsNeeds: string[]
  /** Implicit needs 隐性需求 the KA manager has spotted, by kind, with a note. */
  implicitNeeds?: { kind: ImplicitNeedKind; note: string }[]
}

export type RelationshipAdvance =
  | { ok: true; relationship: Relationship }
  | { ok: false; code: 'relationshipIssues.already_top' | 'relationshipIssues.invalid_date' }

/** Moves one rung up, recording `on` as the day the new rung was reached. Returns a new value. */
export function advanceRelationship(relationship: Relationship, on: IsoDate): RelationshipAdvance {
  const next = nextRelationshipStage(relationship.stage)
  if (next === null) return { ok: false, code: 'relationshipIssues.already_top' }
  if (!isIsoDate(on)) return { ok: false, code: 'relationshipIssues.invalid_date' }
  return { ok: true, relationship: { stage: next, reachedOn: { ...relationship.reachedOn, [next]: on } } }
}

export type RelationshipIssueCode =
  | 'relationshipIssues.date_missing'
  | 'relationshipIssues.date_invalid'
  | 'relationshipIssues.date_in_future'
  | 'relationshipIssues.date_before_previous'
  | 'relationshipIssues.date_beyond_stage'

export interface RelationshipIssue {
  code: RelationshipIssueCode
  stage: RelationshipStage
  params: Record<string, string | number>
}

/**
 * Checks the dates of the ladder: each rung up to the current one should have a real date, not
 * after today and not before the rung below; a date on a rung not yet reached is a slip.
 * Missing dates are reported (the user may not know when they first met), so the UI can ask.
 */
export function checkRelationshipDates(relationship: Relationship, today: IsoDate): RelationshipIssue[] {
  const issues: RelationshipIssue[] = []
  const current = relationshipStageIndex(relationship.stage)
  let previous: { stage: RelationshipStage; date: IsoDate } | null = null
  RELATIONSHIP_STAGES.forEach((stage, index) => {
    const date = relationship.reachedOn[stage]
    if (index > current) {
      if (date !== undefined) issues.push({ code: 'relationshipIssues.date_beyond_stage', stage, params: { date } })
      return
    }
    if (date === undefined) {
      issues.push({ code: 'relationshipIssues.date_missing', stage, params: {} })
      return
    }
    if (!isIsoDate(date)) {
      issues.push({ code: 'relationshipIssues.date_invalid', stage, params: { date } })
      return
    }
    const ahead = daysBetween(today, date)
    if (ahead !== null && ahead > 0) issues.push({ code: 'relationshipIssues.date_in_future', stage, params: { date, today } })
    if (previous !== null && (daysBetween(previous.date, date) ?? 0) < 0) {
      issues.push({
        code: 'relationshipIssues.date_before_previous',
        stage,
        params: { date, previousStage: previous.stage, previousDate: previous.date }
      })
    }
    previous = { stage, date }
  })
  return issues
}
