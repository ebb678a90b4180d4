import type { SettingsChannel } from '../../../src/shared/channels'
import type { HandlerTable } from '../handler-table'
import { readSettings, writeSetting } from './settings-service'

export const settingsHandlers = {
  'settings:get': (context) => readSettings(context),
  'settings:set': (context, input) => writeSetting(context, input)
} satisfies HandlerTable<SettingsChannel>
