/**
 * Trade-terms use cases 合同条款: term sheets per account and contract year, their lines and
 * payment terms, the account economics over the planned assortment, the comparison of retailers,
 * warnings and what-if scenarios. Every figure comes from src/shared/domain/terms; this file only
 * gathers the inputs. Each user action runs in one synchronous transaction.
 */
import type { WorkbenchContext } from '../context'
import type {
  OfferSnapshot,
  RemovedTermLine,
  ScenarioEconomics,
  StoredPayment,
  StoredTermLine,
  StoredTermSheet,
  TermLinePatch,
  TermLineValue,
  TermScenario,
  TermSheetYear,
  TermSideCells,
  TermsComparison,
  TermsEconomics,
  TermsSettingsValues
} from '../../../src/shared/contract/terms'
import { MAX_TERM_AMOUNT_FEN, MAX_TERM_COUNT, type TERM_LINE_KINDS } from '../../../src/shared/contract/terms'
import {
  accountEconomics,
  compareAccounts,
  economicsDelta,
  economicsWaterfall,
  FIXED_FEE_KINDS,
  netNetPrices,
  PERCENTAGE_TERM_KINDS,
  TERM_SIDES,
  termLineDelta,
  termSheetIssues,
  termWarnings,
  type AccountEconomics,
  type AccountPlan,
  type AssortmentLine as EconomicsAssortmentLine,
  type ConditionalRebate,
  type FeeBasis,
  type FixedFeeKind,
  type FixedFeeValue,
  type PaymentMode,
  type RebateTierMode,
  type TermLine,
  type TermSheet,
  type TermSide,
  type TermValues,
  type TermWarning
} from '../../../src/shared/domain/terms'
import { parseCount, parseMoneyFen, parsePercentPpm, type ParseOutcome } from '../../../src/shared/domain/parse'
import { AppFailure } from '../../../src/shared/result'
import { translate } from '../../../src/shared/i18n'
import { assortmentRepositoryOf } from '../assortment/assortment-repository'
import { getPlan } from '../assortment/assortment-service'
import { catalogueRepositoryOf, type CatalogueRepository } from '../catalogue/catalogue-repository'
import { writeStampsOf, type WatchedTable } from '../db/write-stamps'
import { termsRepositoryOf, type NewTermLine, type SheetRow, type TermsRepository } from './terms-repository'

type TermLineKind = (typeof TERM_LINE_KINDS)[number]
type LineCategory = StoredTermLine['category']

const termsOf = (context: WorkbenchContext): TermsRepository => termsRepositoryOf(context.db)

/** A refusal in the workspace's language (terms.errors.<key>). */
function failure(context: WorkbenchContext, code: string, key: string, params: Record<string, string | number> = {}): AppFailure {
  return new AppFailure(code, translate(context.language(), `terms.errors.${key}`, params))
}

function requireAccount(context: WorkbenchContext, accountId: number) {
  const account = context.accounts.get(accountId)
  if (!account) throw failure(context, 'not-found', 'accountNotFound', { id: accountId })
  return account
}

function requireSheet(context: WorkbenchContext, sheetId: number): SheetRow {
  const sheet = termsOf(context).sheet(sheetId)
  if (!sheet) throw failure(context, 'not-found', 'sheetNotFound', { id: sheetId })
  return sheet
}

function requireSheetOfYear(context: WorkbenchContext, accountId: number, year: number): SheetRow {
  const account = requireAccount(context, accountId)
  const sheet = termsOf(context).sheetByYear(accountId, year)
  if (!sheet) throw failure(context, 'not-found', 'noSheetForYear', { account: account.name, year })
  return sheet
}

function requireLine(context: WorkbenchContext, lineId: number): StoredTermLine {
  const line = termsOf(context).line(lineId)
  if (!line) throw failure(context, 'not-found', 'lineNotFound', { id: lineId })
  return line
}

function requireScenario(context: WorkbenchContext, scenarioId: number): TermScenario {
  const scenario = termsOf(context).scenario(scenarioId)
  if (!scenario) throw failure(context, 'not-found', 'scenarioNotFound', { id: scenarioId })
  return scenario
}

function sheetView(context: WorkbenchContext, sheet: SheetRow): StoredTermSheet {
  const terms = termsOf(context)
  return { id: sheet.id, accountId: sheet.accountId, year: sheet.year, lines: terms.lines(sheet.id), payment: terms.payments(sheet.id), updatedAt: sheet.updatedAt }
}

/**
 * The change-feed entities of this capability (pages listen for them by name):
 * - termSheets: a sheet created, or anything on it changed (its lines, payment terms, an offer
 *   promoted from a scenario or restored); ids of the sheets.
 * - termScenarios: a scenario created, changed or deleted; ids of the scenarios.
 * - termsSettings: the interest rate or the trade-spend threshold; id 1.
 */
export type TermsChangeEntity = 'termSheets' | 'termScenarios' | 'termsSettings'

/**
 * Tells the other windows after the commit. Inside a caller's transaction (an import adding
 * lines) nothing is committed yet: the caller publishes once its own transaction has.
 */
export function publish(context: WorkbenchContext, entity: TermsChangeEntity, change: { created?: number[]; changed?: number[]; deleted?: number[] }): void {
  if (context.db.inTransaction) return
  const ids = (list: number[] | undefined) => [...new Set(list ?? [])]
  context.changes.publish({ entity, created: ids(change.created), changed: ids(change.changed), deleted: ids(change.deleted) })
}

function touch(context: WorkbenchContext, sheetId: number): void {
  termsOf(context).touchSheet(sheetId, context.now())
}

// ---------------------------------------------------------------- parsing what a person typed

const categoryOf = (kind: TermLineKind): LineCategory =>
  (FIXED_FEE_KINDS as readonly string[]).includes(kind) ? 'fixed' : (PERCENTAGE_TERM_KINDS as readonly string[]).includes(kind) ? 'percentage' : 'conditionalRebate'

/** The basis a fixed fee usually has, so a new line is right without a second edit. */
const DEFAULT_BASIS: Record<FixedFeeKind, FeeBasis> = {
  entry: 'perYear',
  barcode: 'perSku',
  anniversary: 'perEvent',
  festival: 'perEvent',
  dmPoster: 'perIssue',
  display: 'perPeriod',
  endCap: 'perPeriod',
  floorStack: 'perPeriod',
  newStore: 'perStore',
  system: 'perYear',
  customFixed: 'perYear'
}

/** Which cells each category takes (terms:update-line refuses the others). */
const CELLS_OF: Record<LineCategory, readonly (keyof TermSideCells)[]> = {
  fixed: ['amount', 'count'],
  percentage: ['rate'],
  conditionalRebate: ['mode', 'tiers']
}

/** Conditional rebates start 全额累进 (whole), the way most retailers' contracts word them. */
const DEFAULT_TIER_MODE: RebateTierMode = 'whole'

function parsed<T>(context: WorkbenchContext, outcome: ParseOutcome<T>, cell: string): T {
  if (outcome.ok) return outcome.value
  const field = translate(context.language(), `terms.cells.${cell}`)
  throw new AppFailure('validation', translate(context.language(), `errors.${outcome.code}`, { field, ...outcome.params }))
}

/** One side's value from its typed cells, on top of the side's current value. Null clears the side. */
function parseSideCells(context: WorkbenchContext, category: LineCategory, current: TermLineValue | null, cells: TermSideCells): TermLineValue | null {
  for (const key of Object.keys(cells) as (keyof TermSideCells)[]) {
    if (!CELLS_OF[category].includes(key)) {
      throw failure(context, 'validation', 'cellNotForCategory', {
        cell: translate(context.language(), `terms.cells.${key}`),
        category: translate(context.language(), `terms.categories.${category}`)
      })
    }
  }
  switch (category) {
    case 'fixed': {
      const fixed = current as FixedFeeValue | null
      const amount = 'amount' in cells ? parsed(context, parseMoneyFen(cells.amount, { maxFen: MAX_TERM_AMOUNT_FEN }), 'amount') : undefined
      if (amount === null) return null
      const count = 'count' in cells ? parsed(context, parseCount(cells.count, { max: MAX_TERM_COUNT }), 'count') : undefined
      return { unitFen: amount ?? fixed?.unitFen ?? 0, count: count ?? fixed?.count ?? 1 }
    }
    case 'percentage': {
      if (!('rate' in cells)) return current
      return parsed(context, parsePercentPpm(cells.rate, { maxPpm: 1_000_000 }), 'rate')
    }
    case 'conditionalRebate': {
      const rebate = current as ConditionalRebate | null
      const mode = cells.mode ?? rebate?.mode ?? DEFAULT_TIER_MODE
      if (cells.tiers === undefined) {
        if (rebate === null) throw failure(context, 'validation', 'tiersRequired')
        return { mode, tiers: rebate.tiers }
      }
      if (cells.tiers.length === 0) return null
      const tiers = cells.tiers.map((tier) => {
        const thresholdFen = parsed(context, parseMoneyFen(tier.threshold, { maxFen: MAX_TERM_AMOUNT_FEN }), 'threshold')
        const ratePpm = parsed(context, parsePercentPpm(tier.rate, { maxPpm: 1_000_000 }), 'rate')
        if (thresholdFen === null || ratePpm === null) throw failure(context, 'validation', 'tierIncomplete')
        return { thresholdFen, ratePpm }
      })
      tiers.forEach((tier, index) => {
        const previous = tiers[index - 1]
        if (previous && previous.thresholdFen >= tier.thresholdFen) throw failure(context, 'validation', 'tiersNotAscending', { tier: index + 1 })
      })
      return { mode, tiers }
    }
  }
}

/** Whether a value sent back by an undo has the shape of the line's category. */
function fitsCategory(category: LineCategory, value: TermLineValue | null): boolean {
  if (value === null) return true
  if (category === 'percentage') return typeof value === 'number'
  if (typeof value === 'number') return false
  return category === 'fixed' ? 'unitFen' in value : 'tiers' in value
}

const withValues = (line: StoredTermLine, values: TermValues<TermLineValue>): StoredTermLine => ({ ...line, values }) as StoredTermLine

// ---------------------------------------------------------------- sheets and lines

export function listSheets(context: WorkbenchContext, accountId: number): TermSheetYear[] {
  requireAccount(context, accountId)
  return termsOf(context).years(accountId)
}

export function getSheet(context: WorkbenchContext, accountId: number, year: number): StoredTermSheet {
  return sheetView(context, requireSheetOfYear(context, accountId, year))
}

export type SheetSource = 'empty' | 'previous-year' | { accountId: number; year: number }

/**
 * A new contract year's sheet. Started from an earlier sheet (the account's latest before this
 * year, or any account's sheet), every line and the payment term begin where that sheet ended:
 * ask and offer both at its agreed value (its offer where nothing was signed), agreed empty.
 * The earlier sheet is left as it was.
 */
export function createSheet(context: WorkbenchContext, accountId: number, year: number, from: SheetSource): StoredTermSheet {
  const sheet = context.db.transaction(() => {
    const account = requireAccount(context, accountId)
    const terms = termsOf(context)
    if (terms.sheetByYear(accountId, year)) throw failure(context, 'duplicate', 'sheetExists', { account: account.name, year })
    let source: SheetRow | undefined
    if (from === 'previous-year') {
      source = terms.latestSheetBefore(accountId, year)
      if (!source) throw failure(context, 'not-found', 'noEarlierSheet', { account: account.name, year })
    } else if (from !== 'empty') {
      source = requireSheetOfYear(context, from.accountId, from.year)
    }
    const now = context.now()
    const sheetId = terms.insertSheet(accountId, year, now)
    if (source) {
      for (const line of terms.lines(source.id)) {
        const start = (line.values.agreed ?? line.values.offer) as TermLineValue | null
        const { id: _id, ...copy } = withValues(line, { ask: start, offer: start, agreed: null })
        terms.insertLine({ ...copy, sheetId }, now)
      }
      const payment = terms.payments(source.id)
      const start = payment.agreed ?? payment.offer
      terms.setPayment(sheetId, 'ask', start)
      terms.setPayment(sheetId, 'offer', start)
    }
    return sheetView(context, requireSheet(context, sheetId))
  })()
  publish(context, 'termSheets', { created: [sheet.id] })
  return sheet
}

export function addLine(context: WorkbenchContext, sheetId: number, kind: TermLineKind, name?: string, basis?: FeeBasis): StoredTermLine {
  const line = context.db.transaction(() => {
    requireSheet(context, sheetId)
    const category = categoryOf(kind)
    const trimmed = name?.trim() ?? ''
    if ((kind === 'customFixed' || kind === 'customPercentage') && trimmed === '') throw failure(context, 'validation', 'customLineNeedsName')
    if (basis !== undefined && category !== 'fixed') throw failure(context, 'validation', 'basisOnlyForFixed')
    if (basis === 'perSkuPerStore' && kind !== 'barcode') throw failure(context, 'validation', 'perSkuPerStoreOnlyForBarcode')
    const terms = termsOf(context)
    const empty = { ask: null, offer: null, agreed: null }
    const base = { sheetId, position: terms.nextPosition(sheetId), ...(trimmed === '' ? {} : { name: trimmed }) }
    const line =
      category === 'fixed'
        ? { ...base, category, kind: kind as FixedFeeKind, basis: basis ?? DEFAULT_BASIS[kind as FixedFeeKind], values: empty }
        : { ...base, category, kind, values: empty }
    const id = terms.insertLine(line as NewTermLine, context.now())
    touch(context, sheetId)
    return requireLine(context, id)
  })()
  publish(context, 'termSheets', { changed: [line.sheetId] })
  return line
}

/** One edit of a line (its name, basis or any side's cells): all of it is stored, or none. */
export function updateLine(context: WorkbenchContext, lineId: number, patch: TermLinePatch): StoredTermLine {
  const updated = context.db.transaction(() => {
    const line = requireLine(context, lineId)
    let next: StoredTermLine = { ...line }
    if (patch.name !== undefined) {
      const name = patch.name?.trim() ?? ''
      if (name === '' && (line.kind === 'customFixed' || line.kind === 'customPercentage')) throw failure(context, 'validation', 'customLineNeedsName')
      const { name: _old, ...rest } = next
      next = (name === '' ? rest : { ...rest, name }) as StoredTermLine
    }
    if (patch.basis !== undefined) {
      if (next.category !== 'fixed') throw failure(context, 'validation', 'basisOnlyForFixed')
      if (patch.basis === 'perSkuPerStore' && next.kind !== 'barcode') throw failure(context, 'validation', 'perSkuPerStoreOnlyForBarcode')
      next = { ...next, basis: patch.basis }
    }
    const values = { ...next.values } as TermValues<TermLineValue>
    for (const side of TERM_SIDES) {
      const cells = patch[side]
      if (cells === undefined) continue
      values[side] = cells === null ? null : parseSideCells(context, line.category, values[side], cells)
    }
    termsOf(context).updateLine(withValues(next, values), context.now())
    touch(context, line.sheetId)
    return requireLine(context, lineId)
  })()
  publish(context, 'termSheets', { changed: [updated.sheetId] })
  return updated
}

/** Removes lines and returns them whole, with their scenario values, for undo. */
export function removeLines(context: WorkbenchContext, ids: number[]): RemovedTermLine[] {
  const removed = context.db.transaction(() => {
    const terms = termsOf(context)
    return [...new Set(ids)].map((id) => {
      const line = requireLine(context, id)
      const scenarioValues = terms.scenarioValuesOfLine(id)
      terms.deleteLine(id)
      touch(context, line.sheetId)
      return { line, scenarioValues }
    })
  })()
  publish(context, 'termSheets', { changed: removed.map(({ line }) => line.sheetId) })
  return removed
}

/** Puts removed lines back under their ids (a new id where that one was taken), with their scenario values. */
export function restoreLines(context: WorkbenchContext, removed: RemovedTermLine[]): StoredTermLine[] {
  const restored = context.db.transaction(() => {
    const terms = termsOf(context)
    return removed.map(({ line, scenarioValues }) => {
      requireSheet(context, line.sheetId)
      if (line.category === 'fixed' && line.basis === 'perSkuPerStore' && line.kind !== 'barcode') {
        throw failure(context, 'validation', 'perSkuPerStoreOnlyForBarcode')
      }
      const keptId = terms.line(line.id) === undefined ? line.id : undefined
      const { id: _id, ...rest } = line
      const id = terms.insertLine({ ...rest, ...(keptId === undefined ? {} : { id: keptId }) }, context.now())
      for (const { scenarioId, value } of scenarioValues) {
        const scenario = terms.scenario(scenarioId)
        if (!scenario || scenario.sheetId !== line.sheetId) continue
        if (!fitsCategory(line.category, value)) throw failure(context, 'validation', 'valueDoesNotFitLine', { id })
        terms.setScenarioValue(scenarioId, id, value)
      }
      touch(context, line.sheetId)
      return requireLine(context, id)
    })
  })()
  publish(context, 'termSheets', { changed: restored.map((line) => line.sheetId) })
  return restored
}

export function setPayment(
  context: WorkbenchContext,
  sheetId: number,
  side: TermSide,
  mode: PaymentMode | null,
  days: number,
  inventoryDays: number | null
): StoredTermSheet {
  const view = context.db.transaction(() => {
    const sheet = requireSheet(context, sheetId)
    termsOf(context).setPayment(sheetId, side, mode === null ? null : { mode, days, inventoryDays })
    touch(context, sheetId)
    return sheetView(context, sheet)
  })()
  publish(context, 'termSheets', { changed: [sheetId] })
  return view
}

// ---------------------------------------------------------------- economics

interface PlanInputs {
  assortment: EconomicsAssortmentLine[]
  storeCount: number | null
  marginTargetPpm: number | null
  summary: TermsEconomics['plan']
}

/**
 * The account's planned assortment for the economics: lines listed or proposed (delisted ones
 * are not bought), each at its own price or else the catalogue's. Missing retail prices, unit
 * costs and planned units count as 0 and are listed in the summary so the page can say so.
 * Promotion funding P is 0 until the promotion plan exists. Per-store fees use direct stores.
 */
function planInputs(context: WorkbenchContext, accountId: number, skus: Pick<CatalogueRepository, 'get'> = catalogueRepositoryOf(context.db)): PlanInputs {
  const account = requireAccount(context, accountId)
  const assortment: EconomicsAssortmentLine[] = []
  const skuIdsWithoutRetailPrice: number[] = []
  const skuIdsWithoutUnitCost: number[] = []
  const skuIdsWithoutUnits: number[] = []
  for (const line of assortmentRepositoryOf(context.db).listByAccount(accountId)) {
    if (line.status === 'delisted') continue
    const sku = skus.get(line.skuId)
    if (!sku) continue
    const retailFen = line.retailPriceFen ?? sku.suggestedRetailPriceFen
    if (retailFen === null) skuIdsWithoutRetailPrice.push(sku.id)
    if (sku.unitCostFen === null) skuIdsWithoutUnitCost.push(sku.id)
    if (line.plannedAnnualUnits === null) skuIdsWithoutUnits.push(sku.id)
    assortment.push({
      skuId: String(sku.id),
      units: line.plannedAnnualUnits ?? 0,
      supplyFen: line.supplyPriceFen ?? sku.listSupplyPriceFen,
      retailFen: retailFen ?? 0,
      unitCostFen: sku.unitCostFen ?? 0
    })
  }
  const storeCount = account.directStores
  const marginTargetPpm = getPlan(context, accountId).effectiveMarginTargetPpm
  const settings = termsOf(context).settings()
  return {
    assortment,
    storeCount,
    marginTargetPpm,
    summary: {
      skuCount: assortment.length,
      storeCount,
      marginTargetPpm,
      annualInterestRatePpm: settings.annualInterestRatePpm,
      promotionFundingFen: 0,
      skuIdsWithoutRetailPrice,
      skuIdsWithoutUnitCost,
      skuIdsWithoutUnits
    }
  }
}

/** The domain's line: the same fields with the id as text. */
export function toDomainLine(line: StoredTermLine): TermLine {
  const { id, sheetId: _sheetId, position: _position, ...rest } = line
  return { ...rest, id: String(id) } as TermLine
}

/** The domain's sheet; a side's payment keeps its days of inventory apart (the plan carries them). */
function domainSheet(lines: readonly StoredTermLine[], payment: TermValues<StoredPayment>): TermSheet {
  const domainPayment = (side: TermSide) => {
    const value = payment[side]
    return value === null ? null : { mode: value.mode, days: value.days }
  }
  return { lines: lines.map(toDomainLine), payment: { ask: domainPayment('ask'), offer: domainPayment('offer'), agreed: domainPayment('agreed') } }
}

function sideEconomics(inputs: PlanInputs, sheet: TermSheet, payment: StoredPayment | null, side: TermSide, annualInterestPpm: number) {
  const plan: AccountPlan = {
    assortment: inputs.assortment,
    storeCount: inputs.storeCount,
    daysOfInventory: payment?.inventoryDays ?? null,
    promotionFundingFen: inputs.summary.promotionFundingFen,
    marginTargetPpm: inputs.marginTargetPpm
  }
  const economics = accountEconomics(plan, sheet, side, { annualInterestPpm })
  return { plan, economics }
}

function economicsOfSheet(context: WorkbenchContext, sheet: SheetRow): TermsEconomics {
  const inputs = planInputs(context, sheet.accountId)
  const view = sheetView(context, sheet)
  const domain = domainSheet(view.lines, view.payment)
  const sides = {} as TermsEconomics['sides']
  for (const side of TERM_SIDES) {
    const { plan, economics } = sideEconomics(inputs, domain, view.payment[side], side, inputs.summary.annualInterestRatePpm)
    sides[side] = { economics, waterfall: economicsWaterfall(economics), netNetPrices: netNetPrices(plan, economics) }
  }
  return { sheetId: sheet.id, accountId: sheet.accountId, year: sheet.year, plan: inputs.summary, sides, issues: termSheetIssues(domain) }
}

export function economics(context: WorkbenchContext, accountId: number, year: number): TermsEconomics {
  return economicsOfSheet(context, requireSheetOfYear(context, accountId, year))
}

/** The economics of both negotiating sides with a given P, for an entry proposal. */
export interface EconomicsWithPromotion {
  sheet: StoredTermSheet | null
  plan: AccountPlan
  ask: AccountEconomics
  offer: AccountEconomics
}

/**
 * The account's economics for a contract year with P = the given promotion funding (the entry
 * proposal's promotion plan; the term-sheet page itself counts P as 0). Without a sheet for the
 * year, both sides are computed over an empty sheet (no terms, no payment term), so G, V and COGS
 * still show and the figures that need terms say why they are null.
 */
export function economicsWithPromotion(context: WorkbenchContext, accountId: number, year: number, promotionFundingFen: number): EconomicsWithPromotion {
  const inputs = planInputs(context, accountId)
  inputs.summary.promotionFundingFen = promotionFundingFen
  const row = termsOf(context).sheetByYear(accountId, year)
  const view = row ? sheetView(context, row) : null
  const payment: TermValues<StoredPayment> = view?.payment ?? { ask: null, offer: null, agreed: null }
  const domain = domainSheet(view?.lines ?? [], payment)
  const interest = inputs.summary.annualInterestRatePpm
  const offer = sideEconomics(inputs, domain, payment.offer, 'offer', interest)
  return { sheet: view, plan: offer.plan, ask: sideEconomics(inputs, domain, payment.ask, 'ask', interest).economics, offer: offer.economics }
}

function sideOfSheet(context: WorkbenchContext, sheet: SheetRow, side: TermSide, skus?: Pick<CatalogueRepository, 'get'>): AccountEconomics {
  const inputs = planInputs(context, sheet.accountId, skus)
  const view = sheetView(context, sheet)
  return sideEconomics(inputs, domainSheet(view.lines, view.payment), view.payment[side], side, inputs.summary.annualInterestRatePpm).economics
}

/** Everything one account's economics are computed from: change this list with planInputs and sheetView. */
const ECONOMICS_TABLES = [
  'accounts',
  'account_plans',
  'assortment_lines',
  'skus',
  'term_sheets',
  'term_lines',
  'term_payments',
  'terms_settings'
] as const satisfies readonly WatchedTable[]

interface CachedEconomics {
  stamp: string
  economics: AccountEconomics
}

/** Per connection: `${accountId}:${year}:${side}` → the side's economics and the write stamp they were computed at. */
const comparedEconomics = new WeakMap<WorkbenchContext['db'], Map<string, CachedEconomics>>()

/**
 * Sides' economics for many sheets at once (the comparison, the home page's warnings), each kept
 * beside the write stamp it was computed at and computed again only when one of its inputs was
 * written. Accounts share one catalogue: it is read once, and only when an account's figures
 * must be computed again (a warm comparison of 200 accounts × 2,000 lines reads no plan at all).
 */
function cachedEconomicsOf(context: WorkbenchContext): (sheet: SheetRow, side: TermSide) => AccountEconomics {
  const stamps = writeStampsOf(context.db)
  let cache = comparedEconomics.get(context.db)
  if (!cache) {
    cache = new Map()
    comparedEconomics.set(context.db, cache)
  }
  const entries = cache
  let skus: Pick<CatalogueRepository, 'get'> | undefined
  const catalogue = (): Pick<CatalogueRepository, 'get'> => {
    if (!skus) {
      const skuById = new Map(catalogueRepositoryOf(context.db).list().map((sku) => [sku.id, sku]))
      skus = { get: (id: number) => skuById.get(id) }
    }
    return skus
  }
  return (sheet, side) => {
    // Stamped before the inputs are read: a write while computing leaves the entry stale.
    const stamp = stamps.ofAccount(ECONOMICS_TABLES, sheet.accountId)
    const key = `${sheet.accountId}:${sheet.year}:${side}`
    let entry = entries.get(key)
    if (entry?.stamp !== stamp) {
      entry = { stamp, economics: sideOfSheet(context, sheet, side, catalogue()) }
      entries.set(key, entry)
    }
    return entry.economics
  }
}

export function compare(context: WorkbenchContext, accountIds: number[], year: number, side: TermSide, isPerHundredYuan: boolean): TermsComparison {
  const compared: number[] = []
  const missingAccountIds: number[] = []
  const accounts = []
  const economicsOf = cachedEconomicsOf(context)
  for (const accountId of new Set(accountIds)) {
    requireAccount(context, accountId)
    const sheet = termsOf(context).sheetByYear(accountId, year)
    if (!sheet) {
      missingAccountIds.push(accountId)
      continue
    }
    compared.push(accountId)
    accounts.push({ accountId: String(accountId), economics: economicsOf(sheet, side) })
  }
  return { accountIds: compared, missingAccountIds, rows: compareAccounts(accounts, { isPerHundredYuan }) }
}

export function warnings(context: WorkbenchContext, accountId: number, year: number): Record<TermSide, TermWarning[]> {
  const { sides } = economics(context, accountId, year)
  const { tradeSpendThresholdPpm } = termsOf(context).settings()
  const bySide = {} as Record<TermSide, TermWarning[]>
  for (const side of TERM_SIDES) bySide[side] = termWarnings(sides[side].economics, { tradeSpendThresholdPpm })
  return bySide
}

export function getSettings(context: WorkbenchContext): TermsSettingsValues {
  return termsOf(context).settings()
}

export function setSettings(context: WorkbenchContext, change: Partial<TermsSettingsValues>): TermsSettingsValues {
  const settings = context.db.transaction(() => {
    const terms = termsOf(context)
    terms.setSettings({ ...terms.settings(), ...change })
    return terms.settings()
  })()
  publish(context, 'termsSettings', { changed: [1] })
  return settings
}

// ---------------------------------------------------------------- scenarios

/** The scenario's value of a line: its own, or the offer's for a line added after it. */
function scenarioValueOf(scenario: TermScenario, line: StoredTermLine): TermLineValue | null {
  const own = scenario.values.find((entry) => entry.lineId === line.id)
  return own ? own.value : (line.values.offer as TermLineValue | null)
}

export function createScenario(context: WorkbenchContext, sheetId: number, name: string): TermScenario {
  const scenario = context.db.transaction(() => {
    requireSheet(context, sheetId)
    const terms = termsOf(context)
    const id = terms.insertScenario(sheetId, name.trim(), terms.payments(sheetId).offer, context.now())
    for (const line of terms.lines(sheetId)) terms.setScenarioValue(id, line.id, line.values.offer as TermLineValue | null)
    return requireScenario(context, id)
  })()
  publish(context, 'termScenarios', { created: [scenario.id] })
  return scenario
}

export function listScenarios(context: WorkbenchContext, sheetId: number): TermScenario[] {
  requireSheet(context, sheetId)
  return termsOf(context).scenarios(sheetId)
}

export function updateScenario(
  context: WorkbenchContext,
  scenarioId: number,
  change: { name?: string | undefined; lines?: { lineId: number; cells: TermSideCells | null }[] | undefined; payment?: StoredPayment | null | undefined }
): TermScenario {
  const updated = context.db.transaction(() => {
    const scenario = requireScenario(context, scenarioId)
    const terms = termsOf(context)
    for (const { lineId, cells } of change.lines ?? []) {
      const line = requireLine(context, lineId)
      if (line.sheetId !== scenario.sheetId) throw failure(context, 'validation', 'lineNotOnSheet', { id: lineId })
      const value = cells === null ? null : parseSideCells(context, line.category, scenarioValueOf(scenario, line), cells)
      terms.setScenarioValue(scenarioId, lineId, value)
    }
    const payment = change.payment === undefined ? scenario.payment : change.payment
    terms.updateScenario(scenarioId, change.name?.trim() ?? scenario.name, payment, context.now())
    return requireScenario(context, scenarioId)
  })()
  publish(context, 'termScenarios', { changed: [scenarioId] })
  return updated
}

export function deleteScenario(context: WorkbenchContext, scenarioId: number): TermScenario {
  const deleted = context.db.transaction(() => {
    const scenario = requireScenario(context, scenarioId)
    termsOf(context).deleteScenario(scenarioId)
    return scenario
  })()
  publish(context, 'termScenarios', { deleted: [scenarioId] })
  return deleted
}

/**
 * Brings a deleted scenario back whole (undo of a delete, redo of a create) in ONE transaction:
 * its name, payment and value of every line still on the sheet, under the id it had while that
 * id is free (else a new one). A value that no longer fits its line refuses the whole restore, so
 * a failure never leaves half a scenario. A line removed since is skipped: its value went with it.
 */
export function restoreScenario(context: WorkbenchContext, deleted: TermScenario): TermScenario {
  const restored = context.db.transaction(() => {
    requireSheet(context, deleted.sheetId)
    const terms = termsOf(context)
    const id = terms.insertScenario(deleted.sheetId, deleted.name.trim(), deleted.payment, context.now(), terms.scenario(deleted.id) ? null : deleted.id)
    const linesById = new Map(terms.lines(deleted.sheetId).map((line) => [line.id, line]))
    for (const { lineId, value } of deleted.values) {
      const line = linesById.get(lineId)
      if (!line) continue
      if (!fitsCategory(line.category, value)) throw failure(context, 'validation', 'valueDoesNotFitLine', { id: lineId })
      terms.setScenarioValue(id, lineId, value)
    }
    return requireScenario(context, id)
  })()
  publish(context, 'termScenarios', { created: [restored.id] })
  return restored
}

/** The scenario computed as an offer over the same plan, against the offer itself. */
export function scenarioEconomics(context: WorkbenchContext, scenarioId: number): ScenarioEconomics {
  const scenario = requireScenario(context, scenarioId)
  const sheet = requireSheet(context, scenario.sheetId)
  const inputs = planInputs(context, sheet.accountId)
  const view = sheetView(context, sheet)
  const interest = inputs.summary.annualInterestRatePpm
  const base = sideEconomics(inputs, domainSheet(view.lines, view.payment), view.payment.offer, 'offer', interest).economics
  const scenarioLines = view.lines.map((line) => withValues(line, { ...(line.values as TermValues<TermLineValue>), offer: scenarioValueOf(scenario, line) }))
  const scenarioPayment = { ...view.payment, offer: scenario.payment }
  const computed = sideEconomics(inputs, domainSheet(scenarioLines, scenarioPayment), scenario.payment, 'offer', interest).economics
  return {
    scenario,
    base,
    economics: computed,
    delta: economicsDelta(base, computed),
    lineDelta: Object.fromEntries(termLineDelta(base, computed))
  }
}

function offerSnapshot(context: WorkbenchContext, sheetId: number): OfferSnapshot {
  const terms = termsOf(context)
  return {
    sheetId,
    values: terms.lines(sheetId).map((line) => ({ lineId: line.id, value: line.values.offer as TermLineValue | null })),
    payment: terms.payments(sheetId).offer
  }
}

function writeOffer(context: WorkbenchContext, sheetId: number, values: OfferSnapshot['values'], payment: StoredPayment | null): void {
  const terms = termsOf(context)
  for (const { lineId, value } of values) {
    const line = requireLine(context, lineId)
    if (line.sheetId !== sheetId) throw failure(context, 'validation', 'lineNotOnSheet', { id: lineId })
    if (!fitsCategory(line.category, value)) throw failure(context, 'validation', 'valueDoesNotFitLine', { id: lineId })
    terms.updateLine(withValues(line, { ...(line.values as TermValues<TermLineValue>), offer: value }), context.now())
  }
  terms.setPayment(sheetId, 'offer', payment)
  touch(context, sheetId)
}

/** Makes the scenario the offer, in one transaction; answers the offer it replaced, for undo. */
export function promoteScenario(context: WorkbenchContext, scenarioId: number): OfferSnapshot {
  const replaced = context.db.transaction(() => {
    const scenario = requireScenario(context, scenarioId)
    const before = offerSnapshot(context, scenario.sheetId)
    const values = termsOf(context)
      .lines(scenario.sheetId)
      .map((line) => ({ lineId: line.id, value: scenarioValueOf(scenario, line) }))
    writeOffer(context, scenario.sheetId, values, scenario.payment)
    return before
  })()
  publish(context, 'termSheets', { changed: [replaced.sheetId] })
  return replaced
}

/** Puts an offer snapshot back (undo of a promotion); answers the offer it replaced (redo). */
export function restoreOffer(context: WorkbenchContext, snapshot: OfferSnapshot): OfferSnapshot {
  const replaced = context.db.transaction(() => {
    requireSheet(context, snapshot.sheetId)
    const before = offerSnapshot(context, snapshot.sheetId)
    writeOffer(context, snapshot.sheetId, snapshot.values, snapshot.payment)
    return before
  })()
  publish(context, 'termSheets', { changed: [snapshot.sheetId] })
  return replaced
}

/** One account's latest contract year and the warnings of one side of its sheet. */
export interface LatestSheetWarnings {
  accountId: number
  year: number
  warnings: TermWarning[]
}

/**
 * The warnings of one side of every live account's latest term sheet (its current contract
 * year), for the home page. The catalogue is read once for all accounts, as `compare` does; each
 * sheet's economics is computed for that one side only.
 */
export function latestSheetWarnings(context: WorkbenchContext, side: TermSide): LatestSheetWarnings[] {
  const latest = context.db
    .prepare<[], SheetRow>(
      `SELECT s.id, s.account_id AS accountId, s.contract_year AS year, s.updated_at AS updatedAt
       FROM term_sheets s JOIN accounts a ON a.id = s.account_id
       WHERE a.deleted_at IS NULL AND s.contract_year = (SELECT max(contract_year) FROM term_sheets WHERE account_id = s.account_id)
       ORDER BY s.account_id`
    )
    .all()
  if (latest.length === 0) return []
  const economicsOf = cachedEconomicsOf(context)
  const { tradeSpendThresholdPpm } = termsOf(context).settings()
  return latest.map((sheet) => ({ accountId: sheet.accountId, year: sheet.year, warnings: termWarnings(economicsOf(sheet, side), { tradeSpendThresholdPpm }) }))
}
