/**
 * The proposal's four charts, drawn from the same data the document prints (ECharts in Node →
 * PNG with the shipped CJK font): the economics waterfall, the front margin of the largest SKUs,
 * each promotion's ROI and the promotion calendar. Kept apart from the builder so the builder
 * stays pure and a test can build a document without drawing.
 */
import { PROMOTION_KINDS } from '../../../src/shared/domain/proposal'
import { barChartOption } from '../files/charts/bar-chart'
import { calendarChartOption } from '../files/charts/calendar-chart'
import { renderChartPng } from '../files/charts/render-chart'
import { waterfallChartOption } from '../files/charts/waterfall-chart'
import { MARGIN_CHART_SKUS } from './build-proposal-document'
import type { DocumentPicture, ProposalCharts, ProposalDocumentData, ProposalDocumentOptions } from './document-data'

/** Width on the page in CSS pixels: 640 px = 16.9 cm, inside the 17 cm portrait text width. */
const CHART_WIDTH_PX = 640

export interface ChartDrawingOptions extends ProposalDocumentOptions {
  /** The CJK font file (the app passes its resources path; defaults to resources/fonts). */
  fontFile?: string
}

function draw(option: Parameters<typeof renderChartPng>[0], heightPx: number, options: ChartDrawingOptions): DocumentPicture {
  const { png } = renderChartPng(option, { width: CHART_WIDTH_PX, height: heightPx, language: options.language, fontFile: options.fontFile })
  return { png, widthPx: CHART_WIDTH_PX, heightPx }
}

/** Horizontal bars read top-down in the order of the table beside them (ECharts draws categories bottom-up). */
function topDown(option: ReturnType<typeof barChartOption>): ReturnType<typeof barChartOption> {
  return { ...option, yAxis: { ...(option.yAxis as object), inverse: true } }
}

/** Row height for horizontal bar charts and the calendar, so 20 events stay readable. */
const rowsHeight = (rows: number, minimum: number): number => Math.max(minimum, 48 + rows * 22)

export function renderProposalCharts(data: Omit<ProposalDocumentData, 'charts'>, options: ChartDrawingOptions): ProposalCharts {
  const { economics } = data
  const economicsWaterfall =
    economics.fixedFeesFen === null || economics.financingCostFen === null
      ? null
      : draw(
          waterfallChartOption({
            grossPurchaseValueFen: economics.grossPurchaseValueFen,
            percentageTermsFen: economics.percentageTermsFen,
            fixedFeesFen: economics.fixedFeesFen,
            promotionFen: economics.promotionFundingFen,
            financingCostFen: economics.financingCostFen,
            cogsFen: economics.cogsFen,
            unit: options.moneyUnit,
            language: options.language
          }),
          300,
          options
        )

  const largest = data.skus
    .filter((sku) => sku.frontMarginPpm !== null)
    .sort((a, b) => (b.purchaseValueFen ?? 0) - (a.purchaseValueFen ?? 0))
    .slice(0, MARGIN_CHART_SKUS)
  const marginBySku =
    largest.length === 0
      ? null
      : draw(
          topDown(barChartOption({
            categories: largest.map((sku) => sku.name),
            series: [{ name: '', values: largest.map((sku) => sku.frontMarginPpm) }],
            valueKind: { kind: 'percent' },
            language: options.language,
            isHorizontal: true
          })),
          rowsHeight(largest.length, 220),
          options
        )

  const events = data.promotions.events
  const roiOf = new Map(data.promotions.plan.events.map((result) => [result.eventId, result.roiPpm]))
  const promotionRoi =
    events.length === 0
      ? null
      : draw(
          topDown(barChartOption({
            categories: events.map((event) => event.name),
            series: [{ name: '', values: events.map((event) => roiOf.get(event.id) ?? null) }],
            valueKind: { kind: 'percent' },
            language: options.language,
            isHorizontal: true
          })),
          rowsHeight(events.length, 220),
          options
        )
  const promotionCalendar =
    events.length === 0
      ? null
      : draw(
          calendarChartOption({
            events: events.map((event) => ({ label: event.name, startDate: event.startDate, endDate: event.endDate, colourIndex: PROMOTION_KINDS.indexOf(event.kind) })),
            language: options.language
          }),
          rowsHeight(events.length, 200),
          options
        )
  return { economicsWaterfall, marginBySku, promotionRoi, promotionCalendar }
}
