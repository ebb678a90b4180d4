import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { promotionEventOf, type PromotionInput, type PromotionView, type ProposalDetail, type StoredPromotion } from '../../shared/contract/proposal'
import { PROMOTION_KINDS, type PromotionEventResult } from '../../shared/domain/proposal'
import { ppmToRatio } from '../../shared/domain/rate'
import { api } from '../../lib/api'
import { formatCount, formatFen, formatPercent } from '../../lib/format'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { GridColumn } from '../../grid/grid-columns'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { createItemSource } from './item-source'
import { choiceColumn, countColumn, moneyColumn, percentColumn, textColumn } from './proposal-columns'
import { cellToCount, cellToDate, cellToFen, cellToPpm, cellToText, fenCell, ppmCell } from './cell-input'
import { PromotionDialog } from './PromotionDialog'
import { PromotionCalendar } from './PromotionCalendar'
import { PriceCutCalculator } from './PriceCutCalculator'
import { useHighlightRow } from './use-highlight-row'

export interface EventRow {
  id: number
  rowVersion: number
  view: PromotionView
  /** The service's figures for the event (promotionEventResult); undefined only if the plan left it out. */
  result: PromotionEventResult | undefined
}

type EventField = 'kind' | 'name' | 'storeCount' | 'startDate' | 'endDate' | 'upliftPpm' | 'fixedFeesFen' | 'buyQuantity' | 'getQuantity'
const EVENT_FIELDS: readonly EventField[] = ['kind', 'name', 'storeCount', 'startDate', 'endDate', 'upliftPpm', 'fixedFeesFen', 'buyQuantity', 'getQuantity']

export const toEventRows = (detail: ProposalDetail): EventRow[] => {
  const results = new Map(detail.promotionPlan.events.map((result) => [result.eventId, result]))
  return detail.promotions.map((view) => ({ id: view.promotion.id, rowVersion: 0, view, result: results.get(String(view.promotion.id)) }))
}

/** The stored event as the domain's event (codes and prices per SKU), for the calendar. */
function inputOf(promotion: StoredPromotion): PromotionInput {
  return {
    proposalId: promotion.proposalId,
    id: promotion.id,
    kind: promotion.kind,
    name: promotion.name,
    skus: promotion.skus,
    storeCount: promotion.storeCount,
    startDate: promotion.startDate,
    endDate: promotion.endDate,
    upliftPpm: promotion.upliftPpm,
    fixedFeesFen: promotion.fixedFeesFen,
    buyQuantity: promotion.buyQuantity,
    getQuantity: promotion.getQuantity
  }
}

interface PromotionsTabProps {
  detail: ProposalDetail
  rows: EventRow[]
  language: Language
  reload(): Promise<ProposalDetail | null>
  highlightId: string | null
}

/** 促销: the events with their computed units, cost, contribution and ROI, the totals, the calendar and 少降多送. */
export function PromotionsTab({ detail, rows, language, reload, highlightId }: PromotionsTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<EventRow> | null>(null)
  const latestRows = useRef(rows)
  latestRows.current = rows
  const [isAdding, setAdding] = useState(false)

  const source = useMemo(
    () =>
      createItemSource<EventRow, EventField>(t, {
        entity: 'proposal-promotions',
        fields: EVENT_FIELDS,
        moneyFields: ['fixedFeesFen'],
        serviceValue: (row, field) => (field === 'fixedFeesFen' ? fenCell(row.view.promotion.fixedFeesFen) : field === 'upliftPpm' ? ppmCell(row.view.promotion.upliftPpm) : row.view.promotion[field]),
        copyText: (row, colId) => String((row.view.promotion as unknown as Record<string, unknown>)[colId] ?? ''),
        fieldLabel: (field) => t(`proposal.page.event.${field === 'upliftPpm' ? 'uplift' : field === 'fixedFeesFen' ? 'fixedFees' : field}`),
        save: async (row, patch: FieldPatch<EventField>) => {
          const input = inputOf(row.view.promotion)
          for (const [field, value] of Object.entries(patch)) {
            const cell = value ?? null
            if (field === 'kind') input.kind = PROMOTION_KINDS.find((code) => code === cell) ?? input.kind
            else if (field === 'name') input.name = cellToText(cell) || input.name
            else if (field === 'storeCount') input.storeCount = cellToCount(cell, t) ?? 0
            else if (field === 'startDate') input.startDate = cellToDate(cell, t)
            else if (field === 'endDate') input.endDate = cellToDate(cell, t)
            else if (field === 'upliftPpm') input.upliftPpm = cellToPpm(cell, t) ?? 0
            else if (field === 'fixedFeesFen') input.fixedFeesFen = cellToFen(cell, t) ?? 0
            else if (field === 'buyQuantity') input.buyQuantity = cellToCount(cell, t)
            else if (field === 'getQuantity') input.getQuantity = cellToCount(cell, t)
          }
          await api.proposal.promotionUpsert(input)
        },
        remove: async (ids) => {
          for (const id of ids) await api.proposal.promotionRemove({ id })
        },
        rowsNow: () => latestRows.current,
        reload: async () => {
          const next = await reload()
          return next ? toEventRows(next) : latestRows.current
        }
      }),
    [t, reload]
  )

  const columns = useMemo<GridColumn<EventRow>[]>(
    () => [
      { ...textColumn<EventRow>('name', t('proposal.page.event.name'), (row) => row.view.promotion.name, 160, true), pinned: 'left' },
      choiceColumn<EventRow, StoredPromotion['kind']>('kind', t('proposal.page.event.kind'), (row) => row.view.promotion.kind, PROMOTION_KINDS, (code) => t(`proposal.promotionKind.${code}`), 120),
      textColumn<EventRow>('skus', t('proposal.page.event.skus'), (row) => row.view.skus.map((sku) => sku.name).join(t('proposal.diffView.separator')), 160),
      countColumn<EventRow>('storeCount', t('proposal.page.event.storeCount'), (row) => row.view.promotion.storeCount, language, 80, true),
      textColumn<EventRow>('startDate', t('proposal.page.event.startDate'), (row) => row.view.promotion.startDate, 110, true),
      textColumn<EventRow>('endDate', t('proposal.page.event.endDate'), (row) => row.view.promotion.endDate, 110, true),
      percentColumn<EventRow>('upliftPpm', t('proposal.page.event.uplift'), (row) => row.view.promotion.upliftPpm, 90, true),
      moneyColumn<EventRow>('fixedFeesFen', t('proposal.page.event.fixedFees'), (row) => row.view.promotion.fixedFeesFen, language, 110, true),
      countColumn<EventRow>('buyQuantity', t('proposal.page.event.buyQuantity'), (row) => row.view.promotion.buyQuantity, language, 60, (params) => params.data?.view.promotion.kind === 'buy_x_get_y'),
      countColumn<EventRow>('getQuantity', t('proposal.page.event.getQuantity'), (row) => row.view.promotion.getQuantity, language, 60, (params) => params.data?.view.promotion.kind === 'buy_x_get_y'),
      {
        ...countColumn<EventRow>('incrementalUnits', t('proposal.page.event.incrementalUnits'), (row) => row.result?.incrementalUnits ?? null, language, 110),
        tooltipValueGetter: (params) => (params.data?.result?.missingReason ? t(`proposal.promotion.missingReason.${params.data.result.missingReason}`) : undefined),
        cellClassRules: { 'cell-problem': (params) => params.data?.result?.costFen === null }
      },
      moneyColumn<EventRow>('cost', t('proposal.page.event.cost'), (row) => row.result?.costFen ?? null, language, 120),
      moneyColumn<EventRow>('incrementalContribution', t('proposal.page.event.incrementalContribution'), (row) => row.result?.incrementalContributionFen ?? null, language, 130),
      percentColumn<EventRow>('roi', t('proposal.page.event.roi'), (row) => row.result?.roiPpm ?? null, 90)
    ],
    [t, language]
  )
  useHighlightRow(grid, rows, highlightId, (row, itemId) => String(row.id) === itemId)
  const domainEvents = useMemo(() => detail.promotions.map(promotionEventOf), [detail.promotions])
  const plan = detail.promotionPlan
  const firstSku = detail.skus[0]

  const addEvent = async (input: PromotionInput): Promise<boolean> => {
    try {
      await api.proposal.promotionUpsert(input)
      await reload()
      return true
    } catch (error) {
      showToast('error', errorMessage(error, t))
      return false
    }
  }
  const removeSelected = async () => {
    const selected = grid.current?.targetRows() ?? []
    if (selected.length === 0) return showToast('info', t('proposal.page.selectFirst'))
    try {
      for (const row of selected) await api.proposal.promotionRemove({ id: row.id })
      await reload()
      showToast('success', t('proposal.page.removed', { count: selected.length }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }
  const showEvent = (eventId: string) => {
    const node = grid.current?.api()?.getRowNode(eventId)
    if (node) {
      grid.current?.api()?.ensureNodeVisible(node, 'middle')
      grid.current?.flashRows([Number(eventId)])
    }
  }

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-promotions">
      <div className="toolbar">
        <button className="button button-primary" onClick={() => setAdding(true)} data-testid="promotion-add">
          <Icon name="add" size={16} /> {t('proposal.page.event.add')}
        </button>
        <button className="button" onClick={() => void removeSelected()} data-testid="promotion-remove">
          <Icon name="trash" size={16} /> {t('proposal.page.remove')}
        </button>
      </div>
      <div className="proposal-grid proposal-grid-small">
        <SpreadsheetGrid<EventRow, EventField>
          gridId={`proposal-promotions:${detail.proposal.id}`}
          testId="proposal-promotions-grid"
          language={language}
          columns={columns}
          source={source}
          rows={rows}
          isComplete
          emptyText={t('proposal.page.event.add')}
          isTotalsRow={() => false}
          quickSearch=""
          controllerRef={grid}
          moneyUnit="yuan"
        />
      </div>
      <div className="proposal-card proposal-totals" data-testid="promotion-totals">
        <span>
          {t('proposal.page.event.totals')} · {t('proposal.promotion.incrementalUnits')}
          <strong>{formatCount(language, plan.incrementalUnits)}</strong>
        </span>
        <span>
          {t('proposal.promotion.cost')}
          <strong data-testid="promotion-total-cost">{formatFen(language, plan.costFen)}</strong>
        </span>
        <span>
          {t('proposal.promotion.incrementalContribution')}
          <strong>{formatFen(language, plan.incrementalContributionFen)}</strong>
        </span>
        <span>
          {t('proposal.promotion.netReturn')}
          <strong>{formatFen(language, plan.netReturnFen)}</strong>
        </span>
        <span>
          {t('proposal.promotion.roi')}
          <strong>{plan.roiPpm === null ? '—' : formatPercent(language, ppmToRatio(plan.roiPpm))}</strong>
        </span>
        <span>
          {t('proposal.promotion.totalFunding')}
          <strong>{detail.figures.promotionFundingFen === null ? t('proposal.page.notComputed') : formatFen(language, detail.figures.promotionFundingFen)}</strong>
        </span>
      </div>
      <div className="proposal-card">
        <PromotionCalendar events={domainEvents} onShowEvent={showEvent} />
      </div>
      <div className="proposal-card">
        <PriceCutCalculator language={language} initialRetailPriceFen={firstSku?.retailPriceFen} initialUnitCostFen={firstSku?.unitCostFen} />
      </div>
      {isAdding && <PromotionDialog proposalId={detail.proposal.id} year={detail.proposal.year} skus={detail.skus} onSave={addEvent} onClose={() => setAdding(false)} />}
    </div>
  )
}
