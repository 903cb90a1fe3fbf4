// What the emulator really looks at in an uploaded card image, by the local reader's own stages: it finds the
// card (src/reader find-card.ts; the whole image when none stands out), straightens it, takes the blur and glare
// warnings from the straightened card's pixels (card-quality.ts, in analyze-card-task.ts) and cuts the portraits by the card's layout, so
// warnings and crops follow the actual pixels and agree with what the reader would answer.
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import { rectangleQuad, warpQuad } from '#src/reader/2-straighten/perspective.ts'
import { cutPortraits as cutCardPortraits } from '#src/reader/8-portraits/portraits.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { encodeJpegBase64 } from '#server/image/encode-jpeg.ts'
import { SPECIMEN_CARD } from './specimen-card.ts'

/** The card in the image straightened to the reader's upright size; the whole image when no card is found. */
export function straightenCard(image: RgbaImage): RgbaImage {
  const corners = findCard(image)?.corners ?? rectangleQuad(image.width, image.height)
  return warpQuad(image, corners, CARD_WIDTH, CARD_HEIGHT)
}

export interface Portraits {
  head: string
  smallHead: string | null
}

/** The specimen card's portraits as base64 JPEGs, cut where its layout puts them on the straightened card. */
export function cutPortraits(card: RgbaImage): Portraits {
  const { head, smallHead } = cutCardPortraits(card, SPECIMEN_CARD.HKIDVersion)
  return { head: encodeJpegBase64(head), smallHead: smallHead && encodeJpegBase64(smallHead) }
}
