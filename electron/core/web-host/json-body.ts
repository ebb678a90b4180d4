/**
 * A request's JSON body as the loopback host reads it, in as little memory as it can: an upload
 * arrives as JSON with the file in base64 (16 MB of text for a 100,000-row .xlsx), and the way
 * the text is decoded decides how many copies of it live at once.
 *
 * - The body is gathered into one buffer sized by Content-Length, not a list of chunks that is
 *   then concatenated (two copies).
 * - V8 keeps a string of Latin-1 characters at one byte per character but any string with one
 *   character beyond it (a Chinese file name) at two bytes per character: decoding a body that
 *   has one such character doubles the size of the whole text. Outside ASCII a JSON text can
 *   only have characters inside its strings, where "\uXXXX" means the same character; so a body
 *   that is not pure ASCII is rewritten with those escapes first, and the text handed to
 *   JSON.parse is always one byte per character. The values parsed are exactly those of the
 *   UTF-8 text (tested with the characters beyond the BMP too).
 */
import { isAscii } from 'node:buffer'

/** Collects a body's chunks: into one buffer when the size is announced, else a list. */
export function bodyCollector(announcedBytes: number | undefined) {
  const chunks: Buffer[] = []
  let whole = announcedBytes !== undefined && announcedBytes > 0 ? Buffer.allocUnsafe(announcedBytes) : null
  let size = 0
  return {
    add(chunk: Buffer): void {
      if (whole && size + chunk.length <= whole.length) chunk.copy(whole, size)
      else {
        // More than announced (or nothing announced): fall back to a list of what came.
        if (whole) {
          chunks.push(whole.subarray(0, size))
          whole = null
        }
        chunks.push(chunk)
      }
      size += chunk.length
    },
    get size(): number {
      return size
    },
    /** The body's bytes; the collector lets go of them. */
    take(): Buffer {
      const body = whole ? whole.subarray(0, size) : Buffer.concat(chunks)
      whole = null
      chunks.length = 0
      return body
    }
  }
}

/** The length of a UTF-8 sequence from its first byte (1 for a stray continuation byte). */
const sequenceLength = (lead: number): number => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1)

/** Below this a body is decoded as it is: the copies are small. */
const MIN_ESCAPED_BYTES = 64 * 1024

/**
 * One UTF-8 sequence as JSON text of ASCII: each UTF-16 unit as "\uXXXX" (a pair beyond the BMP).
 * A malformed sequence decodes as the plain decoder reads it: U+FFFD, and the ASCII bytes it
 * swallowed written as they are (an escaped quote would not end a string; a raw one does).
 */
function escapesOf(body: Buffer, start: number, end: number): string {
  const text = body.toString('utf8', start, end)
  let escaped = ''
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index)
    escaped += unit < 0x80 ? text[index] : `\\u${unit.toString(16).padStart(4, '0')}`
  }
  return escaped
}

/**
 * The body as JSON text (see the header). A body in ASCII is read as Latin-1, one byte per
 * character. A large body with a little non-ASCII (a file name beside a file's base64) has each
 * non-ASCII UTF-8 sequence replaced by its escapes, so that its text stays one byte per
 * character; a body that is mostly Chinese is decoded as it is (its escapes would be larger).
 */
export function jsonTextOf(body: Buffer): string {
  if (isAscii(body)) return body.toString('latin1')
  let highBytes = 0
  for (let index = 0; index < body.length; index += 1) if ((body[index] as number) >= 0x80) highBytes += 1
  const asciiBytes = body.length - highBytes
  // Each non-ASCII byte gives at most one escape of six characters.
  if (body.length < MIN_ESCAPED_BYTES || 6 * highBytes >= asciiBytes) return body.toString('utf8')
  const escaped = Buffer.allocUnsafe(asciiBytes + 6 * highBytes)
  let written = 0
  let runStart = 0
  for (let index = 0; index < body.length; ) {
    const byte = body[index] as number
    if (byte < 0x80) {
      index += 1
      continue
    }
    written += body.copy(escaped, written, runStart, index)
    const end = Math.min(body.length, index + sequenceLength(byte))
    written += escaped.write(escapesOf(body, index, end), written, 'latin1')
    index = end
    runStart = end
  }
  written += body.copy(escaped, written, runStart, body.length)
  return escaped.toString('latin1', 0, written)
}
