import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { api } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import { SpreadsheetGrid } from '../../grid/SpreadsheetGrid'
import type { GridColumn } from '../../grid/grid-columns'
import type { RowWithId, SpreadsheetController, SpreadsheetSource } from '../../grid/spreadsheet-source'

/** How a tab takes a row out and puts it back under its id (the undo of a remove). */
export interface TabGridRemoval<Removed> {
  remove(id: number): Promise<Removed>
  restore(removed: Removed): Promise<unknown>
}

interface TabGridProps<Row extends RowWithId, Field extends string, Removed> {
  /** Names the grid: `proposal-${name}:${proposalId}` keeps its layout and undo, `proposal-${name}-grid` is its test id. */
  name: string
  proposalId: number
  language: Language
  columns: GridColumn<Row>[]
  source: SpreadsheetSource<Row, Field>
  rows: Row[]
  controllerRef: React.RefObject<SpreadsheetController<Row> | null>
  emptyText: string
  /** What the tab puts in the toolbar before the remove button (an add button, an inline form). */
  toolbar?: React.ReactNode
  /** After the remove button, pushed to the right (a total). */
  toolbarEnd?: React.ReactNode
  /** An extra class for the toolbar (an inline form lays itself out). */
  toolbarClassName?: string
  removal: TabGridRemoval<Removed>
  removeTestId: string
  reload(): Promise<unknown>
}

/**
 * A proposal tab's grid on the spreadsheet layer with its toolbar: the tab's own controls, then
 * "remove selected", which is one undo step (its undo puts the rows back under their ids).
 */
export function TabGrid<Row extends RowWithId, Field extends string, Removed>(props: TabGridProps<Row, Field, Removed>): React.JSX.Element {
  const { t } = useTranslation()
  const { controllerRef, removal, reload } = props

  const removeSelected = async () => {
    const selected = controllerRef.current?.targetRows() ?? []
    if (selected.length === 0) return showToast('info', t('proposal.page.selectFirst'))
    const removed: Removed[] = []
    try {
      for (const row of selected) removed.push(await removal.remove(row.id))
      showToast('success', t('proposal.page.removed', { count: removed.length }))
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
    await reload()
    if (removed.length === 0) return
    const ids = selected.slice(0, removed.length).map((row) => row.id)
    controllerRef.current?.pushUndo({
      label: t('proposal.page.removed', { count: removed.length }),
      undo: async () => {
        for (const item of removed) await removal.restore(item)
        await reload()
      },
      redo: async () => {
        for (const id of ids) await removal.remove(id)
        await reload()
      }
    })
  }

  return (
    <>
      <div className={props.toolbarClassName ? `toolbar ${props.toolbarClassName}` : 'toolbar'}>
        {props.toolbar}
        <button className="button" onClick={() => void removeSelected()} data-testid={props.removeTestId}>
          <Icon name="trash" size={16} /> {t('proposal.page.remove')}
        </button>
        {props.toolbarEnd !== undefined && (
          <>
            <span className="toolbar-spacer" />
            {props.toolbarEnd}
          </>
        )}
      </div>
      <div className="proposal-grid proposal-grid-small">
        <SpreadsheetGrid<Row, Field>
          gridId={`proposal-${props.name}:${props.proposalId}`}
          testId={`proposal-${props.name}-grid`}
          language={props.language}
          columns={props.columns}
          source={props.source}
          rows={props.rows}
          isComplete
          emptyText={props.emptyText}
          isTotalsRow={() => false}
          quickSearch=""
          controllerRef={controllerRef}
          moneyUnit="yuan"
        />
      </div>
    </>
  )
}

/** The proposal channels' removals, with the re-create under the same id as their undo. */
export const clauseRemoval: TabGridRemoval<Awaited<ReturnType<typeof api.proposal.clauseRemove>>> = {
  remove: (id) => api.proposal.clauseRemove({ id }),
  restore: ({ accountId: _accountId, ...clause }) => api.proposal.clauseUpsert(clause)
}
export const promotionRemoval: TabGridRemoval<Awaited<ReturnType<typeof api.proposal.promotionRemove>>> = {
  remove: (id) => api.proposal.promotionRemove({ id }),
  restore: (promotion) => api.proposal.promotionUpsert(promotion)
}
export const concessionRemoval: TabGridRemoval<Awaited<ReturnType<typeof api.proposal.concessionRemove>>> = {
  remove: (id) => api.proposal.concessionRemove({ id }),
  restore: (concession) => api.proposal.concessionUpsert(concession)
}
export const activityRemoval: TabGridRemoval<Awaited<ReturnType<typeof api.proposal.activityRemove>>> = {
  remove: (id) => api.proposal.activityRemove({ id }),
  restore: (activity) => api.proposal.activityUpsert(activity)
}
