// Every number the quality meter judges a frame by, in one place, per kind of device. Tuned on the
// project's fixtures (testing/fixtures/files) as they come through Chromium's fake camera; see quality-meter.test.ts.

export interface QualityThresholds {
  /** Mean luma (0–255) of the guide area below which the scene is too dark to read. */
  minBrightness: number
  /** Variance of the Laplacian of the contrast-normalised card area; below it the card is blurred. */
  minSharpness: number
  /** Share of the card area covered by flat, blown-out (specular) blocks; above it there is glare. */
  maxGlare: number
  /** Card width as a share of the guide width; below it the card is too far away. */
  minFill: number
  /** Mean absolute change (0–255) of a small thumbnail between frames; above it the camera is moving. */
  maxMotion: number
  /** Good, steady frames in a row before auto-capture fires. */
  steadyFrames: number
}

export type DeviceProfile = 'phone' | 'desktop'

export const QUALITY_THRESHOLDS: Record<DeviceProfile, QualityThresholds> = {
  // Phones: autofocus and high resolution, but shaky hands and glossy light; ask for a fuller guide.
  phone: {
    minBrightness: 70,
    minSharpness: 900,
    maxGlare: 0.03,
    minFill: 0.72,
    maxMotion: 6,
    steadyFrames: 12,
  },
  // Webcams: fixed focus and softer optics, on a desk (steady); accept a little less fill and detail.
  desktop: {
    minBrightness: 65,
    minSharpness: 600,
    maxGlare: 0.03,
    minFill: 0.65,
    maxMotion: 5,
    steadyFrames: 10,
  },
}

/** Width (px) frames are scaled to before they are measured: enough detail for text strokes, cheap to scan. */
export const ANALYSIS_WIDTH = 400

/** How often the meter samples the camera; the worker's answer is awaited, so the real rate can be lower. */
export const METER_INTERVAL_MS = 90
