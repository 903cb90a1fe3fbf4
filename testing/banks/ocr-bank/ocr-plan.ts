// What each image of the OCR bank shows, decided before anything is drawn: the cardholder, the card's look, the
// scene (desk, pose, light, camera) and whether the image is clean or degraded. Pure and seeded, so the plan —
// and with it the held-out part — is the same on every machine.
import { makeIdentity, type Identity } from '#testing/cards/card-identity.ts'
import type { CardDesign } from '#testing/cards/card-design.ts'
import type { CardLook, TintName } from '#testing/cards/card-look.ts'
import type { HkidVersion } from '#testing/cards/printed-card.ts'
import { seededRandom, type Random } from '#testing/cards/seeded-random.ts'
import type { BackgroundKind } from '#testing/banks/shared/backgrounds-lib.ts'
import type { Orientation } from '#testing/banks/shared/geometry.ts'
import { castGains, castNames, pickBackground, placeCard } from '#testing/banks/shared/scene-palette.ts'
import type { SceneSpec } from '#testing/banks/shared/scene-spec.ts'

export const degradations = ['blur', 'lowLight', 'noise', 'lowQuality', 'smallCard'] as const
export type Degradation = (typeof degradations)[number]

export interface OcrItemPlan {
  id: string
  identity: Identity
  look: CardLook
  /** Our own drawing of the card, or the one that copies the real card's print */
  design: CardDesign
  condition: 'clean' | 'degraded'
  degradations: Degradation[]
  /** A 12 MP phone photo stored rotated, with EXIF Orientation saying how to show it upright. */
  phone: boolean
  orientation: Orientation
  /** JPEG quality, 1–100 */
  jpegQuality: number
  /** The scene upright (as displayed after applying the orientation). */
  spec: SceneSpec
  /** The drawn card width over the frame width (after fitting a tilted card into the frame). */
  cardWidthShare: number
  pose: { rotationDeg: number; tiltXDeg: number; tiltYDeg: number }
  cast: { name: (typeof castNames)[number]; strength: number }
}

export const OCR_BANK_SEED = 'ocr-bank-v1'
export const DEGRADED_SHARE = 0.3
export const PHONE_SHARE = 0.15
/** The share of the bank drawn in the real-like design, half of it each generation; the rest is drawn as before. */
export const REAL_LIKE_SHARE = 0.4

const TINTS: readonly (readonly [TintName, number])[] = [
  ['white', 15],
  ['nearWhite', 20],
  ['paleBlue', 15],
  ['paleGrey', 15],
  ['palePink', 15],
  ['lilac', 20],
]

const BACKGROUNDS: readonly (readonly [BackgroundKind, number])[] = [
  ['wood', 25],
  ['plain', 30],
  ['linen', 10],
  ['checks', 10],
  ['stripes', 8],
  ['newsprint', 7],
  ['granite', 10],
]

const WEBCAM_FRAMES = [
  [1280, 720],
  [1920, 1080],
  [1600, 1200],
] as const

function pickDegradations(r: Random): Degradation[] {
  const first = r.pick(degradations)
  if (!r.chance(0.3)) return [first]
  const second = r.pick(degradations.filter((d) => d !== first))
  return [first, second].sort((a, b) => degradations.indexOf(a) - degradations.indexOf(b))
}

function pickFrame(r: Random, phone: boolean): { width: number; height: number; orientation: Orientation } {
  if (!phone) {
    const [width, height] = r.weighted(WEBCAM_FRAMES.map((f) => [f, 1] as const))
    return { width, height, orientation: 1 }
  }
  // A phone's sensor is 4000 × 3000: held upright it stores the photo turned (6 or 8), held landscape upside
  // down it stores it turned half way (3).
  const orientation = r.weighted<Orientation>([
    [6, 2],
    [8, 1],
    [3, 1],
  ])
  return orientation === 3
    ? { width: 4000, height: 3000, orientation }
    : { width: 3000, height: 4000, orientation }
}

/** A holder whose card is of the wanted generation: the index's own holder, else the next seeded one that fits. */
function holderOf(seed: string, index: number, version: HkidVersion | undefined): Identity {
  for (let attempt = 0; ; attempt++) {
    const identity = makeIdentity(`${seed}:identity:${index}${attempt ? `:${attempt}` : ''}`)
    if (!version || identity.card.HKIDVersion === version) return identity
  }
}

/**
 * Item `index` of the bank. A real-like item asks for its generation (the drawn part keeps the generator's own
 * mix, so it is the same bank as before the real-like design existed).
 */
export function planOcrItem(
  index: number,
  seed = OCR_BANK_SEED,
  design: CardDesign = 'drawn',
  version?: HkidVersion,
): OcrItemPlan {
  const r = seededRandom(`${seed}:${index}`)
  const identity = holderOf(seed, index, version)
  const look: CardLook = {
    tint: r.weighted(TINTS),
    guilloche: r.chance(0.15) ? 0 : Math.round(r.range(0.3, 1.5) * 100) / 100,
    version: identity.card.HKIDVersion,
    portraitSeed: index + 1,
  }
  const degraded = r.chance(DEGRADED_SHARE)
  const worse = degraded ? pickDegradations(r) : []
  const has = (d: Degradation) => worse.includes(d)
  const phone = r.chance(PHONE_SHARE)
  const frame = pickFrame(r, phone)

  const wantShare = has('smallCard') ? r.range(0.3, 0.42) : r.range(0.45, 0.9)
  const pose = { rotationDeg: r.range(-8, 8), tiltXDeg: r.range(-6, 6), tiltYDeg: r.range(-6, 6) }
  const placed = placeCard(r, frame, { widthShare: wantShare, ...pose }, 0.015, 0.6)
  const cardPx = placed.pose.widthShare * frame.width

  const castName = r.weighted(castNames.map((name) => [name, name === 'none' ? 4 : 1.5] as const))
  const castStrength = castName === 'none' ? 0 : Math.round(r.range(0.3, 1) * 100) / 100
  // Blur and noise scale with the card's size in pixels, so "mild" means the same for a webcam and a phone.
  const blurPx = has('blur')
    ? r.range(1.8, 3.2) * (cardPx / 1000)
    : r.chance(0.3)
      ? r.range(0.2, 0.8) * (cardPx / 1000)
      : 0
  const spec: SceneSpec = {
    width: frame.width,
    height: frame.height,
    background: pickBackground(r, BACKGROUNDS),
    corners: placed.corners,
    shadow: {
      dx: cardPx * r.range(-0.006, 0.008),
      dy: cardPx * r.range(0.004, 0.014),
      blur: cardPx * r.range(0.015, 0.04),
      alpha: r.range(0.25, 0.5),
    },
    light: {
      gain: has('lowLight') ? r.range(0.32, 0.48) : r.range(0.8, 1.04),
      gradient: r.range(0, 0.35),
      gradientAngle: r.range(0, 2 * Math.PI),
      cast: castGains(castName, castStrength),
      glare: null,
    },
    finger: null,
    blur: blurPx > 0 ? { kind: 'defocus', px: Math.round(blurPx * 100) / 100 } : null,
    noise: (has('noise') ? r.range(10, 16) : r.range(1, 5)) + (has('lowLight') ? 3 : 0),
    seed: r.int(1, 2 ** 31 - 1),
  }
  return {
    id: `ocr-${String(index + 1).padStart(4, '0')}`,
    identity,
    look,
    design,
    condition: degraded ? 'degraded' : 'clean',
    degradations: worse,
    phone,
    orientation: frame.orientation,
    jpegQuality: has('lowQuality') ? r.int(30, 45) : r.int(60, 95),
    spec,
    cardWidthShare: Math.round(placed.pose.widthShare * 1000) / 1000,
    pose,
    cast: { name: castName, strength: castStrength },
  }
}

/** The whole bank: the drawn cards first (ids as before), then the real-like ones alternating generations. */
export function planOcrBank(count: number, seed = OCR_BANK_SEED): OcrItemPlan[] {
  const realLike = Math.round(count * REAL_LIKE_SHARE)
  const drawn = count - realLike
  return Array.from({ length: count }, (_, i) =>
    i < drawn
      ? planOcrItem(i, seed)
      : planOcrItem(i, seed, 'real-like', (i - drawn) % 2 === 0 ? 'HKID-2018' : 'HKID-2003'),
  )
}

/** The group an item's split is stratified in: the drawn part keeps its old groups, so its held-out part too. */
export function splitGroup(plan: Pick<OcrItemPlan, 'design' | 'condition' | 'look'>): string {
  return plan.design === 'drawn' ? plan.condition : `real-like:${plan.look.version}:${plan.condition}`
}
