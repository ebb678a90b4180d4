/**
 * The demo workspace's catalogue and assortments (resources/demo/catalogue.json): cells as a
 * person types them, stored through the same parsing and validated inserts as the grid and import.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { WorkbenchContext } from '../context'
import { AppFailure } from '../../../src/shared/result'
import { emptySkuValues, type EditableSkuField } from '../../../src/shared/domain/catalogue/sku'
import { describeSkuIssue, parseSkuPatch } from '../../../src/shared/domain/catalogue/sku-fields'
import { emptyAssortmentLineValues, type EditableAssortmentField } from '../../../src/shared/domain/assortment/assortment-line'
import { describeLineIssue, parseAssortmentPatch } from '../../../src/shared/domain/assortment/assortment-fields'
import { ASSORTMENT_STATUSES, type AssortmentStatus } from '../../../src/shared/domain/sku/sku'
import { insertValidatedSku, skuRecordProblems } from './catalogue-service'
import { catalogueRepositoryOf } from './catalogue-repository'
import { insertValidatedLine } from '../assortment/assortment-service'

type Cell = string | number | boolean | null

interface DemoCatalogue {
  skus: Record<string, Cell>[]
  assortments: { account: string; lines: ({ sku: string } & Record<string, Cell>)[] }[]
}

/** The file names prices as people say them; the fields hold fen. */
const SKU_KEYS: Record<string, EditableSkuField> = {
  unitCost: 'unitCostFen',
  listSupplyPrice: 'listSupplyPriceFen',
  suggestedRetailPrice: 'suggestedRetailPriceFen'
}
const LINE_KEYS: Record<string, EditableAssortmentField> = { supplyPrice: 'supplyPriceFen', retailPrice: 'retailPriceFen' }

export function demoCatalogueFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'demo', 'catalogue.json')
}

function renamed<F extends string>(cells: Record<string, Cell>, keys: Record<string, F>, skip: readonly string[] = []): Partial<Record<F, Cell>> {
  const patch: Partial<Record<F, Cell>> = {}
  for (const [key, value] of Object.entries(cells)) if (!skip.includes(key)) patch[(keys[key] ?? key) as F] = value
  return patch
}

const demoFailure = (what: string, reasons: string[]) => new AppFailure('demo-data', `demo ${what}: ${reasons.join('; ')}`)

/** Inserts the demo SKUs and assortment lines; the caller owns the transaction and has inserted the demo accounts. */
export function loadDemoCatalogue(context: WorkbenchContext): void {
  const language = context.language()
  const demo = JSON.parse(fs.readFileSync(demoCatalogueFile(context.resourcesDir), 'utf8')) as DemoCatalogue
  const now = context.now()
  for (const cells of demo.skus) {
    const { values, issues } = parseSkuPatch(renamed(cells, SKU_KEYS), context)
    const record = { ...emptySkuValues(String(cells.code), String(cells.name)), ...values }
    issues.push(...skuRecordProblems(context, record, null))
    if (issues.length > 0) throw demoFailure(`SKU ${String(cells.code)}`, issues.map((issue) => describeSkuIssue(language, issue)))
    insertValidatedSku(context, record, now)
  }
  const skus = catalogueRepositoryOf(context.db)
  for (const { account, lines } of demo.assortments) {
    const accountId = context.accounts.codeOwner(account)
    if (accountId === undefined) throw demoFailure(`assortment of ${account}`, ['no such account'])
    for (const cells of lines) {
      const skuId = skus.codeOwner(cells.sku)?.id
      if (skuId === undefined) throw demoFailure(`assortment of ${account}`, [`no SKU ${cells.sku}`])
      const status = (ASSORTMENT_STATUSES as readonly string[]).includes(String(cells.status)) ? (cells.status as AssortmentStatus) : 'proposed'
      const { values, issues } = parseAssortmentPatch(renamed(cells, LINE_KEYS, ['sku']), context)
      if (issues.length > 0) throw demoFailure(`line ${account} ${cells.sku}`, issues.map((issue) => describeLineIssue(language, issue)))
      insertValidatedLine(context, { accountId, skuId, ...emptyAssortmentLineValues(status), ...values }, now)
    }
  }
}
