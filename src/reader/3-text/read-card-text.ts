// Stage 3 as a whole: text lines of the straightened card. Detection runs on the small upright card; each line is
// then read from the full-resolution photo through the card's homography, so a 12 MP photo is read at the detail
// it has; the direction classifier turns the card round first when it lies upside down.
import { DETECTION_DEFAULTS, detectText } from './text-detection.ts'
import type { ReaderModels } from '../inference-model.ts'
import {
  applyHomography,
  homographyFrom,
  rectangleQuad,
  type Homography,
} from '../2-straighten/perspective.ts'
import type { Point, Quad } from '../geometry.ts'
import { rotateHalfTurn, type RgbaImage } from '../reader-image.ts'
import { charsetFor, recognizeLines, type ReadText } from './text-recognition.ts'
import { upsideDownProbability } from './text-orientation.ts'

export interface CardLine extends ReadText {
  /** Corners as fractions of the card's width and height, TL TR BR BL */
  box: Quad
  detectionScore: number
}

export interface CardText {
  lines: CardLine[]
  /** The upright card image detection ran on */
  card: RgbaImage
  /** The card's corners in the photo, TL TR BR BL of the upright card */
  corners: Quad
  turned: boolean
}

/** Lines checked for direction: the longest few carry the most evidence. */
const DIRECTION_SAMPLE = 6

const charsets = new WeakMap<readonly string[], Map<number, string[]>>()
function charsetOf(dictionary: readonly string[]): (classes: number) => string[] {
  return (classes) => {
    let byClasses = charsets.get(dictionary)
    if (!byClasses) charsets.set(dictionary, (byClasses = new Map()))
    let charset = byClasses.get(classes)
    if (!charset) byClasses.set(classes, (charset = charsetFor(dictionary, classes)))
    return charset
  }
}

const mapQuad = (h: Homography, q: Quad): Quad =>
  q.map((p) => applyHomography(h, p[0], p[1])) as unknown as Quad

/** `turn` overrides the direction classifier: a reading that fails the other way up is tried once more. */
export async function readCardText(
  models: ReaderModels,
  photo: RgbaImage,
  corners: Quad,
  card: RgbaImage,
  turn?: boolean,
): Promise<CardText> {
  const { width: W, height: H } = card
  const detection = {
    ...DETECTION_DEFAULTS,
    limitSide: models.tuning?.detectionSide ?? DETECTION_DEFAULTS.limitSide,
  }
  let boxes = (await detectText(models.detector, card, detection)).filter(
    (b) => b.quad[1][0] - b.quad[0][0] > 0.01 * W,
  )
  let toPhoto = homographyFrom(rectangleQuad(W, H), corners)
  if (!toPhoto) throw new RangeError('degenerate card corners')
  const longest = boxes
    .slice()
    .sort((a, b) => b.quad[1][0] - b.quad[0][0] - (a.quad[1][0] - a.quad[0][0]))
    .slice(0, DIRECTION_SAMPLE)
  const turned =
    turn ??
    (await upsideDownProbability(
      models.orientation,
      photo,
      longest.map((b) => mapQuad(toPhoto!, b.quad)),
    )) > 0.5
  let upright = corners
  let image = card
  if (turned) {
    upright = [corners[2], corners[3], corners[0], corners[1]]
    toPhoto = homographyFrom(rectangleQuad(W, H), upright)!
    image = rotateHalfTurn(card)
    const turn = (p: Point): Point => [W - p[0], H - p[1]]
    boxes = boxes.map((b) => ({
      score: b.score,
      quad: [turn(b.quad[2]), turn(b.quad[3]), turn(b.quad[0]), turn(b.quad[1])],
    }))
  }
  const photoQuads = boxes.map((b) => mapQuad(toPhoto!, b.quad))
  const read = await recognizeLines(
    models.recognizer,
    charsetOf(models.dictionary),
    photo,
    photoQuads,
    models.tuning?.recognitionBatch,
  )
  const lines = boxes.map((b, i): CardLine => ({
    ...read[i]!,
    box: b.quad.map((p) => [p[0] / W, p[1] / H]) as unknown as Quad,
    detectionScore: b.score,
  }))
  return { lines, card: image, corners: upright, turned }
}
