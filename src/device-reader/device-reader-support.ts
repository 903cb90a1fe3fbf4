// Whether this browser can read a card on the device: WebAssembly with SIMD (onnxruntime-web's build needs it),
// memory for the models (~0.4 GB while reading), and not an in-app webview, which kills workers that large.
// Pure and given its environment, so each reason is tested without a browser.

export type DeviceReaderUnsupported = 'no-wasm' | 'no-simd' | 'low-memory' | 'webview'

export interface BrowserTraits {
  /** The global WebAssembly object, absent when the browser (or its policy) disables it */
  webAssembly: { validate(bytes: BufferSource): boolean } | undefined
  /** navigator.deviceMemory in GB (Chromium only, rounded down to a power of two); undefined elsewhere */
  deviceMemoryGb: number | undefined
  userAgent: string
}

/** Below this the models (about 16 MB on disk, ~0.4 GB once running) crowd out the camera and the page. */
export const MIN_DEVICE_MEMORY_GB = 2

/** The smallest module that uses a SIMD instruction: (func (result v128) i32.const 0 i8x16.splat). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
  11,
])

/** In-app browsers whose webviews stop large workers or lack WebAssembly memory: Android WebView (`; wv)`),
 * Facebook, Instagram, LINE, WeChat. */
const WEBVIEW = /; wv\)|\bFBA[NV]\/|\bInstagram\b|\bLine\/|\bMicroMessenger\//

function validates(webAssembly: NonNullable<BrowserTraits['webAssembly']>, module: Uint8Array): boolean {
  try {
    return webAssembly.validate(module as Uint8Array<ArrayBuffer>)
  } catch {
    return false
  }
}

export function readerSupportOf(
  traits: BrowserTraits,
): { ok: true } | { ok: false; reason: DeviceReaderUnsupported } {
  if (!traits.webAssembly) return { ok: false, reason: 'no-wasm' }
  if (!validates(traits.webAssembly, SIMD_PROBE)) return { ok: false, reason: 'no-simd' }
  if (traits.deviceMemoryGb !== undefined && traits.deviceMemoryGb < MIN_DEVICE_MEMORY_GB)
    return { ok: false, reason: 'low-memory' }
  if (WEBVIEW.test(traits.userAgent)) return { ok: false, reason: 'webview' }
  return { ok: true }
}

/** This browser's traits, read where the page runs. */
export function browserTraits(): BrowserTraits {
  const nav = globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined
  return {
    webAssembly: typeof WebAssembly === 'object' ? WebAssembly : undefined,
    deviceMemoryGb: typeof nav?.deviceMemory === 'number' ? nav.deviceMemory : undefined,
    userAgent: nav?.userAgent ?? '',
  }
}
