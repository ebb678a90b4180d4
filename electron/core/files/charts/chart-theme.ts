/**
 * The workbench's chart look: one palette and one typography, so a chart in a Word proposal and
 * the same chart on screen (echarts-for-react, later) read as one product. Pure data: the UI may
 * import it.
 *
 * Colours were chosen to print well in grey (distinct lightness) and to avoid the red/green
 * split: in China red means "up" on a stock screen and "loss" in a Western report, so a
 * deduction is amber and a total is the accent navy.
 */

export const chartPalette = {
  /** The series colours, in order of use. */
  series: ['#1F4E79', '#2E86AB', '#E07B39', '#5B9A68', '#8C6BB1', '#B5A642', '#6C7A89', '#C8553D'],
  accent: '#1F4E79',
  /** A running total or a result (G, N, contribution). */
  total: '#1F4E79',
  /** A step that adds (a positive contribution). */
  increase: '#5B9A68',
  /** A step that takes away (rebates, fees, promotion, financing, COGS). */
  decrease: '#E07B39',
  text: '#1F2933',
  mutedText: '#5F6B7A',
  gridLine: '#E3E8EE',
  axisLine: '#9AA5B1',
  background: '#FFFFFF'
} as const

/**
 * The one font charts are drawn with: the shipped Noto Sans CJK SC subset (GB2312 + Latin), so
 * Chinese and Latin labels look the same everywhere and resvg has a file to draw them with.
 */
export const chartFontFamily = 'Noto Sans CJK SC'
export const chartFontFileName = 'NotoSansSC-Regular-GB2312.otf'

export const chartTypography = {
  fontFamily: chartFontFamily,
  /** Axis labels, data labels and legends. */
  labelSize: 12,
  /** Axis names and small notes. */
  smallSize: 11
} as const

/** The option fields every builder starts from (no animation: the PNG is a single frame). */
export function baseChartOption(): {
  animation: false
  color: string[]
  backgroundColor: string
  textStyle: { fontFamily: string; fontSize: number; color: string }
} {
  return {
    animation: false,
    color: [...chartPalette.series],
    backgroundColor: chartPalette.background,
    textStyle: { fontFamily: chartFontFamily, fontSize: chartTypography.labelSize, color: chartPalette.text }
  }
}
