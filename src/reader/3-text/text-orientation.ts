// Stage 3b: is the straightened card upside down? A card's long side is found, not which end is up; PaddleOCR's
// text-line direction classifier (0° or 180°) looks at a few of the longest lines; their mean probability decides.
import type { InferenceModel } from '../inference-model.ts'
import type { Quad } from '../geometry.ts'
import type { RgbaImage } from '../reader-image.ts'
import { lineTensor } from './text-recognition.ts'

/** PaddleOCR's cls_image_shape width */
const CLASSIFIER_WIDTH = 192

/** Mean probability (0–1) that the lines read upside down. */
export async function upsideDownProbability(
  model: InferenceModel,
  image: RgbaImage,
  quads: readonly Quad[],
): Promise<number> {
  if (quads.length === 0) return 0
  const output = await model.run(lineTensor(image, quads, CLASSIFIER_WIDTH))
  const classes = output.dims[1] ?? 2
  let sum = 0
  for (let n = 0; n < quads.length; n++) sum += output.data[n * classes + 1]!
  return sum / quads.length
}

/** A line at least this share of the card's width is the title: no field prints that wide */
const TITLE_WIDTH = 0.4
/** The title lies in this share of the card's height from its top edge */
const TITLE_BAND = 0.22

/**
 * Which way up the layout says the card lies, before any line is read: both generations print their title
 * across the top, wider than any field. True when the wide lines all lie along the bottom (the card is upside
 * down), false when they all lie along the top, null when the layout does not say (then the classifier does).
 */
export function turnedByLayout(quads: readonly Quad[], width: number, height: number): boolean | null {
  const wide = quads.filter(
    (q) => Math.max(...q.map((p) => p[0])) - Math.min(...q.map((p) => p[0])) >= TITLE_WIDTH * width,
  )
  if (wide.length === 0) return null
  const centres = wide.map((q) => q.reduce((s, p) => s + p[1], 0) / 4 / height)
  if (centres.every((y) => y < TITLE_BAND)) return false
  if (centres.every((y) => y > 1 - TITLE_BAND)) return true
  return null
}
