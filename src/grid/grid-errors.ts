import type { TFunction } from 'i18next'

/**
 * Whether the host could not be reached at all (the change never arrived), as opposed to a
 * refusal: such a change is kept and tried again. The client (src/lib/api.ts) reports it as an
 * ApiError with code 'network'; a bare fetch failure is a TypeError ("Failed to fetch").
 */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && (error as Error & { code?: unknown }).code === 'network')
}

/**
 * Whether the service refused a write because the row had changed since the version it was
 * based on (another window, a script): code 'stale', the current row in the details.
 */
export function isStale(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === 'stale'
}

/** The row the service sent back with a stale refusal, if any. */
export function staleCurrentRow(error: unknown): unknown {
  if (!isStale(error)) return null
  const details = (error as Error & { details?: unknown }).details
  return typeof details === 'object' && details !== null ? ((details as { current?: unknown }).current ?? null) : null
}

/** A sentence for the person, never "TypeError: Failed to fetch". */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isUnreachable(error)) return t('grid.unreachable')
  return error instanceof Error ? error.message : String(error)
}
