// A grey-level image and the small statistics the quality meter builds on. Pure: no DOM.

export interface LumaImage {
  data: Uint8Array
  width: number
  height: number
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

/** The luma below which `fraction` of the box's pixels fall. */
export function lumaPercentile(image: LumaImage, box: PixelBox, fraction: number): number {
  const b = clampBox(image, box)
  const histogram = new Uint32Array(256)
  for (let y = b.y; y < b.y + b.height; y++) {
    const row = y * image.width
    for (let x = b.x; x < b.x + b.width; x++) histogram[image.data[row + x]!]!++
  }
  const target = fraction * b.width * b.height
  let seen = 0
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!
    if (seen >= target && seen > 0) return v
  }
  return 255
}

/** Area-averaged downscale to `width` (keeping the aspect): what the worker's canvas does, for node tests. */
export function downscale(image: LumaImage, width: number): LumaImage {
  const scale = image.width / width
  const height = Math.max(1, Math.round(image.height / scale))
  const data = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * scale)
    const y1 = Math.max(y0 + 1, Math.min(image.height, Math.floor((y + 1) * scale)))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * scale)
      const x1 = Math.max(x0 + 1, Math.min(image.width, Math.floor((x + 1) * scale)))
      let sum = 0
      for (let yy = y0; yy < y1; yy++)
        for (let xx = x0; xx < x1; xx++) sum += image.data[yy * image.width + xx]!
      data[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)))
    }
  }
  return { data, width, height }
}
