/**
 * Charts for documents, drawn in plain Node: ECharts renders SVG server-side and resvg turns it
 * into a PNG. resvg draws no text at all without a font file (Latin included), so the shipped
 * CJK font is always given, and system fonts are not loaded so the picture is the same on every
 * machine.
 */
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import { chartFontFamily, chartFontFileName } from './chart-theme'

export type ChartLanguage = 'zh-CN' | 'en-US'

export interface ChartRenderOptions {
  /** Size in CSS pixels (the picture's size in the document at 96 dpi). */
  width: number
  height: number
  language: ChartLanguage
  /** Pixels per CSS pixel in the PNG; 2 keeps labels sharp in print. */
  pixelRatio?: number
  /** The font file; defaults to resources/fonts under the working folder (the app passes its resources path). */
  fontFile?: string
}

export interface ChartPng {
  png: Buffer
  /** The PNG's own size in pixels (width × pixelRatio). */
  pixelWidth: number
  pixelHeight: number
}

export function defaultChartFontFile(resourcesDir = path.join(process.cwd(), 'resources')): string {
  return path.join(resourcesDir, 'fonts', chartFontFileName)
}

/** The SVG ECharts draws for an option (no DOM; the instance is disposed even when it throws). */
export function renderChartSvg(option: echarts.EChartsCoreOption, { width, height, language }: ChartRenderOptions): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: language === 'zh-CN' ? 'ZH' : 'EN'
  })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

function rasterise(option: echarts.EChartsCoreOption, options: ChartRenderOptions) {
  const pixelRatio = options.pixelRatio ?? 2
  const svg = renderChartSvg(option, options)
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [options.fontFile ?? defaultChartFontFile()],
      loadSystemFonts: false,
      defaultFontFamily: chartFontFamily,
      sansSerifFamily: chartFontFamily
    },
    fitTo: { mode: 'zoom', value: pixelRatio },
    background: '#FFFFFF'
  })
  return resvg.render()
}

export function renderChartPng(option: echarts.EChartsCoreOption, options: ChartRenderOptions): ChartPng {
  const rendered = rasterise(option, options)
  return { png: rendered.asPng(), pixelWidth: rendered.width, pixelHeight: rendered.height }
}

/** The chart as raw RGBA pixels (row by row, 4 bytes a pixel), for checks that need to see the picture. */
export function renderChartRgba(option: echarts.EChartsCoreOption, options: ChartRenderOptions): { rgba: Buffer; pixelWidth: number; pixelHeight: number } {
  const rendered = rasterise(option, options)
  return { rgba: rendered.pixels, pixelWidth: rendered.width, pixelHeight: rendered.height }
}
