// A catalogue entry turned into a drawable 1280 × 720 scene: the cardholder, the card's look, its pose, and the
// fault (glare spot, blur, finger) placed relative to the card.
import { makeIdentity, type Identity } from '#testing/cards/card-identity.ts'
import type { CardLook } from '#testing/cards/card-look.ts'
import { seededRandom } from '#testing/cards/seeded-random.ts'
import { pointOnCard, type Point } from '#testing/banks/shared/geometry.ts'
import { castGains, DESK_COLOURS, placeCard } from '#testing/banks/shared/scene-palette.ts'
import type { SceneSpec } from '#testing/banks/shared/scene-spec.ts'
import { SCENES, type SceneDef } from './scene-catalogue.ts'

const REAL_LIKE_IDS = SCENES.filter((s) => s.design === 'real-like').map((s) => s.id)

export const SCENE_WIDTH = 1280
export const SCENE_HEIGHT = 720
export const SCENE_BANK_SEED = 'scene-bank-v1'

export interface ScenePlan {
  def: SceneDef
  identity: Identity | null
  look: CardLook | null
  spec: SceneSpec
}

const SKIN: readonly (readonly [number, number, number])[] = [
  [224, 172, 140],
  [198, 140, 106],
  [150, 100, 70],
  [236, 194, 170],
]

/** The scene's holder; a real-like scene alternates generations by its place among the real-like scenes. */
function sceneHolder(def: SceneDef): Identity {
  const version =
    def.design === 'real-like'
      ? REAL_LIKE_IDS.indexOf(def.id) % 2 === 0
        ? 'HKID-2018'
        : 'HKID-2003'
      : undefined
  for (let attempt = 0; ; attempt++) {
    const identity = makeIdentity(`${SCENE_BANK_SEED}:identity:${def.id}${attempt ? `:${attempt}` : ''}`)
    if (!version || identity.card.HKIDVersion === version) return identity
  }
}

export function planScene(def: SceneDef, index: number): ScenePlan {
  const r = seededRandom(`${SCENE_BANK_SEED}:${def.id}`)
  const frame = { width: SCENE_WIDTH, height: SCENE_HEIGHT }
  const identity = def.tint ? sceneHolder(def) : null
  const look: CardLook | null =
    def.tint && identity
      ? {
          tint: def.tint,
          guilloche: def.guilloche ?? Math.round(r.range(0.4, 1.3) * 100) / 100,
          version: identity.card.HKIDVersion,
          portraitSeed: 1000 + index,
        }
      : null
  const placed = look
    ? placeCard(
        r,
        frame,
        {
          widthShare: def.widthShare ?? r.range(0.6, 0.68),
          rotationDeg: def.rotationDeg,
          tiltXDeg: def.tiltXDeg ?? r.range(-2, 2),
          tiltYDeg: def.tiltYDeg ?? r.range(-2, 2),
        },
        0.04,
        // A card the user holds up to the guide sits near its centre; a far one may be anywhere.
        def.label === 'tooSmall' ? 0.8 : 0.15,
      )
    : null
  const corners = placed?.corners ?? null
  const cardPx = (placed?.pose.widthShare ?? 0.66) * SCENE_WIDTH
  const [kind, colourIndex] = def.desk
  const [color, color2] = DESK_COLOURS[kind][colourIndex]!
  const rotation = (def.rotationDeg * Math.PI) / 180

  const glare =
    def.glare && corners
      ? (() => {
          const [x, y] = pointOnCard(corners, def.glare.at)
          const rx = def.glare.size * cardPx
          return { x, y, rx, ry: rx * r.range(0.45, 0.7), angle: rotation + r.range(-0.5, 0.5), falloff: 3.5 }
        })()
      : null
  const finger =
    def.finger !== undefined && corners
      ? (() => {
          const centre = pointOnCard(corners, [0.5, 0.5])
          const corner = corners[def.finger]
          const angle = Math.atan2(corner[1] - centre[1], corner[0] - centre[0])
          // A thumb is about 18 mm wide, a fifth of the card; it covers the corner and reaches onto the print.
          const inset = cardPx * 0.12
          const tip: Point = [corner[0] - Math.cos(angle) * inset, corner[1] - Math.sin(angle) * inset]
          return { tip, angle, width: cardPx * 0.2, skin: r.pick(SKIN), blur: 2.5 }
        })()
      : null
  const dark = def.label === 'tooDark'
  const spec: SceneSpec = {
    width: SCENE_WIDTH,
    height: SCENE_HEIGHT,
    background: { kind, color, color2, seed: r.int(1, 1_000_000) },
    corners,
    shadow: { dx: cardPx * 0.004, dy: cardPx * 0.01, blur: cardPx * 0.03, alpha: 0.4 },
    light: {
      gain: def.gain,
      gradient: r.range(0, 0.15),
      gradientAngle: r.range(0, 2 * Math.PI),
      cast: castGains(def.cast, 1),
      glare,
    },
    finger,
    blur: def.blur ?? null,
    noise: dark ? 6 : r.range(2, 3.5),
    seed: r.int(1, 2 ** 31 - 1),
  }
  return { def, identity, look, spec }
}
