import type { TFunction } from 'i18next'

/**
 * Whether the host could not be reached at all (the change never arrived), as opposed to a
 * refusal: such a change is kept and tried again. The client (src/lib/api.ts) reports it as an
 * ApiError with code 'network'; a bare fetch failure is a TypeError ("Failed to fetch").
 */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && (error as Error & { code?: unknown }).code === 'network')
}

/** A sentence for the person, never "TypeError: Failed to fetch". */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isUnreachable(error)) return t('grid.unreachable')
  return error instanceof Error ? error.message : String(error)
}
