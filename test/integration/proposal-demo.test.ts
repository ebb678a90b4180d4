import { describe, expect, it } from 'vitest'
import { openTestWorkbench } from '../helpers/workbench'

describe('the demo workspace’s entry proposals', () => {
  it('are alive on first launch: four proposals, one conflict shown on both sides, an overlap, an unpaired give and a saved version', async () => {
    const { call } = openTestWorkbench()
    await call('workspace:init', { kind: 'demo' })
    const proposals = await call('proposal:list', {})
    expect(proposals.map((summary) => summary.accountCode)).toEqual(['KA-0001', 'KA-0008', 'KA-0010', 'KA-0015'])
    expect(proposals.every((summary) => summary.skuCount > 0)).toBe(true)

    // 沃尔玛华南 (深圳市, 4403) and 深圳万佳 (南山区, 440305) both want 清研草本清新牙膏 exclusive from June.
    const { conflicts } = await call('proposal:conflicts', {})
    expect(conflicts.map((conflict) => conflict.otherAccountName).sort()).toEqual(['沃尔玛（中国）华南区', '深圳万佳'])
    expect(conflicts[0]).toMatchObject({ territoryCode: '440305', territoryName: '广东省 深圳市 南山区', startDate: '2026-06-01', endDate: '2026-12-31' })
    expect(conflicts[0]!.skus).toEqual([expect.objectContaining({ skuCode: 'SKU-0038', name: '清研草本清新牙膏' })])

    const walmart = proposals.find((summary) => summary.accountCode === 'KA-0001')!
    const detail = await call('proposal:get', { proposalId: walmart.proposal.id })
    const codes = detail.readiness.items.map((item) => item.code)
    expect(codes).toEqual(expect.arrayContaining(['protection_conflict', 'promotion_overlap', 'concession_unpaired']))
    expect(detail.promotionCalendar.overlaps).toEqual([expect.objectContaining({ skuCode: 'SKU-0038', startDate: '2026-03-09', endDate: '2026-03-15' })])
    // The plan is costed, so P and the net figures are known and P is in them.
    expect(detail.figures.termSheet?.year).toBe(2026)
    expect(detail.figures.promotionFundingFen).toBe(detail.promotionPlan.costFen)
    expect(detail.figures.keyFigures.netRevenue).not.toBeNull()

    // The DM flyer came after the saved round: the comparison with now shows it added, and P moved.
    expect(detail.versions.map((version) => version.name)).toEqual(['第一轮报价'])
    const diff = await call('proposal:version-compare', { fromVersionId: detail.versions[0]!.id, to: 'current' })
    expect(diff.eventChanges).toEqual([expect.objectContaining({ change: 'added' })])
    expect(diff.keyFigures.find((figure) => figure.code === 'promotionFunding')!.delta).toBeGreaterThan(0)
  })
})
