import { test, expect, accountByCode } from './fixtures'

test.beforeEach(async ({ welcomePage, accountsPage }) => {
  await welcomePage.openDemoWorkspace()
  await accountsPage.waitForGrid()
})

test('the seed screening rule applies to pharmacy chains; 家乐福上海 is 不适用 until hypermarkets are turned on', async ({
  workbench,
  accountsPage,
  page,
  request
}) => {
  const carrefour = await accountByCode(request, workbench, 'KA-0002')
  // Pharmacy chains: 大参林 meets all three; 漱玉平民 has HQ execution unknown; 天和堂 has 18 direct stores.
  const dashenlin = await accountByCode(request, workbench, 'KA-0015')
  const shuyu = await accountByCode(request, workbench, 'KA-0017')
  const tianhetang = await accountByCode(request, workbench, 'KA-0018')

  await expect(await accountsPage.cell(carrefour.id, 'screeningVerdict')).toHaveText('不适用')
  await expect(await accountsPage.cell(dashenlin.id, 'screeningVerdict')).toHaveText('符合')
  await expect(await accountsPage.cell(shuyu.id, 'screeningVerdict')).toHaveText('待定')
  await expect(await accountsPage.cell(tianhetang.id, 'screeningVerdict')).toHaveText('不符合')

  await page.getByTestId('accounts-settings').click()
  await page.getByTestId('screening-format-hypermarket').check()
  // 22 direct stores, fewer than the rule's 25.
  await expect(await accountsPage.cell(carrefour.id, 'screeningVerdict')).toHaveText('不符合')
  await page.keyboard.press('Escape')

  // The setting is the workspace's: it is still on after a reload.
  await page.reload()
  await accountsPage.open()
  await expect(await accountsPage.cell(carrefour.id, 'screeningVerdict')).toHaveText('不符合')
  await page.getByTestId('accounts-settings').click()
  await page.getByTestId('screening-format-hypermarket').uncheck()
  await expect(await accountsPage.cell(carrefour.id, 'screeningVerdict')).toHaveText('不适用')
})

test('the annual sales header says 含税 or 不含税, and 坪效 is per year with a per-day view', async ({ workbench, accountsPage, page, request }) => {
  await accountsPage.showColumn('annualSalesFen')
  await expect(accountsPage.header('annualSalesFen')).toContainText('年销售额（含税，元）')
  await page.getByTestId('accounts-settings').click()
  await page.getByTestId('sales-tax-basis-exclusive').click()
  await expect(accountsPage.header('annualSalesFen')).toContainText('年销售额（不含税，元）')

  await accountsPage.showColumn('salesPerM2Fen')
  await expect(accountsPage.header('salesPerM2Fen')).toContainText('坪效(元/m²·年)')
  await page.getByTestId('kpi-period-day').click()
  await accountsPage.showColumn('salesPerM2PerDayFen')
  await expect(accountsPage.header('salesPerM2PerDayFen')).toContainText('日坪效(元/m²·日)')
  // 沃尔玛华南: ¥9,600,000,000 ÷ 391,000 m² ÷ 365 = ¥67.27 a day.
  const walmart = await accountByCode(request, workbench, 'KA-0001')
  await expect(await accountsPage.cell(walmart.id, 'salesPerM2PerDayFen')).toContainText('67.27')
})
