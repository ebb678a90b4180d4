/**
 * The planner in English names every place in English (the clauses' territory, the conflict on
 * both sides, the readiness checklist, the territory picker, which finds "Shanghai"), and the
 * open proposal deleted through the API (as another window or a script would) is said in a
 * sentence, in either language, and the page falls back to the offer to create one.
 */
import type { ProposalSummary } from '../../src/shared/contract/proposal'
import { test, expect, callApi, accountByCode, type Workbench } from './fixtures'
import { ProposalPage } from './pages/ProposalPage'
import { takeScreenshot } from './pages/screenshot'
import type { APIRequestContext, Page } from '@playwright/test'

/** Deletes the account's one proposal through the API while the page shows it. */
async function deleteShownProposal(request: APIRequestContext, workbench: Workbench, accountCode: string): Promise<void> {
  const account = await accountByCode(request, workbench, accountCode)
  const [shown] = await callApi<ProposalSummary[]>(request, workbench, 'proposal:list', { accountId: account.id })
  expect(shown, `${accountCode} has a proposal`).toBeDefined()
  await callApi(request, workbench, 'proposal:delete', { proposalId: shown!.proposal.id })
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('en-US: the protection tab, both sides of a conflict, the checklist and the territory picker name places in English', async ({ welcomePage, page, request, workbench }, testInfo) => {
  const errors = collectPageErrors(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await welcomePage.open()
  await page.getByTestId('language-toggle').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await welcomePage.chooseDemo()
  const planner = new ProposalPage(page)
  await planner.open()

  // 沃尔玛华南 (KA-0001) protects 深圳市 (4403); 深圳万佳 protects 南山区 (440305) in it: one conflict.
  await planner.chooseAccount('KA-0001')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await expect(page.getByTestId('proposal-clauses-grid').locator('.ag-cell[col-id="territoryCode"]', { hasText: 'Shenzhen, Guangdong (4403)' }).first()).toBeVisible()
  const conflict = page.getByTestId('conflict-panel').getByTestId('conflict-item')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('Nanshan District, Shenzhen, Guangdong (440305)')
  await expect(conflict).not.toContainText(/广东|深圳市|南山区/)
  await expect(planner.checklist.locator('[data-code="protection_conflict"]')).toContainText('Nanshan District, Shenzhen, Guangdong (440305)')

  // The picker finds 上海市 by its English name and shows the choice in English.
  await page.getByTestId('clause-add').click()
  const dialog = page.getByTestId('clause-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('clause-territory-search').fill('Shanghai')
  await expect(dialog.getByTestId('territory-310000')).toContainText('Shanghai')
  await dialog.getByTestId('territory-310000').click()
  await expect(dialog.locator('.territory-chosen')).toHaveText('Chosen: Shanghai (310000)')
  await takeScreenshot(page, testInfo, 'proposal-territory-picker-en-US')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  // The other side says the same in English.
  await planner.chooseAccount('深圳万佳')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await expect(page.getByTestId('conflict-panel').getByTestId('conflict-item')).toContainText('Nanshan District, Shenzhen, Guangdong (440305)')
  await expect(page.getByTestId('proposal-clauses-grid').locator('.ag-cell[col-id="territoryCode"]', { hasText: 'Nanshan District, Shenzhen, Guangdong (440305)' }).first()).toBeVisible()

  // Deleted by a script while shown: one sentence in English, and the offer to create one.
  await deleteShownProposal(request, workbench, 'KA-0010')
  await expect(page.getByTestId('toast').filter({ hasText: 'This proposal was deleted in another window' })).toBeVisible()
  await expect(page.getByTestId('proposal-empty')).toBeVisible()
  await expect(page.locator('.toast-error')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('zh-CN: the open proposal deleted through the API is said in a sentence and the page offers to create one, nothing thrown', async ({ welcomePage, page, request, workbench }) => {
  const errors = collectPageErrors(page)
  await welcomePage.open()
  await welcomePage.chooseDemo()
  const planner = new ProposalPage(page)
  await planner.open()
  await planner.chooseAccount('KA-0001')
  await planner.waitForProposal()
  await planner.openTab('protection')
  await expect(page.getByTestId('proposal-clauses-grid').locator('.ag-cell[col-id="territoryCode"]', { hasText: '广东省 深圳市 (4403)' }).first()).toBeVisible()

  await deleteShownProposal(request, workbench, 'KA-0001')
  await expect(page.getByTestId('toast').filter({ hasText: '此提案已在另一窗口中删除' })).toBeVisible()
  await expect(page.getByTestId('proposal-empty')).toBeVisible()
  // The page goes on working: a new proposal for the account opens.
  await planner.createProposal()
  await expect(page.locator('.toast-error')).toHaveCount(0)
  expect(errors).toEqual([])
})
