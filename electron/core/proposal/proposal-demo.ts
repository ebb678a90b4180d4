/**
 * The demo workspace's entry proposals (resources/demo/proposals.json): accounts and SKUs by
 * code, stored through the same service calls as the planner, so the demo cannot hold what the
 * planner would refuse. A proposal with `version` saves it before its events marked
 * `addedAfterVersion`, so a comparison with the current state shows a change at once.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as z from 'zod'
import type { WorkbenchContext } from '../context'
import { AppFailure } from '../../../src/shared/result'
import { PROMOTION_KINDS, PROTECTION_CONSEQUENCES, PROTECTION_TYPES } from '../../../src/shared/domain/proposal'
import { SELL_THROUGH_ACTIVITY_KINDS } from '../../../src/shared/contract/proposal'
import { catalogueRepositoryOf } from '../catalogue/catalogue-repository'
import { createProposal, saveVersion, updateProposal, upsertActivity, upsertClause, upsertConcession, upsertPromotion } from './proposal-service'

const int = z.number().int()
const side = z.object({ termCode: z.string().nullable(), description: z.string() })
const demoProposals = z
  .object({
    _comment: z.string().optional(),
    proposals: z.array(
      z
        .object({
          account: z.string(),
          name: z.string(),
          year: int,
          marginTargetPpm: int.optional(),
          sellThroughTargetPpm: int.optional(),
          newItemStockDays: int.optional(),
          clauses: z.array(
            z
              .object({
                skus: z.union([z.literal('all'), z.array(z.string())]),
                territoryCode: z.string(),
                type: z.enum(PROTECTION_TYPES),
                startDate: z.string(),
                endDate: z.string(),
                minimumPurchaseFen: int.nullable(),
                sellThroughRatePpm: int.nullable(),
                consequence: z.enum(PROTECTION_CONSEQUENCES),
                consequenceText: z.string()
              })
              .strict()
          ),
          promotions: z.array(
            z
              .object({
                kind: z.enum(PROMOTION_KINDS),
                name: z.string(),
                skus: z.array(
                  z.object({ sku: z.string(), baselineUnitsPerStoreWeek: int.nullable(), promoRetailPriceFen: int.nullable(), supplierFundingPerUnitFen: int }).strict()
                ),
                storeCount: int,
                startDate: z.string(),
                endDate: z.string(),
                upliftPpm: int,
                fixedFeesFen: int,
                buyQuantity: int.optional(),
                getQuantity: int.optional(),
                addedAfterVersion: z.boolean().optional()
              })
              .strict()
          ),
          concessions: z.array(
            z.object({ give: side.extend({ costFen: int }).strict(), get: side.extend({ valueFen: int.nullable() }).strict().nullable() }).strict()
          ),
          activities: z.array(
            z
              .object({
                kind: z.enum(SELL_THROUGH_ACTIVITY_KINDS),
                description: z.string(),
                costFen: int,
                owner: z.string(),
                quantity: int.nullable(),
                commissionPerUnitFen: int.nullable(),
                startDate: z.string().nullable(),
                endDate: z.string().nullable()
              })
              .strict()
          ),
          version: z.string().optional()
        })
        .strict()
    )
  })
  .strict()

export function demoProposalsFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'proposals.json')
}

/** Inserts the demo proposals; the caller owns the transaction and has inserted the demo accounts, catalogue and term sheets. */
export function loadDemoProposals(context: WorkbenchContext): void {
  const parsed = demoProposals.safeParse(JSON.parse(fs.readFileSync(demoProposalsFile(context.resourcesDir), 'utf8')))
  if (!parsed.success) throw new AppFailure('demo-data', `demo proposals: ${parsed.error.message}`)
  const catalogue = catalogueRepositoryOf(context.db)
  const skuId = (code: string): number => {
    const owner = catalogue.codeOwner(code)
    if (!owner) throw new AppFailure('demo-data', `demo proposals: no SKU ${code}`)
    return owner.id
  }
  for (const demo of parsed.data.proposals) {
    const accountId = context.accounts.codeOwner(demo.account)
    if (accountId === undefined) throw new AppFailure('demo-data', `demo proposal of ${demo.account}: no such account`)
    const { id: proposalId } = createProposal(context, accountId, demo.name, demo.year)
    updateProposal(context, proposalId, {
      marginTargetPpm: demo.marginTargetPpm ?? null,
      sellThroughTargetPpm: demo.sellThroughTargetPpm ?? null,
      newItemStockDays: demo.newItemStockDays ?? null
    })
    for (const clause of demo.clauses) {
      upsertClause(context, { ...clause, proposalId, skuIds: clause.skus === 'all' ? 'all' : clause.skus.map(skuId) })
    }
    for (const entry of demo.concessions) upsertConcession(context, { proposalId, give: entry.give, get: entry.get })
    for (const activity of demo.activities) upsertActivity(context, { ...activity, proposalId })
    const addPromotion = (promotion: (typeof demo.promotions)[number]) => {
      const { addedAfterVersion: _later, skus, buyQuantity, getQuantity, ...rest } = promotion
      upsertPromotion(context, {
        ...rest,
        proposalId,
        buyQuantity: buyQuantity ?? null,
        getQuantity: getQuantity ?? null,
        skus: skus.map(({ sku, ...line }) => ({ ...line, skuId: skuId(sku) }))
      })
    }
    for (const promotion of demo.promotions.filter((entry) => !entry.addedAfterVersion)) addPromotion(promotion)
    if (demo.version !== undefined) saveVersion(context, proposalId, demo.version)
    for (const promotion of demo.promotions.filter((entry) => entry.addedAfterVersion)) addPromotion(promotion)
  }
}
