import { useEffect, useRef, type RefObject } from 'react'
import { api, onWorkspaceChange } from '../../lib/api'
import type { WorkspaceChange } from '../../shared/workspace-change'
import type { SpreadsheetController } from '../../grid/spreadsheet-source'
import type { StoredTermLine, StoredTermSheet, TermScenario } from '../../shared/contract/terms'
import type { TermRow } from './term-rows'

/** How long the page waits for a burst of changes (an import, a promotion) to end before it reads the sheet. */
const SETTLE_MS = 250

/**
 * Term changes from the terms services: 'terms' today, and the names engineer D1's change feed
 * brings ('termSheets', 'termLines', 'termScenarios'…): any entity whose name starts with 'term'.
 */
export const isTermsChange = (change: WorkspaceChange): boolean => change.entity.startsWith('term')
/** What the economics are computed from besides the sheet: the planned assortment and its SKUs. */
const isPlanChange = (change: WorkspaceChange): boolean => change.entity === 'assortment' || change.entity === 'catalogue'

/** A line as stored, without what the grid adds to it (amounts, rates, row version). */
const storedOf = (line: StoredTermLine): string =>
  JSON.stringify([line.kind, line.category, line.name ?? null, 'basis' in line ? line.basis : null, line.position, line.values])

interface FollowContext {
  sheet: StoredTermSheet | null | undefined
  grid: RefObject<SpreadsheetController<TermRow> | null>
  toRow(line: StoredTermLine): TermRow
  payment: StoredTermSheet['payment'] | null
  setPayment(payment: StoredTermSheet['payment']): void
  scenarios: TermScenario[]
  refreshFigures(): void
  reloadYears(): Promise<void>
}

/**
 * Another window (or a script) changed this sheet, its scenarios or the plan under it: the rows
 * that differ from what the grid shows are put in, gone ones taken out, and the figures follow.
 * This window's own writes arrive here too; they find nothing different and cost one read.
 */
export function useTermsFollow(context: FollowContext): void {
  const latest = useRef(context)
  latest.current = context
  const sheetId = context.sheet?.id ?? null

  useEffect(() => {
    if (sheetId === null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let isLive = true
    let needsFigures = false
    const check = async () => {
      const { sheet, grid, toRow, payment, setPayment, scenarios, refreshFigures, reloadYears } = latest.current
      if (!sheet || sheet.id !== sheetId) return
      const [fresh, freshScenarios] = await Promise.all([api.terms.get({ accountId: sheet.accountId, year: sheet.year }), api.terms.scenarios({ sheetId }), reloadYears()])
      if (!isLive || latest.current.sheet?.id !== sheetId) return
      const shown = new Map<number, TermRow>()
      grid.current?.api()?.forEachNode((node) => {
        if (node.data) shown.set(node.data.id, node.data)
      })
      const freshIds = new Set(fresh.lines.map((line) => line.id))
      const gone = [...shown.keys()].filter((id) => !freshIds.has(id))
      const changed = fresh.lines.filter((line) => {
        const row = shown.get(line.id)
        return !row || storedOf(row) !== storedOf(line)
      })
      const isPaymentChanged = JSON.stringify(fresh.payment) !== JSON.stringify(payment)
      const areScenariosChanged = JSON.stringify(freshScenarios) !== JSON.stringify(scenarios)
      if (gone.length > 0) grid.current?.removeRows(gone)
      if (changed.length > 0) grid.current?.putRows(changed.map(toRow), 'add-end')
      if (isPaymentChanged) setPayment(fresh.payment)
      if (needsFigures || gone.length > 0 || changed.length > 0 || isPaymentChanged || areScenariosChanged) refreshFigures()
      needsFigures = false
    }
    const unsubscribe = onWorkspaceChange((change) => {
      const isPlan = isPlanChange(change)
      if (!isTermsChange(change) && !isPlan) return
      // The plan is not on the sheet: only the figures can tell it changed.
      if (isPlan) needsFigures = true
      clearTimeout(timer)
      timer = setTimeout(() => void check().catch(() => undefined), SETTLE_MS)
    })
    return () => {
      isLive = false
      clearTimeout(timer)
      unsubscribe()
    }
  }, [sheetId])
}
