/**
 * The comparison page's two charts as ECharts options, built from the domain's waterfall steps
 * and the comparison rows (no figure is worked out here): the waterfall of one account from G to
 * contribution, and trade spend rate against effective payment days across the accounts.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { TFunction } from 'i18next'
import { FEN_PER_MONEY_UNIT, type MoneyUnit } from '../../shared/domain/money'
import { ppmToPercent } from '../../shared/domain/rate'
import type { ComparisonRow, WaterfallStep } from '../../shared/domain/terms'

/** The app's palette (styles.css): totals in primary blue, deductions in red, a positive contribution in green. */
const TOTAL_COLOUR = '#2457d6'
const DEDUCTION_COLOUR = '#c62f2f'
const GAIN_COLOUR = '#17804a'

/**
 * One bar of a waterfall as three stacked pieces: an invisible base and the visible part above
 * and below zero. ECharts stacks positive and negative values apart (stackStrategy 'samesign'),
 * so a bar from `low` to `high` is: base `low` + up `high − low` when it is above zero; base
 * `high` + down `low − high` when below; up `high` + down `low` when it crosses zero.
 */
export interface WaterfallBar {
  key: WaterfallStep['key']
  base: number
  up: number
  down: number
  /** The step's own amount (signed), for the label. */
  amount: number
  colour: string
}

/** The bars in the money unit (fen divided once here, for drawing only). */
export function waterfallBars(steps: readonly WaterfallStep[], moneyUnit: MoneyUnit): WaterfallBar[] {
  const perUnit = FEN_PER_MONEY_UNIT[moneyUnit]
  let previousEnd = 0
  return steps.map((step) => {
    const start = step.isTotal ? 0 : previousEnd
    const end = step.runningFen
    previousEnd = end
    const low = Math.min(start, end) / perUnit
    const high = Math.max(start, end) / perUnit
    const pieces = low >= 0 ? { base: low, up: high - low, down: 0 } : high <= 0 ? { base: high, up: 0, down: low - high } : { base: 0, up: high, down: low }
    const colour = step.isTotal ? (step.key === 'contribution' ? (step.amountFen < 0 ? DEDUCTION_COLOUR : GAIN_COLOUR) : TOTAL_COLOUR) : DEDUCTION_COLOUR
    // A deduction of nothing is −0 in the domain; its label should read 0.
    const amount = step.amountFen === 0 ? 0 : step.amountFen / perUnit
    return { key: step.key, ...pieces, amount, colour }
  })
}

const labelFormats = new Map<string, Intl.NumberFormat>()
function compact(language: string, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`
  let format = labelFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: decimals })
    labelFormats.set(key, format)
  }
  return format
}

export function waterfallOption(steps: readonly WaterfallStep[], moneyUnit: MoneyUnit, t: TFunction, language: string): EChartsCoreOption {
  const bars = waterfallBars(steps, moneyUnit)
  const unit = t(`grid.unit.${moneyUnit}`)
  const format = compact(language, moneyUnit === 'yuan' ? 0 : 2)
  const visible = (piece: 'up' | 'down') => ({
    type: 'bar',
    stack: 'waterfall',
    barMaxWidth: 46,
    data: bars.map((bar) => ({ value: bar[piece], itemStyle: { color: bar.colour } })),
    label: {
      show: true,
      position: piece === 'up' ? 'top' : 'bottom',
      fontSize: 11,
      color: '#3b4556',
      // One label per bar: on the piece the bar's amount lies on.
      formatter: (params: { dataIndex: number }) => {
        const bar = bars[params.dataIndex]
        if (!bar) return ''
        const isOnThisPiece = piece === 'up' ? bar.up !== 0 && (bar.down === 0 || bar.amount >= 0) : bar.down !== 0 && (bar.up === 0 || bar.amount < 0)
        return isOnThisPiece ? format.format(bar.amount) : ''
      }
    }
  })
  return {
    grid: { left: 16, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const bar = bars[params[0]?.dataIndex ?? -1]
        return bar ? `${t(`terms.waterfall.${bar.key}`)}<br/>${format.format(bar.amount)} ${unit}` : ''
      }
    },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => t(`terms.waterfall.${bar.key}`)),
      axisLabel: { interval: 0, fontSize: 11, width: 78, overflow: 'break', lineHeight: 13 },
      axisTick: { show: false }
    },
    yAxis: { type: 'value', name: unit, nameTextStyle: { align: 'right' }, axisLabel: { formatter: (value: number) => format.format(value) }, splitLine: { lineStyle: { color: '#e8ecf2' } } },
    series: [
      { type: 'bar', stack: 'waterfall', silent: true, itemStyle: { color: 'transparent' }, data: bars.map((bar) => bar.base) },
      visible('up'),
      visible('down')
    ]
  }
}

export interface ScatterPoint {
  accountId: number
  name: string
  days: number
  tradeSpendRatePpm: number
}

/** Accounts with both figures; an account without a payment term or a purchase value has no point. */
export function scatterPoints(accountIds: readonly number[], rows: readonly ComparisonRow[], nameOf: (id: number) => string): ScatterPoint[] {
  const days = rows.find((row) => row.id === 'figure:effectivePaymentDays')
  const rate = rows.find((row) => row.id === 'figure:tradeSpendRatePpm')
  if (!days || !rate) return []
  const points: ScatterPoint[] = []
  accountIds.forEach((accountId, index) => {
    const dayCount = days.cells[index]
    const ratePpm = rate.cells[index]
    if (dayCount === null || dayCount === undefined || ratePpm === null || ratePpm === undefined) return
    points.push({ accountId, name: nameOf(accountId), days: dayCount, tradeSpendRatePpm: ratePpm })
  })
  return points
}

/** An axis range around the values with room for the points' labels (a name to the right of each point). */
function paddedRange(values: readonly number[], padBelow: number, padAbove: number): { min: number; max: number } {
  const low = Math.min(...values)
  const high = Math.max(...values)
  const span = Math.max(high - low, 1)
  return { min: Math.max(0, Math.floor(low - span * padBelow)), max: Math.ceil(high + span * padAbove) }
}

export function scatterOption(points: readonly ScatterPoint[], t: TFunction): EChartsCoreOption {
  const percent = (ppm: number) => `${ppmToPercent(ppm).toFixed(1)}%`
  const days = paddedRange(
    points.map((point) => point.days),
    0.1,
    0.45
  )
  const rates = paddedRange(
    points.map((point) => ppmToPercent(point.tradeSpendRatePpm)),
    0.15,
    0.15
  )
  return {
    grid: { left: 16, right: 28, top: 30, bottom: 30, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const point = points[params.dataIndex]
        return point ? t('comparison.scatter.point', { account: point.name, rate: percent(point.tradeSpendRatePpm), days: point.days }) : ''
      }
    },
    xAxis: { type: 'value', name: t('comparison.scatter.paymentDays'), nameLocation: 'middle', nameGap: 26, minInterval: 1, ...days, splitLine: { lineStyle: { color: '#e8ecf2' } } },
    yAxis: {
      type: 'value',
      name: t('comparison.scatter.tradeSpendRate'),
      // Centred over the axis, a name longer than the tick labels ("Trade spend rate") is cut at the card's edge.
      nameTextStyle: { align: 'left' },
      ...rates,
      axisLabel: { formatter: (value: number) => `${value}%` },
      splitLine: { lineStyle: { color: '#e8ecf2' } }
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        itemStyle: { color: TOTAL_COLOUR, opacity: 0.85 },
        data: points.map((point) => [point.days, ppmToPercent(point.tradeSpendRatePpm)]),
        label: { show: true, position: 'right', fontSize: 11, color: '#1b2333', formatter: (params: { dataIndex: number }) => points[params.dataIndex]?.name ?? '' }
      }
    ]
  }
}
