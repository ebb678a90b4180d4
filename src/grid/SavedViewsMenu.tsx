import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GridApi } from 'ag-grid-community'
import { MenuButton } from './MenuButton'
import { deleteGridView, saveGridView } from './grid-store'
import { useGridLayout } from './use-grid-store'

interface SavedViewsMenuProps<Row> {
  gridId: string
  getApi(): GridApi<Row> | undefined
  quickSearch: string
  onQuickSearch(text: string): void
}

/** Named views of a grid (e.g. 华东 大卖场 符合): columns, sort, filters and quick search, one click away. */
export function SavedViewsMenu<Row>({ gridId, getApi, quickSearch, onQuickSearch }: SavedViewsMenuProps<Row>): React.JSX.Element {
  const { t } = useTranslation()
  const { savedViews } = useGridLayout(gridId)
  const [name, setName] = useState('')
  const apply = (index: number) => {
    const view = savedViews[index]
    const grid = getApi()
    if (!view || !grid) return
    if (view.columnState) grid.applyColumnState({ state: view.columnState as never, applyOrder: true })
    grid.setFilterModel(view.filterModel)
    onQuickSearch(view.quickSearch)
  }
  const save = (close: () => void) => {
    const grid = getApi()
    if (!grid || name.trim() === '') return
    saveGridView(gridId, {
      name: name.trim(),
      columnState: grid.getColumnState() as unknown as Record<string, unknown>[],
      filterModel: grid.getFilterModel() as Record<string, unknown>,
      quickSearch
    })
    setName('')
    close()
  }
  return (
    <MenuButton
      icon="columns"
      label={t('grid.views')}
      testId="grid-views"
      items={savedViews.map((view, index) => ({
        label: view.name,
        testId: `grid-view-${index}`,
        onSelect: () => apply(index),
        remove: { label: t('grid.deleteView', { name: view.name }), onRemove: () => deleteGridView(gridId, view.name) }
      }))}
      footer={(close) => (
        <form
          className={savedViews.length > 0 ? 'view-save' : 'view-save view-save-first'}
          onSubmit={(event) => {
            event.preventDefault()
            save(close)
          }}
        >
          <input value={name} maxLength={60} placeholder={t('grid.viewName')} onChange={(event) => setName(event.target.value)} data-testid="grid-view-name" />
          <button className="button" type="submit" disabled={name.trim() === ''} data-testid="grid-view-save">
            {t('grid.saveView')}
          </button>
        </form>
      )}
    />
  )
}
