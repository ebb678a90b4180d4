import { Icon, type IconName } from '../components/Icon'

export interface IconButtonProps {
  icon: IconName
  /** The button's name for screen readers and the start of its tooltip. */
  label: string
  /** More words for the tooltip (a shortcut, what the button does). */
  hint?: string
  onClick(): void
  isDisabled?: boolean
  /** For a toggle (a panel shown or not); absent for a plain action. */
  isPressed?: boolean
  testId: string
}

/**
 * A toolbar button shown as its icon alone, named by aria-label and a tooltip: secondary actions
 * take this form so a grid's toolbar stays on one line in English at 1440 px.
 */
export function IconButton({ icon, label, hint, onClick, isDisabled, isPressed, testId }: IconButtonProps): React.JSX.Element {
  return (
    <button
      type="button"
      className="button button-icon"
      onClick={onClick}
      disabled={isDisabled}
      aria-pressed={isPressed}
      aria-label={label}
      title={hint ? `${label}: ${hint}` : label}
      data-testid={testId}
    >
      <Icon name={icon} size={16} />
    </button>
  )
}
