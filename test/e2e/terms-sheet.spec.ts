/**
 * The term sheet's parts beside cell edits, on the demo account 沃尔玛（中国）华南区 (KA-0001, 2026,
 * 27 planned SKUs, purchase value G = ¥33,203,145.20): user term lines added and removed with
 * Ctrl+Z / Ctrl+Y, the conditional rebate's tier editor in both modes, new contract years, the
 * fee-schedule import, the interest and spend-limit settings, and scenarios (line undo, tiers,
 * deletion with confirmation and undo; creation as an undo step; a deletion undone in one call).
 *
 * Our offer as the demo has it (resources/demo/terms.json): fixed fees ¥151,500.00 (worked in
 * terms.spec.ts); unconditional rebate 2 % + logistics 3 % + the conditional rebate in excess
 * mode, tiers ¥25,000,000 @ 1 % and ¥40,000,000 @ 2 %: (33,203,145.20 − 25,000,000) × 1 %
 * = ¥82,031.45, 0.247 % of G, so D% = 5.247 % → "5.2%"; the next tier is
 * 40,000,000 − 33,203,145.20 = ¥6,796,854.80 away.
 */
import { writeTable, textValue } from '../../electron/core/files/table-writer'
import { test, expect } from './fixtures'
import { TermsPage } from './pages/TermsPage'

const WALMART = '沃尔玛（中国）华南区'
const HUALIAN = '上海华联超市'

test.beforeEach(async ({ welcomePage }) => {
  await welcomePage.openDemoWorkspace()
})

test('a user term line added and removed, each undone with Ctrl+Z and redone with Ctrl+Y', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')

  await page.getByTestId('terms-add-line').click()
  await page.getByTestId('add-line-name').fill('陈列服务费')
  await page.getByTestId('add-line-confirm').click()
  await expect(terms.grid.locator('[col-id="name"]', { hasText: /^陈列服务费$/ })).toHaveCount(1)
  // ¥20,000 a year on our offer: fixed fees 151,500 + 20,000 = 171,500.
  await terms.editCell('陈列服务费', 'offerValue', '20000')
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥171,500.00')

  await terms.pressUndo() // the value
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
  await terms.pressUndo() // the line
  await expect(terms.grid.locator('[col-id="name"]', { hasText: /^陈列服务费$/ })).toHaveCount(0)
  await terms.pressRedo()
  await expect(terms.grid.locator('[col-id="name"]', { hasText: /^陈列服务费$/ })).toHaveCount(1)
  await terms.pressRedo()
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥171,500.00')

  // Removed: the fee leaves the figures; undo brings the line and its value back; redo removes it again.
  const rowId = await terms.rowIdOf('陈列服务费')
  await terms.grid.locator(`.ag-row[row-id="${rowId}"] input[type="checkbox"]`).first().check()
  await page.getByTestId('terms-remove-lines').click()
  await expect(terms.grid.locator('[col-id="name"]', { hasText: /^陈列服务费$/ })).toHaveCount(0)
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
  await terms.pressUndo()
  await expect(await terms.cell('陈列服务费', 'offerValue')).toHaveText('¥20,000.00')
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥171,500.00')
  await terms.pressRedo()
  await expect(terms.grid.locator('[col-id="name"]', { hasText: /^陈列服务费$/ })).toHaveCount(0)
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
})

test('the tier editor: mode, a tier edited, added and removed; D%, the tier reached and the distance to the next move', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('5.2%')
  await expect(page.getByTestId('tier-gap-offer')).toHaveText('¥6,796,854.80')

  // Whole mode: G passed ¥25,000,000, so 1 % on every yuan: 2 % + 3 % + 1 % = 6.0 %.
  await terms.openTiers('offer')
  await page.getByTestId('tier-mode-whole').check()
  await terms.saveTiers()
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('6.0%')
  await expect(page.getByTestId('tier-reached-offer')).toHaveText('第 1 档（1.0%）')

  // Tier 2 from ¥40,000,000 down to ¥34,000,000: 34,000,000 − 33,203,145.20 = ¥796,854.80 to go.
  await terms.openTiers('offer')
  await page.getByTestId('tier-threshold-1').fill('34000000')
  await terms.saveTiers()
  await expect(page.getByTestId('tier-gap-offer')).toHaveText('¥796,854.80')

  // Down to ¥33,000,000: G reaches tier 2 (2 % on every yuan): D% = 2 + 3 + 2 = 7.0 %, top tier.
  await terms.openTiers('offer')
  await page.getByTestId('tier-threshold-1').fill('33000000')
  await terms.saveTiers()
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('7.0%')
  await expect(page.getByTestId('tier-reached-offer')).toHaveText('第 2 档（2.0%）')
  await expect(page.getByTestId('tier-gap-offer')).toHaveText('已达最高档')

  // A third tier at ¥50,000,000 @ 3 %, and tier 2 removed: tier 1 reached again, 16,796,854.80 to go.
  await terms.openTiers('offer')
  await page.getByTestId('tier-add').click()
  await page.getByTestId('tier-threshold-2').fill('50000000')
  await page.getByTestId('tier-rate-2').fill('3')
  await terms.tiersDialog.getByRole('button', { name: '删除此档' }).nth(1).click()
  await terms.saveTiers()
  await expect(page.getByTestId('tier-reached-offer')).toHaveText('第 1 档（1.0%）')
  await expect(page.getByTestId('tier-gap-offer')).toHaveText('¥16,796,854.80')
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('6.0%')

  // Back to excess: only what is above ¥25,000,000 earns 1 % again: 5.2 %.
  await terms.openTiers('offer')
  await page.getByTestId('tier-mode-excess').check()
  await terms.saveTiers()
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('5.2%')
  // Each save was one undo step: undone, the whole-mode three-tier ladder is back.
  await terms.undo()
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('6.0%')
})

test('a new contract year from last year’s sheet and from another account’s; last year’s stays readable', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  // From last year's: 2026's agreed entry fee (¥60,000) becomes 2027's ask and offer.
  await page.getByTestId('terms-new-sheet').click()
  await expect(page.getByTestId('new-sheet-year')).toHaveValue('2027')
  await expect(page.getByTestId('new-sheet-previous-year')).toBeChecked()
  await page.getByTestId('new-sheet-create').click()
  await expect(page.getByTestId('terms-year')).toHaveValue('2027')
  await expect(await terms.cell('进场费', 'offerValue')).toHaveText('¥60,000.00')
  await expect(await terms.cell('进场费', 'askValue')).toHaveText('¥60,000.00')
  await expect(await terms.cell('进场费', 'agreedValue')).toHaveText('')
  // 2026 as it was.
  await page.getByTestId('terms-year').selectOption('2026')
  await expect(terms.figure('fixedFeesFen', 'offer')).toHaveText('¥151,500.00')
  await expect(await terms.cell('进场费', 'offerValue')).toHaveText('¥50,000.00')
  await expect(await terms.cell('进场费', 'agreedValue')).toHaveText('¥60,000.00')

  // 上海华联超市 2027 from 沃尔玛's 2026 sheet.
  await terms.chooseAccount(HUALIAN)
  await page.getByTestId('terms-new-sheet').click()
  await page.getByTestId('new-sheet-account').check()
  await page.getByTestId('new-sheet-from-account').click()
  await page.getByTestId('new-sheet-from-account-search').fill(WALMART)
  await page.getByRole('option', { name: new RegExp(WALMART) }).first().click()
  await page.getByTestId('new-sheet-from-year').fill('2026')
  await page.getByTestId('new-sheet-create').click()
  await expect(page.getByTestId('terms-year')).toHaveValue('2027')
  // 华联's own 2026 entry fee offer is not ¥60,000: the one shown is 沃尔玛's agreed.
  await expect(terms.grid.locator('[col-id="offerValue"]', { hasText: /^¥60,000\.00$/ })).toHaveCount(1)
  await expect(terms.grid.locator('[col-id="agreedValue"]', { hasText: /¥/ })).toHaveCount(0)
})

test('a retailer’s fee schedule imported into the ask: preview, mapping, commit, the refused row named', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  // Three rows: the entry fee (8万 → ¥80,000 → unchanged from the demo's ask), a new 陈列服务费,
  // and a 堆头 whose amount is not a number (row 4 counting the header as row 1).
  const rows = [
    ['进场费', '每年', '9万', ''],
    ['陈列服务费', '每年', '12000', ''],
    ['堆头', '每档期', 'abc', '6']
  ]
  const xlsx = await writeTable('xlsx', {
    sheetName: '费用单',
    columns: ['费用项目', '计费方式', '金额', '次数'].map((header) => ({ header, kind: 'text' as const })),
    rows,
    cellsOf: (row) => row.map(textValue)
  })
  await page.getByTestId('terms-import').click()
  await page.getByTestId('import-file-input').setInputFiles({ name: '沃尔玛费用单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx })
  await expect(page.getByTestId('import-summary')).toContainText('3')
  const mapping = page.getByTestId('import-dialog').locator('.mapping-table select')
  await expect(mapping).toHaveCount(4)
  await expect(mapping.nth(0)).toHaveValue('item')
  await expect(mapping.nth(2)).toHaveValue('amount')
  await expect(page.getByTestId('import-errors')).toContainText('abc')
  await expect(page.getByTestId('import-errors')).toContainText('4')
  const refusedFile = page.waitForEvent('download')
  await page.getByTestId('import-confirm').click()
  expect((await refusedFile).suggestedFilename()).toMatch(/xlsx$/)
  await expect(page.getByTestId('import-dialog')).toHaveCount(0)
  await expect(await terms.cell('进场费', 'askValue')).toHaveText('¥90,000.00')
  await expect(await terms.cell('陈列服务费', 'askValue')).toHaveText('¥12,000.00')
  // The refused row changed nothing: the floor stack's ask is the demo's ¥6,000.00 × 6.
  await expect(await terms.cell('堆头费', 'askValue')).toHaveText('¥6,000.00')
})

test('the interest rate and spend limit: the financing cost and the warnings follow', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await expect(terms.figure('financingCostFen', 'offer')).toHaveText('¥178,068.92')
  await expect(terms.warning('tradeSpendOverThreshold')).toHaveCount(0)
  // K = G × interest × effective days / 365. The demo's rate is 4.35 % (shown "4.4%"):
  // 33,203,145.20 × 4.35 % × 45 / 365 = 178,068.92. At 8.8 %: 33,203,145.20 × 8.8 % = 2,921,876.78,
  // × 45 / 365 = 360,231.384… → ¥360,231.38.
  await page.getByTestId('terms-settings').click()
  await page.getByTestId('terms-interest').fill('8.8')
  // Our offer's trade spend rate is 5.7 %: a 5 % limit warns.
  await page.getByTestId('terms-threshold').fill('5')
  await page.getByTestId('terms-settings-save').click()
  await expect(page.getByTestId('terms-plan-note')).toContainText('8.8%')
  await expect(terms.figure('financingCostFen', 'offer')).toHaveText('¥360,231.38')
  await expect(terms.warning('tradeSpendOverThreshold')).toHaveCount(1)
  // No limit: no warning.
  await page.getByTestId('terms-settings').click()
  await page.getByTestId('terms-threshold').fill('')
  await page.getByTestId('terms-settings-save').click()
  await expect(terms.warning('tradeSpendOverThreshold')).toHaveCount(0)
})

test('a scenario: its line edits and tiers undo step by step; deleted after a confirmation, and undone', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  await terms.open()
  await terms.chooseAccount(WALMART)
  await terms.createScenario('让步方案')
  await terms.setScenarioValue('进场费', '40000')
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  await terms.pressUndo()
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveCount(0)
  await expect(terms.scenarioInput('进场费')).toHaveValue('50000.00')
  await terms.pressRedo()
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  await expect(terms.scenarioInput('进场费')).toHaveValue('40000.00')

  // The scenario's rebate in whole mode: D% 5.2 % → 6.0 %, +0.8 points against our offer.
  const rebateId = await terms.rowIdOf('有条件返利')
  await terms.scenarios.getByTestId(`scenario-tiers-${rebateId}`).click()
  await page.getByTestId('tier-mode-whole').check()
  await terms.saveTiers()
  await expect(terms.scenarioFigure('percentageTermsPpm')).toContainText('6.0%')
  await expect(terms.scenarioDelta('percentageTermsPpm')).toHaveText('+0.8%')
  // Tier 2 at ¥34,000,000: the distance to it shrinks by 6,000,000.
  await terms.scenarios.getByTestId(`scenario-tiers-${rebateId}`).click()
  await page.getByTestId('tier-threshold-1').fill('34000000')
  await terms.saveTiers()
  await expect(terms.scenarios.getByTestId('scenario-gapToNextTierFen').first()).toContainText('¥796,854.80')
  await expect(terms.scenarios.getByTestId('scenario-delta-gapToNextTierFen').first()).toHaveText('−¥6,000,000.00')
  // The offer itself is untouched.
  await page.getByTestId('terms-panel-economics').click()
  await expect(terms.figure('percentageTermsPpm', 'offer')).toHaveText('5.2%')
  await page.getByTestId('terms-panel-scenarios').click()

  // Deleting asks first; cancel keeps it.
  await terms.scenarios.getByTestId('scenario-delete').click()
  await page.getByTestId('confirm-cancel').click()
  await expect(terms.scenarios.getByTestId('scenario-column')).toHaveCount(1)
  await terms.scenarios.getByTestId('scenario-delete').click()
  await page.getByTestId('confirm-ok').click()
  await expect(terms.scenarios.getByTestId('scenario-column')).toHaveCount(0)
  await terms.undo()
  await expect(terms.scenarios.getByTestId('scenario-column').filter({ hasText: '让步方案' })).toHaveCount(1)
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  await expect(terms.scenarioDelta('percentageTermsPpm')).toHaveText('+0.8%')
  // Redo deletes the scenario brought back; undo again, and an older step still finds it.
  await terms.redo()
  await expect(terms.scenarios.getByTestId('scenario-column')).toHaveCount(0)
  await terms.undo()
  await expect(terms.scenarios.getByTestId('scenario-column')).toHaveCount(1)
  await terms.undo() // the tier threshold
  await expect(terms.scenarios.getByTestId('scenario-delta-gapToNextTierFen')).toHaveCount(0)
})

test('creating a scenario is one undo step and comes back with its lines; a deleted one comes back whole in one call', async ({ page }, testInfo) => {
  const terms = new TermsPage(page, testInfo)
  // The scenario writes the page sends, in order (reads of figures and lists are left out).
  const writes: string[] = []
  page.on('request', (request) => {
    const channel = new URL(request.url()).pathname.replace('/api/', '')
    if (/^terms:scenario-(create|update|delete|restore)$/.test(channel)) writes.push(channel)
  })
  const columns = terms.scenarios.getByTestId('scenario-column')
  await terms.open()
  await terms.chooseAccount(WALMART)
  await terms.createScenario('让步方案')
  await terms.setScenarioValue('进场费', '40000')
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  // The newest scenario is the one being edited: 方案二's entry fee 50,000 → 45,000.
  await terms.createScenario('方案二')
  await terms.setScenarioValue('进场费', '45000')
  await expect(terms.scenarioInput('进场费')).toHaveValue('45000.00')

  writes.length = 0
  await terms.pressUndo() // 方案二's entry fee
  await expect(terms.scenarioInput('进场费')).toHaveValue('50000.00')
  await terms.pressUndo() // 方案二 itself
  await expect(columns).toHaveText(['让步方案'])
  await expect(terms.scenarioInput('进场费')).toHaveValue('40000.00')
  await terms.pressRedo() // 方案二 back as it was created: a copy of our offer
  await expect(columns).toHaveText(['让步方案', '方案二'])
  await expect(terms.scenarioInput('进场费')).toHaveValue('50000.00')
  await terms.pressRedo() // and the later edit finds it again
  await expect(terms.scenarioInput('进场费')).toHaveValue('45000.00')
  expect(writes).toEqual(['terms:scenario-update', 'terms:scenario-delete', 'terms:scenario-restore', 'terms:scenario-update'])

  // 让步方案 deleted (after the confirmation) and undone: one restore brings back its name and lines.
  await terms.scenarios.getByTestId('scenario-delete').first().click()
  await page.getByTestId('confirm-ok').click()
  await expect(columns).toHaveText(['方案二'])
  writes.length = 0
  await terms.undo()
  await expect(columns).toHaveText(['让步方案', '方案二'])
  await expect(terms.scenarioDelta('fixedFeesFen')).toHaveText('−¥10,000.00')
  expect(writes).toEqual(['terms:scenario-restore'])
})
