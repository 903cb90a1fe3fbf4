// Edges of a grey image for finding the card: a light blur against noise and print texture, Sobel gradients,
// and thin edges by non-maximum suppression across the gradient (the first half of Canny).
import type { GreyImage } from '../grey-image.ts'

export interface EdgeMap {
  width: number
  height: number
  /** Sobel x and y (un-normalised: a sharp step of d grey levels gives up to 4d) */
  gx: Float32Array
  gy: Float32Array
  magnitude: Float32Array
  /** 1 where the magnitude is a local maximum across the edge */
  thin: Uint8Array
}

/** Two passes of a 3 × 3 box filter: close to a Gaussian of σ ≈ 1. */
export function smoothGrey(grey: GreyImage): GreyImage {
  let data = grey.data
  const { width: w, height: h } = grey
  for (let pass = 0; pass < 2; pass++) {
    const horizontal = new Float32Array(data.length)
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x
        horizontal[i] = (data[x > 0 ? i - 1 : i]! + data[i]! + data[x < w - 1 ? i + 1 : i]!) / 3
      }
    }
    const out = new Float32Array(data.length)
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x
        out[i] = (horizontal[y > 0 ? i - w : i]! + horizontal[i]! + horizontal[y < h - 1 ? i + w : i]!) / 3
      }
    }
    data = out
  }
  return { width: w, height: h, data }
}

export function edgeMap(grey: GreyImage): EdgeMap {
  const { width: w, height: h, data: g } = grey
  const gx = new Float32Array(w * h)
  const gy = new Float32Array(w * h)
  const magnitude = new Float32Array(w * h)
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const tl = g[i - w - 1]!
      const t = g[i - w]!
      const tr = g[i - w + 1]!
      const l = g[i - 1]!
      const r = g[i + 1]!
      const bl = g[i + w - 1]!
      const b = g[i + w]!
      const br = g[i + w + 1]!
      const dx = tr + 2 * r + br - tl - 2 * l - bl
      const dy = bl + 2 * b + br - tl - 2 * t - tr
      gx[i] = dx
      gy[i] = dy
      magnitude[i] = Math.hypot(dx, dy)
    }
  }
  const thin = new Uint8Array(w * h)
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const m = magnitude[i]!
      if (m === 0) continue
      // compare with the two neighbours along the gradient, quantised to 0°, 45°, 90°, 135°
      const angle = ((Math.atan2(gy[i]!, gx[i]!) * 180) / Math.PI + 180) % 180
      const step = angle < 22.5 || angle >= 157.5 ? 1 : angle < 67.5 ? w + 1 : angle < 112.5 ? w : w - 1
      if (m >= magnitude[i - step]! && m > magnitude[i + step]!) thin[i] = 1
    }
  }
  return { width: w, height: h, gx, gy, magnitude, thin }
}
