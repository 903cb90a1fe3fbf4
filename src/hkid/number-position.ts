// Where the identity card number is printed, so "Hide number" can cover it on every picture of the card. The
// local reader says where the card's corners are in the photo; Tencent says nothing of positions, so then the
// card is taken to fill the photo (a camera frame is cropped to the guide). Boxes are padded to cover the
// printing of real cards and of this project's specimens alike: covering a little more is the safe side.
import { cardVersionOf, type CardVersion } from './card-version.ts'
import type { CardBox } from './portrait-layout.ts'

/** The number along the bottom right, and (HKID-2018) the window that repeats it, as shares of the card. */
export const NUMBER_BOXES: Readonly<Record<CardVersion, readonly CardBox[]>> = {
  'HKID-2018': [
    { x: 0.46, y: 0.78, w: 0.53, h: 0.2 },
    { x: 0.68, y: 0.18, w: 0.3, h: 0.35 },
  ],
  'HKID-2003': [{ x: 0.5, y: 0.78, w: 0.48, h: 0.2 }],
}

export type ImagePoint = readonly [number, number]
/** The card's corners in the photo's pixels: top left, top right, bottom right, bottom left of the upright card. */
export type CardCorners = readonly [ImagePoint, ImagePoint, ImagePoint, ImagePoint]

/** The boxes for a card version; an unknown version gets both generations' boxes. */
export function numberBoxes(hkidVersion: string): readonly CardBox[] {
  const version = cardVersionOf(hkidVersion)
  return version ? NUMBER_BOXES[version] : [...NUMBER_BOXES['HKID-2018'], ...NUMBER_BOXES['HKID-2003']]
}

/** A point given as shares of the card, in the photo: bilinear between the corners, near enough once padded. */
function onPhoto(corners: CardCorners, u: number, v: number): ImagePoint {
  const [tl, tr, br, bl] = corners
  const top = [tl[0] + (tr[0] - tl[0]) * u, tl[1] + (tr[1] - tl[1]) * u]
  const bottom = [bl[0] + (br[0] - bl[0]) * u, bl[1] + (br[1] - bl[1]) * u]
  return [top[0]! + (bottom[0]! - top[0]!) * v, top[1]! + (bottom[1]! - top[1]!) * v]
}

/**
 * Where to cover the number on a photo of `width` × `height` pixels: one four-cornered region per box, in the
 * photo's pixels. Without the card's corners the card is taken to fill the photo.
 */
export function numberRegions(
  hkidVersion: string,
  size: { width: number; height: number },
  corners?: CardCorners | undefined,
): ImagePoint[][] {
  const card: CardCorners = corners ?? [
    [0, 0],
    [size.width, 0],
    [size.width, size.height],
    [0, size.height],
  ]
  return numberBoxes(hkidVersion).map((box) => [
    onPhoto(card, box.x, box.y),
    onPhoto(card, box.x + box.w, box.y),
    onPhoto(card, box.x + box.w, box.y + box.h),
    onPhoto(card, box.x, box.y + box.h),
  ])
}
