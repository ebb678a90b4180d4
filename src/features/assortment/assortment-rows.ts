import type { Sku } from '../../shared/domain/catalogue/sku'
import { toDomainLine, type AssortmentLine, type EditableAssortmentField } from '../../shared/domain/assortment/assortment-line'
import { assortmentLineFigures, assortmentTotals, type AssortmentLineFigures, type AssortmentTotals, type MarginTargetContext } from '../../shared/domain/sku'
import { fenToYuanText } from '../../shared/domain/money'
import { PPM_PER_PERCENT } from '../../shared/domain/rate'

/** A grid row: the stored line (with its row version, sent back with every save), its catalogue SKU and every figure the sku domain computes for it. */
export interface AssortmentRow extends AssortmentLine {
  sku: Sku
  figures: AssortmentLineFigures
}

/** The pinned bottom row: the domain's totals over the planned lines shown. */
export interface AssortmentTotalsRow extends AssortmentRow {
  isTotals: true
  totals: AssortmentTotals
}

export const isAssortmentTotalsRow = (row: AssortmentRow | undefined): row is AssortmentTotalsRow => (row as AssortmentTotalsRow | undefined)?.isTotals === true

/** The line's own margin target is the SKU-level target of the domain's resolution (SKU ?? account ?? format). */
export function toAssortmentRow(line: AssortmentLine, sku: Sku, target: MarginTargetContext): AssortmentRow {
  return { ...line, sku, figures: assortmentLineFigures(toDomainLine(line, sku.code), { ...sku, marginTargetPpm: line.marginTargetPpm }, target) }
}

/**
 * Rows whose SKU is no longer the catalogue's (another window changed its name, spec, prices or
 * status), rebuilt on the SKU as it is now: the line is unchanged (same row version), its
 * figures are recomputed. Rows whose SKU is unchanged keep their objects; a SKU not (yet) in the
 * catalogue leaves its row as it is.
 */
export function rowsWithNewSkus(
  rows: readonly AssortmentRow[],
  skuById: ReadonlyMap<number, Sku>,
  toRowWith: (line: AssortmentLine, target: MarginTargetContext) => AssortmentRow,
  target: MarginTargetContext
): AssortmentRow[] {
  return rows.filter((row) => !isAssortmentTotalsRow(row) && skuById.has(row.skuId) && skuById.get(row.skuId) !== row.sku).map((row) => toRowWith(row, target))
}

/**
 * The catalogue after SKUs changed elsewhere: fresh SKUs in place of the held ones (new ones at
 * the end), gone ones out. SKUs not named keep their objects, so rows built on them are not rebuilt.
 */
export function catalogueWithChanges(current: readonly Sku[], fresh: readonly Sku[], goneIds: readonly number[]): Sku[] {
  const freshById = new Map(fresh.map((sku) => [sku.id, sku]))
  const gone = new Set(goneIds)
  const known = new Set(current.map((sku) => sku.id))
  const kept = current.filter((sku) => !gone.has(sku.id)).map((sku) => freshById.get(sku.id) ?? sku)
  return [...kept, ...fresh.filter((sku) => !known.has(sku.id) && !gone.has(sku.id))]
}

export function assortmentTotalsRow(shown: readonly AssortmentRow[], template: AssortmentRow): AssortmentTotalsRow {
  const totals = assortmentTotals(shown.filter((row) => !isAssortmentTotalsRow(row)).map((row) => row.figures))
  return { ...template, id: -1, isTotals: true, totals }
}


/** A percent as typed back into the cell: 600,000 ppm is "60%" (exact: ppm / 10^4 has at most 4 decimals). */
export const ppmToTypedPercent = (ppm: number): string => `${ppm / PPM_PER_PERCENT}%`

/** A field's value as a person would type it (money in yuan, targets in percent), for undo and paste. */
export function assortmentServiceValue(line: AssortmentLine, field: EditableAssortmentField): string | number | null {
  const value = line[field]
  if (value === null) return null
  if (field === 'supplyPriceFen' || field === 'retailPriceFen') return fenToYuanText(value as number)
  if (field === 'marginTargetPpm') return ppmToTypedPercent(value as number)
  return value
}
