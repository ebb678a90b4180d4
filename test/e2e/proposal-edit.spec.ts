/**
 * Editing in place on the planner (issue 10, point 1): a protection clause's SKUs changed so it
 * no longer collides with another account's (both sides clear), a promotion's baseline changed in
 * its SKU lines (its ROI follows), and each undone with Ctrl+Z. Screenshots at 1280 × 800.
 */
import { test, expect } from './fixtures'
import { takeScreenshot } from './pages/screenshot'
import { ProposalPage } from './pages/ProposalPage'

test('edit a clause’s SKUs to clear a conflict and a promotion’s baseline to move its ROI, then undo both', async ({ welcomePage, page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await welcomePage.openDemoWorkspace()
  const planner = new ProposalPage(page)
  await planner.open()
  await planner.chooseAccount('老百姓大药房')
  await planner.waitForProposal()
  await planner.createProposal()

  // 广州市 (4401), every SKU: collides with 大参林's exclusive 天河区 for SKU-0001/0003.
  await planner.openTab('protection')
  await planner.addExclusiveClause('广州', '440100', '2026-01-01', '2026-12-31')
  const conflicts = page.getByTestId('conflict-panel').getByTestId('conflict-item')
  await expect(conflicts).toHaveCount(1)
  const conflictItem = planner.checklist.locator('[data-code="protection_conflict"]')
  // Named by name and code, never by id.
  await expect(conflictItem).toContainText('SKU-0001')
  await expect(conflictItem).not.toContainText(/单品 \d+/)

  // Only a SKU 大参林 does not protect: no overlap left.
  const skuCell = page.getByTestId('proposal-clauses-grid').locator('.ag-row .ag-cell[col-id="skuIds"]').first()
  await skuCell.dblclick()
  const picker = page.getByTestId('sku-picker')
  await expect(picker).toBeVisible()
  await picker.getByTestId('sku-picker-all').uncheck()
  const candidates = picker.locator('input[data-testid^="sku-picker-SKU-"]:not([data-testid="sku-picker-SKU-0001"]):not([data-testid="sku-picker-SKU-0003"])')
  await candidates.first().check()
  await picker.getByTestId('sku-picker-done').click()
  await expect(picker).toBeHidden()
  await expect(conflicts).toHaveCount(0)
  await expect(conflictItem).toHaveCount(0)
  await takeScreenshot(page, testInfo, 'proposal-edit-clause-skus-zh-CN')

  // The other side is clear too.
  await planner.chooseAccount('大参林')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await expect(page.getByTestId('conflict-panel').getByTestId('conflict-item').filter({ hasText: '老百姓大药房' })).toHaveCount(0)

  // Back, and undo: every SKU again, the conflict again.
  await planner.chooseAccount('老百姓大药房')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await page.getByTestId('proposal-clauses-grid').locator('.ag-row .ag-cell[col-id="type"]').first().click()
  await planner.dismissToasts()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('conflict-panel').getByTestId('conflict-item')).toHaveCount(1)
  await expect(page.getByTestId('proposal-clauses-grid').locator('.ag-row .ag-cell[col-id="skuIds"]').first()).toHaveText('全部单品')

  // A promotion, then its baseline doubled in the SKU lines: the event's ROI moves; undo brings it back.
  await planner.openTab('promotions')
  await planner.addPromotion({ kind: 'price_off', name: '春季特价', start: '2026-03-02', end: '2026-03-15', skuCode: 'SKU-0001', baseline: '6', funding: '2', fees: '500' })
  const roi = page.getByTestId('promotion-lines-roi')
  await expect(roi).not.toHaveText('无法计算')
  const roiBefore = (await roi.textContent()) ?? ''
  const baselineCell = page.getByTestId('proposal-promotion-lines-grid').locator('.ag-row .ag-cell[col-id="baselineUnitsPerStoreWeek"]').first()
  await baselineCell.dblclick()
  await baselineCell.locator('input').fill('60')
  await baselineCell.locator('input').press('Enter')
  await expect(baselineCell).toHaveText('60')
  await expect(roi).not.toHaveText(roiBefore)
  await takeScreenshot(page, testInfo, 'proposal-edit-promotion-lines-zh-CN')

  await baselineCell.click()
  await planner.dismissToasts()
  await page.keyboard.press('Control+z')
  await expect(baselineCell).toHaveText('6')
  await expect(roi).toHaveText(roiBefore)
})

test('remove a concession and undo it: the pair comes back, the other stays', async ({ welcomePage, page }) => {
  await welcomePage.openDemoWorkspace()
  const planner = new ProposalPage(page)
  await planner.open()
  await planner.chooseAccount('老百姓大药房')
  await planner.waitForProposal()
  await planner.createProposal()
  await planner.openTab('concessions')
  // One give cell per row (the row's other cells may sit in a pinned container of their own).
  const rows = page.getByTestId('proposal-concessions-grid').locator('.ag-row .ag-cell[col-id="giveDescription"]')
  const before = await rows.count()
  const addConcession = async (give: string, cost: string, get: string) => {
    await page.getByTestId('concession-give').fill(give)
    await page.getByTestId('concession-cost').fill(cost)
    await page.getByTestId('concession-get').fill(get)
    await page.getByTestId('concession-add').click()
  }
  await addConcession('账期 45 天', '1200', '第三季度 2 个端架')
  await addConcession('进场费减半', '5000', '首单 20 万')
  await expect(rows).toHaveCount(before + 2)
  await rows.filter({ hasText: '账期 45 天' }).click()
  await planner.dismissToasts()
  await page.getByTestId('concession-remove').click()
  await expect(rows).toHaveCount(before + 1)
  await expect(rows.filter({ hasText: '账期 45 天' })).toHaveCount(0)
  await rows.filter({ hasText: '进场费减半' }).click()
  await planner.dismissToasts()
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(before + 2)
  await expect(rows.filter({ hasText: '账期 45 天' })).toHaveCount(1)
  await expect(page.getByTestId('proposal-concessions-grid').locator('.ag-row .ag-cell[col-id="getDescription"]').filter({ hasText: '第三季度 2 个端架' })).toHaveCount(1)
})
