import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, PieChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'

// Only what the workbench's charts use, so the bundle stays small; SVG renders crisply at any
// zoom and is what screenshots and the Word export can take as it is.
echarts.use([BarChart, PieChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

/** The app's palette (styles.css): primary blue first, then calm companions. */
export const CHART_COLORS = ['#2457d6', '#17804a', '#b86e00', '#7a4cc2', '#0f8a9d', '#c62f2f', '#667085']

/**
 * The chart's text in the page's own font. ECharts measures labels on a canvas, where 'inherit'
 * is no font family: it measured in a narrower default font and cut long axis labels
 * (25,000,000 drawn as 5,000,000). The family is read from the host element each time the
 * option is set, so a language switch (Latin fonts first in English) is followed.
 */
const baseOption = (host: HTMLElement | null): EChartsCoreOption => ({
  color: CHART_COLORS,
  textStyle: { fontFamily: (host && getComputedStyle(host).fontFamily) || 'sans-serif', color: '#1b2333', fontSize: 12 },
  animation: false
})

interface EChartProps {
  option: EChartsCoreOption
  height: number
  testId?: string
  ariaLabel: string
}

/** One ECharts chart in SVG; the option replaces the last one whenever it changes. */
export function EChart({ option, height, testId, ariaLabel }: EChartProps): React.JSX.Element {
  const hostRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<echarts.ECharts | null>(null)

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const chart = echarts.init(host, undefined, { renderer: 'svg' })
    chartRef.current = chart
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(host)
    return () => {
      observer.disconnect()
      chart.dispose()
      chartRef.current = null
    }
  }, [])

  useEffect(() => {
    chartRef.current?.setOption({ ...baseOption(hostRef.current), ...option }, { notMerge: true })
  }, [option])

  return <div ref={hostRef} className="echart" style={{ height }} data-testid={testId} role="img" aria-label={ariaLabel} />
}
