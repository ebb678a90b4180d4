/**
 * Every channel of the API, by name and by capability. Kept free of schemas so the sandboxed
 * preload can bundle it without zod; `contract/<capability>.ts` maps each name to its input
 * schema and output type, and a type check there fails if a list and its contract differ.
 */
export const APP_CHANNELS = ['app:info', 'workspace:status', 'workspace:init'] as const

export const SETTINGS_CHANNELS = ['settings:get', 'settings:set'] as const

/** Reference data shipped with the app (GB/T 2260 divisions). */
export const REGIONS_CHANNELS = ['regions:list'] as const

export const ACCOUNTS_CHANNELS = [
  'accounts:list',
  'accounts:create',
  'accounts:update',
  'accounts:apply-changes',
  'accounts:duplicate',
  'accounts:delete',
  'accounts:restore',
  'accounts:history',
  'accounts:list-bin',
  'accounts:empty-bin',
  'accounts:import-preview',
  'accounts:import-commit',
  'accounts:import-refused-rows',
  'accounts:export'
] as const

/** The supplier's SKU catalogue 产品目录. */
export const CATALOGUE_CHANNELS = [
  'catalogue:list',
  'catalogue:create',
  'catalogue:update',
  'catalogue:apply-changes',
  'catalogue:delete-impact',
  'catalogue:delete',
  'catalogue:restore',
  'catalogue:import-preview',
  'catalogue:import-commit',
  'catalogue:export'
] as const

/** Each account's assortment 品项 and margin target. */
export const ASSORTMENT_CHANNELS = [
  'assortment:list',
  'assortment:matrix',
  'assortment:update',
  'assortment:apply-changes',
  'assortment:add',
  'assortment:remove',
  'assortment:restore',
  'assortment:bulk-price',
  'assortment:copy',
  'assortment:whitespace',
  'assortment:plan-get',
  'assortment:plan-set',
  'assortment:solver-terms'
] as const

/** Trade terms 合同条款: term sheets per account and contract year, economics, comparison, scenarios. */
export const TERMS_CHANNELS = [
  'terms:sheets',
  'terms:get',
  'terms:create-sheet',
  'terms:update-line',
  'terms:add-line',
  'terms:remove-lines',
  'terms:restore-lines',
  'terms:set-payment',
  'terms:economics',
  'terms:compare',
  'terms:compare-choices',
  'terms:compare-export',
  'terms:warnings',
  'terms:settings-get',
  'terms:settings-set',
  'terms:scenario-create',
  'terms:scenarios',
  'terms:scenario-update',
  'terms:scenario-economics',
  'terms:scenario-promote',
  'terms:offer-restore',
  'terms:scenario-delete',
  'terms:scenario-restore',
  'terms:import-preview',
  'terms:import-commit'
] as const

/** Entry proposal 进场方案: proposals, concessions, regional protection, promotions, activities, versions. */
export const PROPOSAL_CHANNELS = [
  'proposal:list',
  'proposal:get',
  'proposal:create',
  'proposal:update',
  'proposal:delete',
  'proposal:concession-upsert',
  'proposal:concession-remove',
  'proposal:clause-upsert',
  'proposal:clause-remove',
  'proposal:clause-skus-set',
  'proposal:conflicts',
  'proposal:promotion-upsert',
  'proposal:promotion-remove',
  'proposal:promotion-skus-set',
  'proposal:activity-upsert',
  'proposal:activity-remove',
  'proposal:readiness',
  'proposal:department-value',
  'proposal:version-save',
  'proposal:versions',
  'proposal:version-get',
  'proposal:version-compare'
] as const

/** The Word proposal 进场方案文档 (the supplier's company settings are in settings). */
export const PROPOSAL_DOCUMENT_CHANNELS = ['proposal:export-docx', 'proposal:export-progress'] as const
/** Relationships and the funnel 关键人与销售漏斗: stakeholders, opportunities, activities, negotiation sheets. */
export const PIPELINE_CHANNELS = [
  'pipeline:stakeholders',
  'pipeline:stakeholder-save',
  'pipeline:stakeholder-advance',
  'pipeline:stakeholder-delete',
  'pipeline:talk-card',
  'pipeline:opportunities',
  'pipeline:opportunity-save',
  'pipeline:opportunity-evidence',
  'pipeline:opportunity-advance',
  'pipeline:opportunity-close',
  'pipeline:opportunity-delete',
  'pipeline:health',
  'pipeline:activities',
  'pipeline:activity-save',
  'pipeline:activity-delete',
  'pipeline:next-steps',
  'pipeline:negotiations',
  'pipeline:negotiation-save',
  'pipeline:negotiation-delete',
  'pipeline:negotiation-export',
  'pipeline:funnel-settings-get',
  'pipeline:funnel-settings-set',
  'pipeline:terms-warnings',
  'pipeline:stakeholders-export'
] as const

export const CHANNELS = [
  ...APP_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...REGIONS_CHANNELS,
  ...ACCOUNTS_CHANNELS,
  ...CATALOGUE_CHANNELS,
  ...ASSORTMENT_CHANNELS,
  ...TERMS_CHANNELS,
  ...PROPOSAL_CHANNELS,
  ...PROPOSAL_DOCUMENT_CHANNELS,
  ...PIPELINE_CHANNELS
] as const

export type Channel = (typeof CHANNELS)[number]
export type AppChannel = (typeof APP_CHANNELS)[number]
export type SettingsChannel = (typeof SETTINGS_CHANNELS)[number]
export type RegionsChannel = (typeof REGIONS_CHANNELS)[number]
export type AccountsChannel = (typeof ACCOUNTS_CHANNELS)[number]
export type CatalogueChannel = (typeof CATALOGUE_CHANNELS)[number]
export type AssortmentChannel = (typeof ASSORTMENT_CHANNELS)[number]
export type TermsChannel = (typeof TERMS_CHANNELS)[number]
export type ProposalChannel = (typeof PROPOSAL_CHANNELS)[number]
export type ProposalDocumentChannel = (typeof PROPOSAL_DOCUMENT_CHANNELS)[number]
export type PipelineChannel = (typeof PIPELINE_CHANNELS)[number]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}
