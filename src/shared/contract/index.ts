/**
 * The one contract: every channel's input schema and output type, merged from one file per
 * capability. The handler table, the preload and the renderer client are all typed from it.
 * Adding a channel: its name in ../channels.ts, its schema in its capability's file here, its
 * handler in electron/core/<capability>/ (the pinned set and the fuzz test pick it up).
 */
import type * as z from 'zod'
import type { Channel } from '../channels'
import { appContract } from './app'
import { settingsContract } from './settings'
import { accountsContract } from './accounts'
import { catalogueContract } from './catalogue'
import { assortmentContract } from './assortment'
import { termsContract } from './terms'
import { proposalContract } from './proposal'
import { proposalDocumentContract } from './proposal-document'
import { pipelineContract } from './pipeline'
import type { ChannelDefinition } from './define'

export { exportColumns, type ExportColumn } from '../export-columns'
export type { AppInfo, WorkspaceStatus } from './app'
export type { ExportedProposalDocument, ExportPhase, ProposalExportProgress } from './proposal-document'
export { EXPORT_PHASES } from './proposal-document'
export type { CompanySettings, GridLayout, SavedGridView, Settings } from './settings'
export { DEFAULT_ACCENT_COLOUR, MAX_COMPANY_NAME_LENGTH, MAX_LOGO_BYTES } from './settings'
export type { AccountHistoryEntry, AccountWriteAction, AppliedChanges, ExportedFile, ImportColumn, ImportCommitted, ImportPreview, ImportRowError, RefusedCell } from './accounts'
export type {
  CatalogueAppliedChanges,
  CatalogueDeleteImpact,
  CatalogueImportColumn,
  CatalogueImportPreview,
  CatalogueImportResult,
  CatalogueImportRowError,
  CatalogueRefusedCell,
  RemovedCatalogue
} from './catalogue'
export type { AssortmentAppliedChanges, AssortmentMatrix, AssortmentRefusedCell, BulkPriceResult, CopiedAssortment, SolverTerms, SolverTermsMissingReason } from './assortment'
export type { Sku, EditableSkuField } from '../domain/catalogue/sku'
export type { AccountPlan, AssortmentLine, EditableAssortmentField, WhitespaceItem } from '../domain/assortment/assortment-line'

export const contract = { ...appContract, ...settingsContract, ...accountsContract, ...catalogueContract, ...assortmentContract, ...termsContract, ...proposalContract, ...proposalDocumentContract, ...pipelineContract } satisfies Record<Channel, ChannelDefinition>

export type Contract = typeof contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']

// The channel list and the contract must name the same channels.
type Missing = Exclude<Channel, keyof Contract> | Exclude<keyof Contract, Channel>
const contractMatchesChannels: Missing extends never ? true : never = true
void contractMatchesChannels
export type {
  OfferSnapshot,
  RemovedTermLine,
  ScenarioEconomics,
  SideEconomics,
  StoredPayment,
  StoredTermLine,
  StoredTermSheet,
  TermLinePatch,
  TermLineValue,
  TermScenario,
  TermSheetYear,
  TermSideCells,
  TermsComparison,
  TermsEconomics,
  TermsPlanSummary,
  TermsSettingsValues
} from './terms'
export type {
  ActivityInput,
  ClauseInput,
  ConcessionInput,
  PromotionInput,
  PromotionView,
  ProposalConflictReport,
  ProposalDetail,
  ProposalFigures,
  ProposalPatch,
  ProposalSkuView,
  ProposalSummary,
  ProposalVersion,
  ProposalVersionSummary,
  ProtectionConflictView,
  ReadinessSummary,
  SellThroughActivityKind,
  StoredSellThroughActivity,
  StoredClause,
  StoredConcession,
  StoredPromotion,
  StoredPromotionSku,
  StoredProposal,
  Upserted
} from './proposal'
