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
import { groupRows } from './text-rows.ts'
import {
  boxesJustAbove,
  holdsNoField,
  mayBeWideTitle,
  permanentTitleRead,
  smallerThan,
  valueUnderLabel,
  wholeReadingNeeded,
} from './rows-to-read.ts'

export interface CardLine extends ReadText {
  /** Corners as fractions of the card's width and height, TL TR BR BL */
  box: Quad
  detectionScore: number
  /** A run of several boxes on one row read again as one crop: the boxes' own readings, left to right */
  parts?: CardLine[]
  /** A box of the title or a label not recognised, its text not needed (rows-to-read.ts): only its place */
  unread?: 'title' | 'label'
}

const UNREAD: ReadText = { text: '', chars: [], confidence: 0, steps: 0, contentShare: 0 }

export interface CardText {
  lines: CardLine[]
  /** Each run of several boxes on one row, read again as one crop (the words of a name, a telecode row) */
  runs: CardLine[]
  /** The upright card image detection ran on */
  card: RgbaImage
  /** The card's corners in the photo, TL TR BR BL of the upright card */
  corners: Quad
  turned: boolean
}

/** The card's own printing around the fields: the title and the labels (Date of Birth, 出生日期…) */
const PRINTED = /IDENTITY|HONG\s*KONG|Date|Birth|Issue|出生|日期|簽發|签发|身份/i

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
  // print set on end and taller than any field (SAMPLE marks) is not recognised: no field is printed so
  boxes = boxes.filter((b) => !holdsNoField(b.quad, H))
  const recognize = (quads: Quad[]) =>
    recognizeLines(
      models.recognizer,
      charsetOf(models.dictionary),
      photo,
      quads.map((q) => mapQuad(toPhoto!, q)),
      models.tuning?.recognitionBatch,
      models.tuning?.recognitionMinWidth,
    )
  const toCard = (q: Quad) => q.map((p) => [p[0] / W, p[1] / H]) as unknown as Quad
  const asLine = (b: (typeof boxes)[number], r: ReadText): CardLine => ({
    ...r,
    box: toCard(b.quad),
    detectionScore: b.score,
  })
  // the English title, the widest line, is read last and only when the Chinese title has not already said
  // 永久 surely; a label is not read when the value under it reads as one the card prints under a label
  // (rows-to-read.ts). Left unread, a box stays a line with no text, only its place.
  const widest = boxes.filter((b) => mayBeWideTitle(b.quad, H))
  const above = boxesJustAbove(boxes)
  const below = new Map<(typeof boxes)[number], (typeof boxes)[number][]>()
  for (const [value, label] of above) below.set(label, [...(below.get(label) ?? []), value])
  const lines = new Map<(typeof boxes)[number], CardLine>()
  const readNow = async (now: typeof boxes) => {
    const read = await recognize(now.map((b) => b.quad))
    now.forEach((b, i) => lines.set(b, asLine(b, read[i]!)))
  }
  await readNow(boxes.filter((b) => !widest.includes(b) && !below.has(b)))
  // bottom up, a round at a time: a box waits until every box under it is read or left unread
  let waiting = boxes.filter((b) => !widest.includes(b) && below.has(b))
  while (waiting.length) {
    const ready = waiting.filter((b) => below.get(b)!.every((v) => lines.has(v)))
    const round = ready.length ? ready : waiting
    const labels = round.filter((b) =>
      below
        .get(b)!
        .some((v) => !lines.get(v)?.unread && valueUnderLabel(lines.get(v)?.text ?? '') && smallerThan(b, v)),
    )
    for (const b of labels) lines.set(b, { ...asLine(b, UNREAD), unread: 'label' })
    await readNow(round.filter((b) => !labels.includes(b)))
    waiting = waiting.filter((b) => !round.includes(b))
  }
  const titleUnread = widest.length > 0 && permanentTitleRead([...lines.values()])
  if (titleUnread) for (const b of widest) lines.set(b, { ...asLine(b, UNREAD), unread: 'title' })
  else await readNow(widest)
  // runs of several boxes are read once more as one crop, so a row's words and digit groups come as one line;
  // the printed labels and the title carry no field, and are not read again, nor a run whose boxes already
  // read as whole fields (rows-to-read.ts)
  const readOf = (b: (typeof boxes)[number]) => lines.get(b)!
  const runs = groupRows(boxes)
    .flat()
    .filter(
      (r) =>
        r.boxes.length > 1 &&
        !r.boxes.some((b) => PRINTED.test(readOf(b).text) || readOf(b).unread) &&
        wholeReadingNeeded(r.boxes.map(readOf)),
    )
  const runQuads = runs.map((r): Quad => {
    // a little margin each side, as the detector's unclip gives a box
    const pad = (r.y1 - r.y0) * 0.15
    const x0 = Math.max(0, r.x0 - pad)
    const x1 = Math.min(W, r.x1 + pad)
    return [
      [x0, r.y0],
      [x1, r.y0],
      [x1, r.y1],
      [x0, r.y1],
    ]
  })
  const readRuns = await recognize(runQuads)
  const runLines = runs.map((r, k): CardLine => ({
    ...readRuns[k]!,
    box: toCard(runQuads[k]!),
    detectionScore: Math.min(...r.boxes.map((b) => b.score)),
    parts: r.boxes.map(readOf),
  }))
  return { lines: boxes.map(readOf), runs: runLines, card: image, corners: upright, turned }
}
