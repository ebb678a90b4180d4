/**
 * The pure domain modules at the sizes a big workspace reaches, in this process (no host, no
 * database): the supply-price solver over 10,000 assortment rows, the terms comparison of 200
 * accounts with 2,000 assortment lines each, and the regional-protection conflict check over
 * 200 accounts × 20 clauses. Inputs are built once, outside the timing, from a seeded generator;
 * each row is the median of warm runs (the first runs let V8 compile the code first).
 */
import { findProtectionConflicts, type ProtectionClause, type ProtectionType } from '../../../src/shared/domain/proposal'
import { previewSupplyPrices, type SupplyPriceBatchRow } from '../../../src/shared/domain/sku'
import { accountEconomics, compareAccounts, type AccountPlan, type TermLine, type TermSheet } from '../../../src/shared/domain/terms'
import { describeSamples, median } from '../lib/stats'
import type { BenchContext, Benchmark } from '../types'

export const WARM_UP_RUNS = 3
export const TIMED_RUNS = 15

/** mulberry32: the same "random" workspace every run, so runs compare. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1))

/** Runs `work` warm, then times it; notes the samples and returns their median, ms. */
function warmMedian(context: BenchContext, work: () => void): number {
  for (let i = 0; i < WARM_UP_RUNS; i += 1) work()
  const samples: number[] = []
  for (let i = 0; i < TIMED_RUNS; i += 1) {
    const started = performance.now()
    work()
    samples.push(performance.now() - started)
  }
  context.samples(samples)
  context.note(`${TIMED_RUNS} warm runs after ${WARM_UP_RUNS} untimed: ${describeSamples(samples)}`)
  return median(samples)
}

// ---------------------------------------------------------------------------------------------

const SOLVER_ROWS = 10_000

function solverRows(): SupplyPriceBatchRow[] {
  const random = seededRandom(101)
  return Array.from({ length: SOLVER_ROWS }, (_, index) => {
    const retailPriceFen = between(random, 300, 60_000) // ¥3 – ¥600
    return {
      skuCode: `SKU-${String(index + 1).padStart(5, '0')}`,
      retailPriceFen,
      // One row in twenty is new (no supply price yet), one in fifty has no target set.
      currentSupplyPriceFen: random() < 0.05 ? null : Math.round(retailPriceFen * (0.6 + random() * 0.2)),
      unitCostFen: Math.round(retailPriceFen * (0.35 + random() * 0.2)),
      targetMarginPpm: random() < 0.02 ? null : between(random, 20, 40) * 10_000,
      ...(random() < 0.1 ? { fixedFeesPerUnitFen: between(random, 0, 50) } : {})
    }
  })
}

export const supplyPriceSolver: Benchmark = {
  name: 'solve supply prices for 10,000 assortment rows (previewSupplyPrices)',
  unit: 'ms',
  target: 50,
  async run(context) {
    const rows = solverRows()
    // Comprehensive margin: 8% percentage terms and ¥0.30 fixed fees per unit, the harder path.
    const basis = { mode: 'comprehensive', percentageTermsPpm: 80_000, fixedFeesPerUnitFen: 30 } as const
    const preview = previewSupplyPrices(rows, basis)
    if (preview.rows.length !== SOLVER_ROWS) throw new Error(`previewed ${preview.rows.length} rows, expected ${SOLVER_ROWS}`)
    context.note(`${SOLVER_ROWS} rows, comprehensive basis: ${preview.solvedCount} solved, ${preview.failedCount} not, ${preview.belowCostCount} below unit cost`)
    return warmMedian(context, () => void previewSupplyPrices(rows, basis))
  }
}

// ---------------------------------------------------------------------------------------------

const COMPARED_ACCOUNTS = 200
const ASSORTMENT_LINES = 2_000

function termSheet(random: () => number): TermSheet {
  const fixed = (id: string, kind: 'entry' | 'barcode' | 'festival' | 'display' | 'system', basis: 'perSku' | 'perSkuPerStore' | 'perEvent' | 'perPeriod' | 'perYear', unitFen: number, count: number): TermLine => ({
    id,
    category: 'fixed',
    kind,
    basis,
    values: { ask: { unitFen: Math.round(unitFen * 1.3), count }, offer: { unitFen, count }, agreed: null }
  })
  const lines: TermLine[] = [
    fixed('entry', 'entry', 'perSku', between(random, 200, 800) * 100, 1),
    fixed('barcode', 'barcode', 'perSkuPerStore', between(random, 5, 20) * 100, 1),
    fixed('festival', 'festival', 'perEvent', between(random, 100, 500) * 100, between(random, 2, 5)),
    fixed('display', 'display', 'perPeriod', between(random, 500, 2000) * 100, between(random, 1, 4)),
    fixed('system', 'system', 'perYear', between(random, 200, 800) * 100, 1),
    { id: 'unconditional', category: 'percentage', kind: 'unconditionalRebate', values: { ask: 30_000, offer: between(random, 10, 30) * 1_000, agreed: null } },
    { id: 'logistics', category: 'percentage', kind: 'logistics', values: { ask: 40_000, offer: between(random, 20, 40) * 1_000, agreed: null } },
    {
      id: 'tiered',
      category: 'conditionalRebate',
      kind: 'conditionalRebate',
      values: {
        ask: { mode: 'whole', tiers: [{ thresholdFen: 100_000_000, ratePpm: 10_000 }, { thresholdFen: 500_000_000, ratePpm: 20_000 }] },
        offer: { mode: random() < 0.5 ? 'whole' : 'excess', tiers: [{ thresholdFen: 200_000_000, ratePpm: 10_000 }, { thresholdFen: 800_000_000, ratePpm: 15_000 }] },
        agreed: null
      }
    }
  ]
  return { lines, payment: { ask: { mode: 'monthly', days: 60 }, offer: { mode: 'monthly', days: between(random, 30, 60) }, agreed: null } }
}

function comparedAccountsInput(): { accountId: string; plan: AccountPlan; sheet: TermSheet }[] {
  const random = seededRandom(202)
  return Array.from({ length: COMPARED_ACCOUNTS }, (_, accountIndex) => ({
    accountId: `account-${accountIndex + 1}`,
    plan: {
      assortment: Array.from({ length: ASSORTMENT_LINES }, (_, lineIndex) => {
        const retailFen = between(random, 300, 60_000)
        return {
          skuId: `SKU-${lineIndex + 1}`,
          units: between(random, 0, 5_000),
          supplyFen: Math.round(retailFen * 0.7),
          retailFen,
          unitCostFen: Math.round(retailFen * 0.45)
        }
      }),
      storeCount: between(random, 5, 400),
      daysOfInventory: between(random, 15, 60),
      promotionFundingFen: between(random, 0, 2_000) * 10_000,
      marginTargetPpm: random() < 0.3 ? null : between(random, 25, 40) * 10_000
    },
    sheet: termSheet(random)
  }))
}

export const termsComparison: Benchmark = {
  name: 'compare 200 accounts × 2,000 assortment lines (accountEconomics + compareAccounts)',
  unit: 'ms',
  target: 50,
  async run(context) {
    const accounts = comparedAccountsInput()
    const settings = { annualInterestPpm: 43_500 }
    const compare = () =>
      compareAccounts(
        accounts.map(({ accountId, plan, sheet }) => ({ accountId, economics: accountEconomics(plan, sheet, 'offer', settings) })),
        { isPerHundredYuan: true }
      )
    const rows = compare()
    if (rows.length === 0 || rows.some((row) => row.cells.length !== COMPARED_ACCOUNTS)) throw new Error('the comparison did not give one cell per account in every row')
    context.note(`${COMPARED_ACCOUNTS} accounts × ${ASSORTMENT_LINES} lines, 8 term lines each, offer side, per ¥100: ${rows.length} comparison rows`)
    return warmMedian(context, () => void compare())
  }
}

// ---------------------------------------------------------------------------------------------

const PROTECTED_ACCOUNTS = 200
const CLAUSES_PER_ACCOUNT = 20
/**
 * Territories as exclusivity is granted: mostly districts, some cities, a few whole provinces, in
 * ten provinces, so clauses nest and overlap as in life (a province clause covers its districts).
 */
function territoryCode(random: () => number): string {
  const province = ['11', '31', '44', '33', '51', '42', '32', '37', '43', '35'][between(random, 0, 9)] as string
  const city = String(between(random, 1, 5)).padStart(2, '0')
  const level = random()
  if (level < 0.05) return `${province}0000`
  if (level < 0.3) return `${province}${city}00`
  return `${province}${city}${String(between(random, 2, 12)).padStart(2, '0')}`
}

export function protectionClauses(): ProtectionClause[] {
  const random = seededRandom(303)
  const clauses: ProtectionClause[] = []
  for (let account = 1; account <= PROTECTED_ACCOUNTS; account += 1) {
    for (let index = 1; index <= CLAUSES_PER_ACCOUNT; index += 1) {
      const startDay = between(random, 1, 330)
      const start = new Date(Date.UTC(2027, 0, startDay))
      const end = new Date(Date.UTC(2027, 0, startDay + between(random, 90, 365)))
      const type: ProtectionType = random() < 0.5 ? 'exclusive' : 'price_protection'
      clauses.push({
        id: `clause-${account}-${index}`,
        accountId: `account-${account}`,
        // One clause in ten covers every SKU; the others five of a 300-SKU catalogue.
        skus: random() < 0.1 ? 'all' : Array.from({ length: 5 }, () => `SKU-${between(random, 1, 300)}`),
        territoryCode: territoryCode(random),
        type,
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
        conditions: { minimumPurchaseFen: between(random, 10, 500) * 1_000_000, sellThroughRatePpm: null },
        consequence: 'protection_lapses',
        consequenceText: ''
      })
    }
  }
  return clauses
}

export const protectionConflicts: Benchmark = {
  name: 'regional-protection conflicts, 200 accounts × 20 clauses (findProtectionConflicts)',
  unit: 'ms',
  target: 50,
  async run(context) {
    const clauses = protectionClauses()
    const report = findProtectionConflicts(clauses)
    if (report.invalidClauses.length > 0) throw new Error(`${report.invalidClauses.length} generated clauses were invalid, e.g. ${report.invalidClauses[0]?.problem}`)
    context.note(`${clauses.length} clauses (half exclusive, in districts, cities and provinces of 10 provinces, 2027): ${report.conflicts.length} conflicts found`)
    return warmMedian(context, () => void findProtectionConflicts(clauses))
  }
}
