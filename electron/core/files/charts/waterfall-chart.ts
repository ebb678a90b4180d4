/**
 * The margin walk from what the retailer buys to what the supplier keeps:
 * G → percentage terms → fixed fees → promotion → financing → N → COGS → contribution.
 * Deductions are given as positive fen amounts; N and contribution are the running totals
 * (N = G − G·D% − F − P − K, contribution = N − COGS, as ka-domain.md defines them), worked in
 * integer fen so the bars add up exactly to what the tables print.
 */
import { type CustomSeriesRenderItem, type CustomSeriesRenderItemReturn, type EChartsOption } from 'echarts'
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { formatMoney } from '../docx/figure-format'
import { valueAxis, categoryAxis, plottedValue } from './bar-chart'
import { chartLabels, type WaterfallStepKey } from './chart-labels'
import { baseChartOption, chartPalette, chartTypography } from './chart-theme'
import { type ChartLanguage } from './render-chart'

export interface WaterfallInput {
  grossPurchaseValueFen: number
  /** G·D%: all percentage terms (rebates, promotion support, logistics, …) in fen. */
  percentageTermsFen: number
  fixedFeesFen: number
  promotionFen: number
  financingCostFen: number
  cogsFen: number
  unit: MoneyUnit
  language: ChartLanguage
  hasLabels?: boolean
}

export type WaterfallStepRole = 'total' | 'decrease' | 'increase'

export interface WaterfallStep {
  key: WaterfallStepKey
  role: WaterfallStepRole
  /** The bar's ends in fen (low ≤ high). */
  lowFen: number
  highFen: number
  /** The signed amount the label shows: a total, or −deduction. */
  amountFen: number
}

/** The bars, in order, with exact fen ends (pure arithmetic, testable without drawing). */
export function waterfallSteps(input: Omit<WaterfallInput, 'unit' | 'language' | 'hasLabels'>): WaterfallStep[] {
  const steps: WaterfallStep[] = []
  const total = (key: WaterfallStepKey, fen: number): void => {
    steps.push({ key, role: 'total', lowFen: Math.min(0, fen), highFen: Math.max(0, fen), amountFen: fen })
  }
  let running = input.grossPurchaseValueFen
  const deduct = (key: WaterfallStepKey, fen: number): void => {
    const after = running - fen
    steps.push({ key, role: fen >= 0 ? 'decrease' : 'increase', lowFen: Math.min(running, after), highFen: Math.max(running, after), amountFen: -fen })
    running = after
  }
  total('grossPurchaseValue', running)
  deduct('percentageTerms', input.percentageTermsFen)
  deduct('fixedFees', input.fixedFeesFen)
  deduct('promotion', input.promotionFen)
  deduct('financingCost', input.financingCostFen)
  total('netRevenue', running)
  deduct('cogs', input.cogsFen)
  total('contribution', running)
  return steps
}

const roleColour: Record<WaterfallStepRole, string> = {
  total: chartPalette.total,
  decrease: chartPalette.decrease,
  increase: chartPalette.increase
}

export function waterfallChartOption(input: WaterfallInput): EChartsOption {
  const { unit, language, hasLabels = true } = input
  const labels = chartLabels[language]
  const steps = waterfallSteps(input)
  const valueKind = { kind: 'money', unit } as const
  const labelDecimals = unit === 'yuan' ? 0 : 1
  const renderStep: CustomSeriesRenderItem = (params, api) => {
    const index = params.dataIndex
    const step = steps[index]
    if (!step) return null
    const y = (fen: number): number => api.coord([index, plottedValue(fen, valueKind)])[1] ?? 0
    const x = api.coord([index, 0])[0] ?? 0
    const bandWidth = api.size?.([1, 0])
    const barWidth = (Array.isArray(bandWidth) ? (bandWidth[0] ?? 0) : (bandWidth ?? 0)) * 0.56
    const yHigh = y(step.highFen)
    const children: NonNullable<CustomSeriesRenderItemReturn>[] = [
      { type: 'rect', shape: { x: x - barWidth / 2, y: yHigh, width: barWidth, height: Math.max(1, y(step.lowFen) - yHigh) }, style: { fill: roleColour[step.role] } }
    ]
    if (index + 1 < steps.length) {
      // A dashed connector at the level the next bar starts from: the running total after this step.
      const levelFen = step.role === 'total' ? step.amountFen : step.role === 'decrease' ? step.lowFen : step.highFen
      const xNext = api.coord([index + 1, 0])[0] ?? 0
      children.push({ type: 'line', shape: { x1: x + barWidth / 2, y1: y(levelFen), x2: xNext - barWidth / 2, y2: y(levelFen) }, style: { stroke: chartPalette.axisLine, lineWidth: 1, lineDash: [3, 3] } })
    }
    if (hasLabels) {
      children.push({
        type: 'text',
        x,
        y: yHigh - 6,
        style: {
          text: formatMoney(step.amountFen, unit, labelDecimals).replace(/^-/, '−'),
          fill: chartPalette.text,
          align: 'center',
          verticalAlign: 'bottom',
          fontFamily: chartTypography.fontFamily,
          fontSize: chartTypography.labelSize
        }
      })
    }
    return { type: 'group', children }
  }
  return {
    ...baseChartOption(),
    grid: { left: 16, right: 24, top: 40, bottom: 12, containLabel: true },
    xAxis: categoryAxis(steps.map((step) => labels.waterfallStep[step.key])),
    yAxis: valueAxis(valueKind, language),
    series: [
      {
        type: 'custom',
        // [index, low, high] so the axis spans every bar's ends
        encode: { x: 0, y: [1, 2] },
        data: steps.map((step, index) => [index, plottedValue(step.lowFen, valueKind), plottedValue(step.highFen, valueKind)]),
        renderItem: renderStep
      }
    ]
  } satisfies EChartsOption
}
