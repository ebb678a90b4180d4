/**
 * Comparison across retailers 结算方式与进场费的比对, the waterfall of one account and the
 * delta between a scenario and its base. All three read AccountEconomics only, so they show the
 * same numbers as the term-sheet grid.
 */
import { mulDivRoundHalfUp } from './exact'
import type { AccountEconomics } from './economics'
import {
  ECONOMICS_FIGURES,
  ECONOMICS_FIGURE_KEYS,
  type EconomicsFigureKey,
  type FigureUnit,
  type SupplierPreference
} from './figures'
import { FIXED_FEE_KINDS, PERCENTAGE_TERM_KINDS, type TermLine } from './term-lines'

/** ¥100 in fen: the unit of "per ¥100 of purchases". */
export const NORMALISED_PURCHASE_FEN = 10_000

export interface ComparedAccount {
  accountId: string
  economics: AccountEconomics
}

export interface ComparisonRow {
  /** `term:<line key>` for a term line kind, `figure:<figure key>` for a computed figure. */
  id: string
  rowKind: 'term' | 'figure'
  /** The term line key (kind, or custom kind + name) or the figure key. */
  key: string
  /** A term row's line (from the first account that has it), for its label. */
  line?: TermLine
  unit: FigureUnit
  supplierPreference: SupplierPreference
  isNormalised: boolean
  /** One cell per account, in the order given; null where the account has no such figure. */
  cells: (number | null)[]
  /** Indexes of the best and worst cells for the supplier (ties all marked; none when all equal). */
  bestIndexes: number[]
  worstIndexes: number[]
}

export interface ComparisonOptions {
  /** Money rows as fen per ¥100 of purchase value: amount / G × ¥100, rounded half up. */
  isPerHundredYuan: boolean
  /** A row for every built-in kind even where no account charges it (shown as 0, "not charged"). */
  isEveryKindShown?: boolean
}

const BUILT_IN_TERM_KEYS: readonly string[] = [
  ...FIXED_FEE_KINDS.filter((kind) => kind !== 'customFixed'),
  ...PERCENTAGE_TERM_KINDS.filter((kind) => kind !== 'customPercentage'),
  'conditionalRebate'
]

function normalised(amountFen: number | null, purchaseValueFen: number): number | null {
  if (amountFen === null || purchaseValueFen <= 0) return null
  return mulDivRoundHalfUp(amountFen, NORMALISED_PURCHASE_FEN, purchaseValueFen)
}

function markExtremes(cells: readonly (number | null)[], preference: SupplierPreference) {
  const bestIndexes: number[] = []
  const worstIndexes: number[] = []
  if (preference === null) return { bestIndexes, worstIndexes }
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const cell of cells) {
    if (cell === null) continue
    if (cell < min) min = cell
    if (cell > max) max = cell
  }
  if (!(min < max)) return { bestIndexes, worstIndexes }
  const best = preference === 'higher' ? max : min
  const worst = preference === 'higher' ? min : max
  cells.forEach((cell, index) => {
    if (cell === best) bestIndexes.push(index)
    if (cell === worst) worstIndexes.push(index)
  })
  return { bestIndexes, worstIndexes }
}

/**
 * Rows for every term line key that any account has (or every built-in kind, on request; an
 * account without that line has 0: it is not charged there), then a row for every computed figure. A term row is the amount for the
 * year, fen; every term costs the supplier, so lower is better.
 */
export function compareAccounts(accounts: readonly ComparedAccount[], options: ComparisonOptions): ComparisonRow[] {
  const termKeys = new Map<string, TermLine | undefined>()
  if (options.isEveryKindShown) for (const key of BUILT_IN_TERM_KEYS) termKeys.set(key, undefined)
  const amountsByAccount = accounts.map(({ economics }) => {
    const byKey = new Map<string, number | null>()
    for (const amount of economics.lineAmounts) {
      if (termKeys.get(amount.key) === undefined) termKeys.set(amount.key, amount.line)
      const previous = byKey.get(amount.key) ?? 0
      byKey.set(amount.key, previous === null || amount.amountFen === null ? null : previous + amount.amountFen)
    }
    return byKey
  })

  const rows: ComparisonRow[] = []
  for (const [key, line] of termKeys) {
    const cells = accounts.map(({ economics }, index) => {
      const amount = amountsByAccount[index]?.get(key) ?? 0
      return options.isPerHundredYuan ? normalised(amount, economics.purchaseValueFen) : amount
    })
    rows.push({
      id: `term:${key}`,
      rowKind: 'term',
      key,
      ...(line ? { line } : {}),
      unit: 'fen',
      supplierPreference: 'lower',
      isNormalised: options.isPerHundredYuan,
      cells,
      ...markExtremes(cells, 'lower')
    })
  }
  for (const figure of ECONOMICS_FIGURES) {
    const isNormalised = options.isPerHundredYuan && figure.isNormalisable
    const cells = accounts.map(({ economics }) => {
      const value = economics[figure.key]
      return isNormalised ? normalised(value, economics.purchaseValueFen) : value
    })
    rows.push({
      id: `figure:${figure.key}`,
      rowKind: 'figure',
      key: figure.key,
      unit: figure.unit,
      supplierPreference: figure.supplierPreference,
      isNormalised,
      cells,
      ...markExtremes(cells, figure.supplierPreference)
    })
  }
  return rows
}

export const WATERFALL_STEP_KEYS = [
  'purchaseValue',
  'percentageTerms',
  'fixedFees',
  'promotionFunding',
  'financingCost',
  'netRevenue',
  'cogs',
  'contribution'
] as const
export type WaterfallStepKey = (typeof WATERFALL_STEP_KEYS)[number]

export interface WaterfallStep {
  key: WaterfallStepKey
  /** A total bar starts at 0; a change bar starts where the previous bar ended. */
  isTotal: boolean
  /** Signed: deductions are negative. */
  amountFen: number
  /** Where the bar ends (the running total). */
  runningFen: number
}

/**
 * G → − percentage terms → − fixed fees → − promotion funding → − financing cost → N → − COGS →
 * contribution. Null when N cannot be worked out (see the economics' null reasons).
 */
export function economicsWaterfall(economics: AccountEconomics): WaterfallStep[] | null {
  const { fixedFeesFen, financingCostFen, netRevenueFen, contributionFen } = economics
  if (fixedFeesFen === null || financingCostFen === null || netRevenueFen === null || contributionFen === null) {
    return null
  }
  const steps: WaterfallStep[] = []
  let running = 0
  const push = (key: WaterfallStepKey, amountFen: number, isTotal: boolean) => {
    running = isTotal ? amountFen : running + amountFen
    steps.push({ key, isTotal, amountFen, runningFen: running })
  }
  push('purchaseValue', economics.purchaseValueFen, true)
  push('percentageTerms', -economics.percentageTermsFen, false)
  push('fixedFees', -fixedFeesFen, false)
  push('promotionFunding', -economics.promotionFundingFen, false)
  push('financingCost', -financingCostFen, false)
  push('netRevenue', netRevenueFen, true)
  push('cogs', -economics.cogsFen, false)
  push('contribution', contributionFen, true)
  return steps
}

export type EconomicsDelta = Record<EconomicsFigureKey, number | null>

/** Scenario − base for every figure; null where either side has no value. */
export function economicsDelta(base: AccountEconomics, scenario: AccountEconomics): EconomicsDelta {
  const delta = {} as EconomicsDelta
  for (const key of ECONOMICS_FIGURE_KEYS) {
    const from = base[key]
    const to = scenario[key]
    delta[key] = from === null || to === null ? null : to - from
  }
  return delta
}

/** Term line amounts, scenario − base, by line key (a line only on one side counts 0 on the other). */
export function termLineDelta(base: AccountEconomics, scenario: AccountEconomics): Map<string, number | null> {
  const sum = (economics: AccountEconomics) => {
    const byKey = new Map<string, number | null>()
    for (const amount of economics.lineAmounts) {
      const previous = byKey.get(amount.key) ?? 0
      byKey.set(amount.key, previous === null || amount.amountFen === null ? null : previous + amount.amountFen)
    }
    return byKey
  }
  const from = sum(base)
  const to = sum(scenario)
  const delta = new Map<string, number | null>()
  for (const key of new Set([...from.keys(), ...to.keys()])) {
    const a = from.has(key) ? (from.get(key) ?? null) : 0
    const b = to.has(key) ? (to.get(key) ?? null) : 0
    delta.set(key, a === null || b === null ? null : b - a)
  }
  return delta
}
