/**
 * Memory of another process as Linux counts it: VmRSS (now) and VmHWM (the peak resident set
 * since start, or since the last reset). Writing "5" to /proc/<pid>/clear_refs resets the peak to
 * the current RSS, which lets a benchmark give each stage its own peak.
 */
import fs from 'node:fs'

export interface ProcessMemory {
  rssBytes: number
  peakRssBytes: number
}

function statusKilobytes(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)
  if (!match?.[1]) throw new Error(`/proc status has no ${key} line (not Linux?)`)
  return Number(match[1]) * 1024
}

export function readProcessMemory(pid: number): ProcessMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return { rssBytes: statusKilobytes(status, 'VmRSS'), peakRssBytes: statusKilobytes(status, 'VmHWM') }
}

/** Resets VmHWM to the current RSS; false where the kernel does not allow it (then peaks accumulate). */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

/** Megabytes as the 300 MB target counts them: 10^6 bytes. */
export const toMegabytes = (bytes: number): number => bytes / 1_000_000
