// Video levels. Cameras may deliver "limited range" video (BT.601: luma 16–235, chroma 16–240), which the
// browser expands to 0–255 on the way to canvas pixels. Chromium's fake camera does exactly that to every
// MJPEG frame: it takes the JPEG's full-range YCbCr as limited range and expands it, so a frame written
// as-is reaches the page stretched (×1.164 around 16: 235 and above clip to 255, 16 and below to 0), and a
// frame first squeezed into 16–235 reaches the page as drawn. Measured on Chromium 156 (see the tests).

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v))

// Each pixel through its JFIF (full-range BT.601) YCbCr, unrounded, in one plain loop per direction: a bank frame
// has a million pixels, and a callback and two arrays per pixel made these the bulk of drawing a scene.
const lumaOf = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b
const cbOf = (r: number, g: number, b: number) => 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
const crOf = (r: number, g: number, b: number) => 128 + 0.5 * r - 0.418688 * g - 0.081312 * b

/**
 * What a limited-range camera sends, as RGB whose JFIF YCbCr is the squeezed signal: Y' = 16 + Y·219/255,
 * C' = 128 + (C − 128)·224/255. Written as a JPEG, Chromium expands it back to (about) the original.
 */
export function squeezeToLimited(rgba: Uint8Array | Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length)
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!
    const g = rgba[i + 1]!
    const b = rgba[i + 2]!
    const ys = 16 + (lumaOf(r, g, b) * 219) / 255
    const cbs = ((cbOf(r, g, b) - 128) * 224) / 255
    const crs = ((crOf(r, g, b) - 128) * 224) / 255
    out[i] = clamp(ys + 1.402 * crs)
    out[i + 1] = clamp(ys - 0.344136 * cbs - 0.714136 * crs)
    out[i + 2] = clamp(ys + 1.772 * cbs)
    out[i + 3] = rgba[i + 3]!
  }
  return out
}

/** What the page's canvas holds for a fake-camera frame whose decoded (full-range) RGB is `rgba`. */
export function expandAsLimited(rgba: Uint8Array | Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length)
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!
    const g = rgba[i + 1]!
    const b = rgba[i + 2]!
    const yl = 1.164383 * (lumaOf(r, g, b) - 16)
    const cb = cbOf(r, g, b)
    const cr = crOf(r, g, b)
    out[i] = clamp(yl + 1.596027 * (cr - 128))
    out[i + 1] = clamp(yl - 0.391762 * (cb - 128) - 0.812968 * (cr - 128))
    out[i + 2] = clamp(yl + 2.017232 * (cb - 128))
    out[i + 3] = rgba[i + 3]!
  }
  return out
}
