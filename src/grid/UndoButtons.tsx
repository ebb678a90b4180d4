import { useTranslation } from 'react-i18next'
import { Icon } from '../components/Icon'
import { runGridUndo } from './run-undo'
import { useUndoState } from './use-grid-store'

/** The toolbar's Undo and Redo for one grid's stack (Ctrl+Z / Ctrl+Y do the same). */
export function UndoButtons({ gridId, testIdPrefix }: { gridId: string; testIdPrefix: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { canUndo, canRedo } = useUndoState(gridId)
  return (
    <>
      <button className="button" onClick={() => void runGridUndo(gridId, 'undo', t)} disabled={!canUndo} title="Ctrl+Z" data-testid={`${testIdPrefix}-undo`}>
        <Icon name="undo" size={16} /> {t('grid.undo')}
      </button>
      <button className="button" onClick={() => void runGridUndo(gridId, 'redo', t)} disabled={!canRedo} title="Ctrl+Y" data-testid={`${testIdPrefix}-redo`}>
        <Icon name="redo" size={16} /> {t('grid.redo')}
      </button>
    </>
  )
}
