/**
 * Concessions ledger 条件置换: every give is traded for a get ("accept 45 days → ask for 2 end caps
 * in Q3"). A give's cost is shown in yuan and in contribution points: cost / G, the points of
 * contribution margin (Contribution / G) it takes away, so gives of different kinds compare.
 */
import { ratioToPpm, type Ppm } from '../rate'

export interface ConcessionGive {
  /** The term line it moves, when it is one (e.g. `payment_days`); null for anything else. */
  termCode: string | null
  /** The user's own words. */
  description: string
  /** What the give costs the supplier over the contract year, fen. */
  costFen: number
}

export interface ConcessionGet {
  termCode: string | null
  description: string
  /** What the get is worth to the supplier, fen; null when nobody has put a figure on it. */
  valueFen: number | null
}

export interface ConcessionEntry {
  id: string
  give: ConcessionGive
  /** Null until the give is traded for something: an unpaired give. */
  get: ConcessionGet | null
}

export interface ConcessionLine {
  entryId: string
  costFen: number
  /** Contribution margin points the give costs (cost / G); null without G. */
  costContributionPpm: Ppm | null
  getValueFen: number | null
  isPaired: boolean
}

export interface ConcessionLedger {
  lines: ConcessionLine[]
  givesFen: number
  givesContributionPpm: Ppm | null
  /** Sum of the gets that have a value. */
  getsFen: number
  /** Gets minus gives, counting only valued gets. */
  netFen: number
  unpairedEntryIds: string[]
  unvaluedGetEntryIds: string[]
}

export function concessionLedger(entries: readonly ConcessionEntry[], grossPurchaseValueFen: number | null): ConcessionLedger {
  const pointsOf = (fen: number): Ppm | null =>
    grossPurchaseValueFen === null || grossPurchaseValueFen <= 0 ? null : ratioToPpm(fen, grossPurchaseValueFen)
  const lines = entries.map((entry) => ({
    entryId: entry.id,
    costFen: entry.give.costFen,
    costContributionPpm: pointsOf(entry.give.costFen),
    getValueFen: entry.get?.valueFen ?? null,
    isPaired: entry.get !== null
  }))
  const givesFen = lines.reduce((total, line) => total + line.costFen, 0)
  const getsFen = lines.reduce((total, line) => total + (line.getValueFen ?? 0), 0)
  return {
    lines,
    givesFen,
    givesContributionPpm: pointsOf(givesFen),
    getsFen,
    netFen: getsFen - givesFen,
    unpairedEntryIds: entries.filter((entry) => entry.get === null).map((entry) => entry.id),
    unvaluedGetEntryIds: entries.filter((entry) => entry.get !== null && entry.get.valueFen === null).map((entry) => entry.id)
  }
}
