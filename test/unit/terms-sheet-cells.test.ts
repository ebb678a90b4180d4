/**
 * The term-sheet page's cells: what a typed cell sends to the service, what undo writes back,
 * the amounts each row shows, and how figures and their changes read on screen.
 */
import { describe, expect, it } from 'vitest'
import type { StoredTermLine, TermsEconomics } from '../../src/shared/contract/terms'
import { termCellPatch, termServiceValue, toTermRows, typedCellsOf } from '../../src/features/terms/term-rows'
import { displayParams, formatFigure, formatFigureDelta } from '../../src/features/terms/terms-format'
import { zhCNTerms } from '../../src/shared/i18n/terms'

const festival: StoredTermLine = {
  id: 7,
  sheetId: 1,
  position: 3,
  category: 'fixed',
  kind: 'festival',
  basis: 'perEvent',
  values: { ask: { unitFen: 1_000_000, count: 4 }, offer: { unitFen: 800_000, count: 2 }, agreed: null }
}
const logistics: StoredTermLine = { id: 9, sheetId: 1, position: 4, category: 'percentage', kind: 'logistics', values: { ask: 40_000, offer: 25_000, agreed: null } }
const entry: StoredTermLine = { id: 3, sheetId: 1, position: 0, category: 'fixed', kind: 'entry', basis: 'perYear', values: { ask: null, offer: { unitFen: 5_000_000, count: 1 }, agreed: null } }

// A t() good enough for labels: the zh-CN kind names.
const t = ((key: string) => (key.startsWith('terms.kinds.') ? zhCNTerms.kinds[key.slice('terms.kinds.'.length) as 'entry'] : key)) as never

describe('a typed cell becomes one side of the line', () => {
  it('a fee amount in yuan, a count, a rate in %', () => {
    expect(termCellPatch(festival, 'offerValue', '9000')).toEqual({ offer: { amount: '9000' } })
    expect(termCellPatch(festival, 'askCount', '3')).toEqual({ ask: { count: '3' } })
    expect(termCellPatch(logistics, 'agreedValue', '3%')).toEqual({ agreed: { rate: '3%' } })
  })

  it('a cleared value clears the side (nothing charged), not a zero fee', () => {
    expect(termCellPatch(festival, 'offerValue', '')).toEqual({ offer: null })
    expect(termCellPatch(logistics, 'askValue', '  ')).toEqual({ ask: null })
  })

  it('cells the line does not have are refused: a per-year fee has no count, a rate no basis', () => {
    expect(termCellPatch(entry, 'offerCount', '2')).toBeNull()
    expect(termCellPatch(logistics, 'basis', 'perStore')).toBeNull()
    expect(termCellPatch(logistics, 'askCount', '2')).toBeNull()
  })
})

describe('undo writes back what the cell held, as it would be typed', () => {
  const [row] = toTermRows([festival, logistics], null)
  const [rateRow] = toTermRows([logistics], null)
  it('money in yuan with the fen, counts as numbers, rates exactly in %', () => {
    expect(row && termServiceValue(row, 'askValue')).toBe('10000.00')
    expect(row && termServiceValue(row, 'askCount')).toBe(4)
    // 25,000 ppm is 2.5 %, exactly.
    expect(rateRow && termServiceValue(rateRow, 'offerValue')).toBe('2.5%')
  })
  it('an empty side is empty (undo clears it again)', () => {
    expect(row && termServiceValue(row, 'agreedValue')).toBeNull()
  })
})

describe('a scenario edit is undone by typing the value it had back in', () => {
  it('a fee as yuan with its count, a rate exactly in %, tiers as yuan and %', () => {
    // 8,000.00 yuan × 2 (800,000 fen); 2.5 % is 25,000 ppm; a tier at ¥25,000,000 (2,500,000,000 fen) paying 1 % (10,000 ppm).
    expect(typedCellsOf('fixed', { unitFen: 800_000, count: 2 })).toEqual({ amount: '8000.00', count: 2 })
    expect(typedCellsOf('percentage', 25_000)).toEqual({ rate: '2.5%' })
    expect(typedCellsOf('conditionalRebate', { mode: 'excess', tiers: [{ thresholdFen: 2_500_000_000, ratePpm: 10_000 }] })).toEqual({
      mode: 'excess',
      tiers: [{ threshold: '25000000.00', rate: '1%' }]
    })
  })

  it('nothing entered stays nothing (the undo clears the side), and a value of the wrong kind is not guessed at', () => {
    expect(typedCellsOf('fixed', null)).toBeNull()
    expect(typedCellsOf('percentage', { unitFen: 100, count: 1 })).toBeNull()
  })
})

describe('each row shows its annual amount per side from the economics', () => {
  it('festival 8,000 × 2 = 16,000 on our offer; an unset side shows nothing, not ¥0', () => {
    const side = (lineAmounts: unknown[]) => ({ economics: { lineAmounts }, waterfall: null, netNetPrices: [] })
    const economics = {
      sides: {
        ask: side([{ lineId: '7', amountFen: 4_000_000, ratePpm: null, isUnset: false }]),
        offer: side([{ lineId: '7', amountFen: 1_600_000, ratePpm: null, isUnset: false }]),
        agreed: side([{ lineId: '7', amountFen: 0, ratePpm: null, isUnset: true }])
      }
    } as unknown as TermsEconomics
    const [row] = toTermRows([festival], economics)
    expect(row?.amounts).toEqual({ ask: 4_000_000, offer: 1_600_000, agreed: null })
  })
})

describe('figures on screen', () => {
  it('money with 2 decimals, rates with 1, days as counts', () => {
    expect(formatFigure('zh-CN', 'fen', 15_150_000)).toBe('¥151,500.00')
    // 52,449 ppm = 5.2449 % → 5.2 %.
    expect(formatFigure('zh-CN', 'ppm', 52_449)).toBe('5.2%')
    expect(formatFigure('zh-CN', 'days', 75)).toBe('75')
    expect(formatFigure('zh-CN', 'fen', null)).toBe('')
  })

  it('a change carries its sign; a rate change too small for 0.1 % keeps two decimals', () => {
    expect(formatFigureDelta('zh-CN', 'fen', -1_000_000)).toBe('−¥10,000.00')
    expect(formatFigureDelta('zh-CN', 'ppm', 3_000)).toBe('+0.3%')
    // 310 ppm = 0.031 % → "0.03%", not "0.0%" that would read as no change.
    expect(formatFigureDelta('zh-CN', 'ppm', -310)).toBe('−0.03%')
    expect(formatFigureDelta('zh-CN', 'ppm', 0)).toBe('0')
  })

  it("a warning's params: …Fen as money, …Ppm as %, the line's label from its kind", () => {
    const shown = displayParams({ kind: 'festival', name: '', amountFen: 1_600_000, ratePpm: 65_000, days: 75 }, 'zh-CN', t)
    expect(shown).toMatchObject({ amountFen: '¥16,000.00', ratePpm: '6.5%', days: 75, label: '节庆费' })
  })
})
