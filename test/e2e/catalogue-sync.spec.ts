/**
 * Two windows on the same catalogue never overwrite each other silently: an edit in one shows in
 * the other, a save based on a value another window changed is refused with the current value
 * shown, and undo never discards another window's later change (as in accounts-sync.spec.ts).
 */
import type { Page } from '@playwright/test'
import { test, expect, callApi, type Workbench } from './fixtures'
import { CataloguePage } from './pages/CataloguePage'
import type { Sku } from '../../src/shared/domain/catalogue/sku'

test.setTimeout(120_000)

async function skuByCode(request: Parameters<typeof callApi>[0], workbench: Workbench, code: string): Promise<Sku> {
  const found = (await callApi<Sku[]>(request, workbench, 'catalogue:list')).find((sku) => sku.code === code)
  if (!found) throw new Error(`no SKU ${code}`)
  return found
}

/** A second tab on the same workspace, on the catalogue; a deaf one hears no changes (as every window did before changes were pushed). */
async function secondWindow(page: Page, workbench: Workbench, options: { isDeaf?: boolean } = {}): Promise<CataloguePage> {
  const other = await page.context().newPage()
  if (options.isDeaf) await other.route('**/api/events**', (route) => route.abort())
  await other.goto(workbench.url)
  const catalogue = new CataloguePage(other)
  await catalogue.open()
  return catalogue
}

test.beforeEach(async ({ welcomePage }) => {
  await welcomePage.openDemoWorkspace()
})

test('a SKU edited in one window shows in the other', async ({ workbench, page, request }) => {
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const sku = await skuByCode(request, workbench, 'SKU-0001')
  const other = await secondWindow(page, workbench)

  expect((await catalogue.editCell(sku.id, 'name', '两窗口测试名')).ok).toBe(true)
  await expect(other.cell(sku.id, 'name')).toHaveText('两窗口测试名')
})

test('a save based on a SKU changed in another window is refused, and the window shows the current value', async ({ workbench, page, request }) => {
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const sku = await skuByCode(request, workbench, 'SKU-0001')
  const deaf = await secondWindow(page, workbench, { isDeaf: true })

  expect((await catalogue.editCell(sku.id, 'name', '窗口一的名称')).ok).toBe(true)
  // The deaf window still shows the old name and types over it: refused, nothing overwritten.
  await expect(deaf.cell(sku.id, 'name')).toHaveText(sku.name)
  const refused = await deaf.editCell(sku.id, 'name', '窗口二的名称')
  expect(refused).toMatchObject({ ok: false, error: { code: 'stale', message: '已在另一个窗口中修改' } })
  await expect(deaf.cellError).toContainText('已在另一个窗口中修改')
  await expect(deaf.cell(sku.id, 'name')).toHaveText('窗口一的名称')
  expect((await skuByCode(request, workbench, 'SKU-0001')).name).toBe('窗口一的名称')
})

test('undo does not discard a later change to the SKU made in another window', async ({ workbench, page, request }) => {
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const sku = await skuByCode(request, workbench, 'SKU-0001')
  const other = await secondWindow(page, workbench)

  expect((await catalogue.editCell(sku.id, 'name', '窗口一的名称')).ok).toBe(true)
  await expect(other.cell(sku.id, 'name')).toHaveText('窗口一的名称')
  expect((await other.editCell(sku.id, 'name', '窗口二的名称')).ok).toBe(true)
  await expect(catalogue.cell(sku.id, 'name')).toHaveText('窗口二的名称')

  await page.bringToFront()
  await catalogue.dismissToasts()
  await catalogue.cell(sku.id, 'code').click()
  await page.keyboard.press('Control+z')
  await expect(catalogue.toasts.filter({ hasText: '未撤销' })).toBeVisible()
  expect((await skuByCode(request, workbench, 'SKU-0001')).name).toBe('窗口二的名称')
  await expect(catalogue.cell(sku.id, 'name')).toHaveText('窗口二的名称')
})
