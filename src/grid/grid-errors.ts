import type { TFunction } from 'i18next'
import { ApiError } from '../lib/api'

/**
 * Whether the host could not be reached at all (the change never arrived), as opposed to a
 * refusal: such a change is kept and tried again. The client reports it as code 'network'; a
 * bare fetch failure is a TypeError.
 */
export function isUnreachable(error: unknown): boolean {
  return (error instanceof ApiError && error.code === 'network') || error instanceof TypeError
}

/** A sentence for the person, never "TypeError: Failed to fetch". */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isUnreachable(error)) return t('grid.unreachable')
  return error instanceof Error ? error.message : String(error)
}
