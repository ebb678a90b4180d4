import type { AccountsChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import * as accountsService from './accounts-service'
import { commitAccountImport, exportRefusedAccountRows, previewAccountImport } from './accounts-import'
import { exportAccounts } from './accounts-export'

export const accountsHandlers = {
  'accounts:list': (context, input) => accountsService.listAccounts(context, input.limit, input.ids),
  'accounts:create': (context, input) => accountsService.createAccount(context, input.values),
  'accounts:update': (context, input) => accountsService.updateAccount(context, input.id, input.patch),
  'accounts:apply-changes': (context, input) => accountsService.applyAccountChanges(context, input.updates, input.creates),
  'accounts:duplicate': (context, input) => accountsService.duplicateAccounts(context, input.ids),
  'accounts:delete': (context, input) => accountsService.deleteAccounts(context, input.ids),
  'accounts:restore': (context, input) => accountsService.restoreAccounts(context, input.accounts),
  'accounts:import-preview': (context, input) => previewAccountImport(context, input),
  'accounts:import-commit': (context, input) => commitAccountImport(context, input),
  'accounts:import-refused-rows': (context, input) => exportRefusedAccountRows(context, input),
  'accounts:export': (context, input) => exportAccounts(context, input)
} satisfies HandlerTable<AccountsChannel>
