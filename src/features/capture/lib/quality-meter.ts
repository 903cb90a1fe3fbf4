// The quality meter's measures of one frame, and the verdict they add up to. Pure: runs in the
// worker on the live camera, on uploaded photos, and in unit tests on the scene bank's frames.
import { cardBlocks, cornerLooks, type CornerLook } from './card-blocks.ts'
import { findCard, type FoundCard } from './card-finder.ts'
import { measureGlare } from './glare.ts'
import { lumaPercentile, meanLuma, type MeterImage, type PixelBox } from './luma-image.ts'
import { SMEARED, type QualityThresholds } from './quality-thresholds.ts'
import { measureSharpness } from './sharpness.ts'

export interface FrameMeasures {
  /** The card's paper luma (its lighter majority), or the guide's mean when no card is found; 0–255. */
  brightness: number
  /** Paper luma minus print luma: how readable the print is, 0–255. */
  contrast: number
  /** Second-difference energy of the card's print (its most detailed cells), contrast-normalised. */
  sharpness: number
  /** Softest over sharpest direction of that energy, 0–1: low when smeared one way. */
  evenness: number
  /** Share of the card under compact clipped patches brighter than its paper, 0–1. */
  glare: number
  /** Share of the card's blank paper clipped to white, 0–1: overexposure. */
  clippedPaper: number
  /** Card width / guide width; 0 when no card was found. */
  fill: number
  /** The largest share of an edge missing next to a corner that is also covered by something that is
   * not the card (a finger: darker than its paper or more coloured than its print), 0–1. */
  cornerGap: number
  /** The card found (with its box and corners), or null. */
  card: FoundCard | null
}

/** What to tell the user, most pressing first; none when the frame is good. */
export type QualityIssue = 'dark' | 'noCard' | 'far' | 'corners' | 'moving' | 'blur' | 'glare' | 'bright'

/** A corner patch this far from paper towards print (0–1) has something over it… */
const COVERED = 0.25
/** …and so does one this much more saturated than the card (0–1): a pale thumb is still skin-coloured.
 * Midway between the most coloured uncovered corner (0.08) and the palest thumb (0.19) of the scene bank's
 * tune part, both designs and feeds. */
const TINTED = 0.14

function covered({ tone, tint }: CornerLook): boolean {
  return tone >= COVERED || tint >= TINTED
}

const NO_CARD: Omit<FrameMeasures, 'brightness' | 'contrast' | 'sharpness' | 'evenness'> = {
  glare: 0,
  clippedPaper: 0,
  fill: 0,
  cornerGap: 0,
  card: null,
}

/** Measures one analysis frame; `guide` is the card guide in the frame's pixels, `previous` the card
 * found in the last frame (the live camera tracks it). */
export function measureFrame(
  image: MeterImage,
  guide: PixelBox,
  previous: FoundCard | null = null,
): FrameMeasures {
  const found = findCard(image, guide, previous)
  if (!found) {
    const paper = lumaPercentile(image, guide, 0.7)
    const ink = lumaPercentile(image, guide, 0.03)
    return {
      ...NO_CARD,
      brightness: meanLuma(image, guide),
      contrast: paper - ink,
      ...measureSharpness(image, guide, paper, ink),
    }
  }
  return measureCard(image, found, guide)
}

/** The measures of a card found (or assumed) in the frame. */
export function measureCard(image: MeterImage, found: FoundCard, guide: PixelBox): FrameMeasures {
  const blocks = cardBlocks(image, found)
  const glare = measureGlare(blocks)
  return {
    brightness: blocks.paper,
    contrast: blocks.paper - blocks.ink,
    ...measureSharpness(image, found.box, blocks.paper, blocks.ink),
    glare: glare.share,
    clippedPaper: glare.clippedPaper,
    fill: found.box.width / guide.width,
    cornerGap: Math.max(
      0,
      ...cornerLooks(image, found, blocks).map((look, corner) =>
        covered(look) ? found.cornerGap[corner]! : 0,
      ),
    ),
    card: found,
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
  else {
    if (measures.fill < thresholds.minFill) issues.push('far')
    if (measures.cornerGap > thresholds.maxCornerGap) issues.push('corners')
  }
  // Focus before light: a blurred picture has no print left to show what the light does to it.
  const smeared = measures.evenness < thresholds.minEvenness
  if (motion > thresholds.maxMotion || (smeared && measures.sharpness < thresholds.minSharpness * SMEARED))
    issues.push('moving')
  else if (measures.sharpness < thresholds.minSharpness) issues.push('blur')
  if (measures.card) {
    if (measures.glare > thresholds.maxGlare) issues.push('glare')
    // Overexposed only when the print is washing out: a pale card in bright light is fine as it is.
    if (measures.clippedPaper >= thresholds.clippedPaper && measures.contrast < thresholds.minContrast)
      issues.push('bright')
  }
  return issues
}

/** Mean absolute difference of two equally sized thumbnails: how much the camera moved. */
export function motionBetween(previous: Uint8Array | null, current: Uint8Array): number {
  if (!previous || previous.length !== current.length) return 0
  let sum = 0
  for (let i = 0; i < current.length; i++) sum += Math.abs(current[i]! - previous[i]!)
  return sum / current.length
}
