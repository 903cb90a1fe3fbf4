// The compress check page: the real compressImage() and its bundled worker, driven by e2e/compress.spec.ts,
// plus pixel probes on the decoded output so the spec can assert orientation and card width on real bytes.
import { CompressError } from '#src/features/compress/compress-error.ts'
import { compressImage } from '#src/features/compress/compress-image.ts'
import type { Box, CheckResult, CompressCheckApi, MadeInput } from './compress-check-api.ts'

// The fallback test hides OffscreenCanvas from the app code; the page's own helpers keep using it.
const Offscreen: typeof OffscreenCanvas =
  (window as unknown as { HiddenOffscreenCanvas?: typeof OffscreenCanvas }).HiddenOffscreenCanvas ??
  OffscreenCanvas
const inputs = new Map<string, Blob>()
let lastOutput: Blob | null = null

async function loadImage(url: string): Promise<ImageBitmap> {
  return createImageBitmap(await (await fetch(url)).blob())
}

async function make(kind: MadeInput, cardUrl: string): Promise<Blob> {
  const card = await loadImage(cardUrl)
  const canvas = (w: number, h: number) => {
    const c = new Offscreen(w, h)
    return [c, c.getContext('2d')!] as const
  }
  if (kind === 'png-screenshot') {
    // A desktop screenshot: flat UI colours, a dark desk-like panel and the card at its native 1712 px.
    const [c, g] = canvas(2560, 1600)
    g.fillStyle = '#7a6c5c'
    g.fillRect(0, 0, 2560, 1600)
    g.fillStyle = '#f1f5f9'
    g.fillRect(0, 0, 2560, 120)
    g.drawImage(card, 424, 300)
    return c.convertToBlob({ type: 'image/png' })
  }
  if (kind === 'webp-photo') {
    const [c, g] = canvas(3000, 2000)
    g.fillStyle = '#7a6c5c'
    g.fillRect(0, 0, 3000, 2000)
    g.drawImage(card, 200, 200, 2600, 1640)
    return c.convertToBlob({ type: 'image/webp', quality: 0.9 })
  }
  if (kind === 'one-pixel') {
    const [c, g] = canvas(1, 1)
    g.fillStyle = '#c00'
    g.fillRect(0, 0, 1, 1)
    return c.convertToBlob({ type: 'image/png' })
  }
  const [c, g] = canvas(20000, 200)
  const gradient = g.createLinearGradient(0, 0, 20000, 0)
  gradient.addColorStop(0, '#000')
  gradient.addColorStop(1, '#fff')
  g.fillStyle = gradient
  g.fillRect(0, 0, 20000, 200)
  return c.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
}

function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}

async function settle(run: () => ReturnType<typeof compressImage>, timeoutMs: number): Promise<CheckResult> {
  let timer = 0
  const timeout = new Promise<never>((_, reject) => {
    timer = self.setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const result = await Promise.race([run(), timeout])
    lastOutput = result.blob
    const bytes = new Uint8Array(await result.blob.arrayBuffer())
    const { width, height, encodes, ms } = result
    return {
      ok: true,
      base64: toBase64(bytes),
      type: result.blob.type,
      width,
      height,
      bytes: result.bytes,
      encodes,
      ms,
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    const reason = error instanceof CompressError ? error.reason : undefined
    return { ok: false, name: e.name, message: e.message, ...(reason ? { reason } : {}) }
  } finally {
    clearTimeout(timer)
  }
}

async function lumaGrid(): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  if (!lastOutput) throw new Error('nothing compressed yet')
  const bitmap = await createImageBitmap(lastOutput)
  const c = new Offscreen(bitmap.width, bitmap.height)
  const g = c.getContext('2d')!
  g.drawImage(bitmap, 0, 0)
  return { data: g.getImageData(0, 0, c.width, c.height).data, width: c.width, height: c.height }
}

const lumaAt = (d: Uint8ClampedArray, i: number) => 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!

const api: CompressCheckApi = {
  async load(name, url) {
    inputs.set(name, await (await fetch(url)).blob())
  },
  async make(kind, cardUrl) {
    const blob = await make(kind, cardUrl)
    inputs.set(kind, blob)
    const bitmap = await createImageBitmap(blob)
    const size = { type: blob.type, width: bitmap.width, height: bitmap.height }
    bitmap.close()
    return size
  },
  loadBytes(name, bytes, type) {
    inputs.set(name, new Blob([new Uint8Array(bytes)], { type }))
  },
  compress: (name, timeoutMs, options) => settle(() => compressImage(inputs.get(name)!, options), timeoutMs),
  compressBitmap: (name, crop, timeoutMs) =>
    settle(async () => {
      const bitmap = await createImageBitmap(inputs.get(name)!, { imageOrientation: 'from-image' })
      const { width: w, height: h } = bitmap
      return compressImage(bitmap, {
        crop: { x: crop.x * w, y: crop.y * h, width: crop.w * w, height: crop.h * h },
      })
    }, timeoutMs),
  async luma(boxes: Box[]) {
    const { data, width, height } = await lumaGrid()
    return boxes.map((b) => {
      let sum = 0
      let n = 0
      for (let y = Math.floor(b.y * height); y < Math.ceil((b.y + b.h) * height); y++)
        for (let x = Math.floor(b.x * width); x < Math.ceil((b.x + b.w) * width); x++, n++)
          sum += lumaAt(data, (y * width + x) * 4)
      return sum / Math.max(1, n)
    })
  },
  async brightSpan(y, threshold) {
    const { data, width, height } = await lumaGrid()
    const row = Math.min(height - 1, Math.round(y * height)) * width * 4
    let left = -1
    let right = -1
    for (let x = 0; x < width; x++) {
      if (lumaAt(data, row + x * 4) <= threshold) continue
      if (left < 0) left = x
      right = x
    }
    return { left, right }
  },
}

Object.assign(window, { compressCheck: api })
