import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  DateFilterModule,
  EventApiModule,
  HighlightChangesModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule
} from 'ag-grid-community'
import { App } from './app/App'
import './styles.css'

performance.mark('ka:script-start')
// Only the Community modules the grid uses: a smaller bundle starts faster.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  QuickFilterModule,
  RowSelectionModule,
  PinnedRowModule,
  TooltipModule,
  CellStyleModule,
  RowStyleModule,
  LocaleModule,
  HighlightChangesModule,
  ColumnApiModule,
  RowApiModule,
  CellApiModule,
  RenderApiModule,
  EventApiModule,
  ScrollApiModule,
  // The term sheet's long English term names wrap to a second line and the row grows (autoHeight).
  RowAutoHeightModule
])

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>
)
