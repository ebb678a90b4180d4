import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community'

/** What a styled text cell shows: its words, the class of the element around them, and an optional leading mark. */
export interface MarkedText {
  text: string
  className: string
  /** A symbol before the words (✓ ✗ ?) in its own element, hidden from screen readers: the words say the same. */
  mark?: { text: string; className: string }
}

export interface MarkedTextCellParams<Row> {
  /** Null shows an empty cell (the totals row, an unknown value). */
  describe(row: Row | undefined, value: unknown): MarkedText | null
}

/**
 * A pill or a marked word in a cell, built as plain DOM. AG Grid creates a React renderer per cell
 * as its own component tree, which costs the first screen of a large grid more than the cells'
 * text itself; a class with getGui is created by AG Grid directly, without React.
 */
export class MarkedTextCell<Row> implements ICellRendererComp<Row> {
  private readonly element = document.createElement('span')
  private shown = ''

  init(params: ICellRendererParams<Row> & MarkedTextCellParams<Row>): void {
    this.render(params)
  }

  getGui(): HTMLElement {
    return this.element
  }

  refresh(params: ICellRendererParams<Row> & MarkedTextCellParams<Row>): boolean {
    this.render(params)
    return true
  }

  private render(params: ICellRendererParams<Row> & MarkedTextCellParams<Row>): void {
    const marked = params.describe(params.data, params.value)
    const key = marked === null ? '' : `${marked.className}|${marked.mark?.className ?? ''}|${marked.mark?.text ?? ''}|${marked.text}`
    if (key === this.shown) return
    this.shown = key
    this.element.replaceChildren()
    this.element.className = marked?.className ?? ''
    if (marked === null) return
    if (marked.mark !== undefined) {
      const mark = document.createElement('span')
      mark.className = marked.mark.className
      mark.setAttribute('aria-hidden', 'true')
      mark.textContent = marked.mark.text
      this.element.append(mark)
    }
    this.element.append(marked.text)
  }
}
