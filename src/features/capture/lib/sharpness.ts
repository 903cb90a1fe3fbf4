// Focus, and the direction it is lost in. The variance of second differences along four directions
// over the card, with the card's contrast taken out, so a dim card reads as dark, not blurred. Defocus
// softens every direction alike; a shaking hand smears along one, leaving the others sharp.
import type { LumaImage, PixelBox } from './luma-image.ts'
import { clampBox, insetBox } from './luma-image.ts'

export interface SharpnessReading {
  /** Mean over the four directions of the contrast-normalised second-difference variance. */
  sharpness: number
  /** The softest direction's variance over the sharpest's, 0–1: low when the picture is smeared one way. */
  evenness: number
}

export function measureSharpness(
  image: LumaImage,
  box: PixelBox,
  paper: number,
  ink: number,
): SharpnessReading {
  const b = clampBox(image, insetBox(box, 0.06))
  const { data, width, height } = image
  const gain = 255 / Math.max(24, paper - ink)
  // Sums and sums of squares per direction: horizontal, diagonal ↘, vertical, diagonal ↙.
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0
  let q0 = 0,
    q1 = 0,
    q2 = 0,
    q3 = 0
  let n = 0
  for (let y = Math.max(1, b.y); y < Math.min(height - 1, b.y + b.height); y++) {
    for (let x = Math.max(1, b.x); x < Math.min(width - 1, b.x + b.width); x++) {
      const i = y * width + x
      const c = 2 * data[i]!
      // Diagonal steps are √2 long: their second differences are halved to compare with the others.
      const d0 = c - data[i - 1]! - data[i + 1]!
      const d1 = (c - data[i - width - 1]! - data[i + width + 1]!) / 2
      const d2 = c - data[i - width]! - data[i + width]!
      const d3 = (c - data[i - width + 1]! - data[i + width - 1]!) / 2
      s0 += d0
      s1 += d1
      s2 += d2
      s3 += d3
      q0 += d0 * d0
      q1 += d1 * d1
      q2 += d2 * d2
      q3 += d3 * d3
      n++
    }
  }
  if (!n) return { sharpness: 0, evenness: 1 }
  const variance = (sum: number, squares: number) => (squares / n - (sum / n) ** 2) * gain * gain
  const variances = [variance(s0, q0), variance(s1, q1), variance(s2, q2), variance(s3, q3)]
  const sharpness = variances.reduce((a, v) => a + v, 0) / 4
  return { sharpness, evenness: Math.min(...variances) / Math.max(1e-9, Math.max(...variances)) }
}
