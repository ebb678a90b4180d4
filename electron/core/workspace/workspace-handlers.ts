import type { AppChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import { initializeWorkspace, workspaceStatus } from './workspace-service'

export const workspaceHandlers = {
  'app:info': (context) => context.info,
  'workspace:status': (context) => workspaceStatus(context),
  'workspace:init': (context, input) => initializeWorkspace(context, input.kind)
} satisfies HandlerTable<AppChannel>
