/**
 * A saved version's snapshot as read back from the database: checked with zod, so a damaged or
 * hand-edited file is refused with a message instead of breaking a page or a document.
 */
import * as z from 'zod'
import {
  DEPARTMENT_VALUE_CODES,
  KEY_FIGURE_CODES,
  RETAILER_DEPARTMENTS,
  PROMOTION_KINDS,
  PROTECTION_CONSEQUENCES,
  PROTECTION_TYPES,
  type ProposalSnapshot,
  type RetailerDepartment
} from '../../../src/shared/domain/proposal'
import { AppFailure } from '../../../src/shared/result'

const int = z.number().int()
const nullableInt = int.nullable()

const snapshotSchema = z.object({
  proposalId: z.string(),
  accountId: z.string(),
  version: int,
  savedOn: z.string(),
  skus: z.array(
    z.object({
      skuCode: z.string(),
      name: z.string(),
      supplyPriceFen: nullableInt,
      retailPriceFen: nullableInt,
      unitCostFen: nullableInt,
      plannedAnnualUnits: nullableInt,
      retailerMarginTargetPpm: nullableInt
    })
  ),
  termLines: z.array(z.object({ termCode: z.string(), unit: z.enum(['fen', 'ppm', 'days']), askValue: nullableInt, offerValue: nullableInt })),
  protectionClauses: z.array(
    z.object({
      id: z.string(),
      accountId: z.string(),
      skus: z.union([z.literal('all'), z.array(z.string())]),
      territoryCode: z.string(),
      type: z.enum(PROTECTION_TYPES),
      startDate: z.string(),
      endDate: z.string(),
      conditions: z.object({ minimumPurchaseFen: nullableInt, sellThroughRatePpm: nullableInt }),
      consequence: z.enum(PROTECTION_CONSEQUENCES),
      consequenceText: z.string()
    })
  ),
  promotionEvents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(PROMOTION_KINDS),
      name: z.string(),
      skus: z.array(
        z.object({
          skuCode: z.string(),
          baselineUnitsPerStoreWeek: nullableInt,
          supplyPriceFen: int,
          unitCostFen: int,
          promoRetailPriceFen: nullableInt,
          supplierFundingPerUnitFen: int
        })
      ),
      storeCount: int,
      startDate: z.string(),
      endDate: z.string(),
      upliftPpm: int,
      fixedFeesFen: int,
      buyQuantity: nullableInt,
      getQuantity: nullableInt
    })
  ),
  concessions: z.array(
    z.object({
      id: z.string(),
      give: z.object({ termCode: z.string().nullable(), description: z.string(), costFen: int }),
      get: z.object({ termCode: z.string().nullable(), description: z.string(), valueFen: nullableInt }).nullable()
    })
  ),
  keyFigures: z.object(Object.fromEntries(KEY_FIGURE_CODES.map((code) => [code, nullableInt])) as Record<(typeof KEY_FIGURE_CODES)[number], typeof nullableInt>),
  documentFacts: z
    .object({
      cogsFen: int,
      percentageTermsFen: int,
      financingCostFen: nullableInt,
      effectivePaymentDays: nullableInt,
      payment: z.object({ kind: z.enum(['invoice', 'monthly_statement', 'consignment']), days: int, inventoryDays: nullableInt }).nullable(),
      marginTargetPpm: nullableInt,
      netNetPriceFen: z.record(z.string(), nullableInt),
      activities: z.array(
        z.object({ kind: z.string(), description: z.string(), costFen: int, owner: z.string(), startDate: z.string().nullable(), endDate: z.string().nullable() })
      ),
      departmentValue: z.array(
        z.object({
          department: z.enum(RETAILER_DEPARTMENTS as readonly [RetailerDepartment, ...RetailerDepartment[]]),
          items: z.array(z.object({ code: z.enum(DEPARTMENT_VALUE_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])) }))
        })
      )
    })
    .optional()
}) satisfies z.ZodType<ProposalSnapshot>

export function parseSnapshot(text: string, versionId: number): ProposalSnapshot {
  const parsed = snapshotSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new AppFailure('corrupt-data', `proposal version ${versionId}: ${parsed.error.message}`)
  return parsed.data
}
