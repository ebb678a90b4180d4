/**
 * The products tab writes its SKU lines (the account's assortment lines) based on the row version
 * the proposal showed: a line another window wrote since is refused as stale, with the line as
 * stored now, and the proposal read again shows that value and version.
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

describe('a products-tab save based on a stale row version', () => {
  it('is refused as stale with the current line, and the proposal then shows the other window’s value', async () => {
    const bench = openTestWorkbench()
    await bench.call('workspace:init', { kind: 'demo' })
    const walmart = (await bench.call('proposal:list', {})).find((summary) => summary.accountCode === 'KA-0001')!
    const shown = await bench.call('proposal:get', { proposalId: walmart.proposal.id })
    const line = shown.skus[0]!
    const lines = await bench.call('assortment:list', { accountId: shown.account.id })
    // The tab's row carries the line's version as the assortment stores it.
    expect(line.rowVersion).toBe(lines.find((stored) => stored.id === line.assortmentLineId)!.rowVersion)

    // Another window sets the planned units to 1,200 …
    const other = await bench.call('assortment:update', { id: line.assortmentLineId, patch: { plannedAnnualUnits: 1200 }, baseVersion: line.rowVersion })
    expect(other.rowVersion).toBe(line.rowVersion + 1)

    // … then this tab, still at the version it showed, types 900: refused, nothing overwritten.
    const refusal = await bench.callFailing('assortment:update', { id: line.assortmentLineId, patch: { plannedAnnualUnits: 900 }, baseVersion: line.rowVersion })
    expect(refusal.code).toBe('stale')
    expect((refusal.details as { current: { plannedAnnualUnits: number; rowVersion: number } }).current).toMatchObject({ plannedAnnualUnits: 1200, rowVersion: line.rowVersion + 1 })

    // Read again (as the tab does on a stale refusal): 1,200 and the new version, so the next edit holds.
    const reread = (await bench.call('proposal:get', { proposalId: walmart.proposal.id })).skus.find((sku) => sku.assortmentLineId === line.assortmentLineId)!
    expect(reread).toMatchObject({ plannedAnnualUnits: 1200, rowVersion: line.rowVersion + 1 })
    const retried = await bench.call('assortment:update', { id: line.assortmentLineId, patch: { plannedAnnualUnits: 900 }, baseVersion: reread.rowVersion })
    expect(retried.plannedAnnualUnits).toBe(900)
  })
})
