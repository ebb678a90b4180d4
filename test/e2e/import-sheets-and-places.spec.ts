/**
 * The generic import dialog's sheet picker (a two-sheet catalogue workbook, the second sheet
 * chosen and imported; the accounts import on the same dialog) and English place names on the
 * Accounts page (the region editor, the region column, its copy, the detail panel). Screenshots
 * of the import dialog and the detail panel in both languages go to test/e2e/.output/screenshots/.
 */
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Response } from '@playwright/test'
import { test, expect, accountByCode } from './fixtures'
import { takeScreenshot } from './pages/screenshot'
import { CataloguePage } from './pages/CataloguePage'

// Pages, dialogs and screenshots on a shared build machine: more than the default minute.
test.setTimeout(180_000)

const TWO_ACCOUNT_SHEETS = path.join(__dirname, '..', 'fixtures', 'import-corpus', 'two-account-sheets.xlsx')
const SKU_HEADERS = ['SKU 编码', '品名', '规格', '单位成本', '供货价', '建议零售价']

const isApiCall = (channel: string) => (response: Response) => response.url().includes(`/api/${channel}`)

test('a two-sheet catalogue workbook: the second sheet is chosen, previewed and imported', async ({ welcomePage, page }, testInfo) => {
  await welcomePage.openDemoWorkspace()
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('感冒用药').addRows([SKU_HEADERS, ['SHEET1-001', '测试感冒灵颗粒', '10袋/盒', 3.2, 6.5, 12]])
  workbook.addWorksheet('维矿补充').addRows([SKU_HEADERS, ['SHEET2-001', '测试维生素C片', '60片/瓶', 5, 9.9, 19.8], ['SHEET2-002', '测试钙片', '100片/瓶', 8, 15, 29]])
  const file = testInfo.outputPath('catalogue-two-sheets.xlsx')
  await workbook.xlsx.writeFile(file)

  await catalogue.chooseImportFile(file)
  const dialog = catalogue.importDialog
  const picker = dialog.getByTestId('import-sheet')
  // The active (first) tab is read; both sheets are offered.
  await expect(picker).toHaveValue('感冒用药')
  await expect(picker.locator('option')).toHaveText(['感冒用药', '维矿补充'])
  await expect(dialog.getByTestId('import-summary')).toHaveText('共 1 行：1 行可导入，0 行有错误将跳过')

  const previewed = page.waitForResponse(isApiCall('catalogue:import-preview'))
  await picker.selectOption('维矿补充')
  expect(((await (await previewed).request().postDataJSON()) as { sheet?: string }).sheet).toBe('维矿补充')
  await expect(dialog.getByTestId('import-summary')).toHaveText('共 2 行：2 行可导入，0 行有错误将跳过')
  await expect(dialog.getByTestId('import-confirm')).toHaveText('确认导入 2 行')

  const committed = page.waitForResponse(isApiCall('catalogue:import-commit'))
  await dialog.getByTestId('import-confirm').click()
  expect(((await (await committed).request().postDataJSON()) as { sheet?: string }).sheet).toBe('维矿补充')
  await expect(dialog).toBeHidden()
  await catalogue.search('SHEET')
  await expect(catalogue.rowWithCode('SHEET2-001')).toBeVisible()
  await expect(catalogue.rowWithCode('SHEET2-002')).toBeVisible()
  await expect(catalogue.rowWithCode('SHEET1-001')).toHaveCount(0)
})

for (const language of ['zh-CN', 'en-US'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language })

    test(`the accounts import on the generic dialog picks a sheet and sorts its rows, ${language}`, async ({ welcomePage, accountsPage, page }, testInfo) => {
      await welcomePage.openDemoWorkspace()
      await accountsPage.waitForGrid()
      if (language !== 'zh-CN') await accountsPage.switchLanguage()
      await accountsPage.importFile(TWO_ACCOUNT_SHEETS)
      const dialog = accountsPage.importDialog
      const picker = dialog.getByTestId('import-sheet')
      await expect(picker).toHaveValue('华东')
      await picker.selectOption('华南')
      await expect(dialog.getByTestId('import-classified')).toHaveText(language === 'zh-CN' ? /新增 2/ : /2 new/)
      await expect(dialog.getByTestId('import-confirm')).toHaveText(language === 'zh-CN' ? '确认导入 2 行' : /\b2\b/)
      await takeScreenshot(page, testInfo, `import-dialog-sheets-${language}`)
      const result = await accountsPage.confirmImport()
      expect(result.ok).toBe(true)
    })

    test(`places in ${language}: region editor, region column, its copy and the detail panel`, async ({ welcomePage, accountsPage, page, workbench, request }, testInfo) => {
      await welcomePage.openDemoWorkspace()
      await accountsPage.waitForGrid()
      if (language !== 'zh-CN') await accountsPage.switchLanguage()
      const account = await accountByCode(request, workbench, 'KA-0003')
      const place = language === 'zh-CN' ? '广东省 深圳市' : 'Shenzhen, Guangdong'

      // Typed in lower case in English (in Chinese: its code), the suggestions hold 深圳市 by its name in the page's language.
      const editor = page.getByTestId('region-editor')
      // Typed straight into the focused cell: the editor opens with the first key.
      await accountsPage.focusCell(account.id, 'regionCode')
      await page.keyboard.type(language === 'zh-CN' ? '440300' : 'shenzhen')
      await expect(editor.getByRole('option').filter({ hasText: place }).first()).toBeVisible()
      await takeScreenshot(page, testInfo, `region-editor-${language}`)
      const answered = page.waitForResponse(isApiCall('accounts:update'))
      await page.keyboard.press('Enter')
      expect((await answered).ok()).toBe(true)
      expect((await accountByCode(request, workbench, 'KA-0003')).regionCode).toBe('440300')

      // The region column and its copy name the place in the page's language.
      const regionCell = await accountsPage.cell(account.id, 'regionName')
      await expect(regionCell).toHaveText(place)
      await accountsPage.focusCell(account.id, 'regionName')
      expect(await accountsPage.copy()).toBe(place)

      // In English, Chinese still works in the editor: 440305 by its Chinese name.
      if (language === 'en-US') {
        await accountsPage.focusCell(account.id, 'regionCode')
        const typed = await accountsPage.editCell(account.id, 'regionCode', '广东省 深圳市 南山区')
        expect(typed.ok).toBe(true)
        await expect(regionCell).toHaveText('Nanshan District, Shenzhen, Guangdong')
      }

      await accountsPage.focusCell(account.id, 'name')
      await page.getByTestId('account-detail-toggle').click()
      await expect(page.getByTestId('account-detail-place')).toHaveText(language === 'zh-CN' ? place : 'Nanshan District, Shenzhen, Guangdong')
      await accountsPage.dismissToasts()
      await takeScreenshot(page, testInfo, `account-detail-place-${language}`)
    })
  })
}
