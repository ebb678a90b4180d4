/**
 * proposal:export-docx — a proposal turned into ProposalDocumentData, drawn, built and packed:
 * - as it is now: getProposal (the planner's figures, computed by the same domain calls);
 * - a saved version: its snapshot (prices, volumes, terms, clauses, promotions, concessions and
 *   the key figures frozen on the day it was saved, with the rest of the economics, the payment
 *   term, the sell-through plan and the department value it keeps for its document), so the paper
 *   says what was proposed then, whatever today's prices are. The cover names the version and
 *   the day it was saved.
 * The bytes go back to the renderer, which hands them to the user through a download: in
 * Electron that opens the native save dialog, in Chromium the file appears whole (.crdownload,
 * then renamed), so no half-written document is left behind either way. Each phase is reported
 * under the renderer's export id for its progress bar.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { ExportedProposalDocument } from '../../../src/shared/contract'
import { promotionEventOf, protectionClauseOf, type ProposalDetail, type ProposalVersionSummary } from '../../../src/shared/contract/proposal'
import {
  concessionLedger,
  promotionPlanResult,
  type ConcessionEntry,
  type KeyFigures,
  type ProposalSnapshot,
  type ProposalTermLine,
  type SnapshotDocumentFacts
} from '../../../src/shared/domain/proposal'
import { ratioToPpm } from '../../../src/shared/domain/rate'
import { regionNameIn } from '../../../src/shared/domain/regions'
import { lookupMessage, translate, type Language } from '../../../src/shared/i18n'
import { AppFailure } from '../../../src/shared/result'
import type { WorkbenchContext } from '../context'
import { catalogueRepositoryOf } from '../catalogue/catalogue-repository'
import { defaultChartFontFile } from '../files/charts/render-chart'
import { packDocument } from '../files/docx/pack-document'
import { documentFactsOf, getProposal, getVersion } from '../proposal/proposal-service'
import { readSettings } from '../settings/settings-service'
import { getSheet } from '../terms/terms-service'
import { supplierCompany } from './assemble-document-data'
import { buildProposalDocument, proposalFileName } from './build-proposal-document'
import {
  SELL_THROUGH_ACTIVITY_KINDS,
  type DocumentEconomics,
  type DocumentSkuLine,
  type DocumentTermLine,
  type ProposalDocumentData,
  type ProposalDocumentOptions,
  type SellThroughActivity,
  type SellThroughActivityKind
} from './document-data'
import { proposalDocumentText } from './document-text'
import { endExport, enterExportPhase } from './export-progress'
import { releaseMemory } from '../files/release-memory'
import { renderProposalCharts } from './proposal-charts'

const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface ExportProposalInput extends ProposalDocumentOptions {
  proposalId: number
  /** A saved version of the proposal; absent: the proposal as it is now. */
  versionId?: number
  /** The renderer's id for this export, under which its phases are reported. */
  exportId?: string
}

/** A term line's name: a retailer's own line by its name, a standard one by its kind (`display#2` is the second display fee). */
function termLabel(termCode: string, language: Language): string {
  if (termCode === 'payment_days') return proposalDocumentText[language].paymentDaysLabel
  const [key = termCode, repeat] = termCode.split('#')
  const separator = key.indexOf(':')
  const name = separator >= 0 ? key.slice(separator + 1) : lookupMessage(language, `terms.kinds.${key}`)
  return repeat ? `${name} ${repeat}` : name
}

function documentTermLine(line: ProposalTermLine, language: Language): DocumentTermLine {
  return { label: termLabel(line.termCode, language), unit: line.unit, askValue: line.askValue, offerValue: line.offerValue }
}

/** The demo catalogue's supplier, for a workspace whose company name was never set. */
function fallbackSupplierName(resourcesDir: string, language: Language): string {
  try {
    const catalogue = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'demo', 'catalogue.json'), 'utf8')) as { supplier?: { name?: string; nameEn?: string } }
    return (language === 'zh-CN' ? catalogue.supplier?.name : catalogue.supplier?.nameEn) ?? ''
  } catch {
    return ''
  }
}

const isActivityKind = (kind: string): kind is SellThroughActivityKind => (SELL_THROUGH_ACTIVITY_KINDS as readonly string[]).includes(kind)

function documentActivities(activities: SnapshotDocumentFacts['activities'], language: Language): SellThroughActivity[] {
  const text = proposalDocumentText[language]
  return activities.map((activity) => ({
    kind: isActivityKind(activity.kind) ? activity.kind : 'other',
    description: activity.description,
    costFen: activity.costFen,
    owner: activity.owner,
    timing: activity.startDate && activity.endDate ? text.periodText(activity.startDate, activity.endDate) : (activity.startDate ?? '')
  }))
}

/** The facts a version keeps for its document, taken from the proposal as it is now (for the working copy, and for versions saved before they were kept). */
function documentFactsNow(context: WorkbenchContext, detail: ProposalDetail): SnapshotDocumentFacts {
  const sheet = detail.figures.termSheet
  return documentFactsOf({ ...detail, offerPayment: sheet ? getSheet(context, detail.account.id, sheet.year).payment.offer : null })
}

/** The document's economics from the key figures (as the screen shows them) and the facts kept beside them. */
function economicsOf(keyFigures: KeyFigures, facts: SnapshotDocumentFacts): DocumentEconomics {
  return {
    grossPurchaseValueFen: keyFigures.grossPurchaseValue ?? 0,
    retailValueFen: keyFigures.retailValue ?? 0,
    cogsFen: facts.cogsFen,
    percentageTermsPpm: keyFigures.percentageTerms ?? 0,
    percentageTermsFen: facts.percentageTermsFen,
    fixedFeesFen: keyFigures.fixedFees,
    promotionFundingFen: keyFigures.promotionFunding ?? 0,
    financingCostFen: facts.financingCostFen,
    netRevenueFen: keyFigures.netRevenue,
    contributionFen: keyFigures.contribution,
    contributionMarginPpm: keyFigures.contributionMargin,
    tradeSpendRatePpm: keyFigures.tradeSpendRate,
    netNetFactorPpm: keyFigures.netNetFactor,
    retailerComprehensiveMarginPpm: keyFigures.retailerComprehensiveMargin,
    breakEvenPurchaseValueFen: keyFigures.breakEvenPurchaseValue,
    effectivePaymentDays: facts.effectivePaymentDays
  }
}

interface DocumentSource {
  accountName: string
  proposalName: string
  year: number
  date: string
  version: { number: number; name: string | null }
  snapshot: ProposalSnapshot
  facts: SnapshotDocumentFacts
}

/** Barcode, spec and category by SKU code: what a product is called, not what it costs, so today's catalogue says it. */
function catalogueFacts(context: WorkbenchContext, codes: readonly string[]): Map<string, { barcode: string | null; spec: string | null; category: string | null }> {
  const catalogue = catalogueRepositoryOf(context.db)
  const facts = new Map<string, { barcode: string | null; spec: string | null; category: string | null }>()
  for (const code of codes) {
    const owner = catalogue.codeOwner(code)
    const sku = owner ? catalogue.get(owner.id) : undefined
    if (sku) facts.set(code, { barcode: sku.barcode, spec: sku.spec === '' ? null : sku.spec, category: sku.category === '' ? null : sku.category })
  }
  return facts
}

function documentData(context: WorkbenchContext, source: DocumentSource, options: ProposalDocumentOptions): Omit<ProposalDocumentData, 'charts'> {
  const { language } = options
  const { snapshot, facts } = source
  const company = readSettings(context).company
  const described = catalogueFacts(context, snapshot.skus.map((sku) => sku.skuCode))
  const economics = economicsOf(snapshot.keyFigures, facts)
  const skus: DocumentSkuLine[] = snapshot.skus.map((sku) => {
    const { supplyPriceFen: supply, retailPriceFen: retail, plannedAnnualUnits: units } = sku
    const about = described.get(sku.skuCode)
    return {
      skuCode: sku.skuCode,
      barcode: about?.barcode ?? null,
      name: sku.name,
      spec: about?.spec ?? null,
      category: about?.category ?? null,
      supplyPriceFen: supply,
      retailPriceFen: retail,
      plannedAnnualUnits: units,
      // (r − s) / r, as the planner computes it for its SKU rows.
      frontMarginPpm: supply !== null && retail !== null && retail > 0 ? ratioToPpm(retail - supply, retail) : null,
      marginTargetPpm: sku.retailerMarginTargetPpm ?? facts.marginTargetPpm,
      purchaseValueFen: supply === null || units === null ? null : supply * units,
      netNetPriceFen: facts.netNetPriceFen[sku.skuCode] ?? null
    }
  })
  const concessions: ConcessionEntry[] = snapshot.concessions
  const events = snapshot.promotionEvents
  return {
    account: {
      name: source.accountName,
      subtitle: proposalDocumentText[language].subtitle(source.proposalName, skus.length),
      storeCount: null
    },
    supplier: supplierCompany(company, fallbackSupplierName(context.resourcesDir, language)),
    contractYear: source.year,
    date: source.date,
    version: source.version,
    economics,
    marginTargetPpm: facts.marginTargetPpm,
    skus,
    termLines: snapshot.termLines.map((line) => documentTermLine(line, language)),
    payment: facts.payment,
    concessions: { entries: concessions, ledger: concessionLedger(concessions, snapshot.keyFigures.grossPurchaseValue) },
    // In the document's language: 上海市 浦东新区 / Pudong New Area, Shanghai (clauses keep the significant code).
    protectionClauses: snapshot.protectionClauses.map((clause) => ({
      ...clause,
      territoryName: regionNameIn(context.regions, clause.territoryCode.padEnd(6, '0'), language) ?? clause.territoryCode
    })),
    promotions: { events, plan: promotionPlanResult(events, { variableTermsPpm: economics.percentageTermsPpm }) },
    sellThroughActivities: documentActivities(facts.activities, language),
    departmentValue: facts.departmentValue
  }
}

/** The snapshot of the proposal as it is now, with SKU codes for the clauses' SKU ids. */
function currentSource(context: WorkbenchContext, detail: ProposalDetail): DocumentSource {
  const skuCodeOf = new Map(detail.skus.map((sku) => [sku.skuId, sku.skuCode]))
  const latest = detail.versions.at(-1)
  return {
    accountName: detail.account.name,
    proposalName: detail.proposal.name,
    year: detail.proposal.year,
    date: context.now().slice(0, 10),
    // The working copy is printed as the version it will become when saved.
    version: { number: (latest?.version ?? 0) + 1, name: null },
    snapshot: {
      proposalId: String(detail.proposal.id),
      accountId: String(detail.account.id),
      version: 0,
      savedOn: context.now().slice(0, 10),
      skus: detail.skus.map((sku) => ({
        skuCode: sku.skuCode,
        name: sku.name,
        supplyPriceFen: sku.supplyPriceFen,
        retailPriceFen: sku.retailPriceFen,
        unitCostFen: sku.unitCostFen,
        plannedAnnualUnits: sku.plannedAnnualUnits,
        // The target the planner holds the row to (its own, else the proposal's).
        retailerMarginTargetPpm: sku.targetPpm
      })),
      termLines: detail.termLines,
      protectionClauses: detail.clauses.map((clause) => protectionClauseOf(clause, (skuId) => skuCodeOf.get(skuId) ?? String(skuId))),
      promotionEvents: detail.promotions.map(promotionEventOf),
      concessions: detail.concessions.map((entry) => ({ id: String(entry.id), give: { ...entry.give }, get: entry.get === null ? null : { ...entry.get } })),
      keyFigures: detail.figures.keyFigures
    },
    facts: documentFactsNow(context, detail)
  }
}

function versionSource(context: WorkbenchContext, detail: ProposalDetail, versionId: number): DocumentSource {
  const { summary, snapshot } = getVersion(context, versionId)
  if (summary.proposalId !== detail.proposal.id) {
    throw new AppFailure('validation', translate(context.language(), 'proposalErrors.partOfAnotherProposal', { id: versionId }))
  }
  return {
    accountName: detail.account.name,
    proposalName: detail.proposal.name,
    year: detail.proposal.year,
    date: summary.savedOn,
    version: versionLabel(summary),
    snapshot,
    // A version saved before it kept these prints them as they are now; its prices, volumes,
    // terms and key figures still come from its snapshot.
    facts: snapshot.documentFacts ?? documentFactsNow(context, detail)
  }
}

const versionLabel = (summary: ProposalVersionSummary) => ({ number: summary.version, name: summary.name.trim() === '' ? null : summary.name })

export async function exportProposalDocx(context: WorkbenchContext, input: ExportProposalInput): Promise<ExportedProposalDocument> {
  const options: ProposalDocumentOptions = { language: input.language, moneyUnit: input.moneyUnit }
  try {
    await enterExportPhase(input.exportId, 'data')
    const detail = getProposal(context, input.proposalId)
    const source = input.versionId === undefined ? currentSource(context, detail) : versionSource(context, detail, input.versionId)
    const data = documentData(context, source, options)
    await enterExportPhase(input.exportId, 'charts')
    const charts = renderProposalCharts(data, { ...options, fontFile: defaultChartFontFile(context.resourcesDir) })
    await enterExportPhase(input.exportId, 'document')
    const bytes = await packDocument(buildProposalDocument({ ...data, charts }, options))
    return { fileName: proposalFileName(data, input.language), mimeType: DOCX_MIME_TYPE, dataBase64: bytes.toString('base64') }
  } finally {
    endExport(input.exportId)
    // The export leaves ~100 MB of garbage (chart bitmaps, the document's XML, the zip) that V8
    // would otherwise collect only after the next export has piled its own on top.
    releaseMemory()
  }
}
