import { describe, expect, it } from 'vitest'
import { supplierCompany } from '../../electron/core/proposal-document/assemble-document-data'
import { openTestWorkbench } from '../helpers/workbench'

// A 1 × 1 PNG (signature, IHDR width 1 height 1, one IDAT, IEND).
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

/** A PNG header claiming `width` × `height` (enough for the size to be read; the picture itself is not drawn here). */
function pngHeader(width: number, height: number): string {
  const bytes = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0)
  bytes.writeUInt32BE(13, 8)
  bytes.write('IHDR', 12, 'latin1')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  return bytes.toString('base64')
}

describe('company settings for the Word proposal', () => {
  it('start with no name, the house navy and no logo', async () => {
    const bench = openTestWorkbench()
    expect((await bench.call('settings:get', {})).company).toEqual({ name: '', accentColour: '#1F4E79', logo: null })
  })

  it('keep the name, colour and logo with its size read from the PNG, also after reopening', async () => {
    const bench = openTestWorkbench()
    const saved = await bench.call('settings:set', { key: 'company', value: { name: '华康健康消费品有限公司', accentColour: '#0a7c66', logoPngBase64: ONE_PIXEL_PNG } })
    expect(saved.company).toEqual({ name: '华康健康消费品有限公司', accentColour: '#0A7C66', logo: { pngBase64: ONE_PIXEL_PNG, widthPx: 1, heightPx: 1 } })
    bench.workbench.close()
    const reopened = openTestWorkbench(bench.dataDir)
    expect((await reopened.call('settings:get', {})).company.name).toBe('华康健康消费品有限公司')
    expect((await reopened.call('settings:set', { key: 'company', value: { name: '华康', accentColour: '#0A7C66', logoPngBase64: null } })).company.logo).toBeNull()
  })

  it('refuse a logo that is not a PNG, and a colour that is not #RRGGBB', async () => {
    const bench = openTestWorkbench()
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]).toString('base64')
    const notPng = await bench.callFailing('settings:set', { key: 'company', value: { name: 'x', accentColour: '#000000', logoPngBase64: jpeg } })
    expect(notPng).toMatchObject({ code: 'bad-input', message: '标志必须是 PNG 图片' })
    expect((await bench.callFailing('settings:set', { key: 'company', value: { name: 'x', accentColour: 'navy', logoPngBase64: null } })).code).toBe('bad-input')
    expect((await bench.call('settings:get', {})).company.name).toBe('')
  })

  it('draw a large logo at most 220 × 64 px on the cover, keeping its shape, and fall back to the catalogue supplier', () => {
    // 1,000 × 400 px: width allows 0.22, height 0.16 → 0.16 → 160 × 64.
    const company = supplierCompany({ name: ' ', accentColour: '#1F4E79', logo: { pngBase64: pngHeader(1_000, 400), widthPx: 1_000, heightPx: 400 } }, '华康健康消费品有限公司')
    expect(company.name).toBe('华康健康消费品有限公司')
    expect(company.logo).toMatchObject({ widthPx: 160, heightPx: 64 })
    // A small one is drawn at its own size.
    expect(supplierCompany({ name: '华康', accentColour: '#1F4E79', logo: { pngBase64: ONE_PIXEL_PNG, widthPx: 1, heightPx: 1 } }, '').logo).toMatchObject({ widthPx: 1, heightPx: 1 })
  })
})
