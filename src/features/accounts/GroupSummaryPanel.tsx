import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { MoneyUnit } from '../../shared/domain/money'
import { regionNameIn, type RegionLookup } from '../../shared/domain/regions'
import { formatCount, formatFen, formatPercent } from '../../lib/format'
import { fenToMoneyUnitText, fenInMoneyUnit, MONEY_UNIT_DECIMALS, percentShown } from '../../grid/money-unit'
import { toCsv } from '../../grid/group-rows'
import { Icon } from '../../components/Icon'
import type { AccountRow } from './account-rows'
import { SUMMARY_GROUPINGS, summariseAccounts, type GroupSummary, type SummaryGrouping } from './account-group-summary'

interface GroupSummaryPanelProps {
  rows: AccountRow[]
  moneyUnit: MoneyUnit
  language: Language
  regions: { lookup: RegionLookup | null }
  onClose(): void
}

/** Counts, sums and weighted ratios of the rows shown, by 业态, 省, 市, 圈定结论 or 客户分类 (row grouping is Enterprise). */
export function GroupSummaryPanel({ rows, moneyUnit, language, regions, onClose }: GroupSummaryPanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const [grouping, setGrouping] = useState<SummaryGrouping>('province')
  const groups = useMemo(() => summariseAccounts(rows, grouping), [rows, grouping])
  const groupLabel = (group: GroupSummary): string => {
    if (group.key === '') return t('grid.emptyValue')
    if (grouping === 'province' || grouping === 'city') return regionNameIn(regions.lookup, group.key, language, 'own') ?? group.key
    return t(`enums.${grouping}.${group.key}` as never) as string
  }
  const unitLabel = t(`grid.unit.${moneyUnit}`)
  const money = (fen: number) =>
    moneyUnit === 'yuan'
      ? formatFen(language, fen)
      : new Intl.NumberFormat(language, { minimumFractionDigits: MONEY_UNIT_DECIMALS[moneyUnit], maximumFractionDigits: MONEY_UNIT_DECIMALS[moneyUnit] }).format(fenInMoneyUnit(fen, moneyUnit) ?? 0)
  const headers = [
    t(`summary.by.${grouping}`),
    t('summary.count'),
    t('enums.verdict.qualified'),
    t('enums.verdict.pending'),
    t('enums.verdict.not_qualified'),
    t('enums.verdict.not_applicable'),
    t('summary.sales', { unit: unitLabel }),
    t('fields.directStores'),
    t('fields.salesPerM2Fen'),
    t('fields.conversionRate')
  ]
  // The panel leaves 直营门店数 to the CSV, so the table fits beside the grid.
  const shownHeaders = headers.filter((_, index) => index !== 6)
  const exportCsv = () => {
    const body = groups.map((group) => [
      groupLabel(group),
      group.totals.count,
      group.verdicts.qualified,
      group.verdicts.pending,
      group.verdicts.not_qualified,
      group.verdicts.not_applicable,
      fenToMoneyUnitText(group.totals.annualSalesFen, moneyUnit),
      group.totals.directStores,
      group.totals.salesPerM2Fen === null ? null : fenToMoneyUnitText(group.totals.salesPerM2Fen, 'yuan'),
      group.totals.conversionRate === null ? null : `${percentShown(group.totals.conversionRate)}%`
    ])
    const link = document.createElement('a')
    const url = URL.createObjectURL(new Blob([toCsv([headers, ...body])], { type: 'text/csv;charset=utf-8' }))
    link.href = url
    link.download = `${t('summary.fileName', { by: t(`summary.by.${grouping}`) })}.csv`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <aside className="summary-panel" aria-label={t('summary.title')} data-testid="group-summary">
      <header className="summary-header">
        <h2>{t('summary.title')}</h2>
        <button className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      <div className="summary-controls">
        <select value={grouping} onChange={(event) => setGrouping(event.target.value as SummaryGrouping)} aria-label={t('summary.groupBy')} data-testid="group-summary-by">
          {SUMMARY_GROUPINGS.map((option) => (
            <option key={option} value={option}>
              {t(`summary.by.${option}`)}
            </option>
          ))}
        </select>
        <button className="button" onClick={exportCsv} data-testid="group-summary-export">
          <Icon name="download" size={14} /> CSV
        </button>
      </div>
      <div className="summary-table-wrap">
        <table className="summary-table">
          <thead>
            <tr>
              {shownHeaders.map((header, index) => (
                <th key={index} className={index > 0 ? 'num' : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key}>
                <td>{groupLabel(group)}</td>
                <td className="num">{formatCount(language, group.totals.count)}</td>
                <td className="num">{formatCount(language, group.verdicts.qualified)}</td>
                <td className="num">{formatCount(language, group.verdicts.pending)}</td>
                <td className="num">{formatCount(language, group.verdicts.not_qualified)}</td>
                <td className="num">{formatCount(language, group.verdicts.not_applicable)}</td>
                <td className="num">{money(group.totals.annualSalesFen)}</td>
                <td className="num">{formatFen(language, group.totals.salesPerM2Fen)}</td>
                <td className="num">{formatPercent(language, group.totals.conversionRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </aside>
  )
}
