// Video levels. Cameras may deliver "limited range" video (BT.601: luma 16–235, chroma 16–240), which the
// browser expands to 0–255 on the way to canvas pixels. Chromium's fake camera does exactly that to every
// MJPEG frame: it takes the JPEG's full-range YCbCr as limited range and expands it, so a frame written
// as-is reaches the page stretched (×1.164 around 16: 235 and above clip to 255, 16 and below to 0), and a
// frame first squeezed into 16–235 reaches the page as drawn. Measured on Chromium 156 (see the tests).

/** JFIF (full-range BT.601) RGB → YCbCr, unrounded. */
function toYcc(r: number, g: number, b: number): [number, number, number] {
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ]
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v))

function mapPixels(
  rgba: Uint8Array | Uint8ClampedArray,
  f: (y: number, cb: number, cr: number) => [number, number, number],
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length)
  for (let i = 0; i < rgba.length; i += 4) {
    const [y, cb, cr] = toYcc(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)
    const [r, g, b] = f(y, cb, cr)
    out[i] = clamp(r)
    out[i + 1] = clamp(g)
    out[i + 2] = clamp(b)
    out[i + 3] = rgba[i + 3]!
  }
  return out
}

/**
 * What a limited-range camera sends, as RGB whose JFIF YCbCr is the squeezed signal: Y' = 16 + Y·219/255,
 * C' = 128 + (C − 128)·224/255. Written as a JPEG, Chromium expands it back to (about) the original.
 */
export function squeezeToLimited(rgba: Uint8Array | Uint8ClampedArray): Uint8ClampedArray {
  return mapPixels(rgba, (y, cb, cr) => {
    const ys = 16 + (y * 219) / 255
    const cbs = ((cb - 128) * 224) / 255
    const crs = ((cr - 128) * 224) / 255
    return [ys + 1.402 * crs, ys - 0.344136 * cbs - 0.714136 * crs, ys + 1.772 * cbs]
  })
}

/** What the page's canvas holds for a fake-camera frame whose decoded (full-range) RGB is `rgba`. */
export function expandAsLimited(rgba: Uint8Array | Uint8ClampedArray): Uint8ClampedArray {
  return mapPixels(rgba, (y, cb, cr) => {
    const yl = 1.164383 * (y - 16)
    return [
      yl + 1.596027 * (cr - 128),
      yl - 0.391762 * (cb - 128) - 0.812968 * (cr - 128),
      yl + 2.017232 * (cb - 128),
    ]
  })
}
