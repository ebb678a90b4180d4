import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Language } from '../../shared/i18n'
import type { ProposalVersionDiff, SkuDiffField } from '../../shared/domain/proposal'
import { ppmToRatio } from '../../shared/domain/rate'
import { formatCount, formatFen, formatPercent } from '../../lib/format'
import { keyFigureText, termLabel } from './proposal-text'

export type DiffItemKind = 'clauses' | 'events' | 'concessions'

interface VersionDiffViewProps {
  diff: ProposalVersionDiff
  language: Language
  /** SKU names by code (the diff speaks in codes). */
  skuName(code: string): string
  /** A clause, event or concession as a person knows it (its territory, its name, its give). */
  itemName(kind: DiffItemKind, id: string): string
}

function valueText(value: number | null, unit: 'fen' | 'ppm' | 'days' | 'units', language: Language): string {
  if (value === null) return '—'
  if (unit === 'fen') return formatFen(language, value)
  if (unit === 'ppm') return formatPercent(language, ppmToRatio(value))
  return formatCount(language, value)
}

const SKU_FIELD_UNIT: Record<SkuDiffField, 'fen' | 'ppm' | 'units'> = {
  supplyPriceFen: 'fen',
  retailPriceFen: 'fen',
  unitCostFen: 'fen',
  plannedAnnualUnits: 'units',
  retailerMarginTargetPpm: 'ppm'
}

const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : text)

function deltaText(delta: number | null, unit: 'fen' | 'ppm', language: Language, t: TFunction): string {
  if (delta === null || delta === 0) return ''
  if (unit === 'fen') return t('proposal.diff.delta', { delta: signed(formatFen(language, delta), delta) })
  // ppm points: 10,000 ppm = one percentage point; two decimals, so a small move is not shown as 0.0.
  return t('proposal.diff.deltaPoints', { delta: signed((delta / 10_000).toFixed(2), delta) })
}

/** What changed between two saved versions: SKUs, prices, terms, protection, promotions, concessions and every key figure. */
export function VersionDiffView({ diff, language, skuName, itemName }: VersionDiffViewProps): React.JSX.Element {
  const { t } = useTranslation()
  const sku = (code: string) => t('proposal.diffView.sku', { name: skuName(code), code })
  const skuList = (codes: string[]) => codes.map(sku).join(t('proposal.diffView.separator'))
  const change = (oldValue: string, newValue: string) => t('proposal.diff.oldToNew', { oldValue, newValue })
  return (
    <section className="version-diff" data-testid="version-diff">
      <h3>
        {diff.toVersion === 0
          ? t('proposal.page.version.diffToCurrent', { fromVersion: diff.fromVersion })
          : t('proposal.diff.title', { fromVersion: diff.fromVersion, toVersion: diff.toVersion })}
      </h3>
      {!diff.hasChanges && <p className="muted">{t('proposal.diff.noChanges')}</p>}
      {(diff.skusAdded.length > 0 || diff.skusRemoved.length > 0 || diff.skuChanges.length > 0) && (
        <div className="diff-block">
          <h4>{t('proposal.section.skus')}</h4>
          <ul>
            {diff.skusAdded.length > 0 && <li>{t('proposal.diffView.list', { label: t('proposal.diff.skusAdded'), items: skuList(diff.skusAdded) })}</li>}
            {diff.skusRemoved.length > 0 && <li>{t('proposal.diffView.list', { label: t('proposal.diff.skusRemoved'), items: skuList(diff.skusRemoved) })}</li>}
            {diff.skuChanges.map((skuChange) => (
              <li key={`${skuChange.skuCode}:${skuChange.field}`} data-testid="diff-sku-change">
                {t('proposal.diffView.skuChange', {
                  sku: sku(skuChange.skuCode),
                  field: t(`proposal.diff.skuField.${skuChange.field}`),
                  change: change(valueText(skuChange.oldValue, SKU_FIELD_UNIT[skuChange.field], language), valueText(skuChange.newValue, SKU_FIELD_UNIT[skuChange.field], language))
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {diff.termChanges.length > 0 && (
        <div className="diff-block">
          <h4>{t('proposal.section.terms')}</h4>
          <ul>
            {diff.termChanges.map((termChange) => (
              <li key={termChange.termCode}>
                {t('proposal.diffView.termChange', {
                  term: termLabel(t, termChange.termCode),
                  kind: t(`proposal.diff.${termChange.change}`),
                  ask: change(valueText(termChange.oldAsk, termChange.unit, language), valueText(termChange.newAsk, termChange.unit, language)),
                  offer: change(valueText(termChange.oldOffer, termChange.unit, language), valueText(termChange.newOffer, termChange.unit, language))
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(
        [
          ['clauses', diff.clauseChanges],
          ['events', diff.eventChanges],
          ['concessions', diff.concessionChanges]
        ] as const
      ).map(([kind, changes]) =>
        changes.length === 0 ? null : (
          <div className="diff-block" key={kind}>
            <h4>{t(`proposal.diff.${kind}`)}</h4>
            <ul>
              {changes.map((itemChange) => (
                <li key={itemChange.id}>
                  {t('proposal.diffView.itemChange', { kind: t(`proposal.diff.${itemChange.change}`), name: itemName(kind, itemChange.id) })}
                  {itemChange.fields.length > 0 && <span className="muted">{t('proposal.diffView.itemFields', { fields: itemChange.fields.join(', ') })}</span>}
                </li>
              ))}
            </ul>
          </div>
        )
      )}
      <div className="diff-block">
        <h4>{t('proposal.page.keyFigures')}</h4>
        <table className="diff-figures" data-testid="diff-key-figures">
          <tbody>
            {diff.keyFigures.map((figure) => (
              <tr key={figure.code} className={figure.delta ? 'diff-figure-changed' : ''} data-code={figure.code}>
                <th scope="row">{t(`proposal.keyFigure.${figure.code}`)}</th>
                <td>{keyFigureText(figure.code, figure.oldValue, language, t)}</td>
                <td className="diff-arrow">→</td>
                <td>{keyFigureText(figure.code, figure.newValue, language, t)}</td>
                <td className="diff-delta">{deltaText(figure.delta, figure.unit, language, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
