import { type EChartsOption } from 'echarts'
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { formatCount, formatMoney, formatPercent, fenInUnit } from '../docx/figure-format'
import { chartLabels } from './chart-labels'
import { baseChartOption, chartPalette, chartTypography } from './chart-theme'
import { type ChartLanguage } from './render-chart'

/** What the values are: money in fen (shown in a unit), rates in ppm, or whole counts. */
export type ChartValueKind = { kind: 'money'; unit: MoneyUnit } | { kind: 'percent' } | { kind: 'count' }

export interface BarChartInput {
  categories: string[]
  series: { name: string; values: (number | null)[] }[]
  valueKind: ChartValueKind
  language: ChartLanguage
  isHorizontal?: boolean
  hasLabels?: boolean
}

/** A stored value (fen / ppm / count) → the number the axis plots. */
export function plottedValue(value: number, valueKind: ChartValueKind): number {
  if (valueKind.kind === 'money') return fenInUnit(value, valueKind.unit)
  if (valueKind.kind === 'percent') return value / 10_000
  return value
}

/** A stored value → the label text (same rounding as the document's tables). */
export function valueLabel(value: number | null, valueKind: ChartValueKind): string {
  if (valueKind.kind === 'money') return formatMoney(value, valueKind.unit, valueKind.unit === 'yuan' ? 0 : 1)
  if (valueKind.kind === 'percent') return formatPercent(value)
  return formatCount(value)
}

export function axisName(valueKind: ChartValueKind, language: ChartLanguage): string {
  if (valueKind.kind === 'money') return chartLabels[language].moneyAxis[valueKind.unit]
  return valueKind.kind === 'percent' ? '%' : ''
}

export function valueAxis(valueKind: ChartValueKind, language: ChartLanguage) {
  return {
    type: 'value' as const,
    name: axisName(valueKind, language),
    nameTextStyle: { color: chartPalette.mutedText, fontSize: chartTypography.smallSize },
    axisLabel: { color: chartPalette.mutedText },
    splitLine: { lineStyle: { color: chartPalette.gridLine } }
  }
}

export function categoryAxis(categories: string[]) {
  return {
    type: 'category' as const,
    data: categories,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: chartPalette.axisLine } },
    axisLabel: { color: chartPalette.text, interval: 0 }
  }
}

export function barChartOption({ categories, series, valueKind, language, isHorizontal = false, hasLabels = true }: BarChartInput): EChartsOption {
  const hasLegend = series.length > 1
  return {
    ...baseChartOption(),
    grid: { left: 16, right: 24, top: hasLegend ? 48 : 36, bottom: 12, containLabel: true },
    legend: hasLegend ? { top: 4, itemWidth: 12, itemHeight: 12, textStyle: { color: chartPalette.text } } : undefined,
    xAxis: isHorizontal ? valueAxis(valueKind, language) : categoryAxis(categories),
    yAxis: isHorizontal ? categoryAxis(categories) : valueAxis(valueKind, language),
    series: series.map((entry) => ({
      type: 'bar',
      name: entry.name,
      barMaxWidth: 36,
      data: entry.values.map((value) => (value === null ? null : plottedValue(value, valueKind))),
      label: {
        show: hasLabels,
        position: isHorizontal ? 'right' : 'top',
        color: chartPalette.text,
        formatter: ({ dataIndex }: { dataIndex: number }) => valueLabel(entry.values[dataIndex] ?? null, valueKind)
      }
    }))
  }
}
