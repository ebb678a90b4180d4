/** The one result shape that crosses every transport (IPC and loopback HTTP). */
export interface AppError {
  /** Stable machine code, e.g. `validation`, `not-found`, `duplicate-code`. */
  code: string
  /** A sentence a person can act on, in the workspace language. */
  message: string
  /** Optional structured detail (e.g. the field and row that failed). */
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: string, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details }
})

/** Thrown inside services; handlers turn it into a failed Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
