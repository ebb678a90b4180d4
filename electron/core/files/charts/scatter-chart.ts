/** Trade spend rate against payment days, one point per account: where the costly accounts sit. */
import { type EChartsOption } from 'echarts'
import { type Ppm } from '../../../../src/shared/domain/rate'
import { formatPercent } from '../docx/figure-format'
import { chartLabels } from './chart-labels'
import { baseChartOption, chartPalette, chartTypography } from './chart-theme'
import { type ChartLanguage } from './render-chart'

export interface SpendPoint {
  /** The account's name as the reader knows it. */
  label: string
  tradeSpendRatePpm: Ppm
  /** Effective financing days (invoice N, monthly statement N + 15, consignment N + inventory days). */
  paymentDays: number
}

export interface SpendScatterInput {
  points: SpendPoint[]
  language: ChartLanguage
  hasLabels?: boolean
}

export function spendScatterOption({ points, language, hasLabels = true }: SpendScatterInput): EChartsOption {
  const labels = chartLabels[language]
  const axisText = { color: chartPalette.mutedText, fontSize: chartTypography.smallSize }
  return {
    ...baseChartOption(),
    grid: { left: 16, right: 32, top: 36, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      name: labels.paymentDays,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisText,
      // Room on the right for the label of the account with the longest terms.
      max: ({ max }: { max: number }) => Math.ceil((max * 1.25) / 10) * 10,
      axisLabel: { color: chartPalette.mutedText },
      splitLine: { lineStyle: { color: chartPalette.gridLine } }
    },
    yAxis: {
      type: 'value',
      name: labels.tradeSpendRate,
      nameTextStyle: axisText,
      axisLabel: { color: chartPalette.mutedText, formatter: '{value}%' },
      splitLine: { lineStyle: { color: chartPalette.gridLine } }
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: chartPalette.accent, opacity: 0.85 },
        data: points.map((point) => [point.paymentDays, point.tradeSpendRatePpm / 10_000]),
        labelLayout: { moveOverlap: 'shiftY' },
        label: {
          show: hasLabels,
          position: 'right',
          color: chartPalette.text,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const point = points[dataIndex]
            return point ? `${point.label} ${formatPercent(point.tradeSpendRatePpm)}` : ''
          }
        }
      }
    ]
  }
}
