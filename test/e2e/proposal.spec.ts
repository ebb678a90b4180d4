/**
 * The entry-proposal planner as a KA manager uses it (issue 10): create a proposal for an account,
 * add an exclusive clause that collides with another account's and see it flagged on both sides,
 * add two promotions, save a version, change a price, compare the versions, and export the .docx. Screenshots of
 * every tab in both languages go to test/e2e/.output/screenshots/.
 */
import fs from 'node:fs'
import { test, expect } from './fixtures'
import { takeScreenshot } from './pages/screenshot'
import { ProposalPage } from './pages/ProposalPage'

test('create a proposal, conflict flagged on both sides, two promotions, a version, a price change, compare, export', async ({ welcomePage, page }, testInfo) => {
  await welcomePage.openDemoWorkspace()
  const planner = new ProposalPage(page)
  await planner.open()
  await planner.chooseAccount('老百姓大药房')
  await planner.waitForProposal()
  await planner.createProposal()

  // 广州市 (4401) contains 大参林's exclusive 天河区 (440106) for SKU-0001/0003 in 2026.
  await planner.openTab('protection')
  await planner.addExclusiveClause('广州', '440100', '2026-01-01', '2026-12-31')
  const conflicts = page.getByTestId('conflict-panel')
  await expect(conflicts.getByTestId('conflict-item')).toHaveCount(1)
  await expect(conflicts.getByTestId('conflict-item')).toContainText('大参林')
  await expect(conflicts.getByTestId('conflict-item')).toContainText('天河区')
  await expect(page.getByTestId('proposal-clauses-grid').locator('.ag-cell[col-id="conflict"]', { hasText: '大参林' })).toBeVisible()
  await expect(planner.checklist.locator('[data-code="protection_conflict"]')).toHaveCount(1)

  // The other side: 大参林's proposal shows the same conflict, naming this account.
  await planner.chooseAccount('大参林')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await expect(page.getByTestId('conflict-panel').getByTestId('conflict-item').filter({ hasText: '老百姓大药房' })).toHaveCount(1)

  await planner.chooseAccount('老百姓大药房')
  await planner.waitForProposal()
  await planner.openTab('promotions')
  await planner.addPromotion({ kind: 'price_off', name: '春季特价', start: '2026-03-02', end: '2026-03-15', skuCode: 'SKU-0001', baseline: '6', funding: '2', fees: '0' })
  await planner.addPromotion({ kind: 'floor_stack_end_cap', name: '端架陈列', start: '2026-03-09', end: '2026-03-29', skuCode: 'SKU-0001', baseline: '6', funding: '0', fees: '3000' })
  await expect(page.getByTestId('proposal-promotions-grid').locator('.ag-row .ag-cell[col-id="kind"]')).toHaveCount(2)
  // Both events promote SKU-0001 from 03-09 to 03-15: the calendar marks the pair.
  await expect(page.getByTestId('promotion-calendar').locator('[data-overlap="true"]')).toHaveCount(2)
  await expect(page.getByTestId('promotion-overlaps')).toContainText('SKU-0001')
  await expect(page.getByTestId('promotion-total-cost')).not.toHaveText('¥0.00')

  await planner.openTab('versions')
  await page.getByTestId('version-name').fill('首轮报价')
  await page.getByTestId('version-save').click()
  await expect(page.getByTestId('version-list')).toContainText('首轮报价')

  await planner.openTab('skus')
  await planner.editCell('proposal-skus-grid', 'skuCode', 'SKU-0001', 'supplyPriceFen', '9.99')
  await expect(page.getByTestId('proposal-skus-grid').locator('.ag-cell[col-id="supplyPriceFen"]', { hasText: '9.99' })).toBeVisible()

  await planner.openTab('versions')
  await page.getByTestId('version-compare').click()
  const diff = page.getByTestId('version-diff')
  await expect(diff.getByTestId('diff-sku-change').filter({ hasText: 'SKU-0001' })).toContainText('9.99')
  await expect(diff.getByTestId('diff-key-figures').locator('tr.diff-figure-changed').first()).toBeVisible()

  // Export: the .docx arrives as a download with the proposal's name.
  const downloading = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('proposal-export').click()
  await page.getByTestId('proposal-export-start').click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  expect(fs.statSync(file).size).toBeGreaterThan(10_000)
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test(`proposal screenshots, ${language}`, async ({ welcomePage, page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await welcomePage.open()
    if (language !== 'zh-CN') {
      await page.getByTestId('language-toggle').click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
    }
    await welcomePage.chooseDemo()
    const planner = new ProposalPage(page)
    await planner.open()
    await planner.chooseAccount('KA-0001')
    await planner.waitForProposal()
    for (const tab of ['skus', 'protection', 'promotions', 'concessions', 'sellThrough', 'versions'] as const) {
      await planner.openTab(tab)
      if (tab === 'versions') {
        await page.getByTestId('version-compare').click()
        await expect(page.getByTestId('version-diff')).toBeVisible()
      }
      await planner.dismissToasts()
      await takeScreenshot(page, testInfo, `proposal-${tab}-${language}`)
    }
  })
}
