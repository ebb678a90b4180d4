import type { ProposalChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as proposalService from './proposal-service'

export const proposalHandlers = {
  'proposal:list': (context, input) => proposalService.listProposals(context, input.accountId ?? null),
  'proposal:get': (context, input) => proposalService.getProposal(context, input.proposalId),
  'proposal:create': (context, input) => proposalService.createProposal(context, input.accountId, input.name, input.year ?? null),
  'proposal:update': (context, input) => proposalService.updateProposal(context, input.proposalId, input.patch),
  'proposal:delete': (context, input) => proposalService.deleteProposal(context, input.proposalId),
  'proposal:concession-upsert': (context, input) => proposalService.upsertConcession(context, input),
  'proposal:concession-remove': (context, input) => proposalService.removeConcession(context, input.id),
  'proposal:clause-upsert': (context, input) => proposalService.upsertClause(context, input),
  'proposal:clause-remove': (context, input) => proposalService.removeClause(context, input.id),
  'proposal:clause-skus-set': (context, input) => proposalService.setClauseSkus(context, input.clauseId, input.skuIds),
  'proposal:conflicts': (context, input) => proposalService.protectionConflicts(context, input.accountId ?? null),
  'proposal:promotion-upsert': (context, input) => proposalService.upsertPromotion(context, input),
  'proposal:promotion-remove': (context, input) => proposalService.removePromotion(context, input.id),
  'proposal:promotion-skus-set': (context, input) => proposalService.setPromotionSkus(context, input.promotionId, input.skus),
  'proposal:activity-upsert': (context, input) => proposalService.upsertActivity(context, input),
  'proposal:activity-remove': (context, input) => proposalService.removeActivity(context, input.id),
  'proposal:readiness': (context, input) => proposalService.readiness(context, input.proposalId),
  'proposal:department-value': (context, input) => proposalService.departmentValueOf(context, input.proposalId),
  'proposal:version-save': (context, input) => proposalService.saveVersion(context, input.proposalId, input.name),
  'proposal:versions': (context, input) => proposalService.listVersions(context, input.proposalId),
  'proposal:version-get': (context, input) => proposalService.getVersion(context, input.versionId),
  'proposal:version-compare': (context, input) => proposalService.compareVersions(context, input.fromVersionId, input.to)
} satisfies HandlerTable<ProposalChannel>
