import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { SELL_THROUGH_ACTIVITY_KINDS, type ActivityInput, type ProposalDetail, type SellThroughActivityKind, type StoredSellThroughActivity } from '../../shared/contract/proposal'
import { yuanTextToFen } from '../../shared/domain/money'
import { api } from '../../lib/api'
import { formatFen } from '../../lib/format'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import { TabGrid, activityRemoval } from './TabGrid'
import type { GridColumn } from '../../grid/grid-columns'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { createItemSource } from './item-source'
import { choiceColumn, countColumn, moneyColumn, textColumn } from './proposal-columns'
import { cellToCount, cellToFen, cellToText, fenCell } from './cell-input'
import { DepartmentValueCards } from './DepartmentValueCards'
import type { ProposalNames } from './proposal-text'

export interface ActivityRow {
  id: number
  rowVersion: number
  activity: StoredSellThroughActivity
}

type ActivityField = 'kind' | 'description' | 'costFen' | 'owner' | 'quantity' | 'commissionPerUnitFen'
const ACTIVITY_FIELDS: readonly ActivityField[] = ['kind', 'description', 'costFen', 'owner', 'quantity', 'commissionPerUnitFen']

export const toActivityRows = (detail: ProposalDetail): ActivityRow[] => detail.activities.map((activity) => ({ id: activity.id, rowVersion: 0, activity }))

interface SellThroughTabProps {
  detail: ProposalDetail
  rows: ActivityRow[]
  language: Language
  reload(): Promise<ProposalDetail | null>
  names: ProposalNames
}

/** 动销: the sell-through activities with cost and owner, and what the proposal gives each department of the retailer. */
export function SellThroughTab({ detail, rows, language, reload, names }: SellThroughTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<ActivityRow> | null>(null)
  const latestRows = useRef(rows)
  latestRows.current = rows
  const [kind, setKind] = useState<SellThroughActivityKind>('staff_training')
  const [description, setDescription] = useState('')
  const [costText, setCostText] = useState('')
  const [owner, setOwner] = useState('')

  const source = useMemo(
    () =>
      createItemSource<ActivityRow, ActivityField>(t, {
        entity: 'proposal-activities',
        fields: ACTIVITY_FIELDS,
        moneyFields: ['costFen', 'commissionPerUnitFen'],
        serviceValue: (row, field) => (field === 'costFen' || field === 'commissionPerUnitFen' ? fenCell(row.activity[field]) : row.activity[field]),
        copyText: (row, colId) => String((row.activity as unknown as Record<string, unknown>)[colId] ?? ''),
        fieldLabel: (field) => t(`proposal.page.activity.${field === 'costFen' ? 'cost' : field === 'commissionPerUnitFen' ? 'commission' : field}`),
        save: async (row, patch: FieldPatch<ActivityField>) => {
          const { activity } = row
          const input: ActivityInput = { ...activity }
          for (const [field, value] of Object.entries(patch)) {
            const cell = value ?? null
            if (field === 'kind') input.kind = SELL_THROUGH_ACTIVITY_KINDS.find((code) => code === cell) ?? input.kind
            else if (field === 'description') input.description = cellToText(cell) || input.description
            else if (field === 'costFen') input.costFen = cellToFen(cell, t) ?? 0
            else if (field === 'owner') input.owner = cellToText(cell)
            else if (field === 'quantity') input.quantity = cellToCount(cell, t)
            else if (field === 'commissionPerUnitFen') input.commissionPerUnitFen = cellToFen(cell, t)
          }
          await api.proposal.activityUpsert(input)
        },
        remove: async (ids) => {
          for (const id of ids) await api.proposal.activityRemove({ id })
        },
        rowsNow: () => latestRows.current,
        reload: async () => {
          const next = await reload()
          return next ? toActivityRows(next) : latestRows.current
        }
      }),
    [t, reload]
  )
  const columns = useMemo<GridColumn<ActivityRow>[]>(
    () => [
      choiceColumn<ActivityRow, SellThroughActivityKind>('kind', t('proposal.page.activity.kind'), (row) => row.activity.kind, SELL_THROUGH_ACTIVITY_KINDS, (code) => t(`proposal.page.activity.kinds.${code}`), 160),
      textColumn<ActivityRow>('description', t('proposal.page.activity.description'), (row) => row.activity.description, 240, true),
      moneyColumn<ActivityRow>('costFen', t('proposal.page.activity.cost'), (row) => row.activity.costFen, language, 110, true),
      textColumn<ActivityRow>('owner', t('proposal.page.activity.owner'), (row) => row.activity.owner, 110, true),
      countColumn<ActivityRow>('quantity', t('proposal.page.activity.quantity'), (row) => row.activity.quantity, language, 90, true),
      moneyColumn<ActivityRow>('commissionPerUnitFen', t('proposal.page.activity.commission'), (row) => row.activity.commissionPerUnitFen, language, 120, true)
    ],
    [t, language]
  )
  const costFen = costText.trim() === '' ? 0 : yuanTextToFen(costText.trim())
  const canAdd = description.trim() !== '' && costFen !== null
  const add = async () => {
    if (!canAdd || costFen === null) return
    try {
      await api.proposal.activityUpsert({ proposalId: detail.proposal.id, kind, description: description.trim(), costFen, owner: owner.trim(), quantity: null, commissionPerUnitFen: null, startDate: null, endDate: null })
      setDescription('')
      setCostText('')
      setOwner('')
      await reload()
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }
  const totalCost = detail.activities.reduce((total, activity) => total + activity.costFen, 0)

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-sellThrough">
      <TabGrid<ActivityRow, ActivityField, StoredSellThroughActivity>
        name="activities"
        proposalId={detail.proposal.id}
        language={language}
        columns={columns}
        source={source}
        rows={rows}
        controllerRef={grid}
        emptyText={t('proposal.page.activity.add')}
        toolbar={
          <>
            <select value={kind} onChange={(event) => setKind(SELL_THROUGH_ACTIVITY_KINDS.find((code) => code === event.target.value) ?? 'staff_training')} data-testid="activity-kind">
              {SELL_THROUGH_ACTIVITY_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(`proposal.page.activity.kinds.${code}`)}
                </option>
              ))}
            </select>
            <input value={description} onChange={(event) => setDescription(event.target.value)} placeholder={t('proposal.page.activity.description')} data-testid="activity-description" />
            <span className="input-with-suffix">
              <input value={costText} onChange={(event) => setCostText(event.target.value)} placeholder={t('proposal.page.activity.cost')} inputMode="decimal" data-testid="activity-cost" />
              <span>¥</span>
            </span>
            <input value={owner} onChange={(event) => setOwner(event.target.value)} placeholder={t('proposal.page.activity.owner')} data-testid="activity-owner" />
            <button className="button button-primary" onClick={() => void add()} disabled={!canAdd} data-testid="activity-add">
              <Icon name="add" size={16} /> {t('proposal.page.activity.add')}
            </button>
          </>
        }
        toolbarEnd={
          <span className="tab-grid-total">
            {t('proposal.page.activity.cost')} <strong>{formatFen(language, totalCost)}</strong>
          </span>
        }
        removal={activityRemoval}
        removeTestId="activity-remove"
        reload={reload}
      />
      <h3>{t('proposal.page.activity.departmentsTitle')}</h3>
      <DepartmentValueCards departments={detail.departmentValue} language={language} names={names} />
    </div>
  )
}
