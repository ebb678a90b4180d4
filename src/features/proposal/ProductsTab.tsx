import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ProposalDetail, ProposalSkuView } from '../../shared/contract/proposal'
import { api } from '../../lib/api'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { GridColumn } from '../../grid/grid-columns'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import { ppmToPercentText } from '../../shared/domain/sku'
import { createItemSource } from './item-source'
import { countColumn, moneyColumn, percentColumn, textColumn } from './proposal-columns'
import { fenCell, ppmCell } from './cell-input'
import { useHighlightRow } from './use-highlight-row'
import { createOwnWriteEchoes, isAssortmentChangeNew } from './assortment-follow'

export interface SkuRow extends ProposalSkuView {
  /** The assortment line's id: the proposal's SKU lines are the account's assortment lines. */
  id: number
}

type SkuField = 'supplyPriceFen' | 'retailPriceFen' | 'plannedAnnualUnits' | 'marginTargetPpm'
const SKU_FIELDS: readonly SkuField[] = ['supplyPriceFen', 'retailPriceFen', 'plannedAnnualUnits', 'marginTargetPpm']

export const toSkuRows = (detail: ProposalDetail): SkuRow[] => detail.skus.map((sku) => ({ ...sku, id: sku.assortmentLineId }))

interface ProductsTabProps {
  detail: ProposalDetail
  rows: SkuRow[]
  language: Language
  reload(): Promise<ProposalDetail | null>
  highlightId: string | null
}

/** 产品: the SKUs proposed for listing with prices, planned units and margin against the target; rows below it in red. */
export function ProductsTab({ detail, rows, language, reload, highlightId }: ProductsTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<SkuRow> | null>(null)
  const latestRows = useRef(rows)
  latestRows.current = rows
  const accountId = detail.account.id
  const [ownWrites] = useState(createOwnWriteEchoes)
  const source = useMemo(
    () =>
      createItemSource<SkuRow, SkuField>(t, {
        entity: 'assortment',
        fields: SKU_FIELDS,
        moneyFields: ['supplyPriceFen', 'retailPriceFen'],
        serviceValue: (row, field) =>
          field === 'marginTargetPpm' ? ppmCell(row.targetPpm) : field === 'plannedAnnualUnits' ? row.plannedAnnualUnits : fenCell(row[field]),
        copyText: (row, colId) => String((row as unknown as Record<string, unknown>)[colId] ?? ''),
        fieldLabel: (field) => t(`proposal.page.sku.${field === 'supplyPriceFen' ? 'supplyPrice' : field === 'retailPriceFen' ? 'retailPrice' : field === 'marginTargetPpm' ? 'target' : 'plannedAnnualUnits'}`),
        // Prices and volumes are the assortment line's: the same channel and the same stale check as
        // the assortment page (a line another window wrote since is refused, not overwritten).
        save: async (row, patch, baseVersion) => {
          ownWrites.expect(row.assortmentLineId)
          try {
            await api.assortment.update({ id: row.assortmentLineId, patch, baseVersion })
          } catch (error) {
            ownWrites.cancel(row.assortmentLineId)
            throw error
          }
        },
        remove: async (ids) => {
          await api.assortment.remove({ ids })
        },
        rowsNow: () => latestRows.current,
        reload: async () => {
          const next = await reload()
          return next ? toSkuRows(next) : latestRows.current
        },
        // Every assortment write in the workspace is announced; only this account's lines at a
        // version the tab does not show yet are worth reading the proposal again for.
        isAffectedBy: async (ids) => {
          const others = ownWrites.othersOf(ids)
          return others.length > 0 && isAssortmentChangeNew(others, latestRows.current, await api.assortment.list({ accountId }))
        }
      }),
    [t, reload, accountId, ownWrites]
  )
  const columns = useMemo<GridColumn<SkuRow>[]>(
    () => [
      textColumn<SkuRow>('skuCode', t('proposal.page.sku.code'), (row) => row.skuCode, 110),
      { ...textColumn<SkuRow>('name', t('proposal.page.sku.name'), (row) => row.name, 180), pinned: 'left' },
      textColumn<SkuRow>('spec', t('proposal.page.sku.spec'), (row) => row.spec ?? '', 100),
      textColumn<SkuRow>('status', t('proposal.page.sku.status'), (row) => t(`sku.assortmentStatus.${row.status}`), 90),
      moneyColumn<SkuRow>('supplyPriceFen', t('proposal.page.sku.supplyPrice'), (row) => row.supplyPriceFen, language, 110, true),
      moneyColumn<SkuRow>('retailPriceFen', t('proposal.page.sku.retailPrice'), (row) => row.retailPriceFen, language, 110, true),
      moneyColumn<SkuRow>('unitCostFen', t('proposal.page.sku.unitCost'), (row) => row.unitCostFen, language, 100),
      countColumn<SkuRow>('plannedAnnualUnits', t('proposal.page.sku.plannedAnnualUnits'), (row) => row.plannedAnnualUnits, language, 120, true),
      {
        ...percentColumn<SkuRow>('frontMargin', t('proposal.page.sku.frontMargin'), (row) => row.frontMarginPpm, 110),
        cellClassRules: { 'cell-below-target': (params) => params.data?.meetsTarget === false }
      },
      percentColumn<SkuRow>('marginTargetPpm', t('proposal.page.sku.target'), (row) => row.targetPpm, 110, true),
      {
        colId: 'meetsTarget',
        headerName: t('proposal.page.sku.meetsTarget'),
        valueGetter: (params) => (params.data?.meetsTarget === null || params.data === undefined ? '' : params.data.meetsTarget ? t('proposal.page.sku.yes') : t('proposal.page.sku.no')),
        cellClassRules: { 'cell-below-target': (params) => params.data?.meetsTarget === false },
        cellClass: 'cell-computed',
        width: 90
      },
      moneyColumn<SkuRow>('netNetPrice', t('proposal.page.sku.netNetPrice'), (row) => row.netNetPriceFen, language, 110)
    ],
    [t, language]
  )
  useHighlightRow(grid, rows, highlightId, (row, itemId) => row.skuCode === itemId)
  const belowTarget = rows.filter((row) => row.meetsTarget === false).length
  const { figures } = detail
  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-skus">
      <div className="toolbar">
        <span className="muted">{t('proposal.page.sku.editHint')}</span>
        <span className="toolbar-spacer" />
        {belowTarget > 0 && (
          <span className="below-target-count" data-testid="proposal-below-target">
            {t('proposal.page.belowTargetCount', { count: belowTarget })}
          </span>
        )}
        {figures.marginTargetPpm !== null && figures.meetsMarginTarget !== null && (
          <span className={figures.meetsMarginTarget ? 'readiness-ready' : 'readiness-summary has-blockers'}>
            {t(figures.meetsMarginTarget ? 'proposal.page.proposalMeetsTarget' : 'proposal.page.proposalBelowTarget', { target: ppmToPercentText(figures.marginTargetPpm) })}
          </span>
        )}
      </div>
      <div className="proposal-grid">
        <SpreadsheetGrid<SkuRow, SkuField>
          gridId={`proposal-skus:${detail.proposal.id}`}
          testId="proposal-skus-grid"
          language={language}
          columns={columns}
          source={source}
          rows={rows}
          isComplete
          emptyText={t('proposal.readiness.code.no_skus')}
          isTotalsRow={() => false}
          quickSearch=""
          controllerRef={grid}
          moneyUnit="yuan"
        />
      </div>
    </div>
  )
}
