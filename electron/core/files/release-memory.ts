/**
 * A full garbage collection on demand, for the few moments when a request has just dropped a
 * large structure (a 100,000-row file read, a commit's records) and the next step would
 * otherwise pile its own allocations on top: V8 grows the heap with the garbage it has not yet
 * collected, and the host's peak memory is that heap. Node exposes `gc` only behind a flag; the
 * flag set at run time makes it available in a fresh context. Where that is refused, nothing is
 * done: this is an economy, never a condition of correctness.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let collect: (() => void) | null | undefined

function garbageCollector(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc: unknown = vm.runInNewContext('gc')
    return typeof gc === 'function' ? () => void gc() : null
  } catch {
    return null
  }
}

/** Collects now what the process no longer holds (tens of milliseconds for a large import). */
export function releaseMemory(): void {
  collect ??= garbageCollector()
  collect?.()
}
