// One scene as the banks describe it (JSON-able, recorded in the manifests), and its translation into the
// arguments of the browser-side composer (camera-lib.ts).
import { z } from 'zod'
import { CARD_CORNER } from '#testing/cards/specimen-card-html.ts'
import { backgroundKinds } from './backgrounds-lib.ts'
import { bounds, homography, UNIT_SQUARE, type Quad } from './geometry.ts'

const rgb = z.tuple([z.number(), z.number(), z.number()]).readonly()
const point = z.tuple([z.number(), z.number()]).readonly()
export const quadSchema = z.tuple([point, point, point, point]).readonly()

export const backgroundSchema = z.object({
  kind: z.enum(backgroundKinds),
  color: rgb,
  color2: rgb,
  seed: z.number(),
})

export const lightSchema = z.object({
  /** Overall exposure: 1 keeps the drawn levels, below 1 is dimmer. */
  gain: z.number().positive(),
  /** Strength of a linear light falloff across the frame: ±gradient at the frame's edges. */
  gradient: z.number().min(0).max(1),
  gradientAngle: z.number(),
  /** Per-channel multipliers (white balance off by a colour cast). */
  cast: rgb,
  /** A specular highlight, clipped white in its core (scene-bank faults only). */
  glare: z
    .object({
      x: z.number(),
      y: z.number(),
      rx: z.number(),
      ry: z.number(),
      angle: z.number(),
      falloff: z.number(),
    })
    .nullable(),
})

export const blurSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('defocus'), px: z.number().positive() }),
    z.object({ kind: z.literal('motion'), px: z.number().positive(), angle: z.number() }),
  ])
  .nullable()

export const fingerSchema = z
  .object({ tip: point, angle: z.number(), width: z.number(), skin: rgb, blur: z.number() })
  .nullable()

/** Everything the composer needs besides the card image itself. */
export const sceneSpecSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  background: backgroundSchema,
  /** Card corners in the upright scene, card order (TL, TR, BR, BL); null when the scene has no card. */
  corners: quadSchema.nullable(),
  shadow: z.object({ dx: z.number(), dy: z.number(), blur: z.number(), alpha: z.number() }),
  light: lightSchema,
  finger: fingerSchema,
  blur: blurSchema,
  /** Sensor-noise amplitude on the 0–255 scale. */
  noise: z.number().min(0),
  seed: z.number().int(),
})
export type SceneSpec = z.infer<typeof sceneSpecSchema>

/** The composer's argument: the spec plus the card image and the homography that maps the scene onto it. */
export function browserScene(spec: SceneSpec, cardJpeg: Uint8Array | null): unknown {
  if (!spec.corners || !cardJpeg) return { ...spec, card: null }
  const corners: Quad = spec.corners
  const b = bounds(corners)
  // Texture at about the drawn size, so the bilinear warp never minifies (which would alias the print).
  const textureWidth = Math.max(64, Math.round(Math.max(b.x1 - b.x0, b.y1 - b.y0) * 1.05))
  return {
    ...spec,
    card: {
      src: `data:image/jpeg;base64,${Buffer.from(cardJpeg).toString('base64')}`,
      corners,
      shadow: spec.shadow,
      textureWidth,
      textureHeight: Math.round(textureWidth / (1712 / 1080)),
      corner: CARD_CORNER,
      hInv: homography(corners, UNIT_SQUARE),
    },
  }
}
