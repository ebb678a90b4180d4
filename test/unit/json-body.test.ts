/**
 * The loopback host's body reader: whatever bytes arrive, the values parsed are those of the
 * plain UTF-8 text, and a large body with a little non-ASCII is handed to JSON.parse as text of
 * one byte per character (the memory economy the 100,000-row import needs).
 */
import { describe, expect, it } from 'vitest'
import { bodyCollector, jsonTextOf } from '../../electron/core/web-host/json-body'

const plainParse = (body: Buffer): unknown => JSON.parse(body.toString('utf8'))
const base64Of = (size: number): string => Buffer.alloc(size, 7).toString('base64')
/** A large upload as the renderer sends it: a file name, then the file in base64. */
const upload = (fileName: string, size = 200_000): Buffer => Buffer.from(JSON.stringify({ fileName, dataBase64: base64Of(size) }), 'utf8')

/** Whether V8 stores the string at one byte per character (Latin-1 only). */
const isOneByte = (text: string): boolean => [...text].every((character) => character.charCodeAt(0) < 0x100)

describe('jsonTextOf', () => {
  it('reads an ASCII body as it is', () => {
    const body = Buffer.from('{"a":1,"b":"x"}')
    expect(jsonTextOf(body)).toBe('{"a":1,"b":"x"}')
  })

  it('escapes a Chinese file name in a large upload: the same values, one byte per character', () => {
    const body = upload('客户导入-大文件.xlsx')
    const text = jsonTextOf(body)
    expect(isOneByte(text)).toBe(true)
    expect(text).toContain('\\u5ba2\\u6237')
    expect(JSON.parse(text)).toEqual(plainParse(body))
  })

  it('keeps characters beyond the BMP, quotes and backslashes beside them', () => {
    const body = upload('📊 "季度" \\ 𠀋.xlsx')
    const text = jsonTextOf(body)
    expect(isOneByte(text)).toBe(true)
    expect((JSON.parse(text) as { fileName: string }).fileName).toBe('📊 "季度" \\ 𠀋.xlsx')
  })

  it('reads malformed UTF-8 as the plain decoder does (U+FFFD, and a swallowed quote still ends the string)', () => {
    const head = Buffer.from('{"fileName":"a', 'latin1')
    // 0xE4 starts a three-byte sequence, but a quote follows: the plain decoder gives U+FFFD then the quote.
    const broken = Buffer.from([0xe4, 0x22, 0x2c, 0x22, 0x78, 0x22, 0x3a, 0x31, 0x2c, 0x22, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xb8])
    const tail = Buffer.from(`","dataBase64":"${base64Of(100_000)}"}`, 'latin1')
    const body = Buffer.concat([head, broken, tail])
    const parsed = JSON.parse(jsonTextOf(body)) as Record<string, unknown>
    expect(parsed).toEqual(plainParse(body))
    expect(parsed.fileName).toBe('a\ufffd')
    expect(parsed.x).toBe(1)
  })

  it('decodes a body that is mostly Chinese as it is (its escapes would be larger)', () => {
    const body = Buffer.from(JSON.stringify({ notes: '上海华联超市'.repeat(20_000) }), 'utf8')
    const text = jsonTextOf(body)
    expect(text).toContain('上海华联')
    expect(JSON.parse(text)).toEqual(plainParse(body))
  })

  it('decodes a small body with Chinese as it is', () => {
    const body = Buffer.from('{"name":"沃尔玛"}')
    expect(jsonTextOf(body)).toBe('{"name":"沃尔玛"}')
  })
})

describe('bodyCollector', () => {
  const chunksOf = (body: Buffer, size: number): Buffer[] => {
    const chunks: Buffer[] = []
    for (let start = 0; start < body.length; start += size) chunks.push(body.subarray(start, start + size))
    return chunks
  }

  it('gathers the chunks into one buffer of the announced size', () => {
    const body = upload('客户.xlsx', 50_000)
    const collector = bodyCollector(body.length)
    for (const chunk of chunksOf(body, 16_384)) collector.add(chunk)
    expect(collector.size).toBe(body.length)
    expect(collector.take().equals(body)).toBe(true)
  })

  it('gathers a body of unannounced size, and one longer than announced', () => {
    const body = upload('客户.xlsx', 50_000)
    const unannounced = bodyCollector(undefined)
    for (const chunk of chunksOf(body, 10_000)) unannounced.add(chunk)
    expect(unannounced.take().equals(body)).toBe(true)
    const short = bodyCollector(30_000)
    for (const chunk of chunksOf(body, 10_000)) short.add(chunk)
    expect(short.take().equals(body)).toBe(true)
  })
})
