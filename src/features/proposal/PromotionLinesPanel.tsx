import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { PromotionView, ProposalDetail, StoredPromotionSku } from '../../shared/contract/proposal'
import type { PromotionSkuResult } from '../../shared/domain/proposal'
import { ppmToRatio } from '../../shared/domain/rate'
import { api } from '../../lib/api'
import { formatFen, formatPercent } from '../../lib/format'
import { errorMessage } from '../../grid/grid-errors'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { GridColumn } from '../../grid/grid-columns'
import type { CellInput, FieldPatch, RefusedCellOf, SpreadsheetController, SpreadsheetSource } from '../../grid/spreadsheet-source'
import { countColumn, moneyColumn, textColumn } from './proposal-columns'
import { cellToCount, cellToFen, fenCell } from './cell-input'

export interface LineRow {
  /** The SKU's id: one line per SKU in an event. */
  id: number
  rowVersion: number
  line: PromotionView['skus'][number]
  /** The service's figures for the line; undefined while the event cannot be computed. */
  result: PromotionSkuResult | undefined
}

type LineField = 'baselineUnitsPerStoreWeek' | 'promoRetailPriceFen' | 'supplierFundingPerUnitFen'
const LINE_FIELDS: readonly LineField[] = ['baselineUnitsPerStoreWeek', 'promoRetailPriceFen', 'supplierFundingPerUnitFen']
const isLineField = (key: string): key is LineField => (LINE_FIELDS as readonly string[]).includes(key)

export function toLineRows(detail: ProposalDetail, promotionId: number | null): LineRow[] {
  const view = detail.promotions.find((candidate) => candidate.promotion.id === promotionId)
  if (!view) return []
  const results = detail.promotionPlan.events.find((result) => result.eventId === String(promotionId))?.skus ?? []
  return view.skus.map((line) => ({ id: line.skuId, rowVersion: 0, line, result: results.find((result) => result.skuCode === line.skuCode) }))
}

function applyCell(line: StoredPromotionSku, field: LineField, value: CellInput, t: TFunction): StoredPromotionSku {
  if (field === 'baselineUnitsPerStoreWeek') return { ...line, baselineUnitsPerStoreWeek: cellToCount(value, t) }
  if (field === 'promoRetailPriceFen') return { ...line, promoRetailPriceFen: cellToFen(value, t) }
  return { ...line, supplierFundingPerUnitFen: cellToFen(value, t) ?? 0 }
}

const storedLine = ({ skuId, baselineUnitsPerStoreWeek, promoRetailPriceFen, supplierFundingPerUnitFen }: StoredPromotionSku): StoredPromotionSku => ({
  skuId,
  baselineUnitsPerStoreWeek,
  promoRetailPriceFen,
  supplierFundingPerUnitFen
})

/**
 * An event's SKU lines on the spreadsheet layer. Every edit (a cell, a paste over many lines, a
 * delete) is one `proposal:promotion-skus-set` call, so one transaction and one undo step.
 */
function createLineSource(t: TFunction, promotionOf: () => PromotionView | undefined, reload: () => Promise<LineRow[]>): SpreadsheetSource<LineRow, LineField> {
  const write = async (lines: StoredPromotionSku[]) => {
    const view = promotionOf()
    if (!view) throw new Error(t('proposal.page.rowGone'))
    await api.proposal.promotionSkusSet({ promotionId: view.promotion.id, skus: lines })
  }
  const applyChanges: SpreadsheetSource<LineRow, LineField>['applyChanges'] = async (updates, creates) => {
    const view = promotionOf()
    const refused: RefusedCellOf<LineField>[] = []
    let appliedCount = 0
    const lines = (view?.promotion.skus ?? []).map(storedLine)
    for (const update of updates) {
      const index = lines.findIndex((line) => line.skuId === update.id)
      for (const field of Object.keys(update.patch).filter(isLineField)) {
        const current = lines[index]
        if (!current) {
          refused.push({ id: update.id, field, message: t('proposal.page.rowGone') })
          continue
        }
        try {
          lines[index] = applyCell(current, field, update.patch[field] ?? null, t)
          appliedCount += 1
        } catch (error) {
          refused.push({ id: update.id, field, message: errorMessage(error, t) })
        }
      }
    }
    creates.forEach((patch, createIndex) => {
      for (const field of Object.keys(patch).filter(isLineField)) refused.push({ id: null, createIndex, field, message: t('proposal.page.event.addSkuHere') })
    })
    if (appliedCount > 0) await write(lines)
    const rows = await reload()
    const updatedIds = new Set(updates.map((update) => update.id))
    return { updated: rows.filter((row) => updatedIds.has(row.id)), created: [], refused, appliedCount }
  }
  return {
    entity: 'proposal-promotion-lines',
    fieldOf: (colId) => (isLineField(colId) ? colId : null),
    isMoneyField: (field) => field !== 'baselineUnitsPerStoreWeek',
    serviceValue: (row, field) => (field === 'baselineUnitsPerStoreWeek' ? row.line.baselineUnitsPerStoreWeek : fenCell(row.line[field])),
    copyText: (row, colId) => {
      if (colId === 'skuCode') return row.line.skuCode
      if (colId === 'name') return row.line.name
      if (isLineField(colId)) return String((colId === 'baselineUnitsPerStoreWeek' ? row.line.baselineUnitsPerStoreWeek : fenCell(row.line[colId])) ?? '')
      return ''
    },
    fieldLabel: (field) => t(`proposal.page.event.${field === 'baselineUnitsPerStoreWeek' ? 'baseline' : field === 'promoRetailPriceFen' ? 'promoPrice' : 'funding'}`),
    saveCell: async (id, field, value) => {
      const patch: FieldPatch<LineField> = {}
      patch[field] = value
      const result = await applyChanges([{ id, patch, baseVersion: 0 }], [])
      const refusal = result.refused[0]
      if (refusal) throw new Error(refusal.message)
      const row = result.updated.find((candidate) => candidate.id === id)
      if (!row) throw new Error(t('proposal.page.rowGone'))
      return row
    },
    applyChanges,
    deleteRows: async (ids) => {
      const gone = new Set(ids)
      await write((promotionOf()?.promotion.skus ?? []).filter((line) => !gone.has(line.skuId)).map(storedLine))
      await reload()
      return ids.map((id) => ({ id, rowVersion: 0 }))
    },
    fetchRows: async (ids) => {
      const wanted = new Set(ids)
      return (await reload()).filter((row) => wanted.has(row.id))
    },
    toRow: () => null
  }
}

interface PromotionLinesPanelProps {
  detail: ProposalDetail
  language: Language
  reload(): Promise<ProposalDetail | null>
  promotionId: number | null
  onChooseEvent(promotionId: number): void
}

/** 活动单品明细: the chosen event's SKUs with their baseline, promo price and funding, and what each line gives. */
export function PromotionLinesPanel({ detail, language, reload, promotionId, onChooseEvent }: PromotionLinesPanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<LineRow> | null>(null)
  const rows = useMemo(() => toLineRows(detail, promotionId), [detail, promotionId])
  const view = detail.promotions.find((candidate) => candidate.promotion.id === promotionId)
  const latest = useRef({ detail, promotionId })
  latest.current = { detail, promotionId }
  const source = useMemo(
    () =>
      createLineSource(
        t,
        () => latest.current.detail.promotions.find((candidate) => candidate.promotion.id === latest.current.promotionId),
        async () => {
          const next = await reload()
          return next ? toLineRows(next, latest.current.promotionId) : []
        }
      ),
    [t, reload]
  )
  const columns = useMemo<GridColumn<LineRow>[]>(
    () => [
      { ...textColumn<LineRow>('skuCode', t('proposal.page.event.skuCode'), (row) => row.line.skuCode, 110), pinned: 'left' },
      textColumn<LineRow>('name', t('proposal.page.event.skuName'), (row) => row.line.name, 160),
      countColumn<LineRow>('baselineUnitsPerStoreWeek', t('proposal.page.event.baseline'), (row) => row.line.baselineUnitsPerStoreWeek, language, 110, true),
      moneyColumn<LineRow>('promoRetailPriceFen', t('proposal.page.event.promoPrice'), (row) => row.line.promoRetailPriceFen, language, 100, true),
      moneyColumn<LineRow>('supplierFundingPerUnitFen', t('proposal.page.event.funding'), (row) => row.line.supplierFundingPerUnitFen, language, 100, true),
      countColumn<LineRow>('baselineUnits', t('proposal.page.event.baselineUnits'), (row) => row.result?.baselineUnits ?? null, language, 100),
      countColumn<LineRow>('incrementalUnits', t('proposal.page.event.incrementalUnits'), (row) => row.result?.incrementalUnits ?? null, language, 100),
      moneyColumn<LineRow>('fundingFen', t('proposal.page.event.fundingTotal'), (row) => row.result?.fundingFen ?? null, language, 110),
      moneyColumn<LineRow>('incrementalContribution', t('proposal.page.event.incrementalContribution'), (row) => row.result?.incrementalContributionFen ?? null, language, 120)
    ],
    [t, language]
  )
  const result = detail.promotionPlan.events.find((candidate) => candidate.eventId === String(promotionId))

  return (
    <section className="proposal-card promotion-lines" data-testid="promotion-lines">
      <div className="promotion-lines-header">
        <h3>{t('proposal.page.event.linesTitle')}</h3>
        <label>
          <span className="proposal-form-label">{t('proposal.page.event.chooseEvent')}</span>
          <select value={promotionId ?? ''} onChange={(event) => onChooseEvent(Number(event.target.value))} data-testid="promotion-lines-event">
            {detail.promotions.map((candidate) => (
              <option key={candidate.promotion.id} value={candidate.promotion.id}>
                {candidate.promotion.name}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <span>
          {t('proposal.page.event.eventCost')} <strong>{result?.costFen === null || result === undefined ? t('proposal.page.notComputed') : formatFen(language, result.costFen)}</strong>
        </span>
        <span>
          {t('proposal.page.event.eventRoi')}{' '}
          <strong data-testid="promotion-lines-roi">{result?.roiPpm === null || result === undefined ? t('proposal.page.notComputed') : formatPercent(language, ppmToRatio(result.roiPpm))}</strong>
        </span>
      </div>
      <p className="muted promotion-lines-hint">{view && view.skus.length === 0 ? t('proposal.page.event.noLines') : t('proposal.page.event.linesHint')}</p>
      <div className="proposal-grid proposal-grid-lines">
        <SpreadsheetGrid<LineRow, LineField>
          gridId={`proposal-promotion-lines:${detail.proposal.id}`}
          testId="proposal-promotion-lines-grid"
          language={language}
          columns={columns}
          source={source}
          rows={rows}
          isComplete
          emptyText={t('proposal.page.event.noLines')}
          isTotalsRow={() => false}
          quickSearch=""
          controllerRef={grid}
          moneyUnit="yuan"
        />
      </div>
    </section>
  )
}
