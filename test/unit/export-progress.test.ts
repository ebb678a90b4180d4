import { describe, expect, it } from 'vitest'
import { endExport, enterExportPhase, exportProgress } from '../../electron/core/proposal-document/export-progress'

describe('the Word export’s progress', () => {
  it('tells the phase an export is in, and nothing once it is over', async () => {
    expect(exportProgress('export-0001')).toEqual({ phase: null })
    await enterExportPhase('export-0001', 'data')
    await enterExportPhase('export-0002', 'charts')
    expect(exportProgress('export-0001')).toEqual({ phase: 'data' })
    await enterExportPhase('export-0001', 'document')
    expect(exportProgress('export-0001')).toEqual({ phase: 'document' })
    expect(exportProgress('export-0002')).toEqual({ phase: 'charts' })
    endExport('export-0001')
    expect(exportProgress('export-0001')).toEqual({ phase: null })
    expect(exportProgress('export-0002')).toEqual({ phase: 'charts' })
    endExport('export-0002')
  })

  it('lets a waiting poll be answered between phases', async () => {
    // The export's work is synchronous between phases; entering a phase yields one turn of the
    // event loop, so a poll queued meanwhile (here a setImmediate) sees the new phase.
    let seen: string | null = 'never answered'
    setImmediate(() => {
      seen = exportProgress('export-0003').phase
    })
    await enterExportPhase('export-0003', 'charts')
    expect(seen).toBe('charts')
    endExport('export-0003')
  })

  it('reports nothing for an export without an id', async () => {
    await enterExportPhase(undefined, 'data')
    endExport(undefined)
    expect(exportProgress('export-0004')).toEqual({ phase: null })
  })
})
