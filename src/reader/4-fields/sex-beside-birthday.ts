// The sex is printed a cell or two right of the date of birth (`03-06-1985 女 F`). On the real card the detector
// sometimes gives it no box of its own (a small glyph pair beside a long date; on the published specimens an
// annotation box is drawn over it): when no sex was read, the cell right of the date is cut and read on its own.
import { homographyFrom, applyHomography, rectangleQuad } from '../2-straighten/perspective.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '../2-straighten/upright-card.ts'
import type { CardLine } from '../3-text/read-card-text.ts'
import { charsetFor, recognizeLines } from '../3-text/text-recognition.ts'
import type { Quad } from '../geometry.ts'
import type { ReaderModels } from '../inference-model.ts'
import type { RgbaImage } from '../reader-image.ts'
import { lineText } from './line-text.ts'

const BIRTH_DATE = /\d{2}\s*-\s*\d{2}\s*-\s*\d{4}/

/** From the date's right edge: a small gap, then room for two full-width glyphs and a space (in row heights) */
const GAP = 0.15
const WIDTH = 3.4
/** Above and below the date's box, in row heights: the Chinese glyph stands a little taller than digits */
const PAD = 0.2

/**
 * The box right of the date of birth where the sex is printed, as fractions of the upright card, or null when no
 * date of birth was read or the date already carries the sex in its box.
 */
export function sexCellBox(lines: readonly CardLine[]): Quad | null {
  const date = lines.map(lineText).find((l) => BIRTH_DATE.test(l.text))
  if (!date || /[男女MF]/.test(date.text)) return null
  // row height in pixels, so that the cell is as wide in print whatever the card's proportions
  const rowPx = (date.y1 - date.y0) * CARD_HEIGHT
  const x0 = Math.min(1, date.x1 + (GAP * rowPx) / CARD_WIDTH)
  const x1 = Math.min(1, x0 + (WIDTH * rowPx) / CARD_WIDTH)
  const y0 = Math.max(0, date.y0 - (PAD * rowPx) / CARD_HEIGHT)
  const y1 = Math.min(1, date.y1 + (PAD * rowPx) / CARD_HEIGHT)
  if (x1 - x0 < (1.5 * rowPx) / CARD_WIDTH) return null
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]
}

/**
 * Reads the cell right of the date of birth from the photo (through the upright card's corners) as a line of
 * its own; null when there is no such cell. Field extraction then finds the sex in it like in any other line.
 */
export async function readSexCell(
  models: ReaderModels,
  photo: RgbaImage,
  corners: Quad,
  lines: readonly CardLine[],
): Promise<CardLine | null> {
  const box = sexCellBox(lines)
  const toPhoto = box && homographyFrom(rectangleQuad(1, 1), corners)
  if (!box || !toPhoto) return null
  const quad = box.map((p) => applyHomography(toPhoto, p[0], p[1])) as unknown as Quad
  const [read] = await recognizeLines(
    models.recognizer,
    (classes) => charsetFor(models.dictionary, classes),
    photo,
    [quad],
  )
  return read ? { ...read, box, detectionScore: 0 } : null
}
