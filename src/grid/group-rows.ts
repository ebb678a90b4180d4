/** Rows split by a key, groups in first-seen order (row grouping is Enterprise; this is for summaries). */
export function groupRows<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/** A CSV file's text as Excel opens it: a UTF-8 BOM, CRLF, fields quoted when needed. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `\ufeff${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`
}
