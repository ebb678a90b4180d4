import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import type { Sku } from '../../shared/domain/catalogue/sku'
import { toDomainLine, type WhitespaceItem } from '../../shared/domain/assortment/assortment-line'
import { ppmToPercentText, structureSummary, type MarginTargetContext, type PriceBandGroup, type StructureGroup } from '../../shared/domain/sku'
import { fenToYuanText } from '../../shared/domain/money'
import { formatCount, formatFen } from '../../lib/format'
import { EChart } from '../../components/EChart'
import type { AssortmentRow } from './assortment-rows'

interface StructurePanelProps {
  rows: AssortmentRow[]
  catalogue: Sku[]
  skuById: Map<number, Sku>
  target: MarginTargetContext
  whitespace: WhitespaceItem[] | undefined
  language: Language
  onAddWhitespace(skuIds: number[]): Promise<boolean>
  onClose(): void
}

/** 产品结构分析 beside the grid: ABC, categories, price bands, key SKUs, sell-through and the whitespace, from the sku domain. */
export function StructurePanel({ rows, catalogue, skuById, target, whitespace, language, onAddWhitespace, onClose }: StructurePanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<Set<number>>(new Set())
  const result = useMemo(
    () => structureSummary(rows.map((row) => toDomainLine(row, row.sku.code)), catalogue, { marginTarget: target }),
    [rows, catalogue, target]
  )
  const summary = result.ok ? result.value : null
  const share = (group: StructureGroup) => (group.sharePpm === null ? '—' : ppmToPercentText(group.sharePpm))
  const bandLabel = (band: PriceBandGroup) =>
    band.minFen === null
      ? t('sku.structure.bandBelow', { max: fenToYuanText(band.maxFen ?? 0) })
      : band.maxFen === null
        ? t('sku.structure.bandAbove', { min: fenToYuanText(band.minFen) })
        : t('sku.structure.bandBetween', { min: fenToYuanText(band.minFen), max: fenToYuanText(band.maxFen) })

  const abcOption = useMemo(
    () =>
      summary && {
        // ECharts measures the axis labels in its own font, narrower than the page's Latin font
        // (en-US): the extra room keeps "25,000,000" whole.
        grid: { left: 24, right: 12, top: 12, bottom: 4, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: (['A', 'B', 'C'] as const).map((abc) => t(`sku.structure.abcClass.${abc}`)) },
        yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCount(language, value) } },
        series: [
          {
            type: 'bar',
            barWidth: '45%',
            name: t('assortment.structure.plannedValue'),
            // Yuan for the chart's axis; the tables show exact fen.
            data: (['A', 'B', 'C'] as const).map((abc) => summary.abc.classes[abc].plannedValueFen / 100),
            itemStyle: { borderRadius: [4, 4, 0, 0] }
          }
        ]
      },
    [summary, t, language]
  )
  const categoryOption = useMemo(
    () =>
      summary && {
        tooltip: { trigger: 'item', formatter: '{b}: {d}%' },
        legend: { type: 'scroll', bottom: 0, textStyle: { fontSize: 11 } },
        series: [
          {
            type: 'pie',
            radius: ['38%', '66%'],
            center: ['50%', '42%'],
            label: { show: false },
            data: summary.byCategory.map((group) => ({ name: group.category || t('grid.emptyValue'), value: group.plannedValueFen / 100 }))
          }
        ]
      },
    [summary, t]
  )

  const toggle = (skuId: number) =>
    setPicked((current) => {
      const next = new Set(current)
      if (next.has(skuId)) next.delete(skuId)
      else next.add(skuId)
      return next
    })

  return (
    <aside className="summary-panel structure-panel" data-testid="structure-panel">
      <header className="summary-header">
        <h2>{t('sku.structure.title')}</h2>
        <button className="icon-button" onClick={onClose} aria-label={t('assortment.structure.close')}>
          ×
        </button>
      </header>
      {!summary ? (
        <p className="alert alert-error">{result.ok ? '' : t(`sku.issues.${result.code}`)}</p>
      ) : (
        <div className="structure-body">
          <p className="structure-counts" data-testid="structure-counts">
            {t('assortment.structure.counts', { planned: summary.plannedSkuCount, ...summary.statusCounts })}
          </p>
          <div className="structure-kpis">
            <div>
              <span className="muted">{t('assortment.structure.plannedValue')}</span>
              <strong data-testid="structure-planned-value">{formatFen(language, summary.plannedValueFen)}</strong>
            </div>
            <div>
              <span className="muted">{t('sku.structure.keySkuShare')}</span>
              <strong>{summary.keySkus.nullReason ? '—' : share(summary.keySkus)}</strong>
            </div>
            <div title={summary.sellThrough.nullReason ? t(`sku.nullReasons.${summary.sellThrough.nullReason}`) : t('sku.structure.sellThroughBasis', { known: summary.sellThrough.skusWithKnownSales, listed: summary.sellThrough.listedSkuCount })}>
              <span className="muted">{t('sku.structure.sellThrough')}</span>
              <strong>{summary.sellThrough.ratePpm === null ? '—' : ppmToPercentText(summary.sellThrough.ratePpm)}</strong>
            </div>
          </div>

          <h3>{t('sku.structure.abc')}</h3>
          {abcOption && <EChart option={abcOption} height={150} testId="structure-abc-chart" ariaLabel={t('assortment.structure.chartAbc')} />}
          <GroupTable
            label={t('sku.structure.abc')}
            groups={(['A', 'B', 'C'] as const).map((abc) => ({ key: abc, name: t(`sku.structure.abcClass.${abc}`), group: summary.abc.classes[abc] }))}
            language={language}
            share={share}
            testId="structure-abc"
          />

          <h3>{t('sku.structure.byCategory')}</h3>
          {categoryOption && summary.byCategory.length > 0 && <EChart option={categoryOption} height={180} testId="structure-category-chart" ariaLabel={t('assortment.structure.chartCategory')} />}
          <GroupTable
            label={t('sku.structure.byCategory')}
            groups={summary.byCategory.map((group) => ({ key: group.category, name: group.category || t('grid.emptyValue'), group }))}
            language={language}
            share={share}
            testId="structure-categories"
          />

          <h3>{t('sku.structure.byPriceBand')}</h3>
          <GroupTable
            label={t('sku.structure.byPriceBand')}
            groups={[
              ...summary.byPriceBand.map((band, index) => ({ key: String(index), name: bandLabel(band), group: band })),
              ...(summary.unpriced.skuCount > 0 ? [{ key: 'unpriced', name: t('sku.structure.unpriced'), group: summary.unpriced }] : [])
            ]}
            language={language}
            share={share}
            testId="structure-bands"
          />

          <h3>{t('sku.structure.whitespace')}</h3>
          {whitespace === undefined ? (
            <p className="muted">{t('common.loading')}</p>
          ) : whitespace.length === 0 ? (
            <p className="muted">{t('assortment.structure.whitespaceEmpty')}</p>
          ) : (
            <>
              <div className="summary-table-wrap whitespace-wrap">
                <table className="summary-table" data-testid="whitespace-table">
                  <thead>
                    <tr>
                      <th />
                      <th>{t('sku.fields.name')}</th>
                      <th className="num">{t('sku.structure.carryingAccounts')}</th>
                      <th className="num">{t('sku.structure.valueElsewhere')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {whitespace.map((item) => {
                      const sku = skuById.get(item.skuId)
                      return (
                        <tr key={item.skuId} data-testid="whitespace-row">
                          <td>
                            <input type="checkbox" checked={picked.has(item.skuId)} onChange={() => toggle(item.skuId)} aria-label={item.skuCode} />
                          </td>
                          <td>
                            <span className="whitespace-name">{sku?.name ?? item.skuCode}</span>
                            <span className="muted"> {item.skuCode}</span>
                            {item.isKeySku && <span className="pill pill-key">{t('sku.fields.isKeySku')}</span>}
                            {item.isDelistedHere && <span className="pill">{t('sku.structure.delistedHere')}</span>}
                          </td>
                          <td className="num">{item.carryingAccountCount}</td>
                          <td className="num">{formatFen(language, item.plannedValueFen)}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
              <button
                className="button button-primary whitespace-add"
                disabled={picked.size === 0}
                onClick={() => void onAddWhitespace([...picked]).then((isDone) => isDone && setPicked(new Set()))}
                data-testid="whitespace-add"
              >
                {picked.size === 0 ? t('assortment.structure.selectWhitespace') : t('assortment.structure.addSelected', { count: picked.size })}
              </button>
            </>
          )}
        </div>
      )}
    </aside>
  )
}

function GroupTable(props: {
  label: string
  groups: { key: string; name: string; group: StructureGroup }[]
  language: Language
  share(group: StructureGroup): string
  testId: string
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="summary-table-wrap">
      <table className="summary-table" aria-label={props.label} data-testid={props.testId}>
        <thead>
          <tr>
            <th />
            <th className="num">{t('sku.structure.skuCount')}</th>
            <th className="num">{t('sku.structure.value')}</th>
            <th className="num">{t('sku.structure.share')}</th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map(({ key, name, group }) => (
            <tr key={key}>
              <td>{name}</td>
              <td className="num">{group.skuCount}</td>
              <td className="num">{formatFen(props.language, group.plannedValueFen)}</td>
              <td className="num">{props.share(group)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
