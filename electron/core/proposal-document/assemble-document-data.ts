/**
 * From what a proposal is made of (the account's plan, its term sheet, the promotion events,
 * concessions, protection clauses, sell-through activities) to ProposalDocumentData, by calling
 * the domain modules only: accountEconomics, promotionPlanResult, concessionLedger,
 * departmentValue, netNetPrices. The planner computes its screen from the same calls, so the
 * paper and the screen cannot disagree.
 *
 * Promotion funding P enters the economics and the promotions' unit contribution needs D%: D%
 * depends on G and the percentage terms only, never on P, so it is taken from a first pass of the
 * economics (P = 0) and the second pass carries the plan's P.
 */
import {
  concessionLedger,
  departmentValue,
  promotionFundingFen,
  promotionPlanResult,
  type ConcessionEntry,
  type PaymentTermKind,
  type PromotionEvent
} from '../../../src/shared/domain/proposal'
import { ratioToPpm, type Ppm } from '../../../src/shared/domain/rate'
import { accountEconomics, netNetPrices, type AccountEconomics, type AccountPlan, type PaymentMode, type TermSheet, type TermsSettings } from '../../../src/shared/domain/terms'
import type { CompanySettings } from '../../../src/shared/contract'
import { translate } from '../../../src/shared/i18n'
import type {
  DocumentAccount,
  DocumentEconomics,
  DocumentProtectionClause,
  DocumentSkuLine,
  DocumentTermLine,
  ProposalDocumentData,
  ProposalDocumentOptions,
  SellThroughActivity,
  SupplierCompany
} from './document-data'
import { proposalDocumentText } from './document-text'

export interface CatalogueSku {
  skuCode: string
  barcode: string | null
  name: string
  spec: string | null
  category: string | null
  isKeySku: boolean
  /** This SKU's own retailer margin target; null = the proposal's. */
  marginTargetPpm: Ppm | null
}

/** Figures of the account and the sell-through plan that the department value draws on. */
export interface DepartmentFacts {
  salesAreaM2: number | null
  employees: number | null
  sellThroughTargetPpm: Ppm | null
  newItemStockDays: number | null
  trainingSessionsPerYear: number | null
  promoterCount: number | null
  commissionPerUnitFen: number | null
}

export interface ProposalDocumentSource {
  account: DocumentAccount
  supplier: SupplierCompany
  contractYear: number
  date: string
  version: { number: number; name: string | null }
  /** The planned assortment (skuId = SKU code) and the account facts; its promotionFundingFen is replaced by the plan's. */
  plan: AccountPlan
  catalogue: readonly CatalogueSku[]
  sheet: TermSheet
  settings: TermsSettings
  /** The proposal's default front-margin target for the retailer. */
  marginTargetPpm: Ppm | null
  concessions: ConcessionEntry[]
  protectionClauses: DocumentProtectionClause[]
  promotionEvents: PromotionEvent[]
  sellThroughActivities: SellThroughActivity[]
  departmentFacts: DepartmentFacts
}

const paymentTermKinds: Record<PaymentMode, PaymentTermKind> = { invoice: 'invoice', monthly: 'monthly_statement', consignment: 'consignment' }

/** The largest the logo is drawn on the cover, CSS pixels: a mark beside the supplier's name, not a banner. */
const LOGO_MAX = { widthPx: 220, heightPx: 64 }

/** The supplier as the company settings name it; an unset name falls back to the catalogue's supplier. */
export function supplierCompany(company: CompanySettings, fallbackName: string): SupplierCompany {
  const logo = company.logo
  const scale = logo ? Math.min(1, LOGO_MAX.widthPx / logo.widthPx, LOGO_MAX.heightPx / logo.heightPx) : 1
  return {
    name: company.name.trim() === '' ? fallbackName : company.name,
    accentColour: company.accentColour,
    logo: logo
      ? { png: Buffer.from(logo.pngBase64, 'base64'), widthPx: Math.max(1, Math.round(logo.widthPx * scale)), heightPx: Math.max(1, Math.round(logo.heightPx * scale)) }
      : null
  }
}

export function documentEconomics(economics: AccountEconomics): DocumentEconomics {
  return {
    grossPurchaseValueFen: economics.purchaseValueFen,
    retailValueFen: economics.retailValueFen,
    cogsFen: economics.cogsFen,
    percentageTermsPpm: economics.percentageTermsPpm,
    percentageTermsFen: economics.percentageTermsFen,
    fixedFeesFen: economics.fixedFeesFen,
    promotionFundingFen: economics.promotionFundingFen,
    financingCostFen: economics.financingCostFen,
    netRevenueFen: economics.netRevenueFen,
    contributionFen: economics.contributionFen,
    contributionMarginPpm: economics.contributionMarginPpm,
    tradeSpendRatePpm: economics.tradeSpendRatePpm,
    netNetFactorPpm: economics.netNetFactorPpm,
    retailerComprehensiveMarginPpm: economics.retailerMarginPpm,
    breakEvenPurchaseValueFen: economics.breakEvenPurchaseFen,
    effectivePaymentDays: economics.effectivePaymentDays
  }
}

/**
 * The terms table: each line's yearly amount (fixed fees) or rate (percentage terms, the tiered
 * rebate at the rate its tiers give for G) on the ask and on the offer, then the payment days.
 */
export function documentTermLines(ask: AccountEconomics, offer: AccountEconomics, sheet: TermSheet, language: ProposalDocumentOptions['language']): DocumentTermLine[] {
  const offerOf = new Map(offer.lineAmounts.map((amount) => [amount.lineId, amount]))
  const lines: DocumentTermLine[] = ask.lineAmounts.map((askAmount) => {
    const offerAmount = offerOf.get(askAmount.lineId)
    const line = askAmount.line
    const label = line.name ?? translate(language, `terms.kinds.${line.kind}`)
    if (line.category === 'fixed') {
      return { label, unit: 'fen', askValue: askAmount.isUnset ? null : askAmount.amountFen, offerValue: offerAmount && !offerAmount.isUnset ? offerAmount.amountFen : null }
    }
    return { label, unit: 'ppm', askValue: askAmount.isUnset ? null : askAmount.ratePpm, offerValue: offerAmount && !offerAmount.isUnset ? offerAmount.ratePpm : null }
  })
  if (sheet.payment.ask || sheet.payment.offer) {
    lines.push({ label: proposalDocumentText[language].paymentDaysLabel, unit: 'days', askValue: sheet.payment.ask?.days ?? null, offerValue: sheet.payment.offer?.days ?? null })
  }
  return lines
}

export function assembleProposalDocumentData(source: ProposalDocumentSource, language: ProposalDocumentOptions['language']): Omit<ProposalDocumentData, 'charts'> {
  const { plan, sheet, settings } = source
  const withoutPromotion = accountEconomics({ ...plan, promotionFundingFen: 0 }, sheet, 'offer', settings)
  const promotionOptions = { variableTermsPpm: withoutPromotion.percentageTermsPpm }
  const promotionPlan = promotionPlanResult(source.promotionEvents, promotionOptions)
  // Events whose cost is unknown are left out of P here and flagged in the document's table.
  const promotionFunding = promotionFundingFen(source.promotionEvents, promotionOptions) ?? promotionPlan.costFen
  const offerPlan = { ...plan, promotionFundingFen: promotionFunding }
  const offer = accountEconomics(offerPlan, sheet, 'offer', settings)
  const ask = accountEconomics(offerPlan, sheet, 'ask', settings)
  const netNet = new Map(netNetPrices(offerPlan, offer).map((price) => [price.skuId, price.netNetFen]))
  const catalogue = new Map(source.catalogue.map((sku) => [sku.skuCode, sku]))

  const skus: DocumentSkuLine[] = plan.assortment.map((line) => {
    const sku = catalogue.get(line.skuId)
    return {
      skuCode: line.skuId,
      barcode: sku?.barcode ?? null,
      name: sku?.name ?? line.skuId,
      spec: sku?.spec ?? null,
      category: sku?.category ?? null,
      supplyPriceFen: line.supplyFen,
      retailPriceFen: line.retailFen,
      plannedAnnualUnits: line.units,
      frontMarginPpm: line.retailFen > 0 ? ratioToPpm(line.retailFen - line.supplyFen, line.retailFen) : null,
      marginTargetPpm: sku?.marginTargetPpm ?? source.marginTargetPpm,
      purchaseValueFen: line.units * line.supplyFen,
      netNetPriceFen: netNet.get(line.skuId) ?? null
    }
  })

  const offerPayment = sheet.payment.offer
  const payment = offerPayment ? { kind: paymentTermKinds[offerPayment.mode], days: offerPayment.days, inventoryDays: plan.daysOfInventory } : null
  const facts = source.departmentFacts
  return {
    account: source.account,
    supplier: source.supplier,
    contractYear: source.contractYear,
    date: source.date,
    version: source.version,
    economics: documentEconomics(offer),
    marginTargetPpm: source.marginTargetPpm,
    skus,
    termLines: documentTermLines(ask, offer, sheet, language),
    payment,
    concessions: { entries: source.concessions, ledger: concessionLedger(source.concessions, offer.purchaseValueFen) },
    protectionClauses: source.protectionClauses,
    promotions: { events: source.promotionEvents, plan: promotionPlan },
    sellThroughActivities: source.sellThroughActivities,
    departmentValue: departmentValue({
      grossPurchaseValueFen: offer.purchaseValueFen,
      retailValueFen: offer.retailValueFen,
      percentageTermsFen: offer.percentageTermsFen,
      fixedFeesFen: offer.fixedFeesFen,
      promotionFundingFen: offer.promotionFundingFen,
      paymentTerms: payment,
      inventoryDays: plan.daysOfInventory,
      salesAreaM2: facts.salesAreaM2,
      employees: facts.employees,
      skuCount: skus.length,
      keySkuCount: skus.filter((line) => catalogue.get(line.skuCode)?.isKeySku === true).length,
      sellThroughTargetPpm: facts.sellThroughTargetPpm,
      newItemStockDays: facts.newItemStockDays,
      promotionEvents: source.promotionEvents,
      trainingSessionsPerYear: facts.trainingSessionsPerYear,
      promoterCount: facts.promoterCount,
      commissionPerUnitFen: facts.commissionPerUnitFen
    })
  }
}
