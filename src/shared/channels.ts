/**
 * Every channel of the API, by name. Kept free of schemas so the sandboxed preload can bundle
 * it without zod; `contract.ts` maps each name to its input schema and output type, and a
 * type check there fails if the two lists differ.
 */
export const CHANNELS = [
  'app:info',
  'workspace:status',
  'workspace:init',
  'settings:get',
  'settings:set',
  'regions:list',
  'accounts:list',
  'accounts:create',
  'accounts:update',
  'accounts:apply-changes',
  'accounts:duplicate',
  'accounts:delete',
  'accounts:restore',
  'accounts:import-preview',
  'accounts:import-commit',
  'accounts:export'
] as const

export type Channel = (typeof CHANNELS)[number]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}
