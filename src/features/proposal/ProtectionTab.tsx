import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ClauseInput, ProposalDetail, ProtectionConflictView, StoredClause } from '../../shared/contract/proposal'
import { PROTECTION_CONSEQUENCES, PROTECTION_TYPES } from '../../shared/domain/proposal'
import { significantDivisionCode } from '../../shared/domain/regions'
import { api } from '../../lib/api'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import type { GridColumn } from '../../grid/grid-columns'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { createItemSource } from './item-source'
import { choiceColumn, moneyColumn, percentColumn, textColumn } from './proposal-columns'
import { cellToDate, cellToFen, cellToPpm, cellToText, fenCell, ppmCell } from './cell-input'
import { ClauseDialog } from './ClauseDialog'
import { TerritoryCellEditor, type TerritoryEditorParams } from './TerritoryCellEditor'
import { useTerritoryLookup } from './territory-list'
import { territoryName } from './territory-names'
import { conflictText, type ProposalNames } from './proposal-text'
import { useHighlightRow } from './use-highlight-row'
import { SkuPickerCellEditor, type SkuPickerParams } from './SkuPickerCellEditor'
import { cellToSkuIds, skuListCell, skuListCopyText, type SkuRef } from './sku-list'
import { TabGrid, clauseRemoval } from './TabGrid'

export interface ClauseRow {
  id: number
  rowVersion: number
  clause: StoredClause
  /** This clause's conflicts with other accounts' exclusive clauses. */
  conflicts: ProtectionConflictView[]
  /** The territory's full name in the page's language (上海市 浦东新区 / Pudong New Area, Shanghai), once it can be named. */
  territoryName?: string
}

type ClauseField = 'skuIds' | 'type' | 'territoryCode' | 'startDate' | 'endDate' | 'minimumPurchaseFen' | 'sellThroughRatePpm' | 'consequence' | 'consequenceText'
const CLAUSE_FIELDS: readonly ClauseField[] = ['skuIds', 'type', 'territoryCode', 'startDate', 'endDate', 'minimumPurchaseFen', 'sellThroughRatePpm', 'consequence', 'consequenceText']

export const toClauseRows = (detail: ProposalDetail): ClauseRow[] =>
  detail.clauses.map((clause) => ({ id: clause.id, rowVersion: 0, clause, conflicts: detail.conflicts.filter((conflict) => conflict.clauseId === clause.id) }))

interface ProtectionTabProps {
  detail: ProposalDetail
  rows: ClauseRow[]
  language: Language
  reload(): Promise<ProposalDetail | null>
  highlightId: string | null
  /** How the page names accounts and places (the conflict texts). */
  names: ProposalNames
}

/** 区域保护: the clauses on the spreadsheet layer, conflicts with other accounts on the row and in a panel. */
export function ProtectionTab({ detail, rows, language, reload, highlightId, names }: ProtectionTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<ClauseRow> | null>(null)
  const latestRows = useRef(rows)
  latestRows.current = rows
  const [isAdding, setAdding] = useState(false)
  const territories = useTerritoryLookup()
  // What a clause may name: the proposal's SKUs, and any its clauses still name (delisted since).
  const knownSkus = useMemo<SkuRef[]>(
    () => [...detail.skus.map(({ skuId, skuCode, name }) => ({ skuId, skuCode, name })), ...detail.clauseOnlySkus],
    [detail.skus, detail.clauseOnlySkus]
  )
  const latestSkus = useRef(knownSkus)
  latestSkus.current = knownSkus
  const skuById = useMemo(() => new Map(knownSkus.map((sku) => [sku.skuId, sku])), [knownSkus])
  const skusText = (skuIds: StoredClause['skuIds']) =>
    skuIds === 'all' ? t('proposal.protection.allSkus') : skuIds.map((skuId) => skuById.get(skuId)?.name ?? `#${skuId}`).join(t('proposal.diffView.separator'))
  // The names are part of the rows, so the grid shows them as soon as the division list arrives.
  const namedRows = useMemo(
    () => rows.map((row) => ({ ...row, territoryName: territoryName(territories, row.clause.territoryCode, language) })),
    [rows, territories, language]
  )

  const source = useMemo(
    () =>
      createItemSource<ClauseRow, ClauseField>(t, {
        entity: 'proposal-clauses',
        fields: CLAUSE_FIELDS,
        moneyFields: ['minimumPurchaseFen'],
        serviceValue: (row, field) =>
          field === 'skuIds'
            ? skuListCell(row.clause.skuIds, latestSkus.current)
            : field === 'minimumPurchaseFen' ? fenCell(row.clause.minimumPurchaseFen) : field === 'sellThroughRatePpm' ? ppmCell(row.clause.sellThroughRatePpm) : row.clause[field],
        copyText: (row, colId) => (colId === 'skuIds' ? skuListCopyText(row.clause.skuIds, latestSkus.current, t) : String((row.clause as unknown as Record<string, unknown>)[colId] ?? '')),
        fieldLabel: (field) => t(`proposal.page.clause.${field === 'skuIds' ? 'skus' : field === 'territoryCode' ? 'territory' : field === 'minimumPurchaseFen' ? 'minimumPurchase' : field === 'sellThroughRatePpm' ? 'sellThroughRate' : field}`),
        save: async (row, patch: FieldPatch<ClauseField>) => {
          const { clause } = row
          const input: ClauseInput = {
            proposalId: clause.proposalId,
            id: clause.id,
            skuIds: clause.skuIds,
            territoryCode: clause.territoryCode,
            type: clause.type,
            startDate: clause.startDate,
            endDate: clause.endDate,
            minimumPurchaseFen: clause.minimumPurchaseFen,
            sellThroughRatePpm: clause.sellThroughRatePpm,
            consequence: clause.consequence,
            consequenceText: clause.consequenceText
          }
          const skuIds = 'skuIds' in patch ? cellToSkuIds(patch.skuIds ?? null, latestSkus.current, t, [t('proposal.protection.allSkus')]) : null
          // The SKUs alone go through their own channel, which leaves the rest as stored.
          if (skuIds !== null && Object.keys(patch).length === 1) {
            await api.proposal.clauseSkusSet({ clauseId: clause.id, skuIds })
            return
          }
          if (skuIds !== null) input.skuIds = skuIds
          for (const [field, value] of Object.entries(patch)) {
            if (field === 'type') input.type = PROTECTION_TYPES.find((code) => code === value) ?? input.type
            else if (field === 'consequence') input.consequence = PROTECTION_CONSEQUENCES.find((code) => code === value) ?? input.consequence
            else if (field === 'territoryCode') input.territoryCode = significantDivisionCode(cellToText(value ?? null))
            else if (field === 'startDate') input.startDate = cellToDate(value ?? null, t)
            else if (field === 'endDate') input.endDate = cellToDate(value ?? null, t)
            else if (field === 'minimumPurchaseFen') input.minimumPurchaseFen = cellToFen(value ?? null, t)
            else if (field === 'sellThroughRatePpm') input.sellThroughRatePpm = cellToPpm(value ?? null, t)
            else if (field === 'consequenceText') input.consequenceText = cellToText(value ?? null)
          }
          await api.proposal.clauseUpsert(input)
        },
        remove: async (ids) => {
          for (const id of ids) await api.proposal.clauseRemove({ id })
        },
        rowsNow: () => latestRows.current,
        reload: async () => {
          const next = await reload()
          return next ? toClauseRows(next) : latestRows.current
        }
      }),
    [t, reload]
  )

  const columns = useMemo<GridColumn<ClauseRow>[]>(
    () => [
      choiceColumn<ClauseRow, StoredClause['type']>('type', t('proposal.page.clause.type'), (row) => row.clause.type, PROTECTION_TYPES, (code) => t(`proposal.protectionType.${code}`), 110),
      {
        ...textColumn<ClauseRow>('skuIds', t('proposal.page.clause.skus'), (row) => skusText(row.clause.skuIds), 200, true),
        tooltipValueGetter: (params) => (params.data ? skusText(params.data.clause.skuIds) : undefined),
        cellEditor: SkuPickerCellEditor,
        cellEditorPopup: true,
        cellEditorParams: { skus: knownSkus, allowAll: true, chosenOf: (row) => row.clause.skuIds } satisfies SkuPickerParams<ClauseRow>,
        cellClassRules: { 'cell-problem': (params) => (params.data?.conflicts.some((conflict) => !conflict.isResolved) ?? false) }
      },
      {
        colId: 'territoryCode',
        headerName: t('proposal.page.clause.territory'),
        valueGetter: (params) => params.data?.clause.territoryCode ?? null,
        valueFormatter: (params) => (params.data?.territoryName ? `${params.data.territoryName} (${String(params.value)})` : String(params.value ?? '')),
        getQuickFilterText: (params) => (params.value ? names.territoryName(String(params.value)) : ''),
        editable: true,
        cellEditor: TerritoryCellEditor,
        cellEditorParams: { language } satisfies TerritoryEditorParams,
        cellEditorPopup: true,
        cellClassRules: { 'cell-problem': (params) => (params.data?.conflicts.some((conflict) => !conflict.isResolved) ?? false) },
        filter: 'agTextColumnFilter',
        width: 220
      },
      {
        colId: 'conflict',
        headerName: t('proposal.page.clause.conflict'),
        valueGetter: (params) => (params.data ? params.data.conflicts.map((conflict) => conflict.otherAccountName).join(t('proposal.diffView.separator')) : ''),
        tooltipValueGetter: (params) => (params.data ? params.data.conflicts.map((conflict) => conflictText(conflict, t, names)).join('\n') : undefined),
        cellClassRules: { 'cell-problem': (params) => (params.data?.conflicts.some((conflict) => !conflict.isResolved) ?? false) },
        cellClass: 'cell-computed',
        width: 180
      },
      textColumn<ClauseRow>('startDate', t('proposal.page.clause.startDate'), (row) => row.clause.startDate, 110, true),
      textColumn<ClauseRow>('endDate', t('proposal.page.clause.endDate'), (row) => row.clause.endDate, 110, true),
      moneyColumn<ClauseRow>('minimumPurchaseFen', t('proposal.page.clause.minimumPurchase'), (row) => row.clause.minimumPurchaseFen, language, 120, true),
      percentColumn<ClauseRow>('sellThroughRatePpm', t('proposal.page.clause.sellThroughRate'), (row) => row.clause.sellThroughRatePpm, 110, true),
      choiceColumn<ClauseRow, StoredClause['consequence']>('consequence', t('proposal.page.clause.consequence'), (row) => row.clause.consequence, PROTECTION_CONSEQUENCES, (code) => t(`proposal.protectionConsequence.${code}`), 130),
      textColumn<ClauseRow>('consequenceText', t('proposal.page.clause.consequenceText'), (row) => row.clause.consequenceText, 140, true)
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language, names, skuById, knownSkus]
  )
  useHighlightRow(grid, rows, highlightId, (row, itemId) => String(row.id) === itemId)

  const addClause = async (input: ClauseInput): Promise<boolean> => {
    try {
      await api.proposal.clauseUpsert(input)
      await reload()
      return true
    } catch (error) {
      showToast('error', errorMessage(error, t))
      return false
    }
  }
  const setResolved = async (conflict: ProtectionConflictView, isResolved: boolean) => {
    const keys = new Set(detail.proposal.resolvedConflictKeys)
    if (isResolved) keys.add(conflict.key)
    else keys.delete(conflict.key)
    try {
      await api.proposal.update({ proposalId: detail.proposal.id, patch: { resolvedConflictKeys: [...keys] } })
      await reload()
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-protection">
      <TabGrid<ClauseRow, ClauseField, StoredClause>
        name="clauses"
        proposalId={detail.proposal.id}
        language={language}
        columns={columns}
        source={source}
        rows={namedRows}
        controllerRef={grid}
        emptyText={t('proposal.page.clause.empty')}
        toolbar={
          <button className="button button-primary" onClick={() => setAdding(true)} data-testid="clause-add">
            <Icon name="add" size={16} /> {t('proposal.page.clause.add')}
          </button>
        }
        removal={clauseRemoval}
        removeTestId="clause-remove"
        reload={reload}
      />
      <section className={`proposal-card conflict-panel${detail.conflicts.some((conflict) => !conflict.isResolved) ? ' has-open-conflicts' : ''}`} data-testid="conflict-panel">
        <h3>{t('proposal.page.clause.conflictsTitle')}</h3>
        {detail.conflicts.length === 0 ? (
          <p className="muted">{t('proposal.page.clause.noConflicts')}</p>
        ) : (
          <ul>
            {detail.conflicts.map((conflict) => (
              <li key={`${conflict.clauseId}:${conflict.otherClauseId}`} data-testid="conflict-item" className={conflict.isResolved ? 'muted' : ''}>
                {conflictText(conflict, t, names)}{' '}
                <button className="link-button" onClick={() => void setResolved(conflict, !conflict.isResolved)}>
                  {conflict.isResolved ? t('proposal.page.clause.unresolve') : t('proposal.page.clause.resolve')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isAdding && <ClauseDialog proposalId={detail.proposal.id} year={detail.proposal.year} skus={detail.skus} language={language} onSave={addClause} onClose={() => setAdding(false)} />}
    </div>
  )
}
