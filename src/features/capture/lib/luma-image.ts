// A camera frame as the quality meter sees it (luma, plus how bright and how coloured each pixel's
// brightest channel is) and the small statistics the meter builds on. Pure: no DOM.

export interface LumaImage {
  data: Uint8Array
  width: number
  height: number
}

/** Luma plus, per pixel, the brightest channel (clipping shows there first) and max − min channel. */
export interface MeterImage extends LumaImage {
  peak: Uint8Array
  chroma: Uint8Array
}

export interface PixelBox {
  x: number
  y: number
  width: number
  height: number
}

/** Rec. 601 luma of RGBA pixels (canvas ImageData or a decoded JPEG). */
export function toLuma(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): LumaImage {
  const data = new Uint8Array(width * height)
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    data[i] = (77 * rgba[p]! + 150 * rgba[p + 1]! + 29 * rgba[p + 2]!) >> 8
  }
  return { data, width, height }
}

export function toMeterImage(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): MeterImage {
  const { data } = toLuma(rgba, width, height)
  const peak = new Uint8Array(width * height)
  const chroma = new Uint8Array(width * height)
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const r = rgba[p]!
    const g = rgba[p + 1]!
    const b = rgba[p + 2]!
    const max = r > g ? (r > b ? r : b) : g > b ? g : b
    const min = r < g ? (r < b ? r : b) : g < b ? g : b
    peak[i] = max
    chroma[i] = max - min
  }
  return { data, width, height, peak, chroma }
}

/** Clamps a box to the image and rounds it to whole pixels. */
export function clampBox(image: LumaImage, box: PixelBox): PixelBox {
  const x = Math.max(0, Math.round(box.x))
  const y = Math.max(0, Math.round(box.y))
  const right = Math.min(image.width, Math.round(box.x + box.width))
  const bottom = Math.min(image.height, Math.round(box.y + box.height))
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) }
}

/** Shrinks a box by a fraction of its size on every side. */
export function insetBox(box: PixelBox, fraction: number): PixelBox {
  const dx = box.width * fraction
  const dy = box.height * fraction
  return { x: box.x + dx, y: box.y + dy, width: box.width - 2 * dx, height: box.height - 2 * dy }
}

export function meanLuma(image: LumaImage, box: PixelBox): number {
  const b = clampBox(image, box)
  let sum = 0
  for (let y = b.y; y < b.y + b.height; y++) {
    const row = y * image.width
    for (let x = b.x; x < b.x + b.width; x++) sum += image.data[row + x]!
  }
  return b.width * b.height ? sum / (b.width * b.height) : 0
}

/** The value below which `fraction` of the values in the histogram fall. */
export function histogramPercentile(histogram: Uint32Array, total: number, fraction: number): number {
  const target = fraction * total
  let seen = 0
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!
    if (seen >= target && seen > 0) return v
  }
  return histogram.length - 1
}

/** The luma below which `fraction` of the box's pixels fall. */
export function lumaPercentile(image: LumaImage, box: PixelBox, fraction: number): number {
  const b = clampBox(image, box)
  const histogram = new Uint32Array(256)
  for (let y = b.y; y < b.y + b.height; y++) {
    const row = y * image.width
    for (let x = b.x; x < b.x + b.width; x++) histogram[image.data[row + x]!]!++
  }
  return histogramPercentile(histogram, b.width * b.height, fraction)
}

/** Area-averaged downscale of one channel to `width` (keeping the aspect). */
function downscaleChannel(
  source: Uint8Array | Uint8ClampedArray,
  sourceWidth: number,
  sourceHeight: number,
  stride: number,
  offset: number,
  width: number,
  height: number,
): Uint8Array {
  const scaleX = sourceWidth / width
  const scaleY = sourceHeight / height
  const data = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * scaleY)
    const y1 = Math.max(y0 + 1, Math.min(sourceHeight, Math.floor((y + 1) * scaleY)))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * scaleX)
      const x1 = Math.max(x0 + 1, Math.min(sourceWidth, Math.floor((x + 1) * scaleX)))
      let sum = 0
      for (let yy = y0; yy < y1; yy++)
        for (let xx = x0; xx < x1; xx++) sum += source[(yy * sourceWidth + xx) * stride + offset]!
      data[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)))
    }
  }
  return data
}

/** Area-averaged downscale to `width` (keeping the aspect): what the worker's canvas does, for node tests. */
export function downscale(image: LumaImage, width: number): LumaImage {
  const height = Math.max(1, Math.round((image.height * width) / image.width))
  return { data: downscaleChannel(image.data, image.width, image.height, 1, 0, width, height), width, height }
}

/** The same for RGBA pixels, channel by channel, so colour survives into the meter image. */
export function downscaleRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  sourceWidth: number,
  sourceHeight: number,
  width: number,
): { rgba: Uint8Array; width: number; height: number } {
  const height = Math.max(1, Math.round((sourceHeight * width) / sourceWidth))
  const out = new Uint8Array(width * height * 4)
  for (let c = 0; c < 4; c++) {
    const channel = downscaleChannel(rgba, sourceWidth, sourceHeight, 4, c, width, height)
    for (let i = 0; i < channel.length; i++) out[i * 4 + c] = channel[i]!
  }
  return { rgba: out, width, height }
}
