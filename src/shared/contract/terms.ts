/**
 * Trade terms 合同条款: each account's term sheet per contract year (lines with the retailer's
 * ask, our offer and the agreed value; the payment term per side), the account economics the
 * domain module computes from it over the planned assortment, the comparison of retailers, the
 * warnings, and what-if scenarios over the offer. Values are typed as a person types them: money
 * in yuan text ("3000", "1.2万"), rates in % ("2", "2.5%"); the service parses them.
 */
import * as z from 'zod'
import type { TermsChannel } from '../channels'
import {
  FEE_BASES,
  FIXED_FEE_KINDS,
  PAYMENT_MODES,
  PERCENTAGE_TERM_KINDS,
  REBATE_TIER_MODES,
  TERM_SIDES,
  type AccountEconomics,
  type ComparisonRow,
  type ConditionalRebate,
  type EconomicsDelta,
  type FixedFeeLine,
  type FixedFeeValue,
  type NetNetPrice,
  type PaymentMode,
  type PercentageTermLine,
  type ConditionalRebateLine,
  type TermSheetIssue,
  type TermSide,
  type TermValues,
  type TermWarning,
  type WaterfallStep
} from '../domain/terms'
import { channel, noInput, type ChannelDefinition } from './define'
import { cellValue } from './catalogue'
import type { ExportedFile } from './accounts'
import { MONEY_UNITS } from '../domain/money'
import { LANGUAGES } from '../i18n'

/** The largest fee, threshold or amount a term line holds: ¥10 亿 (in fen). */
export const MAX_TERM_AMOUNT_FEN = 100_000_000_000
export const MAX_TERM_COUNT = 10_000
export const MAX_REBATE_TIERS = 20
export const MAX_PAYMENT_DAYS = 3650
export const MAX_TERM_LINE_NAME_LENGTH = 100
export const MAX_SCENARIO_NAME_LENGTH = 100
export const MIN_CONTRACT_YEAR = 2000
export const MAX_CONTRACT_YEAR = 2100

const id = z.number().int().positive()
const accountId = id
const sheetId = id
const lineId = id
const scenarioId = id
const year = z.number().int().min(MIN_CONTRACT_YEAR).max(MAX_CONTRACT_YEAR)
const side = z.enum(TERM_SIDES)
const fen = z.number().int().min(0).max(MAX_TERM_AMOUNT_FEN)
const ppm = z.number().int().min(0).max(1_000_000)
const days = z.number().int().min(0).max(MAX_PAYMENT_DAYS)
const lineName = z.string().trim().max(MAX_TERM_LINE_NAME_LENGTH)

export const fixedFeeValueSchema = z.object({ unitFen: fen, count: z.number().int().min(0).max(MAX_TERM_COUNT) }).strict() satisfies z.ZodType<FixedFeeValue>
/** A conditional rebate as stored (the database's JSON column is read through this too). */
export const conditionalRebateSchema = z
  .object({ mode: z.enum(REBATE_TIER_MODES), tiers: z.array(z.object({ thresholdFen: fen, ratePpm: ppm }).strict()).min(1).max(MAX_REBATE_TIERS) })
  .strict() satisfies z.ZodType<ConditionalRebate>

const sidesOf = <T extends z.ZodType>(value: T) => z.object({ ask: value.nullable(), offer: value.nullable(), agreed: value.nullable() }).strict()

type Stored<L> = Omit<L, 'id'> & { id: number; sheetId: number; position: number }
/** A term line as stored: the domain's TermLine with its database id, sheet and position. */
export type StoredTermLine = Stored<FixedFeeLine> | Stored<PercentageTermLine> | Stored<ConditionalRebateLine>

const storedLineBase = { id: lineId, sheetId, position: z.number().int().min(0), name: lineName.min(1).optional() }
/** A whole line as the service returned it (undo of a remove sends it back). */
export const storedTermLineSchema = z.discriminatedUnion('category', [
  z.object({ ...storedLineBase, category: z.literal('fixed'), kind: z.enum(FIXED_FEE_KINDS), basis: z.enum(FEE_BASES), values: sidesOf(fixedFeeValueSchema) }).strict(),
  z.object({ ...storedLineBase, category: z.literal('percentage'), kind: z.enum(PERCENTAGE_TERM_KINDS), values: sidesOf(ppm) }).strict(),
  z.object({ ...storedLineBase, category: z.literal('conditionalRebate'), kind: z.literal('conditionalRebate'), values: sidesOf(conditionalRebateSchema) }).strict()
]) satisfies z.ZodType<StoredTermLine>

/** The value of one line on one side (fixed fee, rate in ppm, or tiered rebate); null: nothing entered. */
export type TermLineValue = FixedFeeValue | number | ConditionalRebate
const termLineValueSchema = z.union([fixedFeeValueSchema, ppm, conditionalRebateSchema])

export interface StoredPayment {
  mode: PaymentMode
  days: number
  /** The account's days of inventory, used by consignment 代销; null while unknown. */
  inventoryDays: number | null
}
const storedPaymentSchema = z.object({ mode: z.enum(PAYMENT_MODES), days, inventoryDays: days.nullable() }).strict() satisfies z.ZodType<StoredPayment>

export interface StoredTermSheet {
  id: number
  accountId: number
  year: number
  lines: StoredTermLine[]
  payment: TermValues<StoredPayment>
  updatedAt: string
}

export interface TermSheetYear {
  sheetId: number
  year: number
  lineCount: number
  updatedAt: string
}

/** A removed line with the scenario values it carried, so a restore brings back both. */
export interface RemovedTermLine {
  line: StoredTermLine
  scenarioValues: { scenarioId: number; value: TermLineValue | null }[]
}
const removedTermLineSchema = z
  .object({
    line: storedTermLineSchema,
    scenarioValues: z.array(z.object({ scenarioId, value: termLineValueSchema.nullable() }).strict()).max(1000)
  })
  .strict() satisfies z.ZodType<RemovedTermLine>

/**
 * One side of a line as typed. A fixed fee takes `amount` (yuan per unit of its basis) and
 * `count` (events / issues / periods); a percentage term `rate` (%); the conditional rebate
 * `mode` and `tiers` (thresholds in yuan, rates in %, replacing all tiers). Keys that do not fit
 * the line's category are refused. A blank amount or rate (or null for the whole side) clears it.
 */
const sideCells = z
  .object({
    amount: cellValue,
    count: cellValue,
    rate: cellValue,
    mode: z.enum(REBATE_TIER_MODES),
    tiers: z.array(z.object({ threshold: cellValue, rate: cellValue }).strict()).max(MAX_REBATE_TIERS)
  })
  .partial()
  .strict()
export type TermSideCells = z.infer<typeof sideCells>

const linePatch = z
  .object({ name: lineName.nullable(), basis: z.enum(FEE_BASES), ask: sideCells.nullable(), offer: sideCells.nullable(), agreed: sideCells.nullable() })
  .partial()
  .strict()
export type TermLinePatch = z.infer<typeof linePatch>

export const TERM_LINE_KINDS = [...FIXED_FEE_KINDS, ...PERCENTAGE_TERM_KINDS, 'conditionalRebate'] as const

const paymentInput = { mode: z.enum(PAYMENT_MODES), days, inventoryDays: days.nullable().default(null) }

/** The plan the economics ran on, and what in it was missing (counted as 0). */
export interface TermsPlanSummary {
  skuCount: number
  storeCount: number | null
  marginTargetPpm: number | null
  annualInterestRatePpm: number
  promotionFundingFen: number
  /** Planned SKUs with no retail price on the line nor in the catalogue (retail value 0). */
  skuIdsWithoutRetailPrice: number[]
  /** Planned SKUs without a unit cost in the catalogue (cost 0). */
  skuIdsWithoutUnitCost: number[]
  /** Planned SKUs without planned units (0 units; still counted for per-SKU fees). */
  skuIdsWithoutUnits: number[]
}

export interface SideEconomics {
  economics: AccountEconomics
  waterfall: WaterfallStep[] | null
  netNetPrices: NetNetPrice[]
}

export interface TermsEconomics {
  sheetId: number
  accountId: number
  year: number
  plan: TermsPlanSummary
  sides: Record<TermSide, SideEconomics>
  /** What was typed that the grid should mark (negative amounts, tiers out of order…). */
  issues: TermSheetIssue[]
}

export interface TermsComparison {
  /** Accounts compared, in the order asked, skipping those without a sheet that year. */
  accountIds: number[]
  missingAccountIds: number[]
  rows: ComparisonRow[]
}

/** What the comparison page offers: the contract years that have sheets, and who has one in the year asked. */
export interface TermsCompareChoices {
  /** Years with at least one sheet of a live account, newest first. */
  years: number[]
  /** Live accounts with a sheet in the year asked, by account id. */
  accountIds: number[]
}

export interface TermsSettingsValues {
  annualInterestRatePpm: number
  /** Warn when the trade spend rate is above this; null for no such warning. */
  tradeSpendThresholdPpm: number | null
}

export interface TermScenario {
  id: number
  sheetId: number
  name: string
  /** Null: the scenario has no payment term (as the offer had none). */
  payment: StoredPayment | null
  /** One value per line of the sheet; a line added after the scenario follows the offer. */
  values: { lineId: number; value: TermLineValue | null }[]
  updatedAt: string
}

const termScenarioSchema = z
  .object({
    id: scenarioId,
    sheetId,
    name: z.string().trim().min(1).max(MAX_SCENARIO_NAME_LENGTH),
    payment: storedPaymentSchema.nullable(),
    values: z.array(z.object({ lineId, value: termLineValueSchema.nullable() }).strict()).max(1000),
    updatedAt: z.string().max(40)
  })
  .strict() satisfies z.ZodType<TermScenario>

export interface ScenarioEconomics {
  scenario: TermScenario
  base: AccountEconomics
  economics: AccountEconomics
  /** Scenario − offer, figure by figure. */
  delta: EconomicsDelta
  /** Scenario − offer by term line key. */
  lineDelta: Record<string, number | null>
}

/** The offer's values before a promotion (or a restore), for undo. */
export interface OfferSnapshot {
  sheetId: number
  values: { lineId: number; value: TermLineValue | null }[]
  payment: StoredPayment | null
}
const offerSnapshotSchema = z
  .object({
    sheetId,
    values: z.array(z.object({ lineId, value: termLineValueSchema.nullable() }).strict()).max(1000),
    payment: storedPaymentSchema.nullable()
  })
  .strict() satisfies z.ZodType<OfferSnapshot>

/** The columns of a retailer's fee schedule 费用单. */
export const FEE_SCHEDULE_FIELDS = ['item', 'basis', 'amount', 'count', 'rate'] as const
export type FeeScheduleField = (typeof FEE_SCHEDULE_FIELDS)[number]

export interface FeeScheduleImportPreview {
  fileName: string
  fileType: 'xlsx' | 'csv'
  sheetName: string | null
  /** The worksheets holding data, in tab order: more than one, and the dialog offers a choice. [] for text files. */
  sheets: { name: string; isHidden: boolean }[]
  columns: { index: number; header: string; samples: string[]; field: FeeScheduleField | null }[]
  totalRows: number
  validRows: number
  invalidRows: number
  /** The first errors, in file order (at most 200); `errorCount` has them all. */
  errors: { row: number; field: FeeScheduleField | null; message: string }[]
  errorCount: number
  missingRequired: FeeScheduleField[]
}

export interface FeeScheduleImportResult {
  /** Lines the sheet did not have, added in file order. */
  addedLineIds: number[]
  /** Lines of the same kind (or name) whose side was set. */
  updatedLineIds: number[]
  skipped: number
  refusedRowsFile: ExportedFile | null
}

const feeScheduleUpload = {
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64; 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000),
  /** The worksheet chosen in the preview (Excel allows 31 characters); by default the active visible sheet holding data. */
  sheet: z.string().min(1).max(31).optional()
}
const feeScheduleMapping = z.array(z.enum(FEE_SCHEDULE_FIELDS).nullable()).max(200)

export const termsContract = {
  'terms:sheets': (() => {
    const input = z.object({ accountId }).strict()
    return channel<typeof input, TermSheetYear[]>(input)
  })(),
  'terms:get': (() => {
    const input = z.object({ accountId, year }).strict()
    return channel<typeof input, StoredTermSheet>(input)
  })(),
  'terms:create-sheet': (() => {
    /** 'previous-year': the account's latest sheet before `year`; or any account's sheet of a year. */
    const from = z.union([z.literal('empty'), z.literal('previous-year'), z.object({ accountId, year }).strict()])
    const input = z.object({ accountId, year, from }).strict()
    return channel<typeof input, StoredTermSheet>(input)
  })(),
  'terms:update-line': (() => {
    const input = z.object({ id: lineId, patch: linePatch }).strict()
    return channel<typeof input, StoredTermLine>(input)
  })(),
  'terms:add-line': (() => {
    const input = z.object({ sheetId, kind: z.enum(TERM_LINE_KINDS), name: lineName.optional(), basis: z.enum(FEE_BASES).optional() }).strict()
    return channel<typeof input, StoredTermLine>(input)
  })(),
  'terms:remove-lines': (() => {
    const input = z.object({ ids: z.array(lineId).min(1).max(1000) }).strict()
    return channel<typeof input, RemovedTermLine[]>(input)
  })(),
  'terms:restore-lines': (() => {
    const input = z.object({ lines: z.array(removedTermLineSchema).min(1).max(1000) }).strict()
    return channel<typeof input, StoredTermLine[]>(input)
  })(),
  'terms:set-payment': (() => {
    /** mode null clears that side's payment term. */
    const input = z.object({ sheetId, side, mode: z.enum(PAYMENT_MODES).nullable(), days: days.default(0), inventoryDays: days.nullable().default(null) }).strict()
    return channel<typeof input, StoredTermSheet>(input)
  })(),
  'terms:economics': (() => {
    const input = z.object({ accountId, year }).strict()
    return channel<typeof input, TermsEconomics>(input)
  })(),
  'terms:compare': (() => {
    const input = z.object({ accountIds: z.array(accountId).min(1).max(500), year, side, isPerHundredYuan: z.boolean() }).strict()
    return channel<typeof input, TermsComparison>(input)
  })(),
  'terms:compare-choices': (() => {
    const input = z.object({ year }).strict()
    return channel<typeof input, TermsCompareChoices>(input)
  })(),
  'terms:compare-export': (() => {
    /** The comparison as the page shows it: money in the unit chosen (per ¥100 rows stay in yuan). */
    const input = z
      .object({
        accountIds: z.array(accountId).min(1).max(500),
        year,
        side,
        isPerHundredYuan: z.boolean(),
        moneyUnit: z.enum(MONEY_UNITS),
        language: z.enum(LANGUAGES)
      })
      .strict()
    return channel<typeof input, ExportedFile>(input)
  })(),
  'terms:warnings': (() => {
    const input = z.object({ accountId, year }).strict()
    return channel<typeof input, Record<TermSide, TermWarning[]>>(input)
  })(),
  'terms:settings-get': channel<typeof noInput, TermsSettingsValues>(noInput),
  'terms:settings-set': (() => {
    const input = z.object({ annualInterestRatePpm: ppm, tradeSpendThresholdPpm: ppm.nullable() }).partial().strict()
    return channel<typeof input, TermsSettingsValues>(input)
  })(),
  'terms:scenario-create': (() => {
    const input = z.object({ sheetId, name: z.string().trim().min(1).max(MAX_SCENARIO_NAME_LENGTH) }).strict()
    return channel<typeof input, TermScenario>(input)
  })(),
  'terms:scenarios': (() => {
    const input = z.object({ sheetId }).strict()
    return channel<typeof input, TermScenario[]>(input)
  })(),
  'terms:scenario-update': (() => {
    const input = z
      .object({
        scenarioId,
        name: z.string().trim().min(1).max(MAX_SCENARIO_NAME_LENGTH).optional(),
        lines: z.array(z.object({ lineId, cells: sideCells.nullable() }).strict()).max(1000).optional(),
        payment: z.object(paymentInput).strict().nullable().optional()
      })
      .strict()
    return channel<typeof input, TermScenario>(input)
  })(),
  'terms:scenario-economics': (() => {
    const input = z.object({ scenarioId }).strict()
    return channel<typeof input, ScenarioEconomics>(input)
  })(),
  'terms:scenario-promote': (() => {
    const input = z.object({ scenarioId }).strict()
    return channel<typeof input, OfferSnapshot>(input)
  })(),
  'terms:offer-restore': (() => {
    const input = z.object({ snapshot: offerSnapshotSchema }).strict()
    return channel<typeof input, OfferSnapshot>(input)
  })(),
  'terms:scenario-delete': (() => {
    const input = z.object({ scenarioId }).strict()
    return channel<typeof input, TermScenario>(input)
  })(),
  /** A scenario as the delete answered it, back whole in one transaction (undo of a delete, redo of a create). */
  'terms:scenario-restore': (() => {
    const input = z.object({ scenario: termScenarioSchema }).strict()
    return channel<typeof input, TermScenario>(input)
  })(),
  'terms:import-preview': (() => {
    const input = z.object({ ...feeScheduleUpload, mapping: feeScheduleMapping.optional() }).strict()
    return channel<typeof input, FeeScheduleImportPreview>(input)
  })(),
  'terms:import-commit': (() => {
    /** Usually the ask: a fee schedule is what the retailer asks for. */
    const input = z.object({ ...feeScheduleUpload, mapping: feeScheduleMapping, sheetId, side }).strict()
    return channel<typeof input, FeeScheduleImportResult>(input)
  })()
} satisfies Record<TermsChannel, ChannelDefinition>
