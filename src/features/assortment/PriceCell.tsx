import type { CustomCellRendererProps } from 'ag-grid-react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/i18n'
import { formatFen } from '../../lib/format'
import { isAssortmentTotalsRow, type AssortmentRow } from './assortment-rows'

type PriceCellProps = CustomCellRendererProps<AssortmentRow> & { price: 'supply' | 'retail'; language: Language }

/**
 * The account's price, or the catalogue's (muted) while the line follows it; an own price that
 * differs from the catalogue shows the catalogue price beside it, "目录价 ¥x".
 */
export function PriceCell({ data, price, language }: PriceCellProps): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!data || isAssortmentTotalsRow(data)) return null
  const figures = data.figures
  const fen = price === 'supply' ? figures.supplyPriceFen : figures.retailPriceFen
  const catalogueFen = price === 'supply' ? data.sku.listSupplyPriceFen : data.sku.suggestedRetailPriceFen
  const isFromCatalogue = price === 'supply' ? figures.isSupplyPriceFromCatalogue : figures.isRetailPriceFromCatalogue
  const deviation = price === 'supply' ? figures.supplyPriceDeviation : figures.retailPriceDeviation
  const isDifferent = !isFromCatalogue && deviation !== null && deviation.fen !== 0 && catalogueFen !== null
  return (
    <span className={isFromCatalogue ? 'price-cell price-from-catalogue' : 'price-cell'} title={isFromCatalogue ? t('assortment.followsCatalogue') : undefined}>
      {isDifferent && (
        <span className={`price-hint ${deviation.fen < 0 ? 'price-lower' : 'price-higher'}`} data-testid="catalogue-price-hint">
          {t('assortment.catalogueHint', { price: formatFen(language, catalogueFen) })}
        </span>
      )}
      <span className="price-value">{formatFen(language, fen)}</span>
    </span>
  )
}
