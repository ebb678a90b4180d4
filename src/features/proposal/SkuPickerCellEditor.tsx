import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomCellEditorProps } from 'ag-grid-react'
import { Icon } from '../../components/Icon'
import { skuListCell, type SkuRef } from './sku-list'

/** What a grid tells the picker: the SKUs to choose from, whether "all SKUs" is a choice, and the row's SKUs now. */
export interface SkuPickerParams<Row> {
  skus: readonly SkuRef[]
  allowAll: boolean
  chosenOf(row: Row): readonly number[] | 'all'
}

/**
 * A cell's SKU list edited in place (a clause's protected SKUs, an event's SKUs): a searchable
 * list of check boxes in a popup. Done stores the whole choice as one edit (one undo step);
 * Escape or Cancel leaves the cell as it was.
 */
export function SkuPickerCellEditor<Row>(props: CustomCellEditorProps<Row, string | null> & SkuPickerParams<Row>): React.JSX.Element {
  const { t } = useTranslation()
  const { data, skus, allowAll, chosenOf, onValueChange, stopEditing } = props
  const initial = data ? chosenOf(data) : []
  const [isAll, setAll] = useState(initial === 'all')
  const [chosen, setChosen] = useState<number[]>(initial === 'all' ? [] : [...initial])
  const [query, setQuery] = useState('')
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return needle === '' ? skus : skus.filter((sku) => sku.name.toLowerCase().includes(needle) || sku.skuCode.toLowerCase().includes(needle))
  }, [skus, query])
  const toggle = (skuId: number) => setChosen((ids) => (ids.includes(skuId) ? ids.filter((id) => id !== skuId) : [...ids, skuId]))
  const canSave = isAll || chosen.length > 0 || !allowAll
  const done = () => {
    // The grid's order, not the order of the clicks.
    const ordered = skus.filter((sku) => chosen.includes(sku.skuId)).map((sku) => sku.skuId)
    onValueChange(String(skuListCell(isAll ? 'all' : ordered, skus) ?? ''))
    setTimeout(() => stopEditing(), 0)
  }

  return (
    <div className="sku-picker-editor" data-testid="sku-picker" onKeyDown={(event) => event.key === 'Enter' && event.stopPropagation()}>
      <div className="search-box search-box-small">
        <Icon name="search" size={16} />
        <input autoFocus type="search" value={query} placeholder={t('proposal.page.skuPicker.search')} onChange={(event) => setQuery(event.target.value)} data-testid="sku-picker-search" />
      </div>
      {allowAll && (
        <label className="sku-picker-all">
          <input type="checkbox" checked={isAll} onChange={(event) => setAll(event.target.checked)} data-testid="sku-picker-all" />
          {t('proposal.protection.allSkus')}
        </label>
      )}
      <ul className="sku-picker-list" aria-disabled={isAll}>
        {shown.map((sku) => (
          <li key={sku.skuId}>
            <label>
              <input type="checkbox" disabled={isAll} checked={isAll || chosen.includes(sku.skuId)} onChange={() => toggle(sku.skuId)} data-testid={`sku-picker-${sku.skuCode}`} />
              <span>{sku.name}</span> <span className="muted">{sku.skuCode}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{t('proposal.page.skuPicker.none')}</li>}
      </ul>
      <div className="sku-picker-actions">
        <span className="muted">{isAll ? t('proposal.protection.allSkus') : t('proposal.page.skuPicker.count', { count: chosen.length })}</span>
        <button className="button" onClick={() => stopEditing(true)} data-testid="sku-picker-cancel">
          {t('proposal.page.cancel')}
        </button>
        <button className="button button-primary" onClick={done} disabled={!canSave} data-testid="sku-picker-done">
          {t('proposal.page.skuPicker.done')}
        </button>
      </div>
    </div>
  )
}
