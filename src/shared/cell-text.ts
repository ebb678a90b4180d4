/**
 * The longest text one cell may carry to the service. Only a transport guard: each field's own
 * limit (备注 2,000 characters…) is the service's to enforce, with its message. Editors must
 * not cut text at the field's limit themselves, or a long note is shortened without a word.
 */
export const MAX_CELL_TEXT_LENGTH = 10_000
