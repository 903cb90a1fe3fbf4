// The same checks the live camera makes, on a finished photo: an upload before it is sent, or the
// camera's photo on the "check your photo" step. Pure: runs in the meter's worker and in unit tests.
import type { FoundCard } from './card-finder.ts'
import type { MeterImage, PixelBox } from './luma-image.ts'
import { measureCard, measureFrame, qualityIssues, type QualityIssue } from './quality-meter.ts'
import { QUALITY_THRESHOLDS } from './quality-thresholds.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

/** What a photo can be told it has; `far` is left out: a photo's card may be small and still readable. */
export type PhotoProblem = Exclude<QualityIssue, 'far' | 'moving'>

/** A card narrower than this share of the photo is not what the photo is of (a shape in a scene). */
const MIN_PHOTO_FILL = 0.35
/** A photo this close to ID-1's shape with no edges inside may be the card alone, cropped to its edges. */
const CARD_ALONE = [1.45, 1.72] as const

/** The widest centred ID-1 box in the photo, a little inside it: where a card is looked for. */
function photoGuide(width: number, height: number): PixelBox {
  const boxWidth = Math.min(width, height * ID1_ASPECT) * 0.94
  const boxHeight = boxWidth / ID1_ASPECT
  return { x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight }
}

function wholePhoto(image: MeterImage): FoundCard {
  const [w, h] = [image.width - 1, image.height - 1]
  return {
    box: { x: 0, y: 0, width: w, height: h },
    corners: [
      [0, 0],
      [w, 0],
      [w, h],
      [0, h],
    ],
    cornerGap: [0, 0, 0, 0],
    edgeSupport: 1,
  }
}

/** The photo's problems, most pressing first; none when it is fit to send. */
export function photoProblems(image: MeterImage): PhotoProblem[] {
  const guide = photoGuide(image.width, image.height)
  let measures = measureFrame(image, guide)
  const aspect = image.width / image.height
  if (!measures.card && aspect >= CARD_ALONE[0] && aspect <= CARD_ALONE[1])
    measures = measureCard(image, wholePhoto(image), guide)
  const issues = qualityIssues(measures, 0, QUALITY_THRESHOLDS.operator)
  if (measures.card && measures.fill < MIN_PHOTO_FILL) issues.unshift('noCard')
  // A smeared photo and a defocused one are both "blurry" to the person who took it.
  const problems = issues.map((issue) => (issue === 'moving' ? 'blur' : issue))
  return [...new Set(problems.filter((issue): issue is PhotoProblem => issue !== 'far'))]
}
