import { useEffect, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { showToast } from '../../components/toast-store'
import type { Account } from '../../shared/domain/accounts/account'
import { createRegionLookup, type Region, type RegionLookup } from '../../shared/domain/regions'
import { errorMessage } from '../../grid/grid-errors'
import { toAccountRow, type AccountRow } from './account-rows'
import { FIRST_SCREEN_ACCOUNTS } from './first-screen'
import { takeAccountsData } from './accounts-data'
import { setRowCounts } from './row-counts'

/** The whole list is asked for once the first screen has painted, or after this long at the latest. */
const REST_OF_LIST_AT_THE_LATEST_MS = 2000

export interface AccountsLoad {
  /** Undefined until the first screen is in; a new array when more arrives. */
  rows: AccountRow[] | undefined
  isComplete: boolean
  /** The region list and lookup, filled when they arrive (the editor and new rows read them). */
  regions: { list: readonly Region[]; lookup: RegionLookup | null }
  onFirstRowsRendered(): void
}

/**
 * The first screen at once, then every account. Until every account is in, the grid only shows:
 * no edits, no totals (they would be partial). The whole list is asked for only once the grid has
 * painted the first screen, so a large list is neither serialised, sent nor parsed while the first
 * rows are on their way.
 */
export function useAccountsLoad(t: TFunction): AccountsLoad {
  const regions = useRef<AccountsLoad['regions']>({ list: [], lookup: null }).current
  const [rows, setRows] = useState<AccountRow[] | undefined>(undefined)
  const [isComplete, setComplete] = useState(false)
  const firstRowsRendered = useRef<(() => void) | null>(null)
  useEffect(() => {
    let isCurrent = true
    let isDone = false
    const data = takeAccountsData()
    const show = (accounts: Account[], regionList: Region[], isAll: boolean) => {
      if (!isCurrent || isDone) return
      regions.lookup = createRegionLookup(regionList)
      regions.list = regionList
      const built = accounts.map((account) => toAccountRow(account, regions.lookup))
      performance.mark(isAll ? 'ka:rows-built' : 'ka:first-screen-built')
      if (isAll) isDone = true
      else setRowCounts({ shown: accounts.length, total: null })
      setRows(built)
      setComplete(isAll)
    }
    const loadAll = () => {
      if (!isCurrent) return
      void Promise.all([data.all(), data.regions])
        .then(([all, regionList]) => {
          performance.mark('ka:accounts-data')
          show(all, regionList, true)
        })
        .catch((error: unknown) => showToast('error', errorMessage(error, t)))
    }
    // After the frame that shows the first rows (the grid reports them rendered, not yet painted).
    const afterFirstPaint = new Promise<void>((resolve) => {
      firstRowsRendered.current = () => requestAnimationFrame(() => setTimeout(resolve, 0))
      // Should the grid never report rendered rows (no room to draw them), the rest comes anyway.
      setTimeout(resolve, REST_OF_LIST_AT_THE_LATEST_MS)
    })
    void Promise.all([data.firstScreen, data.regions])
      .then(([first, regionList]) => {
        const isAll = first.length < FIRST_SCREEN_ACCOUNTS
        show(first, regionList, isAll)
        if (!isAll) void afterFirstPaint.then(loadAll)
      })
      // The first screen failed: the whole list says why (or loads after all).
      .catch(loadAll)
    return () => {
      isCurrent = false
      firstRowsRendered.current = null
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regions])
  useEffect(() => () => setRowCounts(null), [])
  return { rows, isComplete, regions, onFirstRowsRendered: () => firstRowsRendered.current?.() }
}
