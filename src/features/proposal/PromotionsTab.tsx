import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { promotionEventOf, type PromotionInput, type PromotionView, type ProposalDetail, type StoredPromotion, type StoredPromotionSku } from '../../shared/contract/proposal'
import { PROMOTION_KINDS, type PromotionEventResult } from '../../shared/domain/proposal'
import { ppmToRatio } from '../../shared/domain/rate'
import { api } from '../../lib/api'
import { formatCount, formatFen, formatPercent } from '../../lib/format'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import type { GridColumn } from '../../grid/grid-columns'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { createItemSource } from './item-source'
import { choiceColumn, countColumn, moneyColumn, percentColumn, textColumn } from './proposal-columns'
import { cellToCount, cellToDate, cellToFen, cellToPpm, cellToText, fenCell, ppmCell } from './cell-input'
import { PromotionDialog } from './PromotionDialog'
import { PromotionCalendar } from './PromotionCalendar'
import { PriceCutCalculator } from './PriceCutCalculator'
import { useHighlightRow } from './use-highlight-row'
import { SkuPickerCellEditor, type SkuPickerParams } from './SkuPickerCellEditor'
import { cellToSkuIds, skuListCell, type SkuRef } from './sku-list'
import { TabGrid, promotionRemoval } from './TabGrid'
import { PromotionLinesPanel } from './PromotionLinesPanel'

export interface EventRow {
  id: number
  rowVersion: number
  view: PromotionView
  /** The service's figures for the event (promotionEventResult); undefined only if the plan left it out. */
  result: PromotionEventResult | undefined
}

type EventField = 'skuIds' | 'kind' | 'name' | 'storeCount' | 'startDate' | 'endDate' | 'upliftPpm' | 'fixedFeesFen' | 'buyQuantity' | 'getQuantity'
const EVENT_FIELDS: readonly EventField[] = ['skuIds', 'kind', 'name', 'storeCount', 'startDate', 'endDate', 'upliftPpm', 'fixedFeesFen', 'buyQuantity', 'getQuantity']

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
  const [chosenEventId, setChosenEventId] = useState<number | null>(null)
  const linesEventId = detail.promotions.some((view) => view.promotion.id === chosenEventId) ? chosenEventId : (detail.promotions[0]?.promotion.id ?? null)
  useEffect(() => {
    if (highlightId !== null && Number.isSafeInteger(Number(highlightId))) setChosenEventId(Number(highlightId))
  }, [highlightId])

  // What an event may promote: the proposal's SKUs and any already in an event.
  const knownSkus = useMemo<SkuRef[]>(() => {
    const refs = new Map<number, SkuRef>(detail.skus.map(({ skuId, skuCode, name }) => [skuId, { skuId, skuCode, name }]))
    for (const view of detail.promotions) for (const { skuId, skuCode, name } of view.skus) if (!refs.has(skuId)) refs.set(skuId, { skuId, skuCode, name })
    return [...refs.values()]
  }, [detail.skus, detail.promotions])
  const latestSkus = useRef(knownSkus)
  latestSkus.current = knownSkus
  // A SKU taken out of an event and put back (an undo) comes back with the figures it had.
  const seenLines = useRef(new Map<string, StoredPromotionSku>())
  useEffect(() => {
    for (const view of detail.promotions) for (const line of view.promotion.skus) seenLines.current.set(`${view.promotion.id}:${line.skuId}`, line)
  }, [detail.promotions])
  const linesFor = (promotion: StoredPromotion, skuIds: readonly number[]): StoredPromotionSku[] =>
    skuIds.map(
      (skuId) =>
        promotion.skus.find((line) => line.skuId === skuId) ??
        seenLines.current.get(`${promotion.id}:${skuId}`) ?? { skuId, baselineUnitsPerStoreWeek: null, promoRetailPriceFen: null, supplierFundingPerUnitFen: 0 }
    )

  const source = useMemo(
    () =>
      createItemSource<EventRow, EventField>(t, {
        entity: 'proposal-promotions',
        fields: EVENT_FIELDS,
        moneyFields: ['fixedFeesFen'],
        serviceValue: (row, field) => (field === 'skuIds' ? skuListCell(row.view.promotion.skus.map((line) => line.skuId), latestSkus.current) : field === 'fixedFeesFen' ? fenCell(row.view.promotion.fixedFeesFen) : field === 'upliftPpm' ? ppmCell(row.view.promotion.upliftPpm) : row.view.promotion[field]),
        copyText: (row, colId) =>
          colId === 'skuIds'
            ? row.view.skus.map((sku) => t('proposal.diffView.sku', { name: sku.name, code: sku.skuCode })).join(t('proposal.diffView.separator'))
            : String((row.view.promotion as unknown as Record<string, unknown>)[colId] ?? ''),
        fieldLabel: (field) => t(`proposal.page.event.${field === 'skuIds' ? 'skus' : field === 'upliftPpm' ? 'uplift' : field === 'fixedFeesFen' ? 'fixedFees' : field}`),
        save: async (row, patch: FieldPatch<EventField>) => {
          const input = inputOf(row.view.promotion)
          if ('skuIds' in patch) {
            const skuIds = cellToSkuIds(patch.skuIds ?? null, latestSkus.current, t, null)
            if (skuIds === 'all') throw new Error(t('proposal.page.noSkuChosen'))
            input.skus = linesFor(row.view.promotion, skuIds)
            // The SKU lines alone go through their own channel, which leaves the rest as stored.
            if (Object.keys(patch).length === 1) {
              await api.proposal.promotionSkusSet({ promotionId: row.id, skus: input.skus })
              return
            }
          }
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
      {
        ...textColumn<EventRow>('skuIds', t('proposal.page.event.skus'), (row) => row.view.skus.map((sku) => sku.name).join(t('proposal.diffView.separator')), 180, true),
        tooltipValueGetter: (params) => params.data?.view.skus.map((sku) => t('proposal.diffView.sku', { name: sku.name, code: sku.skuCode })).join(t('proposal.diffView.separator')),
        cellEditor: SkuPickerCellEditor,
        cellEditorPopup: true,
        cellEditorParams: { skus: knownSkus, allowAll: false, chosenOf: (row) => row.view.promotion.skus.map((line) => line.skuId) } satisfies SkuPickerParams<EventRow>
      },
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
    [t, language, knownSkus]
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
  const showEvent = (eventId: string) => {
    setChosenEventId(Number(eventId))
    const node = grid.current?.api()?.getRowNode(eventId)
    if (node) {
      grid.current?.api()?.ensureNodeVisible(node, 'middle')
      grid.current?.flashRows([Number(eventId)])
    }
  }

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-promotions">
      <TabGrid<EventRow, EventField, StoredPromotion>
        name="promotions"
        proposalId={detail.proposal.id}
        language={language}
        columns={columns}
        source={source}
        rows={rows}
        controllerRef={grid}
        emptyText={t('proposal.page.event.noEvents')}
        toolbar={
          <button className="button button-primary" onClick={() => setAdding(true)} data-testid="promotion-add">
            <Icon name="add" size={16} /> {t('proposal.page.event.add')}
          </button>
        }
        removal={promotionRemoval}
        removeTestId="promotion-remove"
        reload={reload}
      />
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
      {detail.promotions.length > 0 && <PromotionLinesPanel detail={detail} language={language} reload={reload} promotionId={linesEventId} onChooseEvent={setChosenEventId} />}
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
