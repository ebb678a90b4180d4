/**
 * Keys typed while a popup cell editor is still opening. The first key starts the edit (AG Grid
 * hands it to the editor as eventKey); the next ones arrive before the editor's input exists and
 * would be lost (440300 typed quickly became "4", then whatever the list offered). The grid
 * records them here and the editor takes them when it mounts.
 */
let typedAhead = ''

export function recordTypedAhead(key: string): void {
  typedAhead += key
}

export function clearTypedAhead(): void {
  typedAhead = ''
}

/** The keys typed since the edit started, once. */
export function takeTypedAhead(): string {
  const keys = typedAhead
  typedAhead = ''
  return keys
}
