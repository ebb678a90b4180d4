/**
 * The demo workspace's relationships and funnel (resources/demo/pipeline.json), stored through the
 * same services as the pages, so the demo cannot hold what they would refuse. Dates in the file are
 * days relative to the day the workspace is created, so next steps fall due around "today".
 */
import fs from 'node:fs'
import path from 'node:path'
import * as z from 'zod'
import type { WorkbenchContext } from '../context'
import { AppFailure } from '../../../src/shared/result'
import { ACTIVITY_KINDS } from '../../../src/shared/contract/pipeline'
import {
  BUYER_TACTICS,
  DECISION_WEIGHTS,
  DEPARTMENTS,
  FUNNEL_STAGES,
  IMPLICIT_NEED_KINDS,
  NEGOTIATED_TERMS,
  NEGOTIATION_PREREQUISITES,
  OUR_TACTICS,
  QUESTION_TYPES,
  RELATIONSHIP_STAGES,
  type RelationshipStage
} from '../../../src/shared/domain/pipeline'
import * as pipeline from './pipeline-service'

const day = z.number().int()
const demoPipeline = z.object({
  _comment: z.string().optional(),
  stakeholders: z.array(
    z
      .object({
        account: z.string(),
        name: z.string(),
        department: z.enum(DEPARTMENTS),
        title: z.string(),
        decisionWeight: z.enum(DECISION_WEIGHTS),
        ladder: z.array(day).min(1).max(RELATIONSHIP_STAGES.length),
        needs: z.array(z.string()),
        ownWords: z.array(z.string()),
        implicit: z.array(z.tuple([z.enum(IMPLICIT_NEED_KINDS), z.string()])),
        mobile: z.string().optional(),
        wechat: z.string().optional(),
        email: z.string().optional()
      })
      .strict()
  ),
  opportunities: z.array(
    z
      .object({
        account: z.string(),
        name: z.string(),
        goal: z.string(),
        valueYuan: z.number().int().min(0),
        owner: z.string(),
        size: z.enum(['small_mid', 'large']),
        start: day,
        path: z.array(z.tuple([z.enum(FUNNEL_STAGES), day])),
        closeIn: day.optional(),
        status: z.enum(['won', 'lost']).optional(),
        closedOn: day.optional()
      })
      .strict()
  ),
  activities: z.array(
    z
      .object({
        account: z.string(),
        who: z.string().optional(),
        kind: z.enum(ACTIVITY_KINDS),
        on: day,
        purpose: z.string(),
        outcome: z.string(),
        nextStep: z.string(),
        due: day,
        owner: z.string()
      })
      .strict()
  ),
  negotiations: z.array(
    z
      .object({
        account: z.string(),
        round: z.number().int(),
        meetingIn: day,
        limits: z.array(z.tuple([z.enum(NEGOTIATED_TERMS), z.number().int(), z.number().int()])),
        buyerTactics: z.array(z.tuple([z.enum(BUYER_TACTICS), z.string()])),
        ourTactics: z.array(z.tuple([z.enum(OUR_TACTICS), z.string()])),
        concessions: z.array(z.tuple([z.string(), z.string(), z.number().int()])),
        questions: z.array(z.tuple([z.enum(QUESTION_TYPES), z.string()])),
        prerequisites: z.array(z.enum(NEGOTIATION_PREREQUISITES))
      })
      .strict()
  )
})

export function demoPipelineFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'pipeline.json')
}

/** Inserts the demo relationships and funnel; the caller owns the transaction and has inserted the demo accounts. */
export function loadDemoPipeline(context: WorkbenchContext): void {
  const parsed = demoPipeline.safeParse(JSON.parse(fs.readFileSync(demoPipelineFile(context.resourcesDir), 'utf8')))
  if (!parsed.success) throw new AppFailure('demo-data', `demo pipeline: ${parsed.error.message}`)
  const today = Date.parse(`${pipeline.localToday(context)}T00:00:00Z`)
  const dayOf = (offset: number): string => new Date(today + offset * 86_400_000).toISOString().slice(0, 10)
  const accountOf = (code: string): number => {
    const id = context.accounts.codeOwner(code)
    if (id === undefined) throw new AppFailure('demo-data', `demo pipeline: no account ${code}`)
    return id
  }
  const config = pipeline.funnelConfig(context)
  const allCriteria = (stage: (typeof FUNNEL_STAGES)[number]) => config.stages.find((entry) => entry.stage === stage)?.criteria.map((criterion) => criterion.id) ?? []

  const stakeholderIds = new Map<string, number>()
  for (const person of parsed.data.stakeholders) {
    const accountId = accountOf(person.account)
    const reachedOn: Partial<Record<RelationshipStage, string>> = {}
    person.ladder.forEach((offset, index) => (reachedOn[RELATIONSHIP_STAGES[index]!] = dayOf(offset)))
    const saved = pipeline.saveStakeholder(context, accountId, undefined, {
      name: person.name,
      department: person.department,
      title: person.title,
      decisionWeight: person.decisionWeight,
      relationship: { stage: RELATIONSHIP_STAGES[person.ladder.length - 1]!, reachedOn },
      tickedNeedIds: person.needs,
      ownWordsNeeds: person.ownWords,
      implicitNeeds: person.implicit.map(([kind, note]) => ({ kind, note })),
      contact: { phone: '', mobile: person.mobile ?? '', email: person.email ?? '', wechat: person.wechat ?? '', address: '' },
      talkCardText: null,
      notes: ''
    })
    stakeholderIds.set(`${person.account}/${person.name}`, saved.id)
  }

  for (const deal of parsed.data.opportunities) {
    const accountId = accountOf(deal.account)
    let opportunity = pipeline.saveOpportunity(
      context,
      accountId,
      undefined,
      {
        name: deal.name,
        goal: deal.goal,
        valueFen: deal.valueYuan * 100,
        ownerName: deal.owner,
        expectedCloseOn: deal.closeIn === undefined ? null : dayOf(deal.closeIn),
        companySize: deal.size,
        proposalId: null,
        notes: ''
      },
      dayOf(deal.start)
    )
    opportunity = pipeline.setOpportunityEvidence(context, opportunity.id, 'target', allCriteria('target'))
    for (const [stage, offset] of deal.path) {
      pipeline.setOpportunityEvidence(context, opportunity.id, stage, allCriteria(stage))
      opportunity = pipeline.advanceOpportunityStage(context, opportunity.id, dayOf(offset))
    }
    if (deal.status) pipeline.closeOpportunity(context, opportunity.id, deal.status, dayOf(deal.closedOn ?? 0))
  }

  for (const entry of parsed.data.activities) {
    const accountId = accountOf(entry.account)
    const stakeholderId = entry.who === undefined ? null : (stakeholderIds.get(`${entry.account}/${entry.who}`) ?? null)
    pipeline.saveActivity(context, accountId, undefined, {
      kind: entry.kind,
      occurredOn: dayOf(entry.on),
      stakeholderId,
      opportunityId: null,
      purpose: entry.purpose,
      outcome: entry.outcome,
      nextStep: entry.nextStep,
      nextStepDueOn: dayOf(entry.due),
      nextStepDoneOn: null,
      ownerName: entry.owner
    })
  }

  for (const round of parsed.data.negotiations) {
    pipeline.saveNegotiation(context, accountOf(round.account), undefined, {
      round: round.round,
      meetingOn: dayOf(round.meetingIn),
      opportunityId: null,
      agreedText: '',
      proposalVersion: null,
      sheet: {
        limits: round.limits.map(([term, objective, walkAway]) => ({ term, objective, walkAway })),
        expectedBuyerTactics: round.buyerTactics.map(([tactic, plannedResponse]) => ({ tactic, plannedResponse })),
        ourTactics: round.ourTactics.map(([tactic, note]) => ({ tactic, note })),
        concessions: round.concessions.map(([give, get, valueFen]) => ({ give, get, valueFen })),
        questionPlan: round.questions.map(([type, templateId]) => ({ type, templateId })),
        prerequisitesMet: round.prerequisites
      }
    })
  }
}
