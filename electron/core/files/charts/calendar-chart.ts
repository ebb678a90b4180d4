/**
 * The promotion calendar as a Gantt: ISO weeks across, one row per event, a bar from its first
 * to its last week. Weeks where two or more events run at once are shaded, because overlapping
 * promotions compete for the same shoppers and the same shelf.
 */
import { type CustomSeriesRenderItem, type EChartsOption } from 'echarts'
import { chartLabels } from './chart-labels'
import { baseChartOption, chartPalette, chartTypography } from './chart-theme'
import { type ChartLanguage } from './render-chart'

export interface CalendarEvent {
  /** Already translated (e.g. "中秋堆头 · 华东 42 店"). */
  label: string
  /** ISO dates, inclusive: 'YYYY-MM-DD'. */
  startDate: string
  endDate: string
  /** Index into the palette, e.g. by event type, so one type keeps one colour. */
  colourIndex?: number
}

export interface CalendarInput {
  events: CalendarEvent[]
  language: ChartLanguage
  hasLabels?: boolean
}

const MS_PER_DAY = 86_400_000
// 1970-01-05 was a Monday: week indexes count whole Monday-to-Sunday weeks from it.
const FIRST_MONDAY_MS = Date.UTC(1970, 0, 5)

function dateMs(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number)
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)
}

/** The Monday-based week an ISO date falls in, as a running index (for axis arithmetic). */
export function weekIndexOf(isoDate: string): number {
  return Math.floor((dateMs(isoDate) - FIRST_MONDAY_MS) / (7 * MS_PER_DAY))
}

/** ISO 8601 week number of the week with this index (the week's Thursday decides its year). */
export function isoWeekNumber(weekIndex: number): number {
  const thursday = new Date(FIRST_MONDAY_MS + (weekIndex * 7 + 3) * MS_PER_DAY)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  return Math.floor((thursday.getTime() - yearStart) / MS_PER_DAY / 7) + 1
}

/** Runs of weeks ([first, lastExclusive)) in which at least two events run. */
export function overlappingWeekRuns(events: CalendarEvent[]): [number, number][] {
  const counts = new Map<number, number>()
  for (const event of events) {
    for (let week = weekIndexOf(event.startDate); week <= weekIndexOf(event.endDate); week += 1) {
      counts.set(week, (counts.get(week) ?? 0) + 1)
    }
  }
  const busyWeeks = [...counts].filter(([, count]) => count >= 2).map(([week]) => week).sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const week of busyWeeks) {
    const last = runs[runs.length - 1]
    if (last && last[1] === week) last[1] = week + 1
    else runs.push([week, week + 1])
  }
  return runs
}

export function calendarChartOption({ events, language, hasLabels = true }: CalendarInput): EChartsOption {
  const labels = chartLabels[language]
  const starts = events.map((event) => weekIndexOf(event.startDate))
  const ends = events.map((event) => weekIndexOf(event.endDate) + 1)
  const firstWeek = Math.min(...starts)
  const lastWeek = Math.max(...ends)
  const tickEvery = Math.max(1, Math.ceil((lastWeek - firstWeek) / 13))
  const renderEvent: CustomSeriesRenderItem = (params, api) => {
    const index = params.dataIndex
    const event = events[index]
    if (!event) return null
    const [xStart = 0, y = 0] = api.coord([starts[index] ?? 0, index])
    const [xEnd = 0] = api.coord([ends[index] ?? 0, index])
    const band = api.size?.([0, 1])
    const rowHeight = (Array.isArray(band) ? (band[1] ?? 0) : (band ?? 0)) * 0.56
    return {
      type: 'rect',
      shape: { x: xStart + 1, y: y - rowHeight / 2, width: Math.max(2, xEnd - xStart - 2), height: rowHeight, r: 3 },
      style: { fill: chartPalette.series[(event.colourIndex ?? 0) % chartPalette.series.length] }
    }
  }
  return {
    ...baseChartOption(),
    grid: { left: 16, right: 24, top: 16, bottom: 12, containLabel: true },
    xAxis: {
      type: 'value',
      min: firstWeek,
      max: lastWeek,
      interval: tickEvery,
      position: 'top',
      axisLabel: { color: chartPalette.mutedText, formatter: (value: number) => labels.isoWeek(isoWeekNumber(value)) },
      splitLine: { lineStyle: { color: chartPalette.gridLine } }
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: events.map((event) => event.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartPalette.axisLine } },
      axisLabel: { color: chartPalette.text, show: hasLabels }
    },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data: events.map((_, index) => [index, starts[index] ?? 0, ends[index] ?? 0]),
        renderItem: renderEvent,
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(224, 123, 57, 0.12)' },
          data: overlappingWeekRuns(events).map(([first, lastExclusive]) => [{ xAxis: first }, { xAxis: lastExclusive }])
        }
      }
    ],
    textStyle: { fontFamily: chartTypography.fontFamily, fontSize: chartTypography.labelSize, color: chartPalette.text }
  } satisfies EChartsOption
}
