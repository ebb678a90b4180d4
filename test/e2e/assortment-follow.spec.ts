/**
 * The Assortment page of an open window follows what other windows and scripts change: a SKU's
 * catalogue prices and name (the lines on it are recomputed in place), and the account's lines.
 */
import type { Page } from '@playwright/test'
import { test, expect, callApi, type Workbench } from './fixtures'
import { AssortmentPage } from './pages/AssortmentPage'
import { CataloguePage } from './pages/CataloguePage'
import type { Account } from '../../src/shared/domain/accounts/account'
import type { AssortmentLine } from '../../src/shared/domain/assortment/assortment-line'
import type { Sku } from '../../src/shared/domain/catalogue/sku'

test.setTimeout(120_000)

type Request = Parameters<typeof callApi>[0]

/** Yuan from a shown amount ("¥12,345.60"). */
const yuanOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''))

/** The first account with lines, its first line, and a catalogue SKU it does not carry. */
async function accountWithLines(request: Request, workbench: Workbench): Promise<{ account: Account; line: AssortmentLine; lines: AssortmentLine[]; uncarried: Sku }> {
  const skus = await callApi<Sku[]>(request, workbench, 'catalogue:list')
  for (const account of await callApi<Account[]>(request, workbench, 'accounts:list')) {
    const lines = await callApi<AssortmentLine[]>(request, workbench, 'assortment:list', { accountId: account.id })
    const carried = new Set(lines.map((line) => line.skuId))
    const uncarried = skus.find((sku) => !carried.has(sku.id) && sku.status === 'active')
    if (lines[0] && uncarried) return { account, line: lines[0], lines, uncarried }
  }
  throw new Error('no account with lines in the demo workspace')
}

/** A second tab on the same workspace, on the assortment of `account`. */
async function assortmentWindow(page: Page, workbench: Workbench, account: Account): Promise<AssortmentPage> {
  const other = await page.context().newPage()
  await other.goto(workbench.url)
  const assortment = new AssortmentPage(other)
  await assortment.open()
  await assortment.chooseAccount(account.name)
  return assortment
}

test.beforeEach(async ({ welcomePage }) => {
  await welcomePage.openDemoWorkspace()
})

test('a list supply price changed through the API shows in the open assortment, and the margin follows it', async ({ workbench, page, request }) => {
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const { account, line } = await accountWithLines(request, workbench)
  // The line follows the catalogue's supply price and has its own retail price ¥20.00, 100 units a year.
  await callApi(request, workbench, 'assortment:update', { id: line.id, patch: { status: 'listed', supplyPriceFen: null, retailPriceFen: '20.00', plannedAnnualUnits: 100 } })
  await callApi(request, workbench, 'catalogue:update', { id: line.skuId, patch: { listSupplyPriceFen: '10.00' } })
  const assortment = await assortmentWindow(page, workbench, account)
  // Front margin = (r − s) / r = (20.00 − 10.00) / 20.00 = 50.0 %.
  await expect(assortment.cell(line.id, 'frontMargin')).toHaveText('50.0%')
  await expect(assortment.cell(line.id, 'supplyPriceFen')).toContainText('10.00')
  // The panel sums the lines once they are all in (100 units × ¥10.00 of this line alone make it above 0).
  await expect.poll(async () => yuanOf(await assortment.plannedValue().innerText())).toBeGreaterThan(0)
  const plannedBefore = yuanOf(await assortment.plannedValue().innerText())
  // The line ticked: the tick stays.
  await assortment.tick(line.id)
  await expect(assortment.grid.locator(`.ag-row-selected[row-id="${line.id}"]`).first()).toBeVisible()
  // A cell of the line being typed into while the change arrives: the editor stays, with what was typed.
  await assortment.cell(line.id, 'plannedAnnualUnits').dblclick()
  const editor = assortment.page.locator('.ag-cell-inline-editing input').first()
  await editor.fill('150')

  await callApi(request, workbench, 'catalogue:update', { id: line.skuId, patch: { listSupplyPriceFen: '8.00' } })

  // The catalogue window shows the new price (the grid layer's follow) …
  await expect(catalogue.cell(line.skuId, 'listSupplyPriceFen')).toContainText('8')
  // … and the assortment window recomputes the line on it: (20.00 − 8.00) / 20.00 = 12.00 / 20.00 = 60.0 %;
  // the planned purchase value falls by 100 units × ¥2.00 = ¥200.00 (the structure panel follows).
  await expect(assortment.cell(line.id, 'supplyPriceFen')).toContainText('8.00')
  await expect(assortment.cell(line.id, 'frontMargin')).toHaveText('60.0%')
  await expect.poll(async () => yuanOf(await assortment.plannedValue().innerText())).toBeCloseTo(plannedBefore - 200, 2)
  await expect(editor).toBeVisible()
  await expect(editor).toHaveValue('150')
  await editor.press('Escape')
  // In place: the tick is still there and the account's lines were not loaded again.
  await expect(assortment.grid.locator(`.ag-row-selected[row-id="${line.id}"]`).first()).toBeVisible()
  await expect(assortment.root).toHaveAttribute('data-shown-account', String(account.id))
})

test('a SKU renamed in the catalogue window and lines changed or added elsewhere show in the open assortment', async ({ workbench, page, request }) => {
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  const { account, line, lines, uncarried } = await accountWithLines(request, workbench)
  const assortment = await assortmentWindow(page, workbench, account)
  await expect(assortment.cell(line.id, 'name')).toBeVisible()

  await page.bringToFront()
  expect((await catalogue.editCell(line.skuId, 'name', '跟随目录的新名称')).ok).toBe(true)
  await expect(assortment.cell(line.id, 'name')).toHaveText('跟随目录的新名称')

  await callApi(request, workbench, 'assortment:update', { id: line.id, patch: { plannedAnnualUnits: 4321 } })
  await expect(assortment.cell(line.id, 'plannedAnnualUnits')).toContainText('4,321')

  const added = await callApi<{ created: AssortmentLine[] }>(request, workbench, 'assortment:apply-changes', { updates: [], creates: [{ accountId: account.id, skuId: uncarried.id, patch: { status: 'proposed' } }] })
  const created = added.created[0]
  if (!created) throw new Error('the line was not created')
  // Added at the top of the grid, as this window's own additions are.
  await expect(assortment.cell(created.id, 'code')).toHaveText(uncarried.code)
  const plannedCount = lines.filter((each) => each.status === 'listed' || each.status === 'proposed').length + 1
  await expect(assortment.totalsLabel()).toHaveText(`合计（计划品项 ${plannedCount} 个）`)
})

test('the matrix follows a line whose status changed elsewhere', async ({ workbench, page, request }) => {
  const { account, line } = await accountWithLines(request, workbench)
  const sku = (await callApi<Sku[]>(request, workbench, 'catalogue:list')).find((each) => each.id === line.skuId)
  if (!sku) throw new Error('the line names no catalogue SKU')
  await callApi(request, workbench, 'assortment:update', { id: line.id, patch: { status: 'listed' } })
  const assortment = new AssortmentPage(page)
  await assortment.open()
  await page.getByTestId('assortment-view-matrix').click()
  await page.getByTestId('matrix-filter').fill(sku.code)
  const { accountIds } = await callApi<{ accountIds: number[] }>(request, workbench, 'assortment:matrix')
  const row = page.getByTestId('assortment-matrix').locator('tr.matrix-row', { has: page.locator('th .muted', { hasText: new RegExp(`^${sku.code}$`) }) })
  const cell = row.locator('td').nth(accountIds.indexOf(account.id))
  await expect(cell).toHaveText('已上架')

  await callApi(request, workbench, 'assortment:update', { id: line.id, patch: { status: 'delisted' } })
  await expect(cell).toHaveText('已下架')
})
