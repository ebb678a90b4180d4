/**
 * Relationships and the KA funnel 关键人与销售漏斗: stakeholders per account with their needs and
 * relationship ladder, opportunities moving through the seed's six-stage funnel on evidence,
 * activities with next steps, negotiation preparation sheets, and the funnel settings. Every rule
 * and figure comes from src/shared/domain/pipeline; these schemas only bound what a caller sends.
 */
import * as z from 'zod'
import type { PipelineChannel } from '../channels'
import {
  BUYER_TACTICS,
  DECISION_WEIGHTS,
  DEPARTMENTS,
  FUNNEL_STAGES,
  IMPLICIT_NEED_KINDS,
  NEGOTIATED_TERMS,
  NEGOTIATION_PREREQUISITES,
  OUR_TACTICS,
  OWNER_ROLES,
  QUESTION_TYPES,
  RELATIONSHIP_STAGES,
  type DueActivity,
  type EvidenceLapse,
  type FunnelConfig,
  type FunnelConfigIssue,
  type FunnelDistribution,
  type FunnelStage,
  type Opportunity,
  type PipelineGroup,
  type PreparationIssue,
  type PreparationSheet,
  type Stakeholder,
  type StageConversion,
  type StageEvaluation,
  type StageVelocity,
  type StageVolume,
  type StageWinRate,
  type TalkFigureKey,
  type TalkFigures,
  type TalkFigureSource,
  type TalkPoint,
  type WeightedPipeline
} from '../domain/pipeline'
import { channel, noInput, type ChannelDefinition } from './define'
import type { ExportedFile } from './accounts'
import type { TermWarning } from '../domain/terms'

export const MAX_PIPELINE_TEXT = 2_000
export const MAX_PIPELINE_NAME = 100
export const MAX_PIPELINE_LIST = 50
/** ¥100 亿 in fen: the largest opportunity value accepted. */
export const MAX_OPPORTUNITY_VALUE_FEN = 1_000_000_000_000

const id = z.number().int().positive()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'not a calendar day')
const name = z.string().trim().min(1).max(MAX_PIPELINE_NAME)
const shortText = z.string().trim().max(MAX_PIPELINE_NAME)
const longText = z.string().trim().max(MAX_PIPELINE_TEXT)
const textList = z.array(longText).max(MAX_PIPELINE_LIST)
const ppm = z.number().int().min(0).max(1_000_000)
const fen = z.number().int().min(0).max(MAX_OPPORTUNITY_VALUE_FEN)

export const ACTIVITY_KINDS = ['visit', 'call', 'meeting', 'tasting', 'training', 'other'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/** Contact details 联系方式: personal data, kept on this laptop and left out of exports unless ticked. */
export const stakeholderContactSchema = z
  .object({ phone: shortText.default(''), mobile: shortText.default(''), email: shortText.default(''), wechat: shortText.default(''), address: longText.default('') })
  .strict()
export type StakeholderContact = z.output<typeof stakeholderContactSchema>

const relationshipSchema = z
  .object({ stage: z.enum(RELATIONSHIP_STAGES), reachedOn: z.partialRecord(z.enum(RELATIONSHIP_STAGES), isoDate) })
  .strict()

export const stakeholderValuesSchema = z
  .object({
    name,
    department: z.enum(DEPARTMENTS),
    customDepartmentLabel: shortText.optional(),
    title: shortText.optional(),
    decisionWeight: z.enum(DECISION_WEIGHTS),
    relationship: relationshipSchema,
    tickedNeedIds: z.array(z.string().max(80)).max(MAX_PIPELINE_LIST),
    ownWordsNeeds: textList,
    implicitNeeds: z.array(z.object({ kind: z.enum(IMPLICIT_NEED_KINDS), note: longText }).strict()).max(MAX_PIPELINE_LIST),
    contact: stakeholderContactSchema.default({ phone: '', mobile: '', email: '', wechat: '', address: '' }),
    /** The talk card as the manager edited it; null: the card is assembled from needs and figures. */
    talkCardText: longText.nullable().default(null),
    notes: longText.default('')
  })
  .strict()
export type StakeholderValues = z.output<typeof stakeholderValuesSchema>

export interface StoredStakeholder extends Omit<Stakeholder, 'id'> {
  id: number
  accountId: number
  contact: StakeholderContact
  talkCardText: string | null
  notes: string
  updatedAt: string
}

export const opportunityValuesSchema = z
  .object({
    name,
    /** What the deal is for: 新品进场 12 个 SKU, 2027 年续约… */
    goal: longText.default(''),
    valueFen: fen,
    ownerName: shortText,
    expectedCloseOn: isoDate.nullable().default(null),
    companySize: z.enum(['small_mid', 'large']).nullable().default(null),
    /** The proposal this deal is carried by (its id; no link when null). */
    proposalId: id.nullable().default(null),
    notes: longText.default('')
  })
  .strict()
export type OpportunityValues = z.output<typeof opportunityValuesSchema>

export interface StoredOpportunity extends Omit<Opportunity, 'id' | 'accountId'> {
  id: number
  accountId: number
  accountName: string
  goal: string
  expectedCloseOn: string | null
  proposalId: number | null
  notes: string
  /** The evidence of the current stage, evaluated now (a deal whose evidence lapsed is flagged). */
  currentEvidence: StageEvaluation
  /** What the next stage needs, or null at the last stage / when closed. */
  nextEvidence: StageEvaluation | null
  hasEvidenceLapsed: boolean
  probabilityPpm: number
  weightedFen: number
  updatedAt: string
}

export const activityValuesSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    occurredOn: isoDate,
    stakeholderId: id.nullable().default(null),
    opportunityId: id.nullable().default(null),
    purpose: longText.default(''),
    outcome: longText.default(''),
    nextStep: longText.default(''),
    nextStepDueOn: isoDate.nullable().default(null),
    nextStepDoneOn: isoDate.nullable().default(null),
    ownerName: shortText.default('')
  })
  .strict()
export type ActivityValues = z.output<typeof activityValuesSchema>

export interface StoredActivity extends ActivityValues {
  id: number
  accountId: number
  accountName: string
  stakeholderName: string | null
  opportunityName: string | null
  updatedAt: string
}

export interface NextStepDue extends DueActivity {
  accountId: number
  accountName: string
  activityId: number
}

const preparationSheetSchema = z
  .object({
    limits: z
      .array(
        z
          .object({
            term: z.enum(NEGOTIATED_TERMS),
            skuCode: shortText.optional(),
            opening: z.number().int().min(0).max(MAX_OPPORTUNITY_VALUE_FEN).nullable().optional(),
            objective: z.number().int().min(0).max(MAX_OPPORTUNITY_VALUE_FEN).nullable(),
            walkAway: z.number().int().min(0).max(MAX_OPPORTUNITY_VALUE_FEN).nullable()
          })
          .strict()
      )
      .max(MAX_PIPELINE_LIST),
    expectedBuyerTactics: z.array(z.object({ tactic: z.enum(BUYER_TACTICS), plannedResponse: longText }).strict()).max(MAX_PIPELINE_LIST),
    ourTactics: z.array(z.object({ tactic: z.enum(OUR_TACTICS), note: longText }).strict()).max(MAX_PIPELINE_LIST),
    concessions: z.array(z.object({ give: longText, get: longText, valueFen: fen.nullable().optional() }).strict()).max(MAX_PIPELINE_LIST),
    questionPlan: z
      .array(z.object({ type: z.enum(QUESTION_TYPES), templateId: z.string().max(40).optional(), topic: shortText.optional(), text: longText.optional() }).strict())
      .max(MAX_PIPELINE_LIST),
    prerequisitesMet: z.array(z.enum(NEGOTIATION_PREREQUISITES)).max(NEGOTIATION_PREREQUISITES.length)
  })
  .strict()

export const negotiationValuesSchema = z
  .object({
    round: z.number().int().min(1).max(99),
    meetingOn: isoDate.nullable().default(null),
    opportunityId: id.nullable().default(null),
    sheet: preparationSheetSchema,
    /** After the round: what was agreed, and the proposal version it produced. */
    agreedText: longText.default(''),
    proposalVersion: z.number().int().min(1).max(10_000).nullable().default(null)
  })
  .strict()
export type NegotiationValues = z.output<typeof negotiationValuesSchema>

export interface StoredNegotiation extends Omit<NegotiationValues, 'sheet'> {
  id: number
  accountId: number
  sheet: PreparationSheet
  issues: PreparationIssue[]
  plannedConcessionsFen: number
  updatedAt: string
}

const stageRuleSimple = z.union([
  z.object({ kind: z.literal('at_least'), count: z.number().int().min(1).max(50) }).strict(),
  z.object({ kind: z.literal('all_of'), criterionIds: z.array(z.string().max(80)).max(50) }).strict()
])
const stageOverrideSchema = z
  .object({
    probabilityPpm: ppm.optional(),
    ownerRoles: z.array(z.enum(OWNER_ROLES)).max(OWNER_ROLES.length).optional(),
    extraCriteria: z.array(z.object({ id: z.string().trim().min(1).max(80), label: name }).strict()).max(20).optional(),
    rule: z.union([stageRuleSimple, z.object({ kind: z.literal('by_company_size'), smallMid: stageRuleSimple, large: stageRuleSimple }).strict()]).optional()
  })
  .strict()
export const funnelOverridesSchema = z.partialRecord(z.enum(FUNNEL_STAGES), stageOverrideSchema)

export interface FunnelSettings {
  config: FunnelConfig
  overrides: z.output<typeof funnelOverridesSchema>
  issues: FunnelConfigIssue[]
  /** Every change to the funnel settings, newest first (the seed's defaults are never lost). */
  history: { changedAt: string; overrides: z.output<typeof funnelOverridesSchema> }[]
}

export const PIPELINE_GROUPINGS = ['owner', 'format', 'region'] as const
export type PipelineGrouping = (typeof PIPELINE_GROUPINGS)[number]

export interface PipelineHealth {
  today: string
  total: WeightedPipeline
  groups: Record<PipelineGrouping, PipelineGroup[]>
  volume: StageVolume[]
  conversion: StageConversion[]
  distribution: FunnelDistribution
  velocity: StageVelocity[]
  winRates: { closed: number; rates: StageWinRate[]; isShown: boolean }
  /** The open deals whose stage's evidence no longer holds, the first LAPSES_LISTED by id, with their names. */
  lapses: (Omit<EvidenceLapse, 'opportunityId'> & { opportunityId: number; name: string; accountName: string })[]
  lapseCount: number
}

/** How many lapsed deals a health answer names (the count says how many there are). */
export const LAPSES_LISTED = 50

export interface NextSteps {
  /** Overdue first, then due today, then coming up; at most the `limit` asked. */
  steps: NextStepDue[]
  counts: { overdue: number; due_today: number; upcoming: number }
}

export interface TalkCard {
  stakeholderId: number
  points: TalkPoint[]
  figures: TalkFigures
  /** Where each figure came from: a part of the proposal below, or the term sheet of `termSheetYear`. */
  figureSources: Partial<Record<TalkFigureKey, TalkFigureSource>>
  /** The account's current proposal the figures come from (null: none, the term sheet stands in). */
  proposal: { id: number; name: string; year: number } | null
  termSheetYear: number | null
  /** The manager's own text when they edited the card; the points otherwise. */
  editedText: string | null
}

/** A warning on one account's current term sheet (our offer), for the home page. */
export interface HomeTermsWarning {
  accountId: number
  accountName: string
  year: number
  warning: TermWarning
}

export interface HomeTermsWarnings {
  /** Warnings before notes (severity), then by account; at most the `limit` asked. */
  warnings: HomeTermsWarning[]
  /** All warnings, and how many accounts have at least one. */
  count: number
  accountCount: number
}

export const pipelineContract = {
  'pipeline:stakeholders': (() => {
    const input = z.object({ accountId: id }).strict()
    return channel<typeof input, StoredStakeholder[]>(input)
  })(),
  'pipeline:stakeholder-save': (() => {
    /** id absent: a new stakeholder of the account. */
    const input = z.object({ accountId: id, id: id.optional(), values: stakeholderValuesSchema }).strict()
    return channel<typeof input, StoredStakeholder>(input)
  })(),
  'pipeline:stakeholder-advance': (() => {
    const input = z.object({ id, on: isoDate }).strict()
    return channel<typeof input, StoredStakeholder>(input)
  })(),
  'pipeline:stakeholder-delete': (() => {
    const input = z.object({ id }).strict()
    return channel<typeof input, { stakeholder: StoredStakeholder }>(input)
  })(),
  'pipeline:talk-card': (() => {
    const input = z.object({ id }).strict()
    return channel<typeof input, TalkCard>(input)
  })(),
  'pipeline:opportunities': (() => {
    const input = z.object({ accountId: id.optional(), status: z.enum(['open', 'won', 'lost', 'all']).default('all') }).strict()
    return channel<typeof input, StoredOpportunity[]>(input)
  })(),
  'pipeline:opportunity-save': (() => {
    const input = z.object({ accountId: id, id: id.optional(), values: opportunityValuesSchema, startedOn: isoDate.optional() }).strict()
    return channel<typeof input, StoredOpportunity>(input)
  })(),
  'pipeline:opportunity-evidence': (() => {
    /** Ticks the evidence of one stage (the whole list for that stage). */
    const input = z.object({ id, stage: z.enum(FUNNEL_STAGES), criterionIds: z.array(z.string().max(80)).max(50) }).strict()
    return channel<typeof input, StoredOpportunity>(input)
  })(),
  'pipeline:opportunity-advance': (() => {
    const input = z.object({ id, on: isoDate }).strict()
    return channel<typeof input, StoredOpportunity>(input)
  })(),
  'pipeline:opportunity-close': (() => {
    const input = z.object({ id, status: z.enum(['won', 'lost', 'open']), on: isoDate }).strict()
    return channel<typeof input, StoredOpportunity>(input)
  })(),
  'pipeline:opportunity-delete': (() => {
    const input = z.object({ id }).strict()
    return channel<typeof input, { deleted: number }>(input)
  })(),
  'pipeline:health': (() => {
    const input = z.object({ today: isoDate.optional() }).strict()
    return channel<typeof input, PipelineHealth>(input)
  })(),
  'pipeline:activities': (() => {
    const input = z.object({ accountId: id.optional(), stakeholderId: id.optional(), limit: z.number().int().min(1).max(5000).default(500) }).strict()
    return channel<typeof input, StoredActivity[]>(input)
  })(),
  'pipeline:activity-save': (() => {
    const input = z.object({ accountId: id, id: id.optional(), values: activityValuesSchema }).strict()
    return channel<typeof input, StoredActivity>(input)
  })(),
  'pipeline:activity-delete': (() => {
    const input = z.object({ id }).strict()
    return channel<typeof input, { deleted: number }>(input)
  })(),
  'pipeline:next-steps': (() => {
    /** Next steps not done, overdue first; `today` defaults to the host's local date. */
    const input = z.object({ today: isoDate.optional(), upcomingDays: z.number().int().min(0).max(366).default(7), limit: z.number().int().min(1).max(5000).default(100) }).strict()
    return channel<typeof input, NextSteps>(input)
  })(),
  'pipeline:negotiations': (() => {
    const input = z.object({ accountId: id }).strict()
    return channel<typeof input, StoredNegotiation[]>(input)
  })(),
  'pipeline:negotiation-save': (() => {
    const input = z.object({ accountId: id, id: id.optional(), values: negotiationValuesSchema }).strict()
    return channel<typeof input, StoredNegotiation>(input)
  })(),
  'pipeline:negotiation-delete': (() => {
    const input = z.object({ id }).strict()
    return channel<typeof input, { deleted: number }>(input)
  })(),
  'pipeline:negotiation-export': (() => {
    /** The one-page .docx of a preparation sheet, in the language asked (the workspace's by default). */
    const input = z.object({ id, language: z.enum(['zh-CN', 'en-US']).optional() }).strict()
    return channel<typeof input, ExportedFile>(input)
  })(),
  'pipeline:funnel-settings-get': channel<typeof noInput, FunnelSettings>(noInput),
  'pipeline:funnel-settings-set': (() => {
    const input = z.object({ overrides: funnelOverridesSchema }).strict()
    return channel<typeof input, FunnelSettings>(input)
  })(),
  'pipeline:terms-warnings': (() => {
    const input = z.object({ limit: z.number().int().min(1).max(5000).default(50) }).strict()
    return channel<typeof input, HomeTermsWarnings>(input)
  })(),
  'pipeline:stakeholders-export': (() => {
    /**
     * The stakeholders of one account (all accounts without accountId) as .xlsx. Contact details
     * are personal data: left out unless the user ticks them in.
     */
    const input = z
      .object({ accountId: id.optional(), includeContactDetails: z.boolean().default(false), language: z.enum(['zh-CN', 'en-US']).optional() })
      .strict()
    return channel<typeof input, ExportedFile>(input)
  })()
} satisfies Record<PipelineChannel, ChannelDefinition>

export type { FunnelStage }
