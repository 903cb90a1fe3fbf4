// Stage 7: honest warnings from measurements of the straightened card itself (not the desk around it): blur as
// the variance of the Laplacian, glare as the share of clipped pixels — above the card stock's own level, so a
// white card in good light is not called glare — and a photocopy as a card with no colour in its paper.
import { WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY } from '#src/hkid/card-warnings.ts'
import { toGreyDownscaled } from '../grey-image.ts'
import { colourSpread } from './card-colour.ts'
import { laplacianVariance } from './image-measures.ts'
import type { RgbaImage } from '../reader-image.ts'

/** Grey copy the measures run on: the card at a fixed size, whatever the photo's resolution. */
const MEASURE_EDGE = 480
export const BLUR_THRESHOLD = 60
export const GLARE_SHARE_THRESHOLD = 0.02
/** Below this colour spread (percent of brightness) the card is a grey copy: midway, on the OCR bank's tune split,
 * between the most colourful grey copy (5.4) and the least colourful card (7.6); bench/reader/photocopy-rates.ts. */
export const PHOTOCOPY_SPREAD_THRESHOLD = 6.5

/** The warnings these measures can give: the only ones a reading from this stage may be said to have checked. */
export const CHECKED_WARNINGS: readonly number[] = [WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY]

export interface CardQuality {
  blurVariance: number
  glareShare: number
  colourSpread: number
  warnings: number[]
}

export function measureCard(card: RgbaImage): CardQuality {
  const grey = toGreyDownscaled(card, MEASURE_EDGE)
  const sorted = Float32Array.from(grey.data).sort()
  const paper = sorted[Math.floor(sorted.length * 0.6)] ?? 0
  // clipped: at the sensor's ceiling and clearly brighter than the card's own stock
  const ceiling = Math.max(250, Math.min(254, paper + 8))
  let clipped = 0
  for (const v of grey.data) if (v >= ceiling) clipped++
  const blurVariance = laplacianVariance(grey)
  const glareShare = grey.data.length ? clipped / grey.data.length : 0
  const spread = colourSpread(card)
  const warnings: number[] = []
  if (blurVariance < BLUR_THRESHOLD) warnings.push(WARN_BLUR)
  if (glareShare > GLARE_SHARE_THRESHOLD) warnings.push(WARN_GLARE)
  if (spread < PHOTOCOPY_SPREAD_THRESHOLD) warnings.push(WARN_PHOTOCOPY)
  return { blurVariance, glareShare, colourSpread: spread, warnings }
}
