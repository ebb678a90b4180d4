/**
 * The phase each running Word export is in, by the id the renderer chose for it, so the export
 * dialog can show a progress bar while the export channel has not answered yet. In memory only:
 * an export that is over is forgotten, and so is one that never reported for an hour (its
 * process crashed mid-way or the id was never ended).
 */
import type { ExportPhase, ProposalExportProgress } from '../../../src/shared/contract'

const FORGOTTEN_AFTER_MS = 60 * 60_000
/** A guard against a caller that never ends its exports: more than this at once is not a person clicking. */
const MAX_TRACKED = 100

const running = new Map<string, { phase: ExportPhase; reportedAt: number }>()

function forgetStale(now: number): void {
  for (const [id, entry] of running) if (now - entry.reportedAt > FORGOTTEN_AFTER_MS) running.delete(id)
  while (running.size > MAX_TRACKED) {
    const oldest = running.keys().next().value
    if (oldest === undefined) break
    running.delete(oldest)
  }
}

/**
 * Records the phase and lets the event loop turn once, so a progress poll waiting behind this
 * export's synchronous work (drawing, building, packing) is answered before the next phase.
 */
export async function enterExportPhase(exportId: string | undefined, phase: ExportPhase): Promise<void> {
  if (exportId === undefined) return
  const now = Date.now()
  running.set(exportId, { phase, reportedAt: now })
  forgetStale(now)
  await new Promise<void>((resolve) => setImmediate(resolve))
}

export function endExport(exportId: string | undefined): void {
  if (exportId !== undefined) running.delete(exportId)
}

export function exportProgress(exportId: string): ProposalExportProgress {
  return { phase: running.get(exportId)?.phase ?? null }
}
