// Every number the quality meter judges a frame by, in one place, per kind of device. Tuned on the tune
// part of the project's scene bank (testing/banks/scene-bank) as the page's canvas receives it, both
// full- and limited-range; the held-out part is never looked at to set them. See quality-meter.test.ts.
import type { Journey } from '#src/session/journey.ts'

export interface QualityThresholds {
  /** The card's paper luma (0–255) below which the scene is too dark to read. */
  minBrightness: number
  /** Contrast-normalised second-difference energy of the card's print (its most detailed cells); below it the
   * card is blurred. */
  minSharpness: number
  /** Softest over sharpest direction of that energy; below it (and not crisp, see SMEARED) the picture is
   * smeared by motion. */
  minEvenness: number
  /** Share of the card under compact clipped patches brighter than its paper; above it there is glare. */
  maxGlare: number
  /** Share of the blank paper clipped white at which the card counts as overexposed… */
  clippedPaper: number
  /** …and paper minus print luma below which its print is washing out (then: less light). */
  minContrast: number
  /** Card width as a share of the guide width; below it the card is too far away. */
  minFill: number
  /** Share of an edge missing next to a corner above which something covers that corner. */
  maxCornerGap: number
  /** Mean absolute change (0–255) of a small thumbnail between frames; above it the camera is moving. */
  maxMotion: number
  /** Good, steady frames in a row before auto-capture fires. */
  steadyFrames: number
}

const SHARED = {
  minBrightness: 80,
  minEvenness: 0.25,
  maxGlare: 0.02,
  clippedPaper: 0.55,
  minContrast: 100,
  maxCornerGap: 0.095,
}

/** By journey: a customer holds a phone, an operator has a webcam on a desk (src/session/journey.ts). */
export const QUALITY_THRESHOLDS: Record<Journey, QualityThresholds> = {
  // Phones: autofocus and high resolution, but shaky hands; ask for a fuller guide.
  customer: { ...SHARED, minSharpness: 800, minFill: 0.72, maxMotion: 6, steadyFrames: 8 },
  // Webcams: fixed focus and softer optics, on a desk (steady); accept a little less fill.
  operator: { ...SHARED, minSharpness: 700, minFill: 0.65, maxMotion: 5, steadyFrames: 8 },
}

/** Uneven detail counts as motion smear only below this many times minSharpness: a smear keeps the print
 * along its path, so a smeared card can still score several times the focus threshold. */
export const SMEARED = 6

/** Width (px) frames are scaled to before they are measured: enough detail for text strokes, cheap to scan. */
export const ANALYSIS_WIDTH = 400

/** How often the meter samples the camera; the worker's answer is awaited, so the real rate can be lower. */
export const METER_INTERVAL_MS = 90
