import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { ConcessionInput, ProposalDetail, StoredConcession } from '../../shared/contract/proposal'
import type { ConcessionLine, ProposalTermLine } from '../../shared/domain/proposal'
import { yuanTextToFen } from '../../shared/domain/money'
import { ppmToRatio } from '../../shared/domain/rate'
import { api } from '../../lib/api'
import { formatCount, formatFen, formatPercent } from '../../lib/format'
import { showToast } from '../../components/toast-store'
import { Icon } from '../../components/Icon'
import { errorMessage } from '../../grid/grid-errors'
import type { GridColumn } from '../../grid/grid-columns'
import type { FieldPatch, SpreadsheetController } from '../../grid/spreadsheet-source'
import { createItemSource } from './item-source'
import { moneyColumn, percentColumn, textColumn } from './proposal-columns'
import { cellToFen, cellToText, fenCell } from './cell-input'
import { termLabel } from './proposal-text'
import { useHighlightRow } from './use-highlight-row'
import { TabGrid, concessionRemoval } from './TabGrid'

export interface ConcessionRow {
  id: number
  rowVersion: number
  concession: StoredConcession
  line: ConcessionLine | undefined
}

type ConcessionField = 'giveDescription' | 'costFen' | 'getDescription' | 'getValueFen'
const CONCESSION_FIELDS: readonly ConcessionField[] = ['giveDescription', 'costFen', 'getDescription', 'getValueFen']

export const toConcessionRows = (detail: ProposalDetail): ConcessionRow[] => {
  const lines = new Map(detail.concessionLedger.lines.map((line) => [line.entryId, line]))
  return detail.concessions.map((concession) => ({ id: concession.id, rowVersion: 0, concession, line: lines.get(String(concession.id)) }))
}

function termValueText(line: ProposalTermLine, value: number | null, language: Language, days: string): string {
  if (value === null) return '—'
  if (line.unit === 'fen') return formatFen(language, value)
  if (line.unit === 'ppm') return formatPercent(language, ppmToRatio(value))
  return `${formatCount(language, value)} ${days}`
}

interface ConcessionsTabProps {
  detail: ProposalDetail
  rows: ConcessionRow[]
  language: Language
  reload(): Promise<ProposalDetail | null>
  highlightId: string | null
}

/** 条件置换: the retailer's ask against our offer per term, and the ledger where every give is traded for a get. */
export function ConcessionsTab({ detail, rows, language, reload, highlightId }: ConcessionsTabProps): React.JSX.Element {
  const { t } = useTranslation()
  const grid = useRef<SpreadsheetController<ConcessionRow> | null>(null)
  const latestRows = useRef(rows)
  latestRows.current = rows
  const [giveText, setGiveText] = useState('')
  const [costText, setCostText] = useState('')
  const [getText, setGetText] = useState('')
  const [valueText, setValueText] = useState('')

  const source = useMemo(
    () =>
      createItemSource<ConcessionRow, ConcessionField>(t, {
        entity: 'proposal-concessions',
        fields: CONCESSION_FIELDS,
        moneyFields: ['costFen', 'getValueFen'],
        serviceValue: (row, field) =>
          field === 'giveDescription'
            ? row.concession.give.description
            : field === 'costFen'
              ? fenCell(row.concession.give.costFen)
              : field === 'getDescription'
                ? (row.concession.get?.description ?? null)
                : fenCell(row.concession.get?.valueFen ?? null),
        copyText: (row, colId) => String(colId === 'giveDescription' ? row.concession.give.description : colId === 'getDescription' ? (row.concession.get?.description ?? '') : ''),
        fieldLabel: (field) => t(`proposal.page.concession.${field === 'giveDescription' ? 'give' : field === 'costFen' ? 'cost' : field === 'getDescription' ? 'get' : 'value'}`),
        save: async (row, patch: FieldPatch<ConcessionField>) => {
          const { concession } = row
          const input: ConcessionInput = { proposalId: concession.proposalId, id: concession.id, give: { ...concession.give }, get: concession.get ? { ...concession.get } : null }
          for (const [field, value] of Object.entries(patch)) {
            const cell = value ?? null
            if (field === 'giveDescription') input.give.description = cellToText(cell) || input.give.description
            else if (field === 'costFen') input.give.costFen = cellToFen(cell, t) ?? 0
            else if (field === 'getDescription') {
              const text = cellToText(cell)
              // An empty get unpairs the give (the checklist flags it again).
              input.get = text === '' ? null : { termCode: input.get?.termCode ?? null, description: text, valueFen: input.get?.valueFen ?? null }
            } else if (field === 'getValueFen' && input.get) input.get.valueFen = cellToFen(cell, t)
          }
          await api.proposal.concessionUpsert(input)
        },
        remove: async (ids) => {
          for (const id of ids) await api.proposal.concessionRemove({ id })
        },
        rowsNow: () => latestRows.current,
        reload: async () => {
          const next = await reload()
          return next ? toConcessionRows(next) : latestRows.current
        }
      }),
    [t, reload]
  )
  const columns = useMemo<GridColumn<ConcessionRow>[]>(
    () => [
      textColumn<ConcessionRow>('giveDescription', t('proposal.page.concession.give'), (row) => row.concession.give.description, 220, true),
      textColumn<ConcessionRow>('giveTerm', t('proposal.page.concession.giveTerm'), (row) => (row.concession.give.termCode ? termLabel(t, row.concession.give.termCode) : ''), 110),
      moneyColumn<ConcessionRow>('costFen', t('proposal.page.concession.cost'), (row) => row.concession.give.costFen, language, 110, true),
      percentColumn<ConcessionRow>('costPoints', t('proposal.page.concession.costPoints'), (row) => row.line?.costContributionPpm ?? null, 100),
      {
        ...textColumn<ConcessionRow>('getDescription', t('proposal.page.concession.get'), (row) => row.concession.get?.description ?? '', 220, true),
        cellClassRules: { 'cell-problem': (params) => params.data?.concession.get === null }
      },
      moneyColumn<ConcessionRow>('getValueFen', t('proposal.page.concession.value'), (row) => row.concession.get?.valueFen ?? null, language, 110, (params) => params.data?.concession.get !== null),
      {
        colId: 'paired',
        headerName: t('proposal.page.concession.paired'),
        valueGetter: (params) => (params.data?.concession.get === null ? t('proposal.page.concession.unpaired') : '✓'),
        cellClassRules: { 'cell-problem': (params) => params.data?.concession.get === null },
        cellClass: 'cell-computed',
        width: 90
      }
    ],
    [t, language]
  )
  useHighlightRow(grid, rows, highlightId, (row, itemId) => String(row.id) === itemId)

  const costFen = costText.trim() === '' ? 0 : yuanTextToFen(costText.trim())
  const valueFen = valueText.trim() === '' ? null : yuanTextToFen(valueText.trim())
  const canAdd = giveText.trim() !== '' && costFen !== null && (valueText.trim() === '' || valueFen !== null)
  const add = async () => {
    if (!canAdd || costFen === null) return
    try {
      await api.proposal.concessionUpsert({
        proposalId: detail.proposal.id,
        give: { termCode: null, description: giveText.trim(), costFen },
        get: getText.trim() === '' ? null : { termCode: null, description: getText.trim(), valueFen }
      })
      setGiveText('')
      setCostText('')
      setGetText('')
      setValueText('')
      await reload()
    } catch (error) {
      showToast('error', errorMessage(error, t))
    }
  }
  const ledger = detail.concessionLedger
  const days = t('proposal.page.days')

  return (
    <div className="proposal-tab-panel" data-testid="proposal-tab-concessions">
      <section className="proposal-card">
        <h3>{t('proposal.page.concession.termsTitle')}</h3>
        {detail.termLines.length === 0 ? (
          <p className="muted">{t('proposal.page.concession.noTerms')}</p>
        ) : (
          <table className="proposal-table" data-testid="term-lines">
            <thead>
              <tr>
                <th>{t('proposal.page.concession.term')}</th>
                <th>{t('proposal.page.concession.ask')}</th>
                <th>{t('proposal.page.concession.offer')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.termLines.map((line) => (
                <tr key={line.termCode} className={line.askValue !== null && line.offerValue === null ? 'row-problem' : ''} data-term={line.termCode}>
                  <th scope="row">{termLabel(t, line.termCode)}</th>
                  <td>{termValueText(line, line.askValue, language, days)}</td>
                  <td>{termValueText(line, line.offerValue, language, days)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <TabGrid<ConcessionRow, ConcessionField, Awaited<ReturnType<typeof api.proposal.concessionRemove>>>
        name="concessions"
        proposalId={detail.proposal.id}
        language={language}
        columns={columns}
        source={source}
        rows={rows}
        controllerRef={grid}
        emptyText={t('proposal.page.concession.add')}
        toolbarClassName="concession-add"
        toolbar={
          <>
            <input value={giveText} onChange={(event) => setGiveText(event.target.value)} placeholder={t('proposal.page.concession.give')} data-testid="concession-give" />
            <span className="input-with-suffix">
              <input value={costText} onChange={(event) => setCostText(event.target.value)} placeholder={t('proposal.page.concession.cost')} inputMode="decimal" data-testid="concession-cost" />
              <span>¥</span>
            </span>
            <span className="concession-arrow">→</span>
            <input value={getText} onChange={(event) => setGetText(event.target.value)} placeholder={t('proposal.page.concession.get')} data-testid="concession-get" />
            <span className="input-with-suffix">
              <input value={valueText} onChange={(event) => setValueText(event.target.value)} placeholder={t('proposal.page.concession.value')} inputMode="decimal" data-testid="concession-value" />
              <span>¥</span>
            </span>
            <button className="button button-primary" onClick={() => void add()} disabled={!canAdd} data-testid="concession-add">
              <Icon name="add" size={16} /> {t('proposal.page.concession.add')}
            </button>
          </>
        }
        removal={concessionRemoval}
        removeTestId="concession-remove"
        reload={reload}
      />
      <div className="proposal-card proposal-totals" data-testid="concession-totals">
        <span>
          {t('proposal.concessions.gives')}
          <strong>{formatFen(language, ledger.givesFen)}</strong>
          {ledger.givesContributionPpm !== null && <span className="muted"> ({formatPercent(language, ppmToRatio(ledger.givesContributionPpm))})</span>}
        </span>
        <span>
          {t('proposal.concessions.gets')}
          <strong>{formatFen(language, ledger.getsFen)}</strong>
        </span>
        <span>
          {t('proposal.concessions.net')}
          <strong>{formatFen(language, ledger.netFen)}</strong>
        </span>
        {ledger.unpairedEntryIds.length > 0 && (
          <span className="readiness-summary has-blockers">
            {t('proposal.concessions.unpaired')} {ledger.unpairedEntryIds.length}
          </span>
        )}
      </div>
    </div>
  )
}
