import { useEffect, type RefObject } from 'react'

/** Ctrl+F (⌘F) puts the cursor in the page's quick search, as in every spreadsheet; not while a dialog is open. */
export function useFindShortcut(searchRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && !document.querySelector('.modal-backdrop')) {
        event.preventDefault()
        searchRef.current?.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [searchRef])
}
