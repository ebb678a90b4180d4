/** The sales funnel: one band per stage, sized by its pipeline value, labelled with value and win probability. */
import { type EChartsOption } from 'echarts'
import { type MoneyUnit } from '../../../../src/shared/domain/money'
import { type Ppm } from '../../../../src/shared/domain/rate'
import { formatMoney, formatPercent, fenInUnit } from '../docx/figure-format'
import { chartLabels } from './chart-labels'
import { baseChartOption, chartPalette } from './chart-theme'
import { type ChartLanguage } from './render-chart'

export interface FunnelStage {
  /** Already translated by the caller (e.g. 意向 / Intention). */
  label: string
  valueFen: number
  probabilityPpm: Ppm
}

export interface FunnelInput {
  stages: FunnelStage[]
  unit: MoneyUnit
  language: ChartLanguage
  hasLabels?: boolean
}

export function funnelChartOption({ stages, unit, language, hasLabels = true }: FunnelInput): EChartsOption {
  const labels = chartLabels[language]
  const unitName = labels.moneyAxis[unit]
  return {
    ...baseChartOption(),
    series: [
      {
        type: 'funnel',
        // Stages stay in the pipeline's order; band width follows value, so a thin middle shows.
        sort: 'none',
        left: '8%',
        right: '30%',
        top: 16,
        bottom: 16,
        minSize: '18%',
        gap: 3,
        itemStyle: { borderColor: chartPalette.background, borderWidth: 1 },
        data: stages.map((stage, index) => ({
          name: stage.label,
          value: fenInUnit(stage.valueFen, unit),
          itemStyle: { color: chartPalette.series[index % 2 === 0 ? 0 : 1], opacity: 1 - index * 0.06 }
        })),
        label: {
          show: hasLabels,
          position: 'right',
          color: chartPalette.text,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const stage = stages[dataIndex]
            if (!stage) return ''
            return `${stage.label}  ${formatMoney(stage.valueFen, unit, unit === 'yuan' ? 0 : 1)} ${unitName} · ${formatPercent(stage.probabilityPpm, 0)}`
          }
        },
        labelLine: { show: hasLabels, length: 16, lineStyle: { color: chartPalette.axisLine } }
      }
    ]
  }
}
