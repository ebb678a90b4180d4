import { test, expect, callApi, listAccounts } from './fixtures'
import { makeAccountRows, writeAccountsXlsx } from '../helpers/account-fixtures'

/** More accounts than the first screen asks for (200), so the page loads in two steps. */
const ACCOUNTS = 450

test('a workspace larger than the first screen: every account arrives, then editing, totals and counts work', async ({ workbench, accountsPage, page, request }) => {
  // An empty workspace filled the way a script would: the import API with a generated .xlsx.
  await callApi(request, workbench, 'workspace:init', { kind: 'empty' })
  const file = { fileName: 'large.xlsx', dataBase64: (await writeAccountsXlsx(makeAccountRows(ACCOUNTS, 5), 'zh-CN')).toString('base64') }
  const preview = await callApi<{ columns: { field: string | null }[] }>(request, workbench, 'accounts:import-preview', file)
  await callApi(request, workbench, 'accounts:import-commit', { ...file, mapping: preview.columns.map((column) => column.field) })
  const stored = await listAccounts(request, workbench)
  expect(stored).toHaveLength(ACCOUNTS)

  await page.goto(workbench.url)
  await accountsPage.open()
  // Adding is allowed only once every account is in; the counts then name all of them.
  await expect(page.getByTestId('accounts-add')).toBeEnabled()
  expect(await accountsPage.rowCounts()).toEqual({ shown: ACCOUNTS, total: ACCOUNTS })
  const directStores = stored.reduce((sum, account) => sum + (account.directStores ?? 0), 0)
  await expect(await accountsPage.totalsCell('directStores')).toHaveText(directStores.toLocaleString('en-US'))

  // The last account (beyond the first screen) is in the grid and can be edited.
  const last = stored.reduce((newest, account) => (account.id > newest.id ? account : newest))
  await accountsPage.searchFor(last.code)
  expect(await accountsPage.rowIds()).toEqual([last.id])
  expect((await accountsPage.editCell(last.id, 'employees', '321')).ok).toBe(true)
  expect((await listAccounts(request, workbench)).find((account) => account.id === last.id)?.employees).toBe(321)
})
