/**
 * proposal:export-docx — the proposal as the planner shows it (getProposal: the same figures,
 * computed by the same domain calls) turned into ProposalDocumentData, drawn, built and packed.
 * The bytes go back to the renderer, which hands them to the user through a download: in
 * Electron that opens the native save dialog, in Chromium the file appears whole (.crdownload,
 * then renamed), so no half-written document is left behind either way.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { ExportedProposalDocument, ProposalDetail } from '../../../src/shared/contract'
import type { ConcessionEntry, PromotionEvent, ProposalTermLine } from '../../../src/shared/domain/proposal'
import { lookupMessage, type Language } from '../../../src/shared/i18n'
import type { WorkbenchContext } from '../context'
import { defaultChartFontFile } from '../files/charts/render-chart'
import { packDocument } from '../files/docx/pack-document'
import { getProposal } from '../proposal/proposal-service'
import { readSettings } from '../settings/settings-service'
import { documentEconomics, supplierCompany } from './assemble-document-data'
import { buildProposalDocument, proposalFileName } from './build-proposal-document'
import type { DocumentTermLine, ProposalDocumentData, ProposalDocumentOptions } from './document-data'
import { proposalDocumentText } from './document-text'
import { renderProposalCharts } from './proposal-charts'

const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

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

export function proposalDocumentData(
  detail: ProposalDetail,
  company: ReturnType<typeof readSettings>['company'],
  options: ProposalDocumentOptions & { date: string; supplierFallback: string; territoryName(code: string): string }
): Omit<ProposalDocumentData, 'charts'> {
  const { language } = options
  const skuCodeOf = new Map(detail.skus.map((sku) => [sku.skuId, sku.skuCode]))
  const latest = detail.versions.at(-1)
  const events: PromotionEvent[] = detail.promotions.map(({ promotion, skus }) => ({
    id: String(promotion.id),
    kind: promotion.kind,
    name: promotion.name,
    skus: skus.map((sku) => ({
      skuCode: sku.skuCode,
      baselineUnitsPerStoreWeek: sku.baselineUnitsPerStoreWeek,
      supplyPriceFen: sku.supplyPriceFen,
      unitCostFen: sku.unitCostFen,
      promoRetailPriceFen: sku.promoRetailPriceFen,
      supplierFundingPerUnitFen: sku.supplierFundingPerUnitFen
    })),
    storeCount: promotion.storeCount,
    startDate: promotion.startDate,
    endDate: promotion.endDate,
    upliftPpm: promotion.upliftPpm,
    fixedFeesFen: promotion.fixedFeesFen,
    buyQuantity: promotion.buyQuantity,
    getQuantity: promotion.getQuantity
  }))
  const concessions: ConcessionEntry[] = detail.concessions.map((entry) => ({ id: String(entry.id), give: { ...entry.give }, get: entry.get === null ? null : { ...entry.get } }))
  return {
    account: {
      name: detail.account.name,
      subtitle: language === 'zh-CN' ? `${detail.proposal.name} · ${detail.skus.length} 个单品` : `${detail.proposal.name} · ${detail.skus.length} SKUs`,
      storeCount: null
    },
    supplier: supplierCompany(company, options.supplierFallback),
    contractYear: detail.proposal.year,
    date: options.date,
    // The working copy is printed as the version it will become when saved.
    version: latest ? { number: latest.version + 1, name: null } : { number: 1, name: null },
    economics: documentEconomics(detail.figures.economics),
    marginTargetPpm: detail.figures.marginTargetPpm,
    skus: detail.skus.map((sku) => ({
      skuCode: sku.skuCode,
      barcode: null,
      name: sku.name,
      spec: sku.spec,
      category: null,
      supplyPriceFen: sku.supplyPriceFen,
      retailPriceFen: sku.retailPriceFen,
      plannedAnnualUnits: sku.plannedAnnualUnits,
      frontMarginPpm: sku.frontMarginPpm,
      marginTargetPpm: sku.targetPpm,
      purchaseValueFen: sku.supplyPriceFen === null || sku.plannedAnnualUnits === null ? null : sku.supplyPriceFen * sku.plannedAnnualUnits,
      netNetPriceFen: sku.netNetPriceFen
    })),
    termLines: detail.termLines.map((line) => documentTermLine(line, language)),
    payment: null,
    concessions: { entries: concessions, ledger: detail.concessionLedger },
    protectionClauses: detail.clauses.map((clause) => ({
      id: String(clause.id),
      accountId: String(clause.accountId),
      skus: clause.skuIds === 'all' ? 'all' : clause.skuIds.map((skuId) => skuCodeOf.get(skuId) ?? String(skuId)),
      territoryCode: clause.territoryCode,
      territoryName: options.territoryName(clause.territoryCode),
      type: clause.type,
      startDate: clause.startDate,
      endDate: clause.endDate,
      conditions: { minimumPurchaseFen: clause.minimumPurchaseFen, sellThroughRatePpm: clause.sellThroughRatePpm },
      consequence: clause.consequence,
      consequenceText: clause.consequenceText
    })),
    promotions: { events, plan: detail.promotionPlan },
    sellThroughActivities: detail.activities.map((activity) => ({
      kind: activity.kind,
      description: activity.description,
      costFen: activity.costFen,
      owner: activity.owner,
      timing: activity.startDate && activity.endDate ? proposalDocumentText[language].periodText(activity.startDate, activity.endDate) : (activity.startDate ?? '')
    })),
    departmentValue: detail.departmentValue
  }
}

export async function exportProposalDocx(context: WorkbenchContext, input: { proposalId: number } & ProposalDocumentOptions): Promise<ExportedProposalDocument> {
  const detail = getProposal(context, input.proposalId)
  const options = { language: input.language, moneyUnit: input.moneyUnit }
  const data = proposalDocumentData(detail, readSettings(context).company, {
    ...options,
    date: context.now().slice(0, 10),
    supplierFallback: fallbackSupplierName(context.resourcesDir, input.language),
    territoryName: (code) => context.regions.byCode(code.padEnd(6, '0'))?.fullName ?? code
  })
  const charts = renderProposalCharts(data, { ...options, fontFile: defaultChartFontFile(context.resourcesDir) })
  const bytes = await packDocument(buildProposalDocument({ ...data, charts }, options))
  return { fileName: proposalFileName(data, input.language), mimeType: DOCX_MIME_TYPE, dataBase64: bytes.toString('base64') }
}


