/**
 * The demo workspace's term sheets (resources/demo/terms.json): cells as a person types them
 * (yuan, %), stored through the same service calls as the term-sheet grid, so the demo cannot
 * hold what the grid would refuse.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as z from 'zod'
import type { WorkbenchContext } from '../context'
import { AppFailure } from '../../../src/shared/result'
import { FEE_BASES, PAYMENT_MODES, REBATE_TIER_MODES, TERM_SIDES } from '../../../src/shared/domain/terms'
import { TERM_LINE_KINDS } from '../../../src/shared/contract/terms'
import { addLine, createSheet, setPayment, updateLine } from './terms-service'

const cell = z.union([z.string(), z.number()])
const sideCells = z
  .object({ amount: cell, count: cell, rate: cell, mode: z.enum(REBATE_TIER_MODES), tiers: z.array(z.object({ threshold: cell, rate: cell }).strict()) })
  .partial()
  .strict()
  .nullable()
const demoTerms = z
  .object({
    sheets: z.array(
      z
        .object({
          account: z.string(),
          year: z.number().int(),
          payment: z.partialRecord(z.enum(TERM_SIDES), z.object({ mode: z.enum(PAYMENT_MODES), days: z.number().int(), inventoryDays: z.number().int().optional() }).strict()),
          lines: z.array(
            z
              .object({ kind: z.enum(TERM_LINE_KINDS), name: z.string().optional(), basis: z.enum(FEE_BASES).optional(), ask: sideCells.optional(), offer: sideCells.optional(), agreed: sideCells.optional() })
              .strict()
          )
        })
        .strict()
    )
  })
  .strict()

export function demoTermsFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'terms.json')
}

/** Inserts the demo term sheets; the caller owns the transaction and has inserted the demo accounts. */
export function loadDemoTerms(context: WorkbenchContext): void {
  const parsed = demoTerms.safeParse(JSON.parse(fs.readFileSync(demoTermsFile(context.resourcesDir), 'utf8')))
  if (!parsed.success) throw new AppFailure('demo-data', `demo terms: ${parsed.error.message}`)
  for (const sheet of parsed.data.sheets) {
    const accountId = context.accounts.codeOwner(sheet.account)
    if (accountId === undefined) throw new AppFailure('demo-data', `demo terms of ${sheet.account}: no such account`)
    const { id: sheetId } = createSheet(context, accountId, sheet.year, 'empty')
    for (const { kind, name, basis, ask, offer, agreed } of sheet.lines) {
      const line = addLine(context, sheetId, kind, name, basis)
      updateLine(context, line.id, { ...(ask === undefined ? {} : { ask }), ...(offer === undefined ? {} : { offer }), ...(agreed === undefined ? {} : { agreed }) })
    }
    for (const side of TERM_SIDES) {
      const payment = sheet.payment[side]
      if (payment) setPayment(context, sheetId, side, payment.mode, payment.days, payment.inventoryDays ?? null)
    }
  }
}
