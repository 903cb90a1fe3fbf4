// What each photo version of a specimen shows, decided before anything is drawn: a desk, the card on it with a
// few degrees of rotation and tilt, uneven light with a colour cast, mild defocus or motion blur, sensor noise
// and a JPEG quality — phone-sized photos and one 720p webcam frame per card. Pure and seeded: the same versions
// on every machine.
import { seededRandom } from '#testing/cards/seeded-random.ts'
import type { BackgroundKind } from '#testing/banks/shared/backgrounds-lib.ts'
import { castGains, castNames, pickBackground, placeCard } from '#testing/banks/shared/scene-palette.ts'
import type { SceneSpec } from '#testing/banks/shared/scene-spec.ts'

export const REAL_PHOTOS_SEED = 'real-card-photos-v1'

/** Landscape phone photos, one size per version: from a cropped 2 MP shot to a downscaled 12 MP one. */
export const PHONE_FRAMES = [
  [1600, 1200],
  [2048, 1536],
  [2400, 1800],
  [3000, 2250],
] as const
export const WEBCAM_FRAME = [1280, 720] as const
/** The card's share of a webcam frame's width when it fills the capture guide. */
export const WEBCAM_CARD_SHARE = 0.65

export const photoKinds = ['phone', 'webcam'] as const
export type PhotoKind = (typeof photoKinds)[number]

export interface PhotoPlan {
  id: string
  /** The specimen's id in cards.json */
  card: string
  kind: PhotoKind
  /** JPEG quality, 1–100 */
  jpegQuality: number
  spec: SceneSpec
}

const DESKS: readonly (readonly [BackgroundKind, number])[] = [
  ['wood', 3],
  ['plain', 2],
  ['linen', 2],
  ['granite', 2],
  ['checks', 1],
  ['newsprint', 1],
]

/** The versions of one card: a phone photo per PHONE_FRAMES size, then a webcam frame. */
export function planPhotos(card: string, seed = REAL_PHOTOS_SEED): PhotoPlan[] {
  return [
    ...PHONE_FRAMES.map((frame, k) => planPhoto(card, 'phone', frame, k, seed)),
    planPhoto(card, 'webcam', WEBCAM_FRAME, PHONE_FRAMES.length, seed),
  ]
}

function planPhoto(
  card: string,
  kind: PhotoKind,
  [width, height]: readonly [number, number],
  k: number,
  seed: string,
): PhotoPlan {
  const r = seededRandom(`${seed}:${card}:${k}`)
  const webcam = kind === 'webcam'
  const tilt = webcam ? 4 : 6
  const pose = {
    widthShare: webcam ? WEBCAM_CARD_SHARE : r.range(0.55, 0.85),
    rotationDeg: r.range(-tilt, tilt),
    tiltXDeg: r.range(-tilt, tilt),
    tiltYDeg: r.range(-tilt, tilt),
  }
  const placed = placeCard(r, { width, height }, pose, 0.02, webcam ? 0.2 : 0.6)
  const cardPx = placed.pose.widthShare * width
  const castName = r.pick(castNames.filter((name) => name !== 'none'))
  // Blur in card-relative terms, so "mild" means the same on every size; a webcam is soft whatever its focus.
  const motion = !webcam && k % 2 === 1
  const blurPx = webcam
    ? r.range(1, 1.6)
    : motion
      ? r.range(1, 2.5) * (cardPx / 1000)
      : r.range(0.4, 1.2) * (cardPx / 1000)
  const round2 = (v: number) => Math.round(v * 100) / 100
  const spec: SceneSpec = {
    width,
    height,
    background: pickBackground(r, DESKS),
    corners: placed.corners,
    shadow: {
      dx: cardPx * r.range(-0.006, 0.008),
      dy: cardPx * r.range(0.004, 0.014),
      blur: cardPx * r.range(0.015, 0.04),
      alpha: r.range(0.25, 0.5),
    },
    light: {
      gain: r.range(0.72, 1.02),
      gradient: r.range(0.1, 0.4),
      gradientAngle: r.range(0, 2 * Math.PI),
      cast: castGains(castName, round2(r.range(0.3, 0.9))),
      glare: null,
    },
    finger: null,
    blur: motion
      ? { kind: 'motion', px: round2(blurPx), angle: r.range(0, Math.PI) }
      : { kind: 'defocus', px: round2(blurPx) },
    noise: webcam ? r.range(4, 7) : r.range(2, 6),
    seed: r.int(1, 2 ** 31 - 1),
  }
  return {
    id: `${card}-${webcam ? 'webcam' : `phone-${k + 1}`}`,
    card,
    kind,
    jpegQuality: webcam ? r.int(75, 85) : r.int(70, 88),
    spec,
  }
}
