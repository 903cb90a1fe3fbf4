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
