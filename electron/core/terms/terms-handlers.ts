import type { TermsChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as termsService from './terms-service'
import { commitFeeScheduleImport, previewFeeScheduleImport } from './terms-import'
import { compareChoices, exportComparison } from './terms-compare-export'

export const termsHandlers = {
  'terms:sheets': (context, input) => termsService.listSheets(context, input.accountId),
  'terms:get': (context, input) => termsService.getSheet(context, input.accountId, input.year),
  'terms:create-sheet': (context, input) => termsService.createSheet(context, input.accountId, input.year, input.from),
  'terms:update-line': (context, input) => termsService.updateLine(context, input.id, input.patch),
  'terms:add-line': (context, input) => termsService.addLine(context, input.sheetId, input.kind, input.name, input.basis),
  'terms:remove-lines': (context, input) => termsService.removeLines(context, input.ids),
  'terms:restore-lines': (context, input) => termsService.restoreLines(context, input.lines),
  'terms:set-payment': (context, input) => termsService.setPayment(context, input.sheetId, input.side, input.mode, input.days, input.inventoryDays),
  'terms:economics': (context, input) => termsService.economics(context, input.accountId, input.year),
  'terms:compare': (context, input) => termsService.compare(context, input.accountIds, input.year, input.side, input.isPerHundredYuan),
  'terms:compare-choices': (context, input) => compareChoices(context, input.year),
  'terms:compare-export': (context, input) => exportComparison(context, input),
  'terms:warnings': (context, input) => termsService.warnings(context, input.accountId, input.year),
  'terms:settings-get': (context) => termsService.getSettings(context),
  'terms:settings-set': (context, input) => termsService.setSettings(context, input),
  'terms:scenario-create': (context, input) => termsService.createScenario(context, input.sheetId, input.name),
  'terms:scenarios': (context, input) => termsService.listScenarios(context, input.sheetId),
  'terms:scenario-update': (context, input) => termsService.updateScenario(context, input.scenarioId, input),
  'terms:scenario-economics': (context, input) => termsService.scenarioEconomics(context, input.scenarioId),
  'terms:scenario-promote': (context, input) => termsService.promoteScenario(context, input.scenarioId),
  'terms:offer-restore': (context, input) => termsService.restoreOffer(context, input.snapshot),
  'terms:scenario-delete': (context, input) => termsService.deleteScenario(context, input.scenarioId),
  'terms:scenario-restore': (context, input) => termsService.restoreScenario(context, input.scenario),
  'terms:import-preview': (context, input) => previewFeeScheduleImport(context, input),
  'terms:import-commit': (context, input) => commitFeeScheduleImport(context, input)
} satisfies HandlerTable<TermsChannel>
