import { useCallback, useRef, useState } from 'react'
import { Icon, type IconName } from '../components/Icon'
import { useDismiss } from './use-dismiss'

export interface MenuItem {
  label: string
  testId: string
  onSelect(): void
  /** A remove button beside the item (e.g. to delete a saved view), with its accessible label. */
  remove?: { label: string; onRemove(): void }
}

interface MenuButtonProps {
  icon: IconName
  label: string
  testId: string
  items: MenuItem[]
  isDisabled?: boolean
  /** Shown under the items (e.g. a form to name a view). */
  footer?: (close: () => void) => React.ReactNode
  /** Icon and arrow only, the label as its name and tooltip: for secondary menus on a full toolbar. */
  isCompact?: boolean
}

/** A toolbar button with a menu that closes on a choice, a click outside or Escape. */
export function MenuButton({ icon, label, testId, items, isDisabled, footer, isCompact }: MenuButtonProps): React.JSX.Element {
  const [isOpen, setOpen] = useState(false)
  // A menu opened from the right half of the window opens leftwards, so it stays inside it
  // wherever the toolbar wrapped the button.
  const [isAlignedRight, setAlignedRight] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, isOpen, close)
  return (
    <div className={isAlignedRight ? 'dropdown dropdown-right' : 'dropdown'} ref={ref}>
      <button
        className="button"
        onClick={() => {
          setAlignedRight((ref.current?.getBoundingClientRect().left ?? 0) > window.innerWidth / 2)
          setOpen((open) => !open)
        }} aria-expanded={isOpen} disabled={isDisabled} aria-label={isCompact ? label : undefined} title={isCompact ? label : undefined} data-testid={testId}>
        <Icon name={icon} size={16} /> {isCompact ? null : label} <Icon name="chevron" size={14} />
      </button>
      {isOpen && (
        <div className="dropdown-menu" role="menu">
          {items.map((item) =>
            item.remove ? (
              <div key={item.testId} className="menu-item-row">
                <button role="menuitem" onClick={() => (close(), item.onSelect())} data-testid={item.testId}>
                  {item.label}
                </button>
                <button className="menu-item-remove" aria-label={item.remove.label} title={item.remove.label} onClick={item.remove.onRemove}>
                  ×
                </button>
              </div>
            ) : (
              <button key={item.testId} role="menuitem" onClick={() => (close(), item.onSelect())} data-testid={item.testId}>
                {item.label}
              </button>
            )
          )}
          {footer?.(close)}
        </div>
      )}
    </div>
  )
}
