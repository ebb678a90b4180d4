/**
 * A term-sheet grid row: the stored line and, per side, its annual amount as the economics
 * computed it. Fields are what a cell edits: the name, the basis, and per side the value (a fixed
 * fee's unit amount in yuan, a percentage term's rate in %) and a counted fee's count.
 */
import { COUNTED_FEE_BASES, TERM_SIDES, type TermSide } from '../../shared/domain/terms'
import type { StoredTermLine, TermLinePatch, TermLineValue, TermSideCells, TermsEconomics } from '../../shared/contract/terms'
import type { CellInput } from '../../grid/spreadsheet-source'
import { fenToTyped, ppmToTypedPercent } from './terms-format'

export type TermCellField = 'name' | 'basis' | `${TermSide}Value` | `${TermSide}Count`
export const TERM_CELL_FIELDS: readonly TermCellField[] = ['name', 'basis', ...TERM_SIDES.flatMap((side) => [`${side}Value`, `${side}Count`] as const)]

export type TermRow = StoredTermLine & {
  /** Term lines carry no row version (no stale-save check across windows yet): always 0. */
  rowVersion: number
  /** The line's annual amount per side, fen; null when it cannot be worked out (or no economics yet). */
  amounts: Record<TermSide, number | null>
  /** The effective rate per side (percentage lines and the conditional rebate), ppm. */
  rates: Record<TermSide, number | null>
}

export const isTermCellField = (colId: string): colId is TermCellField => (TERM_CELL_FIELDS as readonly string[]).includes(colId)

export function sideOfField(field: TermCellField): { side: TermSide; cell: 'value' | 'count' } | null {
  for (const side of TERM_SIDES) {
    if (field === `${side}Value`) return { side, cell: 'value' }
    if (field === `${side}Count`) return { side, cell: 'count' }
  }
  return null
}

export const isCountedLine = (line: StoredTermLine): boolean => line.category === 'fixed' && COUNTED_FEE_BASES.includes(line.basis)

/** The rows of a sheet with the amounts of its economics (none while they load). */
export function toTermRows(lines: readonly StoredTermLine[], economics: TermsEconomics | null): TermRow[] {
  const amountsOf = new Map<string, { amounts: Record<TermSide, number | null>; rates: Record<TermSide, number | null> }>()
  if (economics) {
    for (const side of TERM_SIDES) {
      for (const amount of economics.sides[side].economics.lineAmounts) {
        const entry = amountsOf.get(amount.lineId) ?? { amounts: { ask: null, offer: null, agreed: null }, rates: { ask: null, offer: null, agreed: null } }
        entry.amounts[side] = amount.isUnset ? null : amount.amountFen
        entry.rates[side] = amount.isUnset ? null : amount.ratePpm
        amountsOf.set(amount.lineId, entry)
      }
    }
  }
  return lines.map((line) => {
    const computed = amountsOf.get(String(line.id))
    return { ...line, rowVersion: 0, amounts: computed?.amounts ?? { ask: null, offer: null, agreed: null }, rates: computed?.rates ?? { ask: null, offer: null, agreed: null } } as TermRow
  })
}

/** A cell's stored value as a person would type it (money in yuan, rates in %), for undo. */
export function termServiceValue(row: TermRow, field: TermCellField): CellInput {
  if (field === 'name') return row.name ?? ''
  if (field === 'basis') return row.category === 'fixed' ? row.basis : null
  const at = sideOfField(field)
  if (!at) return null
  if (row.category === 'fixed') {
    const value = row.values[at.side]
    if (value === null) return null
    return at.cell === 'value' ? fenToTyped(value.unitFen) : value.count
  }
  if (row.category === 'percentage') {
    const rate = row.values[at.side]
    return at.cell === 'value' && rate !== null ? ppmToTypedPercent(rate) : null
  }
  return null
}

/** The service's patch for one typed cell; null when the cell is not one this line has. */
export function termCellPatch(row: StoredTermLine, field: TermCellField, value: CellInput): TermLinePatch | null {
  const text = value === null ? '' : typeof value === 'boolean' ? '' : value
  if (field === 'name') return { name: String(text) }
  if (field === 'basis') return row.category === 'fixed' ? { basis: String(text) as never } : null
  const at = sideOfField(field)
  if (!at) return null
  if (row.category === 'fixed') {
    if (at.cell === 'value') return { [at.side]: String(text).trim() === '' ? null : { amount: text } }
    return isCountedLine(row) ? { [at.side]: { count: text } } : null
  }
  if (row.category === 'percentage' && at.cell === 'value') return { [at.side]: String(text).trim() === '' ? null : { rate: text } }
  return null
}

/**
 * A stored side value as a person would type it back ({ amount: '3000.00', count: 2 },
 * { rate: '3.5%' }, { mode, tiers }): what an undo of a scenario edit sends. Null clears the side.
 */
export function typedCellsOf(category: StoredTermLine['category'], value: TermLineValue | null): TermSideCells | null {
  if (value === null) return null
  if (category === 'fixed' && typeof value === 'object' && 'unitFen' in value) return { amount: fenToTyped(value.unitFen), count: value.count }
  if (category === 'percentage' && typeof value === 'number') return { rate: ppmToTypedPercent(value) }
  if (category === 'conditionalRebate' && typeof value === 'object' && 'tiers' in value)
    return { mode: value.mode, tiers: value.tiers.map((tier) => ({ threshold: fenToTyped(tier.thresholdFen), rate: ppmToTypedPercent(tier.ratePpm) })) }
  return null
}
