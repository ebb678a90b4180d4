import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import type { Account } from '../../shared/domain/accounts/account'
import type { Sku } from '../../shared/domain/catalogue/sku'
import type { AccountPlan, AssortmentLine, WhitespaceItem } from '../../shared/domain/assortment/assortment-line'
import type { MarginTargetContext } from '../../shared/domain/sku'
import { errorMessage } from '../../grid/grid-errors'
import { catalogueWithChanges, toAssortmentRow, type AssortmentRow } from './assortment-rows'

/** The account last worked on, remembered on this machine. */
const LAST_ACCOUNT_KEY = 'ka-workbench.assortment.account'

function rememberedAccountId(): number | null {
  const stored = Number(localStorage.getItem(LAST_ACCOUNT_KEY))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : null
}

export interface AssortmentData {
  accounts: Account[] | undefined
  catalogue: Sku[] | undefined
  skuById: Map<number, Sku>
  account: Account | null
  chooseAccount(id: number): void
  /** Undefined while the account's lines load. */
  rows: AssortmentRow[] | undefined
  plan: AccountPlan | null
  setPlan(plan: AccountPlan): void
  target: MarginTargetContext
  toRow(line: AssortmentLine): AssortmentRow
  toRowWith(line: AssortmentLine, target: MarginTargetContext): AssortmentRow
  whitespace: WhitespaceItem[] | undefined
  reloadWhitespace(): void
  /** SKUs as stored now (another window's or a script's change) in place of the ones held, and SKUs gone taken out. */
  mergeCatalogue(fresh: readonly Sku[], goneIds: readonly number[]): void
}

/** The accounts, the catalogue, and the chosen account's lines, plan and whitespace. */
export function useAssortmentData(t: TFunction): AssortmentData {
  const [accounts, setAccounts] = useState<Account[] | undefined>(undefined)
  const [catalogue, setCatalogue] = useState<Sku[] | undefined>(undefined)
  const [accountId, setAccountId] = useState<number | null>(rememberedAccountId)
  const [rows, setRows] = useState<AssortmentRow[] | undefined>(undefined)
  const [plan, setPlan] = useState<AccountPlan | null>(null)
  const [whitespace, setWhitespace] = useState<WhitespaceItem[] | undefined>(undefined)
  const fail = useCallback((error: unknown) => showToast('error', errorMessage(error, t)), [t])

  useEffect(() => {
    void Promise.all([api.accounts.list({}), api.catalogue.list({})])
      .then(([accountList, skus]) => {
        setAccounts(accountList)
        setCatalogue(skus)
        setAccountId((current) => (current !== null && accountList.some((account) => account.id === current) ? current : (accountList[0]?.id ?? null)))
      })
      .catch(fail)
  }, [fail])

  const account = useMemo(() => accounts?.find((candidate) => candidate.id === accountId) ?? null, [accounts, accountId])

  const reloadWhitespace = useCallback(() => {
    if (accountId === null) return
    api.assortment.whitespace({ accountId }).then(setWhitespace, fail)
  }, [accountId, fail])

  const skuById = useMemo(() => new Map((catalogue ?? []).map((sku) => [sku.id, sku])), [catalogue])
  // Rows are made from the catalogue as it is when they arrive, not as it was when a read began:
  // a line another window changed, read while the catalogue follows a SKU change, gets the new SKU.
  const currentSkuById = useRef(skuById)
  useLayoutEffect(() => {
    currentSkuById.current = skuById
  }, [skuById])
  const target = useMemo<MarginTargetContext>(() => ({ accountTargetPpm: plan?.marginTargetPpm ?? null, format: account?.format ?? null }), [plan, account])
  const toRowWith = useCallback(
    (line: AssortmentLine, context: MarginTargetContext) =>
      // A line always names a catalogue SKU (deleting a SKU removes its lines); should the catalogue
      // be older than the line, the row still shows, its figures from an empty SKU.
      toAssortmentRow(line, currentSkuById.current.get(line.skuId) ?? placeholderSku(line.skuId), context),
    []
  )
  const toRow = useCallback((line: AssortmentLine) => toRowWith(line, target), [toRowWith, target])

  const mergeCatalogue = useCallback((fresh: readonly Sku[], goneIds: readonly number[]) => {
    if (fresh.length === 0 && goneIds.length === 0) return
    setCatalogue((current) => current && catalogueWithChanges(current, fresh, goneIds))
  }, [])

  // The grid owns the rows once loaded (edits, actions and other windows' changes put rows into
  // it); a new load comes only with another account, never with a SKU that changed.
  const hasCatalogue = catalogue !== undefined
  const format = account?.format ?? null
  useEffect(() => {
    if (accountId === null || !hasCatalogue) return
    let isCurrent = true
    setRows(undefined)
    setPlan(null)
    setWhitespace(undefined)
    void Promise.all([api.assortment.list({ accountId }), api.assortment.planGet({ accountId })])
      .then(([accountLines, accountPlan]) => {
        if (!isCurrent) return
        setPlan(accountPlan)
        setRows(accountLines.map((line) => toRowWith(line, { accountTargetPpm: accountPlan.marginTargetPpm, format })))
      })
      .catch((error: unknown) => {
        if (isCurrent) setRows([])
        fail(error)
      })
    // The whitespace ranks the catalogue over every other account's lines: the grid does not wait for it.
    api.assortment.whitespace({ accountId }).then((items) => isCurrent && setWhitespace(items), fail)
    return () => {
      isCurrent = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId, hasCatalogue, fail])

  const chooseAccount = useCallback((id: number) => {
    localStorage.setItem(LAST_ACCOUNT_KEY, String(id))
    setAccountId(id)
  }, [])

  return { accounts, catalogue, skuById, account, chooseAccount, rows, plan, setPlan, target, toRow, toRowWith, whitespace, reloadWhitespace, mergeCatalogue }
}

function placeholderSku(id: number): Sku {
  return {
    id,
    code: `#${id}`,
    barcode: null,
    name: '',
    spec: '',
    unit: '',
    category: '',
    brand: '',
    casePack: null,
    unitCostFen: null,
    listSupplyPriceFen: 0,
    suggestedRetailPriceFen: null,
    isKeySku: false,
    status: 'active',
    notes: '',
    updatedAt: '',
    rowVersion: 1
  }
}
