import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { barChartOption } from '../../electron/core/files/charts/bar-chart'
import { calendarChartOption, isoWeekNumber, overlappingWeekRuns, weekIndexOf } from '../../electron/core/files/charts/calendar-chart'
import { funnelChartOption } from '../../electron/core/files/charts/funnel-chart'
import { renderChartPng, renderChartRgba } from '../../electron/core/files/charts/render-chart'
import { spendScatterOption } from '../../electron/core/files/charts/scatter-chart'
import { waterfallChartOption, waterfallSteps } from '../../electron/core/files/charts/waterfall-chart'
import { columnWidthsDxa } from '../../electron/core/files/docx/document-kit'
import { formatCount, formatMoney, formatPercent } from '../../electron/core/files/docx/figure-format'
import { writeFileAtomic } from '../../electron/core/files/docx/pack-document'

const size = { width: 480, height: 240, language: 'zh-CN' as const }

/** Pixels dark enough to be text or a dark bar (all channels below 110, opaque). */
function darkPixels(rgba: Buffer): number {
  let count = 0
  for (let offset = 0; offset < rgba.length; offset += 4) {
    if ((rgba[offset] ?? 255) < 110 && (rgba[offset + 1] ?? 255) < 110 && (rgba[offset + 2] ?? 255) < 110 && (rgba[offset + 3] ?? 0) > 200) count += 1
  }
  return count
}

describe('chart pictures', () => {
  const scatter = (hasLabels: boolean) =>
    spendScatterOption({
      language: 'zh-CN',
      hasLabels,
      points: [
        { label: '华润万家', tradeSpendRatePpm: 182_000, paymentDays: 75 },
        { label: '老百姓大药房', tradeSpendRatePpm: 98_000, paymentDays: 90 },
        { label: '一心堂', tradeSpendRatePpm: 121_000, paymentDays: 45 }
      ]
    })

  it('draws the Chinese data labels with the shipped font (the labelled picture has far more text pixels)', () => {
    const labelled = darkPixels(renderChartRgba(scatter(true), size).rgba)
    const bare = darkPixels(renderChartRgba(scatter(false), size).rgba)
    // Three labels like "华润万家 18.2%" at 12 px, doubled: well over a thousand dark pixels.
    expect(labelled - bare).toBeGreaterThan(1_000)
  })

  it('draws axis labels even when data labels are off (resvg draws no text without a font file)', () => {
    const bars = barChartOption({ categories: ['华东', '华南'], series: [{ name: '进货额', values: [120_000_000, 80_000_000] }], valueKind: { kind: 'money', unit: 'wan' }, language: 'zh-CN', hasLabels: false })
    const { rgba, pixelWidth, pixelHeight } = renderChartRgba(bars, size)
    // 480 × 240 CSS px at 2 px per CSS pixel
    expect([pixelWidth, pixelHeight]).toEqual([960, 480])
    // The bars are navy (R 31, G 78): not counted as dark; what is dark is the axis text.
    expect(darkPixels(rgba)).toBeGreaterThan(300)
  })

  it('renders every builder to a PNG', () => {
    const options = [
      waterfallChartOption({ grossPurchaseValueFen: 1_000_000_00, percentageTermsFen: 95_000_00, fixedFeesFen: 40_000_00, promotionFen: 30_000_00, financingCostFen: 9_000_00, cogsFen: 380_000_00, unit: 'wan', language: 'en-US' }),
      funnelChartOption({ unit: 'wan', language: 'zh-CN', stages: [{ label: '目标客户', valueFen: 800_000_000, probabilityPpm: 100_000 }, { label: '成交', valueFen: 90_000_000, probabilityPpm: 800_000 }] }),
      calendarChartOption({ language: 'en-US', events: [{ label: 'Price-off', startDate: '2027-01-18', endDate: '2027-02-14' }] }),
      scatter(true)
    ]
    for (const option of options) {
      const { png } = renderChartPng(option, size)
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    }
  })
})

describe('waterfallSteps (G → N → contribution)', () => {
  it('walks down from G by each deduction to N, then by COGS to the contribution, in exact fen', () => {
    // G 1,000,000.00 元; percentage terms 95,000.00; fixed 40,000.00; promotion 30,000.00; financing 9,000.00
    // N = 1,000,000 − 95,000 − 40,000 − 30,000 − 9,000 = 826,000.00 元; COGS 380,000 → contribution 446,000.00
    const steps = waterfallSteps({ grossPurchaseValueFen: 100_000_000, percentageTermsFen: 9_500_000, fixedFeesFen: 4_000_000, promotionFen: 3_000_000, financingCostFen: 900_000, cogsFen: 38_000_000 })
    expect(steps.map((step) => [step.key, step.role, step.amountFen])).toEqual([
      ['grossPurchaseValue', 'total', 100_000_000],
      ['percentageTerms', 'decrease', -9_500_000],
      ['fixedFees', 'decrease', -4_000_000],
      ['promotion', 'decrease', -3_000_000],
      ['financingCost', 'decrease', -900_000],
      ['netRevenue', 'total', 82_600_000],
      ['cogs', 'decrease', -38_000_000],
      ['contribution', 'total', 44_600_000]
    ])
    // The fixed-fee bar hangs from 905,000.00 down to 865,000.00 元
    expect(steps[2]).toMatchObject({ lowFen: 86_500_000, highFen: 90_500_000 })
  })

  it('draws a loss below zero when COGS exceeds N', () => {
    // N = 100 − 10 = 90 元; COGS 120 → contribution −30 元, a bar from −30 to 0
    const steps = waterfallSteps({ grossPurchaseValueFen: 10_000, percentageTermsFen: 1_000, fixedFeesFen: 0, promotionFen: 0, financingCostFen: 0, cogsFen: 12_000 })
    expect(steps[7]).toMatchObject({ amountFen: -3_000, lowFen: -3_000, highFen: 0 })
  })
})

describe('promotion calendar weeks', () => {
  it('numbers weeks as ISO 8601 does across a new year', () => {
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026; Monday 4 January starts week 1.
    expect(isoWeekNumber(weekIndexOf('2027-01-01'))).toBe(53)
    expect(isoWeekNumber(weekIndexOf('2027-01-04'))).toBe(1)
    expect(weekIndexOf('2027-01-10') - weekIndexOf('2027-01-04')).toBe(0)
  })

  it('shades only the weeks in which two events run', () => {
    // A: weeks of 18 Jan – 14 Feb 2027 (4 weeks); B: 1 – 21 Feb (3 weeks): they share the weeks of 1 and 8 Feb.
    const runs = overlappingWeekRuns([
      { label: 'A', startDate: '2027-01-18', endDate: '2027-02-14' },
      { label: 'B', startDate: '2027-02-01', endDate: '2027-02-21' },
      { label: 'C', startDate: '2027-06-07', endDate: '2027-06-13' }
    ])
    expect(runs).toEqual([[weekIndexOf('2027-02-01'), weekIndexOf('2027-02-15')]])
  })
})

describe('figures on paper', () => {
  it('rounds money once, half away from zero, to the shown decimals of its unit', () => {
    expect(formatMoney(123_456_789, 'yuan')).toBe('1,234,567.89')
    // 123,456,789 fen = 123.456789 万元 → 123.46
    expect(formatMoney(123_456_789, 'wan')).toBe('123.46')
    // 12,345,000 fen = 12.345 万元 → 12.35 (half up), and −12.35 for the negative
    expect(formatMoney(12_345_000, 'wan')).toBe('12.35')
    expect(formatMoney(-12_345_000, 'wan')).toBe('-12.35')
    expect(formatMoney(5, 'yuan')).toBe('0.05')
    expect(formatMoney(null, 'yuan')).toBe('—')
  })

  it('writes ppm as a percentage with one decimal, and counts grouped', () => {
    // 605,263 ppm = 60.5263% → 60.5%; 5,000 ppm = 0.5%; −45,000 ppm = −4.5%
    expect(formatPercent(605_263)).toBe('60.5%')
    expect(formatPercent(5_000)).toBe('0.5%')
    expect(formatPercent(-45_000)).toBe('-4.5%')
    expect(formatPercent(null)).toBe('—')
    expect(formatCount(10_200)).toBe('10,200')
  })

  it('splits a text width into column widths that add up exactly', () => {
    // 14,570 DXA over weights 1:1:1 → 4,856 + 4,856 + 4,858
    expect(columnWidthsDxa([1, 1, 1], 14_570)).toEqual([4_856, 4_856, 4_858])
  })
})

describe('writeFileAtomic', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'docx-atomic-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('replaces the file whole and leaves no temp file behind', async () => {
    const target = path.join(folder, '方案.docx')
    writeFileSync(target, 'old')
    await writeFileAtomic(target, Buffer.from('new bytes'))
    expect(readFileSync(target, 'utf8')).toBe('new bytes')
    expect(readdirSync(folder)).toEqual(['方案.docx'])
  })

  it('fails without creating anything when the folder does not exist', async () => {
    const target = path.join(folder, 'missing', 'a.docx')
    await expect(writeFileAtomic(target, Buffer.from('x'))).rejects.toThrow()
    expect(existsSync(target)).toBe(false)
  })
})
