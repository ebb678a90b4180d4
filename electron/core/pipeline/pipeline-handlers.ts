import type { PipelineChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as pipeline from './pipeline-service'
import { exportNegotiation } from './negotiation-export'
import { exportStakeholders } from './stakeholders-export'

export const pipelineHandlers = {
  'pipeline:stakeholders': (context, input) => pipeline.listStakeholders(context, input.accountId),
  'pipeline:stakeholder-save': (context, input) => pipeline.saveStakeholder(context, input.accountId, input.id, input.values),
  'pipeline:stakeholder-advance': (context, input) => pipeline.advanceStakeholder(context, input.id, input.on),
  'pipeline:stakeholder-delete': (context, input) => pipeline.deleteStakeholder(context, input.id),
  'pipeline:talk-card': (context, input) => pipeline.talkCard(context, input.id),
  'pipeline:opportunities': (context, input) => pipeline.listOpportunities(context, input.accountId, input.status),
  'pipeline:opportunity-save': (context, input) => pipeline.saveOpportunity(context, input.accountId, input.id, input.values, input.startedOn),
  'pipeline:opportunity-evidence': (context, input) => pipeline.setOpportunityEvidence(context, input.id, input.stage, input.criterionIds),
  'pipeline:opportunity-advance': (context, input) => pipeline.advanceOpportunityStage(context, input.id, input.on),
  'pipeline:opportunity-close': (context, input) => pipeline.closeOpportunity(context, input.id, input.status, input.on),
  'pipeline:opportunity-delete': (context, input) => pipeline.deleteOpportunity(context, input.id),
  'pipeline:health': (context, input) => pipeline.pipelineHealth(context, input.today),
  'pipeline:activities': (context, input) => pipeline.listActivities(context, input),
  'pipeline:activity-save': (context, input) => pipeline.saveActivity(context, input.accountId, input.id, input.values),
  'pipeline:activity-delete': (context, input) => pipeline.deleteActivity(context, input.id),
  'pipeline:next-steps': (context, input) => pipeline.nextSteps(context, input.today, input.upcomingDays, input.limit),
  'pipeline:negotiations': (context, input) => pipeline.listNegotiations(context, input.accountId),
  'pipeline:negotiation-save': (context, input) => pipeline.saveNegotiation(context, input.accountId, input.id, input.values),
  'pipeline:negotiation-delete': (context, input) => pipeline.deleteNegotiation(context, input.id),
  'pipeline:negotiation-export': (context, input) => exportNegotiation(context, input.id, input.language ?? context.language()),
  'pipeline:funnel-settings-get': (context) => pipeline.getFunnelSettings(context),
  'pipeline:funnel-settings-set': (context, input) => pipeline.setFunnelSettings(context, input.overrides),
  'pipeline:terms-warnings': (context, input) => pipeline.homeTermsWarnings(context, input.limit),
  'pipeline:stakeholders-export': (context, input) => exportStakeholders(context, input.accountId, input.includeContactDetails, input.language ?? context.language())
} satisfies HandlerTable<PipelineChannel>
