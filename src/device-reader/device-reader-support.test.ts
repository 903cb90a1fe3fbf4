import { describe, expect, it } from 'vitest'
import { readerSupportOf, type BrowserTraits } from './device-reader-support.ts'

const CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile'
const capable: BrowserTraits = { webAssembly: WebAssembly, deviceMemoryGb: 8, userAgent: CHROME }

describe('deviceReaderSupport', () => {
  it('reads on a browser with WebAssembly SIMD, memory and no webview', () => {
    expect(readerSupportOf(capable)).toEqual({ ok: true })
    // Safari and Firefox do not say how much memory they have: not a reason to refuse
    expect(readerSupportOf({ ...capable, deviceMemoryGb: undefined })).toEqual({ ok: true })
  })

  it('refuses without WebAssembly', () => {
    expect(readerSupportOf({ ...capable, webAssembly: undefined })).toEqual({ ok: false, reason: 'no-wasm' })
  })

  it('refuses when WebAssembly has no SIMD (the SIMD module does not validate)', () => {
    // An engine without SIMD validates plain modules only: this one answers per module, not a constant
    const noSimd = {
      validate: (bytes: BufferSource) =>
        !new Uint8Array(bytes as ArrayBuffer).includes(0xfd) && WebAssembly.validate(bytes),
    }
    expect(readerSupportOf({ ...capable, webAssembly: noSimd })).toEqual({ ok: false, reason: 'no-simd' })
    const throwing = {
      validate: (): boolean => {
        throw new Error('validate disabled')
      },
    }
    expect(readerSupportOf({ ...capable, webAssembly: throwing })).toEqual({ ok: false, reason: 'no-simd' })
  })

  it('refuses on a phone with less than 2 GB', () => {
    expect(readerSupportOf({ ...capable, deviceMemoryGb: 1 })).toEqual({ ok: false, reason: 'low-memory' })
    expect(readerSupportOf({ ...capable, deviceMemoryGb: 2 })).toEqual({ ok: true })
  })

  it.each([
    [
      'Android WebView',
      `Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 Chrome/131.0 Mobile`,
    ],
    ['Facebook', `${CHROME} [FBAN/EMA;FBLC/en_US;FBAV/450.0]`],
    ['Instagram', `${CHROME} Instagram 300.0.0.0 Android`],
    ['LINE', `${CHROME} Line/14.0.0`],
    ['WeChat', `${CHROME} MicroMessenger/8.0.47`],
  ])('refuses in a known webview: %s', (_name, userAgent) => {
    expect(readerSupportOf({ ...capable, userAgent })).toEqual({ ok: false, reason: 'webview' })
  })
})
