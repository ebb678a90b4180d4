import { EDITABLE_ACCOUNT_FIELDS } from './domain/accounts/account'

/** Columns an export may name: the editable fields and the computed ones. Zod-free for the renderer. */
export const exportColumns = [
  ...EDITABLE_ACCOUNT_FIELDS,
  'storeClass',
  'regionName',
  'totalStores',
  'averageStoreAreaM2',
  'salesPerM2Fen',
  'salesPerEmployeeFen',
  'salesPerM2PerDayFen',
  'salesPerEmployeePerDayFen',
  'averageTicketFen',
  'conversionRate',
  'directStoresCriterion',
  'screeningVerdict',
  'updatedAt'
] as const
export type ExportColumn = (typeof exportColumns)[number]
