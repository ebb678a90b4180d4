import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, onWorkspaceChange } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import type { Account } from '../../shared/domain/accounts/account'
import type { Sku } from '../../shared/domain/catalogue/sku'
import { MATRIX_NOT_CARRIED, MATRIX_STATUS_CHAR } from '../../shared/domain/assortment/assortment-line'
import { ASSORTMENT_STATUSES, type AssortmentStatus } from '../../shared/domain/sku'
import type { AssortmentMatrix as Matrix } from '../../shared/contract/assortment'
import { errorMessage } from '../../grid/grid-errors'

const STATUS_OF_CHAR = new Map<string, AssortmentStatus>(ASSORTMENT_STATUSES.map((status) => [MATRIX_STATUS_CHAR[status], status]))

/** Every body row is this tall (catalogue.css holds it there), so the rows in view follow from the scroll position. */
const ROW_HEIGHT = 29
/** Rows drawn beyond the viewport on each side, so a quick scroll does not show blank rows. */
const OVERSCAN_ROWS = 12
/** How long the matrix waits for a burst of line changes (a copy, an import) to end before it reads. */
const MATRIX_SETTLE_MS = 250

/**
 * The rows to draw for a scroll position: 2,000 SKUs × 200 accounts is 400,000 cells, far more
 * than a browser lays out quickly; only the rows in view are in the document, with spacers.
 */
function useRowWindow(rowCount: number) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 800 })
  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    element.addEventListener('scroll', measure, { passive: true })
    return () => {
      observer.disconnect()
      element.removeEventListener('scroll', measure)
    }
  }, [rowCount])
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN_ROWS)
  const last = Math.min(rowCount, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN_ROWS)
  return { scrollRef, first, last, topSpace: first * ROW_HEIGHT, bottomSpace: (rowCount - last) * ROW_HEIGHT }
}

interface AssortmentMatrixProps {
  accounts: Account[]
  skuById: Map<number, Sku>
  onOpenAccount(id: number): void
}

/** SKUs × accounts, each cell the listing status: which chains carry which SKUs, at a glance. */
export function AssortmentMatrix({ accounts, skuById, onOpenAccount }: AssortmentMatrixProps): React.JSX.Element {
  const { t } = useTranslation()
  const [matrix, setMatrix] = useState<Matrix | null>(null)
  const [filter, setFilter] = useState('')
  const [isOnlyCarried, setOnlyCarried] = useState(true)
  const [statusFilter, setStatusFilter] = useState<AssortmentStatus | ''>('')

  // Read again after lines change anywhere (this window, another one, a script): one read per burst.
  useEffect(() => {
    let isLive = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = () => api.assortment.matrix({}).then((loaded) => isLive && setMatrix(loaded), (error: unknown) => isLive && showToast('error', errorMessage(error, t)))
    void load()
    const unsubscribe = onWorkspaceChange((change) => {
      if (change.entity !== 'assortment' && change.entity !== 'catalogue') return
      clearTimeout(timer)
      timer = setTimeout(() => void load(), MATRIX_SETTLE_MS)
    })
    return () => {
      isLive = false
      clearTimeout(timer)
      unsubscribe()
    }
  }, [t])

  const accountById = useMemo(() => new Map(accounts.map((account) => [account.id, account])), [accounts])
  const shownSkus = useMemo(() => {
    if (!matrix) return []
    const needle = filter.trim().toLowerCase()
    return matrix.skuIds
      .map((skuId, index) => ({ skuId, index, sku: skuById.get(skuId) }))
      .filter(({ sku, index }) => {
        if (needle && !(sku && (sku.code.toLowerCase().includes(needle) || sku.name.toLowerCase().includes(needle) || sku.category.toLowerCase().includes(needle)))) return false
        const chars = matrix.accountIds.map((accountId) => matrix.statuses[String(accountId)]?.[index] ?? MATRIX_NOT_CARRIED)
        if (statusFilter) return chars.includes(MATRIX_STATUS_CHAR[statusFilter])
        return !isOnlyCarried || chars.some((char) => char !== MATRIX_NOT_CARRIED)
      })
  }, [matrix, filter, isOnlyCarried, statusFilter, skuById])
  const rowWindow = useRowWindow(shownSkus.length)

  if (!matrix) return <p className="muted matrix-loading">{t('common.loading')}</p>
  return (
    <div className="matrix-view" data-testid="assortment-matrix">
      <div className="matrix-controls">
        <input type="search" value={filter} placeholder={t('assortment.matrix.filterSku')} onChange={(event) => setFilter(event.target.value)} data-testid="matrix-filter" />
        <label>
          <input type="checkbox" checked={isOnlyCarried} onChange={(event) => setOnlyCarried(event.target.checked)} />
          {t('assortment.matrix.onlyCarried')}
        </label>
        <select value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as AssortmentStatus | '')} aria-label={t('assortment.matrix.status')}>
          <option value="">{t('grid.filterAll')}</option>
          {ASSORTMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`sku.assortmentStatus.${status}`)}
            </option>
          ))}
        </select>
        <span className="toolbar-spacer" />
        <span className="matrix-legend">
          {ASSORTMENT_STATUSES.map((status) => (
            <span key={status} className={`matrix-cell matrix-${status}`}>
              {t(`sku.assortmentStatus.${status}`)}
            </span>
          ))}
        </span>
      </div>
      {shownSkus.length === 0 || matrix.accountIds.length === 0 ? (
        <p className="muted">{t('assortment.matrix.empty')}</p>
      ) : (
        <div className="matrix-scroll" ref={rowWindow.scrollRef} data-testid="matrix-scroll">
          <table className="matrix-table">
            <thead>
              <tr>
                <th className="matrix-sku">{t('sku.fields.name')}</th>
                {matrix.accountIds.map((accountId) => (
                  <th key={accountId} className="matrix-account">
                    <button className="link-button" onClick={() => onOpenAccount(accountId)} title={accountById.get(accountId)?.name}>
                      {accountById.get(accountId)?.name ?? accountId}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowWindow.topSpace > 0 && <tr className="matrix-spacer" style={{ height: rowWindow.topSpace }} aria-hidden="true" />}
              {shownSkus.slice(rowWindow.first, rowWindow.last).map(({ skuId, index, sku }) => (
                <tr key={skuId} className="matrix-row">
                  <th className="matrix-sku">
                    {sku?.name ?? skuId} <span className="muted">{sku?.code}</span>
                  </th>
                  {matrix.accountIds.map((accountId) => {
                    const status = STATUS_OF_CHAR.get(matrix.statuses[String(accountId)]?.[index] ?? MATRIX_NOT_CARRIED)
                    return (
                      <td key={accountId} className={`matrix-cell ${status ? `matrix-${status}` : 'matrix-none'}`} title={status ? t(`sku.assortmentStatus.${status}`) : t('assortment.matrix.notCarried')}>
                        {status ? t(`sku.assortmentStatus.${status}`) : ''}
                      </td>
                    )
                  })}
                </tr>
              ))}
              {rowWindow.bottomSpace > 0 && <tr className="matrix-spacer" style={{ height: rowWindow.bottomSpace }} aria-hidden="true" />}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
