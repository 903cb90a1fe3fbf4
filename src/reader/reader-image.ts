// Pixels as every stage of the reader sees them: 8-bit RGBA, row-major — what jpeg-js, pngjs, ImageData and
// OffscreenCanvas all give, so the pipeline runs unchanged on the server and in a browser worker.

export interface RgbaImage {
  width: number
  height: number
  data: Uint8Array | Uint8ClampedArray
}

export function blankImage(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4) }
}

/** The image turned half way round: a card found upside down is read the right way up. */
export function rotateHalfTurn(image: RgbaImage): RgbaImage {
  const { width, height, data } = image
  const out = new Uint8Array(data.length)
  const pixels = width * height
  for (let i = 0; i < pixels; i++) {
    const from = i * 4
    const to = (pixels - 1 - i) * 4
    out[to] = data[from]!
    out[to + 1] = data[from + 1]!
    out[to + 2] = data[from + 2]!
    out[to + 3] = data[from + 3]!
  }
  return { width, height, data: out }
}

/** Bilinear sample of one channel-triple into out[o..o+2], clamped at the borders (adds, so callers can average). */
export function addBilinear(image: RgbaImage, x: number, y: number, out: Float32Array, o: number): void {
  const { width: w, height: h, data } = image
  const cx = x < 0 ? 0 : x > w - 1 ? w - 1 : x
  const cy = y < 0 ? 0 : y > h - 1 ? h - 1 : y
  const x0 = Math.floor(cx)
  const y0 = Math.floor(cy)
  const x1 = x0 + 1 < w ? x0 + 1 : x0
  const y1 = y0 + 1 < h ? y0 + 1 : y0
  const fx = cx - x0
  const fy = cy - y0
  const i00 = (y0 * w + x0) * 4
  const i01 = (y0 * w + x1) * 4
  const i10 = (y1 * w + x0) * 4
  const i11 = (y1 * w + x1) * 4
  const a = (1 - fx) * (1 - fy)
  const b = fx * (1 - fy)
  const c = (1 - fx) * fy
  const d = fx * fy
  out[o] = out[o]! + data[i00]! * a + data[i01]! * b + data[i10]! * c + data[i11]! * d
  out[o + 1] = out[o + 1]! + data[i00 + 1]! * a + data[i01 + 1]! * b + data[i10 + 1]! * c + data[i11 + 1]! * d
  out[o + 2] = out[o + 2]! + data[i00 + 2]! * a + data[i01 + 2]! * b + data[i10 + 2]! * c + data[i11 + 2]! * d
}

/** A box (fractions of the image) copied out, clamped to the image. */
export function cropFraction(
  image: RgbaImage,
  box: { x: number; y: number; w: number; h: number },
): RgbaImage {
  const x0 = Math.max(0, Math.min(image.width - 1, Math.round(box.x * image.width)))
  const y0 = Math.max(0, Math.min(image.height - 1, Math.round(box.y * image.height)))
  const width = Math.max(1, Math.min(image.width - x0, Math.round(box.w * image.width)))
  const height = Math.max(1, Math.min(image.height - y0, Math.round(box.h * image.height)))
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * image.width + x0) * 4
    data.set(image.data.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, data }
}
