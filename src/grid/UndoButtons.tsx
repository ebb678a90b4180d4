import { useTranslation } from 'react-i18next'
import { IconButton } from './IconButton'
import { runGridUndo } from './run-undo'
import { useUndoState } from './use-grid-store'

/** The toolbar's Undo and Redo for one grid's stack (Ctrl+Z / Ctrl+Y do the same), as named icons. */
export function UndoButtons({ gridId, testIdPrefix }: { gridId: string; testIdPrefix: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { canUndo, canRedo } = useUndoState(gridId)
  return (
    <>
      <IconButton icon="undo" label={t('grid.undo')} hint="Ctrl+Z" onClick={() => void runGridUndo(gridId, 'undo', t)} isDisabled={!canUndo} testId={`${testIdPrefix}-undo`} />
      <IconButton icon="redo" label={t('grid.redo')} hint="Ctrl+Y" onClick={() => void runGridUndo(gridId, 'redo', t)} isDisabled={!canRedo} testId={`${testIdPrefix}-redo`} />
    </>
  )
}
