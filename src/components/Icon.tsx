/** A few line icons drawn inline (no icon font, nothing fetched). */
const PATHS = {
  accounts: 'M4 20V8l8-4 8 4v12M9 20v-6h6v6M4 20h16',
  add: 'M12 5v14M5 12h14',
  copy: 'M8 8h11v11H8zM5 16V5h11',
  trash: 'M5 7h14M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  // The recycle bin 回收站: a box with an arrow up out of it (take back), a shape of its own beside
  // Delete's tapered bin (a bin with an arrow read as a second trash at 16 px).
  binRestore: 'M3 4h18v4H3zM5 8v12h14V8M12 18v-6M9.5 14.5L12 12l2.5 2.5',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3',
  upload: 'M12 16V4M7 9l5-5 5 5M4 20h16',
  download: 'M12 4v12M7 11l5 5 5-5M4 20h16',
  columns: 'M4 5h16v14H4zM10 5v14M15 5v14',
  search: 'M11 18a7 7 0 110-14 7 7 0 010 14zM16 16l4 4',
  globe: 'M12 21a9 9 0 100-18 9 9 0 000 18zM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18',
  check: 'M5 12l5 5 9-10',
  database: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  file: 'M6 3h9l4 4v14H6zM14 3v5h5',
  chevron: 'M6 9l6 6 6-6',
  compare: 'M5 20V10M10 20V4M15 20v-8M20 20V7M3 20h18',
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  proposal: 'M7 3h10v18H7zM4 6h3M4 18h3M10 8h4M10 12h4M10 16h2',
  funnel: 'M3 4h18l-7 8v6l-4 2v-8z',
  people: 'M9 11a4 4 0 100-8 4 4 0 000 8zM2 21v-1a6 6 0 0112 0v1M16 11a3 3 0 100-6M18 21v-1a5 5 0 00-3-4.6'
} as const

export type IconName = keyof typeof PATHS

export function Icon({ name, size = 18 }: { name: IconName; size?: number }): React.JSX.Element {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  )
}
