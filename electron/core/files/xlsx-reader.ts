/**
 * A small, dependency-free .xlsx reader: the zip container (central directory, stored or deflated
 * entries through node:zlib), the workbook's sheet list, shared strings, cell styles (only to tell
 * date cells from numbers) and the cells of one sheet, found by string scanning rather than a DOM.
 *
 * Cell values follow read-excel-file (the library this replaces), so callers see the same thing:
 * text is trimmed and empty text is null; error cells (#N/A, #DIV/0!) are null; a formula gives
 * its cached result (none cached: null, and the cell is listed in `formulasWithoutResult`);
 * booleans are booleans; a number in a date format (or a t="d" cell) is a Date whose UTC fields
 * are the wall-clock time written in the file; other numbers go through `parseNumber` (default:
 * Number). Cells are placed by their reference, so gaps stay null and each row keeps the number
 * Excel shows.
 *
 * Sizes are checked before anything is inflated (see MAX_PART_BYTES, MAX_COMPRESSION_RATIO,
 * EXCEL_MAX_ROWS): a zip bomb is refused with XlsxError 'too-large' instead of exhausting memory.
 *
 * Anything unreadable throws an XlsxError whose message names the problem (for logs; callers
 * turn it into their own words).
 */
import zlib from 'node:zlib'
import { Inflate } from 'fflate'

export type XlsxCell = string | number | boolean | Date | null

export interface XlsxRow {
  /** The row number Excel shows (1-based, as in the cell references). */
  rowNumber: number
  /** Column A first; padded with null to the sheet's columnCount. */
  cells: XlsxCell[]
}

export interface XlsxSheet {
  name: string
  /** Rows holding at least one non-null cell or a formula without a result, in sheet order. */
  rows: XlsxRow[]
  /** One past the right-most column holding a value or a formula without a result (0 for an empty sheet). */
  columnCount: number
  /**
   * Formula cells saved without a cached result (openpyxl and other libraries write formulas
   * without computing them): read as null, but their value is unknown until Excel or WPS
   * recalculates and saves the file. `columnIndex` is 0-based, as in `cells`.
   */
  formulasWithoutResult: { rowNumber: number; columnIndex: number }[]
}

/** A row as streamSheet hands it, with the columns (0-based) of its formulas saved without a result. */
export type XlsxRowVisitor = (row: XlsxRow, formulaColumnsWithoutResult: number[]) => void

export interface XlsxSheetInfo {
  name: string
  /** The part holding the sheet's cells; null when the sheet is not a worksheet (a chart sheet). */
  path: string | null
  /** state="hidden" or "veryHidden": a tab the user does not see (lookup lists, macros' data). */
  isHidden: boolean
}

export interface XlsxOptions {
  /** Turns a number cell's text (as stored: "1234.56", "1E-3") into the value returned. Default: Number. */
  parseNumber?: (text: string) => string | number
}

export type XlsxErrorCode =
  | 'not-zip'
  | 'zip64'
  | 'encrypted'
  | 'compression'
  | 'corrupt-zip'
  | 'missing-part'
  | 'invalid-sheet'
  /** Bigger than any real sheet: more rows than Excel allows, or a part inflating far beyond its rows' needs. */
  | 'too-large'

/** Excel's own row limit: a sheet claiming more rows was not written by a spreadsheet. */
export const EXCEL_MAX_ROWS = 1_048_576
/** No part of a workbook is inflated beyond this (a 1,048,576-row sheet of typical accounts is about 150 MB). */
export const MAX_PART_BYTES = 256 * 1024 * 1024
/**
 * Real sheet XML deflates 5 to 40 times (exceljs, Excel, WPS, POI); a bomb of repeated bytes
 * about 1,000 times. Parts above MIN_BYTES_FOR_RATIO_CHECK inflating more than this are refused.
 */
export const MAX_COMPRESSION_RATIO = 200
const MIN_BYTES_FOR_RATIO_CHECK = 8 * 1024 * 1024

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'XlsxError'
  }
}

// ---------------------------------------------------------------------------------------------
// Zip

interface ZipEntry {
  method: number
  flags: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50

/** The central directory of a zip: entry name → where and how its bytes are stored. */
function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = bytes.byteLength
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
  let eocd = -1
  for (let at = length - 22; at >= 0 && at >= length - 22 - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw new XlsxError('not-zip', 'no end-of-central-directory record: not a zip file, or a truncated one')
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    throw new XlsxError('zip64', 'the file is a zip64 archive, which is not supported')
  }
  const entryCount = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new XlsxError('zip64', 'the file is a zip64 archive, which is not supported')
  }
  if (directoryOffset + directorySize > eocd) throw new XlsxError('corrupt-zip', 'the zip central directory lies outside the file')

  const entries = new Map<string, ZipEntry>()
  let at = directoryOffset
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new XlsxError('corrupt-zip', `zip central directory entry ${i + 1} is damaged`)
    }
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localHeaderOffset = view.getUint32(at + 42, true)
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength)
    // Bit 11: the name is UTF-8; otherwise code page 437, which is ASCII for every name a workbook uses.
    const name = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, nameBytes.byteLength).toString(flags & 0x800 ? 'utf8' : 'latin1')
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new XlsxError('zip64', `zip entry ${name} uses zip64 sizes, which are not supported`)
    }
    if (!entries.has(name)) entries.set(name, { method, flags, compressedSize, size, localHeaderOffset })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Refuses, from the sizes the zip declares, a part no real workbook has; before a byte is inflated. */
function checkDeclaredSize(name: string, entry: ZipEntry): void {
  if (entry.size > MAX_PART_BYTES) {
    throw new XlsxError('too-large', `zip entry ${name} declares ${entry.size} bytes, more than ${MAX_PART_BYTES}`)
  }
  if (entry.size > MIN_BYTES_FOR_RATIO_CHECK && entry.size > entry.compressedSize * MAX_COMPRESSION_RATIO) {
    throw new XlsxError('too-large', `zip entry ${name} inflates ${Math.round(entry.size / Math.max(entry.compressedSize, 1))} times, more than ${MAX_COMPRESSION_RATIO}`)
  }
}

/** The entry's stored (compressed) bytes, after checking it is not encrypted and not too large. */
function storedData(bytes: Uint8Array, name: string, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new XlsxError('encrypted', `zip entry ${name} is encrypted`)
  checkDeclaredSize(name, entry)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const header = entry.localHeaderOffset
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    throw new XlsxError('corrupt-zip', `zip entry ${name}: no local header at its offset`)
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.byteLength) throw new XlsxError('corrupt-zip', `zip entry ${name} runs past the end of the file`)
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxError('compression', `zip entry ${name} uses compression method ${entry.method}; only stored and deflate are supported`)
  }
  return bytes.subarray(start, end)
}

function inflateEntry(bytes: Uint8Array, name: string, entry: ZipEntry): Uint8Array {
  const data = storedData(bytes, name, entry)
  let content: Uint8Array
  if (entry.method === 0) content = data
  else if (entry.method === 8) {
    try {
      // One output chunk of the declared size (no concatenation); more output than declared is an error, not a zip bomb.
      content = zlib.inflateRawSync(data, {
        chunkSize: Math.min(Math.max(entry.size, 1024), 64 * 1024 * 1024),
        maxOutputLength: Math.max(entry.size, 1)
      })
    } catch (error) {
      throw new XlsxError('corrupt-zip', `zip entry ${name} does not inflate: ${(error as Error).message}`)
    }
  } else throw new XlsxError('compression', `zip entry ${name} uses compression method ${entry.method}`)
  if (content.byteLength !== entry.size) {
    throw new XlsxError('corrupt-zip', `zip entry ${name} has ${content.byteLength} bytes, its directory says ${entry.size}`)
  }
  return content
}

/**
 * The entry's content a megabyte at a time as it inflates, so a large sheet's bytes are never
 * all in memory; more bytes than the directory declares stop the inflating (a zip bomb).
 */
async function* inflatedPieces(bytes: Uint8Array, name: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = storedData(bytes, name, entry)
  if (entry.method === 0) {
    if (data.byteLength !== entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} has ${data.byteLength} bytes, its directory says ${entry.size}`)
    yield Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    return
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 1024 * 1024 })
  inflater.end(data)
  let size = 0
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      size += piece.byteLength
      if (size > entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} inflates past the ${entry.size} bytes its directory says`)
      yield piece
    }
  } catch (error) {
    if (error instanceof XlsxError) throw error
    throw new XlsxError('corrupt-zip', `zip entry ${name} does not inflate: ${(error as Error).message}`)
  } finally {
    inflater.destroy()
  }
  if (size !== entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} has ${size} bytes, its directory says ${entry.size}`)
}

/** How much compressed input is inflated at a time by inflatedPiecesSync (real sheets: 0.3 to 3 MB of XML). */
const SYNC_INFLATE_INPUT_BYTES = 64 * 1024

/**
 * As inflatedPieces, synchronously: the entry's content a piece at a time, so that a sheet can
 * be read inside a database transaction (which cannot await) without its bytes ever being whole
 * (a 100,000-row sheet is 60 MB of XML). Node's zlib has no public synchronous streaming call,
 * so this uses fflate's streaming Inflate (pure JavaScript, already installed with docx).
 */
function* inflatedPiecesSync(bytes: Uint8Array, name: string, entry: ZipEntry): Generator<Buffer> {
  const data = storedData(bytes, name, entry)
  if (entry.method === 0) {
    if (data.byteLength !== entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} has ${data.byteLength} bytes, its directory says ${entry.size}`)
    yield Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    return
  }
  let size = 0
  const pieces: Uint8Array[] = []
  const inflater = new Inflate((piece) => {
    size += piece.byteLength
    // A zip bomb stops here: no more than the directory declared (checked against MAX_PART_BYTES).
    if (size > entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} inflates past the ${entry.size} bytes its directory says`)
    if (piece.byteLength > 0) pieces.push(piece)
  })
  for (let at = 0; at < data.byteLength; at += SYNC_INFLATE_INPUT_BYTES) {
    try {
      inflater.push(data.subarray(at, at + SYNC_INFLATE_INPUT_BYTES), at + SYNC_INFLATE_INPUT_BYTES >= data.byteLength)
    } catch (error) {
      if (error instanceof XlsxError) throw error
      throw new XlsxError('corrupt-zip', `zip entry ${name} does not inflate: ${(error as Error).message}`)
    }
    // Each piece is a copy of its own (fflate slices out of its window), safe to hand on.
    for (const piece of pieces.splice(0)) yield Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
  }
  if (size !== entry.size) throw new XlsxError('corrupt-zip', `zip entry ${name} has ${size} bytes, its directory says ${entry.size}`)
}

// ---------------------------------------------------------------------------------------------
// XML scanning

const utf8 = new TextDecoder('utf-8')

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi

/** Decodes &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN; (unknown names are left as written). */
export function decodeXmlEntities(text: string): string {
  if (text.indexOf('&') < 0) return text
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex as string, 16)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g

/** Decodes the _xHHHH_ escapes OOXML uses for characters XML cannot carry (ST_Xstring). */
function decodeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text
  return text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Text between `start` and `end` (no child elements expected): entities decoded, CDATA unwrapped, comments dropped. */
function textBetween(xml: string, start: number, end: number): string {
  const lt = xml.indexOf('<', start)
  if (lt < 0 || lt >= end) return decodeXmlEntities(xml.slice(start, end))
  let text = ''
  let at = start
  while (at < end) {
    const next = xml.indexOf('<', at)
    if (next < 0 || next >= end) {
      text += decodeXmlEntities(xml.slice(at, end))
      break
    }
    text += decodeXmlEntities(xml.slice(at, next))
    if (xml.startsWith('<![CDATA[', next)) {
      const close = xml.indexOf(']]>', next)
      if (close < 0) throw new XlsxError('invalid-sheet', 'unclosed CDATA section')
      text += xml.slice(next + 9, close)
      at = close + 3
    } else {
      at = tagEnd(xml, next)
    }
  }
  return text
}

/** Index just past the `>` closing the tag that opens at `lt`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) {
    const close = xml.indexOf('-->', lt + 4)
    if (close < 0) throw new XlsxError('invalid-sheet', 'unclosed XML comment')
    return close + 3
  }
  let quote = 0
  for (let i = lt + 1; i < xml.length; i += 1) {
    const code = xml.charCodeAt(i)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) quote = code
    else if (code === 62) return i + 1
  }
  throw new XlsxError('invalid-sheet', 'unclosed XML tag')
}

const isNameEnd = (code: number): boolean => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13 || Number.isNaN(code)

/** The qualified name of the tag opening at `lt` (after `<`, or after `</` when `close`). */
function tagName(xml: string, lt: number, close = false): string {
  const start = lt + (close ? 2 : 1)
  let end = start
  while (!isNameEnd(xml.charCodeAt(end))) end += 1
  return xml.slice(start, end)
}

const localName = (name: string): string => {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** Attributes of the tag spanning [lt, end): names without namespace prefix (xmlns declarations dropped), values decoded. */
function attributesOf(xml: string, lt: number, end: number): Record<string, string> {
  const attributes: Record<string, string> = {}
  const tag = xml.slice(lt, end)
  ATTRIBUTE.lastIndex = 0
  for (let match = ATTRIBUTE.exec(tag); match; match = ATTRIBUTE.exec(tag)) {
    const name = match[1] as string
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    attributes[localName(name)] = decodeXmlEntities(match[2] ?? match[3] ?? '')
  }
  return attributes
}

/** Every element named `local` (any prefix) in xml, with its attributes; the parent's range can be narrowed. */
function* elements(xml: string, local: string, from = 0, to = xml.length): Generator<Record<string, string>> {
  let at = from
  for (;;) {
    const lt = xml.indexOf('<', at)
    if (lt < 0 || lt >= to) return
    const code = xml.charCodeAt(lt + 1)
    if (code === 47 || code === 33 || code === 63) {
      at = tagEnd(xml, lt)
      continue
    }
    const end = tagEnd(xml, lt)
    if (localName(tagName(xml, lt)) === local) yield attributesOf(xml, lt, end)
    at = end
  }
}

/** [start, end) of the content of the first element named `local`, or null (self-closing: an empty range). */
function elementContent(xml: string, local: string, from = 0, to = xml.length): [number, number] | null {
  let at = from
  for (;;) {
    const lt = xml.indexOf('<', at)
    if (lt < 0 || lt >= to) return null
    const code = xml.charCodeAt(lt + 1)
    const end = tagEnd(xml, lt)
    if (code !== 47 && code !== 33 && code !== 63) {
      const name = tagName(xml, lt)
      if (localName(name) === local) {
        if (xml.charCodeAt(end - 2) === 47) return [end, end]
        const close = xml.indexOf(`</${name}>`, end)
        if (close < 0) throw new XlsxError('invalid-sheet', `<${name}> is not closed`)
        return [end, close]
      }
    }
    at = end
  }
}

/**
 * The text of a string item (<si> or <is>) spanning [start, end): a plain <t>, or rich-text runs
 * <r><t> concatenated; phonetic runs <rPh> are not part of the text. As read-excel-file does, a
 * <t> outside a run replaces what was read so far. Returns null when there is no <t> at all.
 */
function stringItemText(xml: string, start: number, end: number): string | null {
  let text: string | null = null
  let inRun = false
  let inPhonetic = false
  let at = start
  for (;;) {
    const lt = xml.indexOf('<', at)
    if (lt < 0 || lt >= end) return text
    const code = xml.charCodeAt(lt + 1)
    if (code === 47) {
      const local = localName(tagName(xml, lt, true))
      if (local === 'r') inRun = false
      else if (local === 'rPh') inPhonetic = false
      at = tagEnd(xml, lt)
      continue
    }
    const tagClose = tagEnd(xml, lt)
    if (code === 33 || code === 63) {
      at = tagClose
      continue
    }
    const name = tagName(xml, lt)
    const local = localName(name)
    const selfClosing = xml.charCodeAt(tagClose - 2) === 47
    if (local === 't' && !selfClosing) {
      const close = xml.indexOf(`</${name}>`, tagClose)
      if (close < 0 || close > end) throw new XlsxError('invalid-sheet', `<${name}> is not closed`)
      if (!inPhonetic) {
        const part = textBetween(xml, tagClose, close)
        text = inRun ? (text ?? '') + part : part
      }
      at = close + name.length + 3
      continue
    }
    if (local === 'r' && !selfClosing) inRun = true
    else if (local === 'rPh' && !selfClosing) inPhonetic = true
    at = tagClose
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

/** Where the text of a plain `<si><t>text</t></si>` (or `<t xml:space="preserve">`) opening at `lt` starts; -1 for any other shape. */
function plainStringItem(xml: string, lt: number): number {
  if (!xml.startsWith('<si><t', lt)) return -1
  const open = lt + 6
  const start = xml.startsWith('>', open) ? open + 1 : xml.startsWith(' xml:space="preserve">', open) ? open + 22 : -1
  if (start < 0) return -1
  const end = xml.indexOf('<', start)
  return end >= 0 && xml.startsWith('</t></si>', end) ? start : -1
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = []
  let at = 0
  for (;;) {
    const lt = xml.indexOf('<', at)
    if (lt < 0) return strings
    const plainStart = plainStringItem(xml, lt)
    if (plainStart >= 0) {
      const plainEnd = xml.indexOf('<', plainStart)
      strings.push(decodeXstring(decodeXmlEntities(xml.slice(plainStart, plainEnd))))
      at = plainEnd + 9
      continue
    }
    const code = xml.charCodeAt(lt + 1)
    const end = tagEnd(xml, lt)
    if (code === 47 || code === 33 || code === 63) {
      at = end
      continue
    }
    const name = tagName(xml, lt)
    if (localName(name) !== 'si') {
      at = end
      continue
    }
    if (xml.charCodeAt(end - 2) === 47) {
      strings.push('')
      at = end
      continue
    }
    const close = xml.indexOf(`</${name}>`, end)
    if (close < 0) throw new XlsxError('invalid-sheet', 'a shared string is not closed')
    strings.push(decodeXstring(stringItemText(xml, end, close) ?? ''))
    at = close + name.length + 3
  }
}

/** Built-in number formats that show dates or times (locale-independent, zh/ja/ko and th ids), as read-excel-file lists them. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73,
  74, 75, 76, 77, 78, 79, 80, 81
])

/** The tokens a date format is made of (seconds to years, am/pm, weekdays, era years). */
const DATE_TOKENS = new Set(
  ['s', 'ss', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd'].concat(
    ['aaa', 'aaaa', 'aaaaa', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']
  )
)

/** Whether a custom number format shows a date (read-excel-file's isDateFormatTemplate). */
export function isDateFormatCode(formatCode: string): boolean {
  const template = formatCode
    .toLowerCase()
    .replace(/;@$/, '')
    .replace(/\\./g, ' ')
  return template.split(';').some((part) => {
    const tokens = part
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter((token) => token !== '')
    return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token))
  })
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
function readDateStyles(xml: string): boolean[] {
  const templates = new Map<number, string>()
  for (const numFmt of elements(xml, 'numFmt')) {
    const id = Number(numFmt.numFmtId)
    // As in read-excel-file (and Excel 2007), ids from 100 may redefine a format.
    if (id >= 100 && numFmt.formatCode !== undefined) templates.set(id, numFmt.formatCode)
  }
  const isDateFormat = (id: number): boolean => {
    if (BUILT_IN_DATE_FORMATS.has(id)) return true
    const template = templates.get(id)
    return template !== undefined && isDateFormatCode(template)
  }
  const baseFormats: (number | null)[] = []
  const base = elementContent(xml, 'cellStyleXfs')
  if (base) for (const xf of elements(xml, 'xf', base[0], base[1])) baseFormats.push(xf.numFmtId ? Number(xf.numFmtId) : null)
  const styles: boolean[] = []
  const cell = elementContent(xml, 'cellXfs')
  if (cell) {
    for (const xf of elements(xml, 'xf', cell[0], cell[1])) {
      // A cell style without its own format takes its base style's (xfId 0 is not followed, as in read-excel-file).
      const inherited = xf.xfId && Number(xf.xfId) ? (baseFormats[Number(xf.xfId)] ?? null) : null
      const format = xf.numFmtId ? Number(xf.numFmtId) : inherited
      styles.push(format !== null && isDateFormat(format))
    }
  }
  return styles
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * A t="d" cell's ISO text as a Date whose UTC fields are the date and time written, whatever
 * zone the text names or the machine runs in: "2024-03-01T00:00:00" is 1 March at UTC+8 as at
 * UTC (new Date() would read it as local time, a day early in China once printed in UTC).
 */
function wallClockDate(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text.trim())
  if (!match) return null
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0))
  const millisecond = Number((match[7] ?? '').padEnd(3, '0'))
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  const date = new Date(time)
  return Number.isNaN(time) || date.getUTCDate() !== day ? null : date
}

/** An Excel serial date as a JS timestamp (UTC), as read-excel-file computes it. */
function excelSerialToTime(serial: number, epoch1904: boolean): number {
  const days = epoch1904 ? serial + 4 * 365 + 2 : serial
  return Math.floor((days - 25569) * 86_400_000)
}

// ---------------------------------------------------------------------------------------------
// Sheet cells

/** "B3" → [3, 2] (row, 1-based column); throws for a malformed reference. */
function parseCellReference(reference: string): [number, number] {
  let column = 0
  let i = 0
  for (; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i)
    if (code >= 65 && code <= 90) column = column * 26 + code - 64
    else break
  }
  const row = Number(reference.slice(i))
  if (column === 0 || i === reference.length || !Number.isInteger(row) || row < 1) {
    throw new XlsxError('invalid-sheet', `malformed cell reference "${reference}"`)
  }
  return [row, column]
}

/** 2 → "B", 27 → "AA". */
function columnLetters(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

interface SheetContext {
  sharedStrings: () => string[]
  /** Whether each cell style shows a date; null when the workbook has no styles part (no cell is a date). */
  dateStyles: () => boolean[] | null
  epoch1904: boolean
  parseNumber: ((text: string) => string | number) | undefined
}

function invalidCell(row: number, column: number, problem: string): XlsxError {
  return new XlsxError('invalid-sheet', `cell ${columnLetters(column)}${row}: ${problem}`)
}

/**
 * A cell's value from its type (t), style index (s), <v> text (undefined: no <v>) and inline
 * string (undefined: no <is>), with read-excel-file's rules for missing and invalid values.
 */
function cellValue(
  row: number,
  column: number,
  type: string | undefined,
  style: number | undefined,
  v: string | undefined,
  inline: string | undefined,
  context: SheetContext
): XlsxCell {
  let text: string
  switch (type ?? 'n') {
    case 'n': {
      if (!v) return null
      const dateStyles = style === undefined ? null : context.dateStyles()
      if (style !== undefined && dateStyles !== null) {
        const isDate = dateStyles[style]
        if (isDate === undefined) throw invalidCell(row, column, `style ${style} does not exist`)
        if (isDate) {
          const serial = Number(v)
          if (Number.isNaN(serial)) throw invalidCell(row, column, `"${v}" is not a date serial`)
          return new Date(excelSerialToTime(serial, context.epoch1904))
        }
      }
      if (context.parseNumber) {
        const parsed = context.parseNumber(v)
        return typeof parsed === 'string' ? detached(parsed) : parsed
      }
      const number = Number(v)
      if (Number.isNaN(number)) throw invalidCell(row, column, `"${v}" is not a number`)
      return number
    }
    case 's': {
      if (!v) return null
      const found = context.sharedStrings()[Number(v)]
      if (found === undefined) throw invalidCell(row, column, `shared string ${v} does not exist`)
      text = found
      break
    }
    case 'str':
      if (!v) return null
      text = decodeXstring(v)
      break
    case 'inlineStr':
      if (inline === undefined) return null
      text = inline
      break
    case 'b':
      if (!v) return null
      if (v === '1') return true
      if (v === '0') return false
      throw invalidCell(row, column, `"${v}" is not a boolean`)
    case 'e':
      // #N/A, #DIV/0!…: read-excel-file reads a formula error as an empty cell.
      return null
    case 'd': {
      if (!v) return null
      const date = wallClockDate(v)
      if (date === null) throw invalidCell(row, column, `"${v}" is not a date`)
      return date
    }
    default:
      throw invalidCell(row, column, `unknown cell type "${type}"`)
  }
  const trimmed = text.trim()
  return trimmed === '' ? null : detached(trimmed)
}

/**
 * The text as a string of its own. V8 keeps a slice of 13 characters or more as a view into the
 * string it was cut from, so one kept cell value would keep a whole piece of sheet XML (or the
 * shared strings part) alive; concatenating and cutting copies the characters instead.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1)
}

/** Index of the closing `</name>` of the element whose start tag ends at `from`. */
function closingTag(xml: string, name: string, from: number): number {
  const close = xml.indexOf(`</${name}>`, from)
  if (close < 0) throw new XlsxError('invalid-sheet', `<${name}> is not closed`)
  return close
}

/** A cell read by scanPlainCell. */
interface PlainCell {
  row: number
  column: number
  type: string | undefined
  style: number | undefined
  v: string | undefined
  /** Index just past the cell. */
  end: number
}

const plain: PlainCell = { row: 0, column: 0, type: undefined, style: undefined, v: undefined, end: 0 }

/** t values as constants, so the common ones are not sliced out of the sheet for every cell. */
function cellType(xml: string, start: number, end: number): string {
  if (end - start === 1) {
    switch (xml.charCodeAt(start)) {
      case 115:
        return 's'
      case 110:
        return 'n'
      case 98:
        return 'b'
      case 101:
        return 'e'
      case 100:
        return 'd'
    }
  }
  return xml.slice(start, end)
}

/**
 * Reads a cell in the shape Excel, exceljs and most writers save: `<c r="B3" s="1" t="s"><v>12</v></c>`
 * (no namespace prefix, attributes after single spaces, r first, at most a <v> without entities),
 * into `plain`, without allocating. Anything else returns false and takes the general path.
 */
function scanPlainCell(xml: string, lt: number): boolean {
  // `<c r="`
  if (xml.charCodeAt(lt + 2) !== 32 || xml.charCodeAt(lt + 3) !== 114 || xml.charCodeAt(lt + 4) !== 61 || xml.charCodeAt(lt + 5) !== 34) {
    return false
  }
  let at = lt + 6
  let code = xml.charCodeAt(at)
  let column = 0
  while (code >= 65 && code <= 90) {
    column = column * 26 + code - 64
    code = xml.charCodeAt(++at)
  }
  const digits = at
  let row = 0
  while (code >= 48 && code <= 57) {
    row = row * 10 + code - 48
    code = xml.charCodeAt(++at)
  }
  if (column === 0 || row === 0 || code !== 34 || at - digits > 9) return false
  code = xml.charCodeAt(++at)
  let type: string | undefined
  let style: number | undefined
  while (code === 32) {
    const name = at + 1
    const equals = xml.indexOf('="', name)
    if (equals < 0 || equals - name > 32) return false
    const valueEnd = xml.indexOf('"', equals + 2)
    if (valueEnd < 0) return false
    if (equals - name === 1) {
      const letter = xml.charCodeAt(name)
      if (letter === 116) type = cellType(xml, equals + 2, valueEnd)
      else if (letter === 115) {
        if (valueEnd === equals + 2) return false
        let index = 0
        for (let i = equals + 2; i < valueEnd; i += 1) {
          const digit = xml.charCodeAt(i) - 48
          if (digit < 0 || digit > 9) return false
          index = index * 10 + digit
        }
        style = index
      }
    }
    at = valueEnd + 1
    code = xml.charCodeAt(at)
  }
  let v: string | undefined
  let end: number
  if (code === 47) {
    if (xml.charCodeAt(at + 1) !== 62) return false
    end = at + 2
  } else if (code === 62) {
    at += 1
    if (xml.startsWith('</c>', at)) end = at + 4
    else if (xml.startsWith('<v>', at)) {
      const textEnd = xml.indexOf('<', at + 3)
      if (textEnd < 0 || !xml.startsWith('</v></c>', textEnd)) return false
      v = xml.slice(at + 3, textEnd)
      if (v.indexOf('&') >= 0) return false
      end = textEnd + 8
    } else if (xml.startsWith('<v/></c>', at)) {
      v = ''
      end = at + 8
    } else return false
  } else return false
  plain.row = row
  plain.column = column
  plain.type = type
  plain.style = style
  plain.v = v
  plain.end = end
  return true
}

/** `<row r="12"` → 12; 0 when the row tag is not in that plain form. */
function plainRowNumber(xml: string, lt: number): number {
  if (!xml.startsWith('<row r="', lt)) return 0
  let row = 0
  let at = lt + 8
  for (let code = xml.charCodeAt(at); code !== 34; code = xml.charCodeAt(++at)) {
    if (code < 48 || code > 57 || at - lt > 17) return 0
    row = row * 10 + code - 48
  }
  return row
}

/** The last row a `<dimension ref="A1:C20"/>` before the cells claims (0 when there is none). */
function declaredLastRow(xml: string, dataStart: number): number {
  for (const dimension of elements(xml, 'dimension', 0, dataStart)) {
    const match = /(\d+)$/.exec(dimension.ref ?? '')
    return match ? Number(match[1]) : 0
  }
  return 0
}

/** How much of a sheet's XML is decoded to text at a time (cut after a row's end tag). */
const SHEET_TEXT_CHUNK_BYTES = 4 * 1024 * 1024

/** Just past the last row end tag (`</row>`, `</x:row>`) ending at or before `limit`; -1 when there is none after `from`. */
function lastRowEnd(part: Buffer, from: number, limit: number): number {
  for (let at = part.lastIndexOf('row>', limit - 4); at > from; at = part.lastIndexOf('row>', at - 1)) {
    // "row>" may be text (">" needs no escaping); "<" always does, so "</" or "</prefix:" marks a tag.
    let lt = at - 1
    if (part[lt] === 0x3a) {
      lt -= 1
      while (lt > from && part[lt] !== 0x2f && part[lt] !== 0x3c && part[lt] !== 0x3e) lt -= 1
    }
    if (part[lt] === 0x2f && part[lt - 1] === 0x3c) return at + 4
  }
  return -1
}

/** The cells of a sheet from all its bytes, fed to the reader a few megabytes at a time. */
function readSheetCells(part: Buffer, name: string, context: SheetContext): XlsxSheet {
  const reader = sheetReader(name, context)
  for (let at = 0; at < part.length; at += SHEET_TEXT_CHUNK_BYTES) reader.feed(part.subarray(at, at + SHEET_TEXT_CHUNK_BYTES))
  return reader.finish()
}

/**
 * Reads a sheet's cells from its XML bytes as they come (all at once, or as they inflate):
 * bytes are decoded to text only up to the end of the last whole row, so a 60 MB sheet never
 * exists as one 60 MB string, nor (streamed) as 60 MB of bytes.
 */
function sheetReader(
  name: string,
  context: SheetContext,
  onRow?: XlsxRowVisitor
): { feed: (bytes: Buffer) => void; finish: () => XlsxSheet } {
  const rows: XlsxRow[] = []
  const formulasWithoutResult: XlsxSheet['formulasWithoutResult'] = []
  /** Where this row's formulas without a result start in `formulasWithoutResult` (handed to onRow). */
  let rowFormulasStart = 0
  let columnCount = 0
  /** Before <sheetData>, inside it, or (self-closing <sheetData/>) nothing to read. */
  let phase: 'prologue' | 'data' | 'empty' = 'prologue'
  /** Bytes received and not yet read: a partial row, or the start of the sheet before <sheetData>. */
  let pending: Buffer | null = null

  let previousRow = 0
  let rowNumber: number | undefined
  let cells: XlsxCell[] | null = null
  let cursorRow = 0
  let cursorColumn = 0

  const finishRow = () => {
    const number = rowNumber ?? previousRow + 1
    if (number <= previousRow) throw new XlsxError('invalid-sheet', `row ${number} follows row ${previousRow}`)
    if (cells && cells.length > 0) {
      if (onRow) {
        onRow({ rowNumber: number, cells }, formulasWithoutResult.slice(rowFormulasStart).map(({ columnIndex }) => columnIndex))
        // Streamed: the rows' formulas were handed with them, none is kept.
        formulasWithoutResult.length = 0
      } else rows.push({ rowNumber: number, cells })
    }
    rowFormulasStart = formulasWithoutResult.length
    previousRow = number
    rowNumber = undefined
    cells = null
  }

  const placeCell = (
    row: XlsxCell[],
    rowIndex: number,
    column: number,
    type: string | undefined,
    style: number | undefined,
    v: string | undefined,
    inline: string | undefined,
    hasFormula = false
  ) => {
    if (rowIndex < cursorRow || (rowIndex === cursorRow && column <= cursorColumn)) {
      throw invalidCell(rowIndex, column, 'out of order')
    }
    if (rowIndex > EXCEL_MAX_ROWS) throw new XlsxError('too-large', `row ${rowIndex} is beyond Excel's ${EXCEL_MAX_ROWS} rows`)
    cursorRow = rowIndex
    cursorColumn = column
    rowNumber ??= rowIndex
    const value = cellValue(rowIndex, column, type, style, v, inline, context)
    // A formula nobody calculated is not an empty cell: its row is kept so the caller can say so.
    const isUncalculated = hasFormula && !v && inline === undefined
    if (value !== null || isUncalculated) {
      while (row.length < column - 1) row.push(null)
      row.push(value)
      if (column > columnCount) columnCount = column
    }
    if (isUncalculated) formulasWithoutResult.push({ rowNumber: rowIndex, columnIndex: column - 1 })
  }

  return { feed, finish }

  function feed(chunk: Buffer): void {
    if (phase === 'empty') return
    let bytes = pending ? Buffer.concat([pending, chunk]) : chunk
    pending = null
    if (phase === 'prologue') {
      const tag = bytes.indexOf('sheetData')
      const gt = tag < 0 ? -1 : bytes.indexOf(0x3e, tag)
      if (gt < 0) {
        pending = bytes
        return
      }
      const prologue = utf8.decode(bytes.subarray(0, Math.max(bytes.lastIndexOf(0x3c, tag), 0)))
      const lastRow = declaredLastRow(prologue, prologue.length)
      if (lastRow > EXCEL_MAX_ROWS) throw new XlsxError('too-large', `the sheet declares ${lastRow} rows, more than Excel's ${EXCEL_MAX_ROWS}`)
      if (bytes[gt - 1] === 0x2f) {
        phase = 'empty'
        return
      }
      phase = 'data'
      bytes = bytes.subarray(gt + 1)
    }
    const cut = lastRowEnd(bytes, 0, bytes.length)
    if (cut > 0) scanCells(utf8.decode(bytes.subarray(0, cut)))
    // Copied: a view would keep the whole chunk it was cut from.
    if (cut < bytes.length) pending = Buffer.from(bytes.subarray(Math.max(cut, 0)))
  }

  function finish(): XlsxSheet {
    if (phase === 'data') {
      const rest = pending ?? Buffer.alloc(0)
      const closeName = rest.lastIndexOf('sheetData>')
      const closeLt = closeName < 0 ? -1 : rest.lastIndexOf('</', closeName)
      if (closeLt < 0) throw new XlsxError('invalid-sheet', '<sheetData> is not closed')
      scanCells(utf8.decode(rest.subarray(0, closeLt)))
    }
    pending = null
    if (cells) finishRow()
    // Streamed rows were handed as read, shorter than columnCount: a missing cell is a null one.
    for (const row of rows) while (row.cells.length < columnCount) row.cells.push(null)
    return { name, rows, columnCount, formulasWithoutResult }
  }

  /** Reads the rows and cells in `xml`, a piece of sheetData's content holding whole rows. */
  function scanCells(xml: string): void {
    const end = xml.length
    let at = 0
    while (at < end) {
      const lt = xml.indexOf('<', at)
      if (lt < 0 || lt >= end) break
      const code = xml.charCodeAt(lt + 1)

      if (code === 99 && cells !== null && scanPlainCell(xml, lt)) {
        placeCell(cells, plain.row, plain.column, plain.type, plain.style, plain.v, undefined)
        at = plain.end
        continue
      }

      if (code === 47) {
        // </row> (any other closing tag inside sheetData is skipped).
        const tagClose = tagEnd(xml, lt)
        if (cells && localName(tagName(xml, lt, true)) === 'row') finishRow()
        at = tagClose
        continue
      }
      const tagClose = tagEnd(xml, lt)
      if (code === 33 || code === 63) {
        at = tagClose
        continue
      }
      const selfClosing = xml.charCodeAt(tagClose - 2) === 47
      const plainRow = code === 114 ? plainRowNumber(xml, lt) : 0
      const qualified = plainRow > 0 ? 'row' : tagName(xml, lt)
      const local = localName(qualified)
      if (local === 'row') {
        if (cells) finishRow()
        if (plainRow > 0) rowNumber = plainRow
        else {
          const r = attributesOf(xml, lt, tagClose).r
          rowNumber = r ? Number(r) : undefined
          if (rowNumber !== undefined && !(Number.isInteger(rowNumber) && rowNumber > 0)) {
            throw new XlsxError('invalid-sheet', `malformed row number "${r}"`)
          }
        }
        cells = []
        if (selfClosing) finishRow()
        at = tagClose
        continue
      }
      if (local !== 'c' || !cells) {
        // Anything else (an element of an unknown extension) is skipped whole.
        at = selfClosing ? tagClose : closingTag(xml, qualified, tagClose) + qualified.length + 3
        continue
      }

      // A cell in general form: any prefix or spacing, entities, inline strings, formulas.
      const attributes = attributesOf(xml, lt, tagClose)
      let row: number
      let column: number
      if (attributes.r) [row, column] = parseCellReference(attributes.r)
      else {
        // A cell without a reference follows the previous one (the format allows leaving r out).
        row = rowNumber ?? previousRow + 1
        column = cells.length + 1
      }
      let v: string | undefined
      let inline: string | undefined
      let hasFormula = false
      if (selfClosing) at = tagClose
      else {
        const close = closingTag(xml, qualified, tagClose)
        let inner = tagClose
        while (inner < close) {
          const open = xml.indexOf('<', inner)
          if (open < 0 || open >= close) break
          const childEnd = tagEnd(xml, open)
          const kind = xml.charCodeAt(open + 1)
          if (kind === 47 || kind === 33 || kind === 63) {
            inner = childEnd
            continue
          }
          const child = tagName(xml, open)
          if (xml.charCodeAt(childEnd - 2) === 47) {
            const childLocal = localName(child)
            if (childLocal === 'v') v = ''
            // <f t="shared" si="0"/>: a formula shared with the cell above, as Excel writes fills.
            else if (childLocal === 'f') hasFormula = true
            inner = childEnd
            continue
          }
          const childClose = closingTag(xml, child, childEnd)
          const childLocal = localName(child)
          if (childLocal === 'f') hasFormula = true
          if (childLocal === 'v') v = textBetween(xml, childEnd, childClose)
          else if (childLocal === 'is') inline = decodeXstring(stringItemText(xml, childEnd, childClose) ?? '')
          inner = childClose + child.length + 3
        }
        at = close + qualified.length + 3
      }
      placeCell(cells, row, column, attributes.t, attributes.s ? Number(attributes.s) : undefined, v, inline, hasFormula)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

/** A part's path from a relationship target: absolute ("/xl/…") or relative to xl/. */
const partPath = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`)

export class XlsxWorkbook {
  /** The sheets in workbook order (the order of the tabs). */
  readonly sheets: XlsxSheetInfo[]
  /** The tab the workbook was saved on (bookViews' activeTab; 0 when not said), the one Excel opens on. */
  readonly activeSheetIndex: number
  private readonly entries: Map<string, ZipEntry>
  private readonly epoch1904: boolean
  private readonly sharedStringsPath: string
  private readonly stylesPath: string
  private sharedStrings: string[] | undefined
  private dateStyles: boolean[] | null | undefined

  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: XlsxOptions = {}
  ) {
    this.entries = readZipDirectory(bytes)
    const workbook = this.requiredPart('xl/workbook.xml')
    const relationships = this.requiredPart('xl/_rels/workbook.xml.rels')

    const targets = new Map<string, string>()
    let sharedStringsPath = 'xl/sharedStrings.xml'
    let stylesPath = 'xl/styles.xml'
    for (const relationship of elements(relationships, 'Relationship')) {
      const { Id: id, Type: type = '', Target: target } = relationship
      if (target === undefined) continue
      if (type.endsWith('/worksheet') && id !== undefined) targets.set(id, partPath(target))
      else if (type.endsWith('/sharedStrings')) sharedStringsPath = partPath(target)
      else if (type.endsWith('/styles')) stylesPath = partPath(target)
    }
    this.sharedStringsPath = sharedStringsPath
    this.stylesPath = stylesPath

    let epoch1904: boolean | undefined
    for (const properties of elements(workbook, 'workbookPr')) {
      epoch1904 ??= properties.date1904 === '1' || properties.date1904 === 'true'
    }
    this.epoch1904 = epoch1904 ?? false

    this.sheets = []
    for (const sheet of elements(workbook, 'sheet')) {
      if (!sheet.name) continue
      const path = sheet.id === undefined ? undefined : targets.get(sheet.id)
      const isHidden = sheet.state === 'hidden' || sheet.state === 'veryHidden'
      this.sheets.push({ name: decodeXstring(sheet.name), path: path ?? null, isHidden })
    }
    let activeTab: number | undefined
    for (const view of elements(workbook, 'workbookView')) activeTab ??= Number(view.activeTab ?? 0)
    this.activeSheetIndex = activeTab !== undefined && Number.isInteger(activeTab) && activeTab < this.sheets.length ? activeTab : 0
  }

  /**
   * Whether sheet `index` has a cell with a value, judged from its XML without reading the
   * cells (a <v> with text or an inline string): enough to list the sheets worth offering.
   */
  hasCells(index: number): boolean {
    const info = this.sheets[index]
    if (!info?.path) return false
    const part = this.partBytes(info.path)
    if (part === null) return false
    // <v>text (any prefix: <x:v>) or an inline string <is>, searched in the bytes, not decoded.
    for (let at = part.indexOf('v>'); at > 0; at = part.indexOf('v>', at + 2)) {
      const before = part[at - 1]
      const isValueTag = before === 0x3c || (before === 0x3a && part.lastIndexOf(0x3c, at) > part.lastIndexOf(0x2f, at))
      if (isValueTag && part[at + 2] !== 0x3c) return true
    }
    return part.indexOf('<is>') >= 0 || part.indexOf(':is>') >= 0
  }

  /** The cells of sheet `index` (0-based, workbook order); null for a sheet that is not a worksheet. */
  readSheet(index: number): XlsxSheet | null {
    const info = this.sheets[index]
    if (!info) throw new RangeError(`no sheet ${index}`)
    if (info.path === null) return null
    const part = this.partBytes(info.path)
    if (part === null) throw new XlsxError('missing-part', `the zip has no ${info.path}: not an Excel workbook`)
    return readSheetCells(part, info.name, this.sheetContext())
  }

  /**
   * As readSheet, the sheet's XML inflated as a stream and read as it comes: neither its bytes
   * nor its text are ever whole in memory (a 100,000-row sheet is about 60 MB of XML).
   */
  async readSheetStreamed(index: number): Promise<XlsxSheet | null> {
    const info = this.sheets[index]
    if (!info) throw new RangeError(`no sheet ${index}`)
    if (info.path === null) return null
    const entry = this.entries.get(info.path)
    if (!entry) throw new XlsxError('missing-part', `the zip has no ${info.path}: not an Excel workbook`)
    const reader = sheetReader(info.name, this.sheetContext())
    for await (const piece of inflatedPieces(this.bytes, info.path, entry)) reader.feed(piece)
    return reader.finish()
  }

  /**
   * As readSheetStreamed, synchronously (a caller can read inside a database transaction), and
   * each row goes to `onRow` as soon as it is read, with the columns
   * (0-based) of its formulas without a result, and is not kept: a 100,000-row sheet is never
   * in memory as rows either. Rows are not padded to the sheet's width (a cell past a row's end
   * is null). The answer's `rows` and `formulasWithoutResult` are empty; its columnCount is the
   * sheet's. Null for a sheet that is not a worksheet (onRow is then never called).
   */
  streamSheet(index: number, onRow: XlsxRowVisitor): XlsxSheet | null {
    const info = this.sheets[index]
    if (!info) throw new RangeError(`no sheet ${index}`)
    if (info.path === null) return null
    const entry = this.entries.get(info.path)
    if (!entry) throw new XlsxError('missing-part', `the zip has no ${info.path}: not an Excel workbook`)
    const reader = sheetReader(info.name, this.sheetContext(), onRow)
    for (const piece of inflatedPiecesSync(this.bytes, info.path, entry)) reader.feed(piece)
    return reader.finish()
  }

  private sheetContext(): SheetContext {
    return {
      sharedStrings: () => (this.sharedStrings ??= this.readSharedStrings()),
      dateStyles: () => {
        if (this.dateStyles === undefined) this.dateStyles = this.readDateStyles()
        return this.dateStyles
      },
      epoch1904: this.epoch1904,
      parseNumber: this.options.parseNumber
    }
  }

  private readSharedStrings(): string[] {
    const xml = this.part(this.sharedStringsPath)
    return xml === null ? [] : readSharedStrings(xml)
  }

  private readDateStyles(): boolean[] | null {
    const xml = this.part(this.stylesPath)
    return xml === null ? null : readDateStyles(xml)
  }

  /** A part's text (UTF-8, byte-order mark dropped), or null when the zip has no such entry. */
  private part(path: string): string | null {
    const bytes = this.partBytes(path)
    return bytes === null ? null : utf8.decode(bytes)
  }

  /** A part's bytes, inflated, or null when the zip has no such entry. */
  private partBytes(path: string): Buffer | null {
    const entry = this.entries.get(path)
    if (!entry) return null
    const content = inflateEntry(this.bytes, path, entry)
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  }

  private requiredPart(path: string): string {
    const xml = this.part(path)
    if (xml === null) throw new XlsxError('missing-part', `the zip has no ${path}: not an Excel workbook`)
    return xml
  }
}

/** Opens a workbook: reads the zip directory and the sheet list; sheets are read on demand. */
export function openXlsx(bytes: Uint8Array, options: XlsxOptions = {}): XlsxWorkbook {
  return new XlsxWorkbook(bytes, options)
}

/** Every worksheet of a workbook, in workbook order (chart sheets left out). */
export function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): XlsxSheet[] {
  const workbook = openXlsx(bytes, options)
  const sheets: XlsxSheet[] = []
  workbook.sheets.forEach((_, index) => {
    const sheet = workbook.readSheet(index)
    if (sheet) sheets.push(sheet)
  })
  return sheets
}
