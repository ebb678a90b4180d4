/** The stored assortment line's schema, shared by the catalogue's and the assortment's restore. */
import * as z from 'zod'
import type { AssortmentLine } from '../domain/assortment/assortment-line'
import { MAX_ANNUAL_UNITS, MAX_MARGIN_TARGET_PPM } from '../domain/assortment/assortment-registry'
import { MAX_UNIT_PRICE_FEN } from '../domain/catalogue/sku-registry'
import { ASSORTMENT_STATUSES } from '../domain/sku/sku'

export type { AssortmentLine } from '../domain/assortment/assortment-line'

const id = z.number().int().positive()
const price = z.number().int().positive().max(MAX_UNIT_PRICE_FEN).nullable()
const units = z.number().int().min(0).max(MAX_ANNUAL_UNITS).nullable()

export const storedAssortmentLine = z
  .object({
    id,
    accountId: id,
    skuId: id,
    status: z.enum(ASSORTMENT_STATUSES),
    supplyPriceFen: price,
    retailPriceFen: price,
    plannedAnnualUnits: units,
    marginTargetPpm: z.number().int().min(0).max(MAX_MARGIN_TARGET_PPM).nullable(),
    lastYearUnits: units,
    updatedAt: z.string().max(40),
    rowVersion: z.number().int().positive()
  })
  .strict() satisfies z.ZodType<AssortmentLine>
