/**
 * Negotiation 商务谈判 and discovery 了解客户需求 (seed: "三、如何做好商务谈判", "四、如何了解客户需求"):
 * catalogues of tactics and question patterns, and the preparation sheet 谈判准备表 with its checks.
 * Names and gists are i18n keys under pipeline.negotiation; the seed gives the tactics by name
 * only, so the gists are our one-line reading of each name, tied to the seed where it says more
 * (条件置换: every give is traded for a get; 少降多送: free goods rather than price cuts).
 */

/** Seed "谈判的常用策略", in its order 1–9. */
export const OUR_TACTICS = [
  'avoid_strength_hit_weakness', // 1、避实就虚
  'retreat_to_advance', // 2、以退为进
  'avoid_argument', // 3、避免争论
  'good_cop_bad_cop', // 4、红白脸
  'take_the_initiative', // 5、反客为主
  'deadline', // 6、最后期限
  'trade_conditions', // 7、条件置换
  'cut_less_give_more', // 8、少降多送
  'market_strategy' // 9、市场策略
] as const
export type OurTactic = (typeof OUR_TACTICS)[number]

/** Seed "客户方的谈判方法和原则", in its order 1–5. */
export const BUYER_TACTICS = [
  'rounds_of_price_cuts', // 1、多轮杀价
  'know_both_sides', // 2、知己知彼
  'multi_level_game', // 3、多层级博弈
  'identify_roles', // 4、认清身份
  'lower_is_better' // 5、越低越好
] as const
export type BuyerTactic = (typeof BUYER_TACTICS)[number]

/** Seed "原则性谈判的要求": 对事不对人, 注重内在利益, 使出双方都受益的解决方法, 客观标准. */
export const PRINCIPLED_NEGOTIATION = ['issue_not_person', 'interests_not_positions', 'mutual_gain', 'objective_criteria'] as const

/**
 * Seed "进入商务谈判阶段的前提": 决定项目的关键人物已经确定; 项目的解决方案得到了客户关键人物的确认;
 * 项目的启动时间和完成时间已经确认; 客户已经确定了谈判的方式.
 */
export const NEGOTIATION_PREREQUISITES = ['key_people_known', 'solution_confirmed', 'timeline_confirmed', 'negotiation_format_set'] as const
export type NegotiationPrerequisite = (typeof NEGOTIATION_PREREQUISITES)[number]

/** Seed "需求沟通常用的问题句型", used in this order (情景 → 诊断 → 启发 → 确认). */
export const QUESTION_TYPES = ['situation', 'diagnostic', 'implication', 'confirmation'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/**
 * The seed's four patterns per type, as template ids (pipeline.negotiation.questions.<type>.<n>);
 * each template has a {{topic}} slot for the "……" in the seed:
 * 情景型 1) 你对....感觉怎么样? 2) 你感觉.....好在那里? 3) 你为什么会选择…? 4) 你是如何使用的….?
 * 诊断型 1) 你有………困难吗? 2) 你有………不满意的地方呢? 3) 你感觉……有问题呢? 4) 这些………不满意中,你最不满意的是那一个呢?
 * 启发型 1) 因为这个问题,对你又会产生什么影响呢? 2) 因为这个影响,又会产生……严重后果? 3) 这个后果,得不到及时处理,
 *        对你生意又意味着什么? 4) 总结一下,因为这个问题,导致……的严重后果,是这样吗?
 * 确认型 1) 有……帮助吗? 2) 有……好处? 3) 还有……好处呢? 4) 总结一下,所以解决这个问题的好处是……,是这样吗?
 */
export const QUESTION_TEMPLATES: Record<QuestionType, readonly string[]> = {
  situation: ['situation.1', 'situation.2', 'situation.3', 'situation.4'],
  diagnostic: ['diagnostic.1', 'diagnostic.2', 'diagnostic.3', 'diagnostic.4'],
  implication: ['implication.1', 'implication.2', 'implication.3', 'implication.4'],
  confirmation: ['confirmation.1', 'confirmation.2', 'confirmation.3', 'confirmation.4']
}

/**
 * The terms a sheet sets limits on. Which way is "better" for us, the supplier: a higher supply
 * price; lower fees, lower percentage terms and shorter payment days.
 */
export const NEGOTIATED_TERMS = ['supply_price', 'fixed_fees', 'percentage_terms', 'payment_days'] as const
export type NegotiatedTerm = (typeof NEGOTIATED_TERMS)[number]
export const TERM_UNITS: Record<NegotiatedTerm, 'fen' | 'ppm' | 'days'> = {
  supply_price: 'fen',
  fixed_fees: 'fen',
  percentage_terms: 'ppm',
  payment_days: 'days'
}
const HIGHER_IS_BETTER: Record<NegotiatedTerm, boolean> = {
  supply_price: true,
  fixed_fees: false,
  percentage_terms: false,
  payment_days: false
}

export interface TermLimit {
  term: NegotiatedTerm
  /** Which SKU a supply price is for (blank for the whole contract). */
  skuCode?: string
  /** Where we open 开价 (optional), what we aim for 目标, and the limit we walk away at 底线. */
  opening?: number | null
  objective: number | null
  walkAway: number | null
}

export interface PreparationSheet {
  accountId?: string
  meetingOn?: string
  limits: TermLimit[]
  expectedBuyerTactics: { tactic: BuyerTactic; plannedResponse: string }[]
  ourTactics: { tactic: OurTactic; note: string }[]
  /** 条件置换: each give is paired with what we get for it. valueFen = what the give costs us. */
  concessions: { give: string; get: string; valueFen?: number | null }[]
  questionPlan: { type: QuestionType; templateId?: string; topic?: string; text?: string }[]
  prerequisitesMet: NegotiationPrerequisite[]
}

export type PreparationIssueCode =
  | 'negotiation.issues.limit_missing'
  | 'negotiation.issues.limit_negative'
  | 'negotiation.issues.walk_away_beyond_objective'
  | 'negotiation.issues.opening_below_objective'
  | 'negotiation.issues.no_limits'
  | 'negotiation.issues.buyer_tactic_without_response'
  | 'negotiation.issues.buyer_tactic_repeated'
  | 'negotiation.issues.concession_without_get'
  | 'negotiation.issues.concession_negative'
  | 'negotiation.issues.question_type_missing'
  | 'negotiation.issues.question_template_unknown'
  | 'negotiation.issues.prerequisite_missing'

export interface PreparationIssue {
  code: PreparationIssueCode
  severity: 'error' | 'warning'
  /** Where in the sheet, e.g. "limits.0.walkAway", for the UI to point at the field. */
  path: string
  params: Record<string, string | number>
}

/** true when `a` is better for us than `b` on this term. */
function isBetter(term: NegotiatedTerm, a: number, b: number): boolean {
  return HIGHER_IS_BETTER[term] ? a > b : a < b
}

/**
 * Checks a preparation sheet. Errors make the sheet unusable (a walk-away better than the
 * objective: the limit would be met before the aim; a negative amount). Warnings are gaps a
 * manager would want pointed out: an expected buyer tactic without a planned response, a give
 * without a get (the seed's 条件置换), a question type missing from the plan, an unmet
 * prerequisite of the negotiation stage.
 */
export function validatePreparationSheet(sheet: PreparationSheet): PreparationIssue[] {
  const issues: PreparationIssue[] = []
  if (sheet.limits.length === 0) issues.push({ code: 'negotiation.issues.no_limits', severity: 'warning', path: 'limits', params: {} })
  sheet.limits.forEach((limit, index) => {
    const base = `limits.${index}`
    const params = { term: limit.term, sku: limit.skuCode ?? '' }
    for (const field of ['opening', 'objective', 'walkAway'] as const) {
      const value = limit[field]
      if (value !== undefined && value !== null && value < 0) {
        issues.push({ code: 'negotiation.issues.limit_negative', severity: 'error', path: `${base}.${field}`, params: { ...params, value } })
      }
    }
    if (limit.objective === null || limit.walkAway === null) {
      issues.push({
        code: 'negotiation.issues.limit_missing',
        severity: 'warning',
        path: `${base}.${limit.objective === null ? 'objective' : 'walkAway'}`,
        params
      })
      return
    }
    if (isBetter(limit.term, limit.walkAway, limit.objective)) {
      issues.push({
        code: 'negotiation.issues.walk_away_beyond_objective',
        severity: 'error',
        path: `${base}.walkAway`,
        params: { ...params, objective: limit.objective, walkAway: limit.walkAway }
      })
    }
    if (limit.opening !== undefined && limit.opening !== null && isBetter(limit.term, limit.objective, limit.opening)) {
      issues.push({
        code: 'negotiation.issues.opening_below_objective',
        severity: 'warning',
        path: `${base}.opening`,
        params: { ...params, objective: limit.objective, opening: limit.opening }
      })
    }
  })
  const seenTactics = new Set<BuyerTactic>()
  sheet.expectedBuyerTactics.forEach((entry, index) => {
    if (seenTactics.has(entry.tactic)) {
      issues.push({ code: 'negotiation.issues.buyer_tactic_repeated', severity: 'warning', path: `expectedBuyerTactics.${index}`, params: { tactic: entry.tactic } })
    }
    seenTactics.add(entry.tactic)
    if (entry.plannedResponse.trim() === '') {
      issues.push({
        code: 'negotiation.issues.buyer_tactic_without_response',
        severity: 'warning',
        path: `expectedBuyerTactics.${index}.plannedResponse`,
        params: { tactic: entry.tactic }
      })
    }
  })
  sheet.concessions.forEach((concession, index) => {
    if (concession.get.trim() === '') {
      issues.push({ code: 'negotiation.issues.concession_without_get', severity: 'warning', path: `concessions.${index}.get`, params: { give: concession.give } })
    }
    if (concession.valueFen !== undefined && concession.valueFen !== null && concession.valueFen < 0) {
      issues.push({ code: 'negotiation.issues.concession_negative', severity: 'error', path: `concessions.${index}.valueFen`, params: { value: concession.valueFen } })
    }
  })
  sheet.questionPlan.forEach((question, index) => {
    if (question.templateId !== undefined && !QUESTION_TEMPLATES[question.type].includes(question.templateId)) {
      issues.push({
        code: 'negotiation.issues.question_template_unknown',
        severity: 'warning',
        path: `questionPlan.${index}.templateId`,
        params: { template: question.templateId }
      })
    }
  })
  for (const type of QUESTION_TYPES) {
    if (!sheet.questionPlan.some((question) => question.type === type)) {
      issues.push({ code: 'negotiation.issues.question_type_missing', severity: 'warning', path: 'questionPlan', params: { type } })
    }
  }
  for (const prerequisite of NEGOTIATION_PREREQUISITES) {
    if (!sheet.prerequisitesMet.includes(prerequisite)) {
      issues.push({ code: 'negotiation.issues.prerequisite_missing', severity: 'warning', path: 'prerequisitesMet', params: { prerequisite } })
    }
  }
  return issues
}

/** Total cost of the planned concessions, fen (gives without a value count as 0). */
export function plannedConcessionsFen(sheet: Pick<PreparationSheet, 'concessions'>): number {
  return sheet.concessions.reduce((sum, concession) => sum + Math.max(0, concession.valueFen ?? 0), 0)
}
