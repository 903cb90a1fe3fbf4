// The quality meter's measures of one frame, and the verdict they add up to. Pure: runs in the
// worker on the live camera and in unit tests on the fixture images.
import { findCard } from './card-finder.ts'
import { clampBox, insetBox, lumaPercentile, meanLuma, type LumaImage, type PixelBox } from './luma-image.ts'
import type { QualityThresholds } from './quality-thresholds.ts'

export interface FrameMeasures {
  /** Mean luma of the guide area, 0–255. */
  brightness: number
  /** Variance of the Laplacian over the card (or guide) area, contrast-normalised. */
  sharpness: number
  /** Share of the card (or guide) area that is flat, blown-out white. */
  glare: number
  /** Card width / guide width; 0 when no card was found. */
  fill: number
  card: PixelBox | null
}

/** What to tell the user, most pressing first; null when the frame is good. */
export type QualityIssue = 'dark' | 'noCard' | 'far' | 'glare' | 'blur' | 'moving'

const GLARE_BLOCK = 6
const GLARE_LEVEL = 248
const GLARE_FLATNESS = 6

function laplacianVariance(image: LumaImage, box: PixelBox): number {
  const b = clampBox(image, insetBox(box, 0.04))
  const low = lumaPercentile(image, b, 0.02)
  const high = lumaPercentile(image, b, 0.98)
  // Normalising contrast makes this a measure of focus alone, so a dim card is "dark", not "blurred".
  const gain = 255 / Math.max(24, high - low)
  const { data, width } = image
  let sum = 0
  let sumSq = 0
  let n = 0
  for (let y = Math.max(1, b.y); y < Math.min(image.height - 1, b.y + b.height); y++) {
    for (let x = Math.max(1, b.x); x < Math.min(width - 1, b.x + b.width); x++) {
      const i = y * width + x
      const lap = 4 * data[i]! - data[i - 1]! - data[i + 1]! - data[i - width]! - data[i + width]!
      sum += lap
      sumSq += lap * lap
      n++
    }
  }
  if (!n) return 0
  const mean = sum / n
  return (sumSq / n - mean * mean) * gain * gain
}

/** Blocks that are saturated and flat: a specular reflection, not a light card (which has print on it). */
function glareShare(image: LumaImage, box: PixelBox): number {
  const b = clampBox(image, insetBox(box, 0.03))
  const { data, width } = image
  let blocks = 0
  let glare = 0
  for (let by = b.y; by + GLARE_BLOCK <= b.y + b.height; by += GLARE_BLOCK) {
    for (let bx = b.x; bx + GLARE_BLOCK <= b.x + b.width; bx += GLARE_BLOCK) {
      let min = 255
      let max = 0
      for (let y = by; y < by + GLARE_BLOCK; y++) {
        for (let x = bx; x < bx + GLARE_BLOCK; x++) {
          const v = data[y * width + x]!
          if (v < min) min = v
          if (v > max) max = v
        }
      }
      blocks++
      if (min >= GLARE_LEVEL && max - min <= GLARE_FLATNESS) glare++
    }
  }
  return blocks ? glare / blocks : 0
}

/** Measures one analysis frame; `guide` is the card guide in the frame's pixels. */
export function measureFrame(image: LumaImage, guide: PixelBox): FrameMeasures {
  const card = findCard(image, guide)
  const area = card ?? guide
  return {
    brightness: meanLuma(image, guide),
    sharpness: laplacianVariance(image, area),
    glare: glareShare(image, area),
    fill: card ? card.width / guide.width : 0,
    card,
  }
}

/** Every issue the frame has, most pressing first. */
export function qualityIssues(
  measures: FrameMeasures,
  motion: number,
  thresholds: QualityThresholds,
): QualityIssue[] {
  const issues: QualityIssue[] = []
  if (measures.brightness < thresholds.minBrightness) issues.push('dark')
  if (!measures.card) issues.push('noCard')
  else if (measures.fill < thresholds.minFill) issues.push('far')
  if (measures.glare > thresholds.maxGlare) issues.push('glare')
  if (measures.sharpness < thresholds.minSharpness) issues.push('blur')
  if (motion > thresholds.maxMotion) issues.push('moving')
  return issues
}

/** Mean absolute difference of two equally sized thumbnails: how much the camera moved. */
export function motionBetween(previous: Uint8Array | null, current: Uint8Array): number {
  if (!previous || previous.length !== current.length) return 0
  let sum = 0
  for (let i = 0; i < current.length; i++) sum += Math.abs(current[i]! - previous[i]!)
  return sum / current.length
}
